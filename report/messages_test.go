package report

import (
	"testing"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{keyID}})
}
