package dendai

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{keyID}})
	msgtest.Has(t, messages, CodeTooManyProblems, CodeInputTooLarge)
}

// TestCapCount checks that the English of the marker Cap adds agrees with the
// number of problems left out, and that the Japanese is the same whatever it is.
func TestCapCount(t *testing.T) {
	tests := []struct {
		more int
		want i18n.Text
	}{
		{1, i18n.Text{JA: "問題が多すぎるため、最初の1000件だけを示します（ほかに1件あります）", EN: "too many problems: only the first 1000 are listed, and 1 more was found"}},
		{2, i18n.Text{JA: "問題が多すぎるため、最初の1000件だけを示します（ほかに2件あります）", EN: "too many problems: only the first 1000 are listed, and 2 more were found"}},
	}
	for _, tt := range tests {
		ps := Problems(nil).Cap(tt.more)
		if len(ps) != 1 || ps[0].Code != CodeTooManyProblems {
			t.Fatalf("Cap(%d) = %v", tt.more, ps)
		}
		if diff := cmp.Diff(tt.want, ps[0].Message); diff != "" {
			t.Errorf("Cap(%d) (-want +got):\n%s", tt.more, diff)
		}
		if ps[0].More != tt.more {
			t.Errorf("Cap(%d): the marker's More is %d", tt.more, ps[0].More)
		}
		if got, want := string(ps[0].AppendJSON(nil, i18n.English)), `"more":`+strconv.Itoa(tt.more)+`}`; !strings.HasSuffix(got, want) {
			t.Errorf("Cap(%d): the marker's JSON %s does not end with %s", tt.more, got, want)
		}
	}
}
