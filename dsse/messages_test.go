package dsse

import (
	"testing"

	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, nil)
	msgtest.Has(t, messages, CodeMalformed, CodeNoSignature, CodeBadSignature, CodeUnsupportedKey, CodeBadKey, CodeSignFailed)
}
