package main

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatalf("run: %v", err)
	}
	testkit.Golden(t, "output.golden", out.Bytes())
}

// TestRunDeterministic guards the golden file: two runs print the same bytes.
func TestRunDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := run(&a); err != nil {
		t.Fatal(err)
	}
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
}

func TestBuild(t *testing.T) {
	cat := criteria.Checklist()
	a := build(cat)
	counts := map[assessment.Status]int{}
	for _, r := range a.Responses {
		counts[r.Status]++
	}
	want := map[assessment.Status]int{
		assessment.Compliant:          54,
		assessment.PartiallyCompliant: 1,
		assessment.NonCompliant:       1,
		assessment.NotApplicable:      1,
	}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	if len(a.Responses) != cat.Len() {
		t.Errorf("%d responses, want %d", len(a.Responses), cat.Len())
	}
}

// TestAssessProblems checks that an assessment with problems is not scored
// and that the problems are described in Japanese.
func TestAssessProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *assessment.Assessment)
		want   []string
	}{
		{
			name: "justification missing",
			change: func(a *assessment.Assessment) {
				a.Responses[47].Justification = ""
			},
			want: []string{"（/responses/47/justification、ID 1-48）: 「該当なし」とする場合は、その理由（justification）を記入してください"},
		},
		{
			name: "remediation missing and date in the future",
			change: func(a *assessment.Assessment) {
				a.Responses[29].Remediation = nil
				a.AssessedOn = assessment.MustParseDate("2026-12-01")
			},
			want: []string{
				"（/assessedOn）: 評価日 2026-12-01 が今日（2026-11-02）より後の日付になっています",
				"（/responses/29/remediation、ID 1-30）: 「一部適合」または「不適合」とする場合は、対応内容と期限を記した改善計画（remediation）を記入してください",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := criteria.Checklist()
			a := build(cat)
			tt.change(a)
			var out bytes.Buffer
			err := assess(&out, cat, a)
			var pe problemsError
			if !errors.As(err, &pe) {
				t.Fatalf("assess returned %v, want a problemsError", err)
			}
			if out.Len() != 0 {
				t.Errorf("assess wrote a report for an invalid assessment:\n%s", out.String())
			}
			var got []string
			for _, p := range pe {
				got = append(got, p.Describe(i18n.Japanese))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror text:\n%s", diff, err)
			}
			if want := strconv.Itoa(len(tt.want)) + "件の問題があります\n  " + strings.Join(got, "\n  "); err.Error() != want {
				t.Errorf("error text %q, want %q", err, want)
			}
		})
	}
}
