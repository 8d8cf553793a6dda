package review_test

import (
	"encoding/json"
	"testing"

	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/review"
)

// TestFollowUp follows the previous sample review up with the sample: its
// remediation plans of 1-36 and 2-1 are done; that of 1-30, due on
// 2026-09-30, is overdue (1-30 is still partially compliant); those due
// after 2026-11-01 are open; the query (due 2026-06-15) and the condition
// (due 2026-09-30) are due for the reviewer to confirm.
func TestFollowUp(t *testing.T) {
	r, err := review.Decode(read(t, "../examples/reviews/sample-previous.review.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := review.FollowUp(r, sample(t, "sample-previous"), sample(t, "sample"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "followup.json", append(out, '\n'))
	for o, n := range map[review.Outcome]int{review.Done: 2, review.Overdue: 1, review.Open: 3, review.Due: 2} {
		if got := f.Count(o); got != n {
			t.Errorf("Count(%s) = %d, want %d", o, got, n)
		}
	}

	// The same review with the new assessment in place of the previous one.
	if _, err := review.FollowUp(r, sample(t, "sample"), sample(t, "sample")); err == nil {
		t.Error("FollowUp of a review of another assessment: no error")
	} else if got := testkit.ErrCodes(err); len(got) != 2 || got[0] != review.CodeDigestMismatch || got[1] != review.CodeNewBeforePrevious {
		t.Errorf("codes = %v", got)
	}
}
