package report

import (
	"testing"

	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestReviewMessages(t *testing.T) { msgtest.Check(t, reviewMessages, nil) }
