package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{keyID}})
}

// TestCoverageCount checks that the English of the coverage line agrees with
// the number of criteria, and that the Japanese is the same whatever it is.
func TestCoverageCount(t *testing.T) {
	tests := []struct {
		answered, total int
		en, ja          string
	}{
		{57, 57, "Coverage: 57 of 57 criteria answered (0 not applicable, 0 not assessed)", "回答状況: 全57項目中57項目に回答（該当なし0項目、未評価0項目）"},
		{1, 1, "Coverage: 1 of 1 criterion answered (0 not applicable, 0 not assessed)", "回答状況: 全1項目中1項目に回答（該当なし0項目、未評価0項目）"},
		{0, 1, "Coverage: 0 of 1 criterion answered (0 not applicable, 0 not assessed)", "回答状況: 全1項目中0項目に回答（該当なし0項目、未評価0項目）"},
	}
	for _, tt := range tests {
		k := coverageKey(tt.total)
		got := []string{messages.Sprintf(i18n.English, k, tt.answered, tt.total, 0, 0), messages.Sprintf(i18n.Japanese, k, tt.answered, tt.total, 0, 0)}
		if diff := cmp.Diff([]string{tt.en, tt.ja}, got); diff != "" {
			t.Errorf("%d of %d (-want +got):\n%s", tt.answered, tt.total, diff)
		}
	}
}
