package review_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

// opts dates the checks on 2026-12-01, after every example review.
var opts = &review.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }}

func read(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func sample(t testing.TB, name string) *assessment.Assessment {
	t.Helper()
	a, err := assessment.Decode(read(t, "../examples/assessments/"+name+".json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestExampleReviewsCheck(t *testing.T) {
	for _, name := range []string{"sample", "sample-previous"} {
		r, ps := review.Check(read(t, "../examples/reviews/"+name+".review.json"), sample(t, name), criteria.Checklist(), opts)
		if len(ps) > 0 || r == nil {
			t.Errorf("%s: %v", name, ps.Err())
		}
	}
}

// TestChangedAssessmentRefused checks that a review checked against an
// assessment whose content differs from the one it was made of, by one
// comment, is refused, and that the message names both digests.
func TestChangedAssessmentRefused(t *testing.T) {
	a := sample(t, "sample")
	a.Responses[0].Comment = "取締役会で年2回見直し"
	d, _ := assessment.DigestOf(a)
	_, ps := review.Check(read(t, "../examples/reviews/sample.review.json"), a, criteria.Checklist(), opts)
	want := "the review is of another assessment: it is bound to digest sha256:8f7ff82d72d5f189f682d5babecad8e6ba4e178b8edb8836ea40280f9e953422, but the assessment checked has digest " + d.String()
	if len(ps) != 1 || ps[0].Code != review.CodeDigestMismatch || ps[0].Message.In(i18n.English) != want || ps[0].Line != 5 {
		t.Fatalf("problems = %#v, want one %s at line 5: %s", ps, review.CodeDigestMismatch, want)
	}
	if !strings.Contains(ps[0].Message.In(i18n.Japanese), d.String()) {
		t.Errorf("Japanese message does not name the digest: %s", ps[0].Message.JA)
	}
}

// TestReviewedScore checks that the reviewed score applies the override: the
// sample's 1-14, partially compliant, is non-compliant for the reviewer.
func TestReviewedScore(t *testing.T) {
	a := sample(t, "sample")
	r, err := review.Decode(read(t, "../examples/reviews/sample.review.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	p := scoring.Uniform()
	self, reviewed := p.Score(a), p.Score(review.Apply(r, a))
	got := func(res *scoring.Result) assessment.Status { c, _ := res.Criterion("1-14"); return c.Status }
	if got(self) != assessment.PartiallyCompliant || got(reviewed) != assessment.NonCompliant {
		t.Errorf("1-14: self-assessed %v, reviewed %v; want partially_compliant, non_compliant", got(self), got(reviewed))
	}
	// Under the uniform policy, partially compliant earns half of 1 of 57
	// criteria applicable (56, 1-48 not applicable): the score drops by
	// 0.5/56 of 100 points.
	if d := self.Earned - reviewed.Earned; d != scoring.One/2 {
		t.Errorf("earned drops by %v, want 0.5", d)
	}
	if reviewed.Score >= self.Score {
		t.Errorf("reviewed score %v not below self-assessed %v", reviewed.Score, self.Score)
	}
	if a.Responses[13].Status != assessment.PartiallyCompliant {
		t.Error("Apply changed the assessment")
	}
}

func TestRoundTrip(t *testing.T) {
	data := read(t, "../examples/reviews/sample-previous.review.json")
	r, err := review.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := review.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), string(out)); diff != "" {
		t.Errorf("Encode(Decode(example)) (-example +got):\n%s", diff)
	}
	r2, err := review.Decode(read(t, "../examples/reviews/sample.review.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := r2.Override("1-14"); !ok || s != assessment.NonCompliant {
		t.Errorf("Override(1-14) = %v, %v", s, ok)
	}
	if qs := r2.Queries(); len(qs) != 1 || qs[0].Criterion != "1-30" || qs[0].Due.String() != "2026-12-15" {
		t.Errorf("Queries() = %+v", qs)
	}
}

// TestProblems checks the codes, paths and lines of the problems of
// documents edited from the sample review, checked against the sample.
func TestProblems(t *testing.T) {
	base := string(read(t, "../examples/reviews/sample.review.json"))
	const q = `"decision": "query",
      "question": "多要素認証を導入済みの管理者アカウントの数と、未導入の一般アカウントの数を示してください",
      "due": "2026-12-15"`
	type want struct {
		Path string
		Line int
		Code dendai.Code
	}
	for _, tc := range []struct {
		name, old, new string
		want           []want
	}{
		{"unknown field", `"policy": "uniform"`, `"policy": "uniform", "policies": 1`, []want{{"/policies", 9, dendai.CodeUnknownField}}},
		{"bad digest", `"sha256:8f7f`, `"sha1:8f7f`, []want{{"/assessment/digest", 5, assessment.CodeDigestInvalid}}},
		{"bad date", `"2026-11-20"`, `"2026-11-31"`, []want{{"/reviewedOn", 14, assessment.CodeDateInvalid}}},
		{"bad decision", `"decision": "pending"`, `"decision": "approve"`, []want{{"/decision", 15, review.CodeDecisionInvalid}}},
		{"a path for the policy", `"policy": "uniform"`, `"policy": "../policies/bank.json"`, []want{{"/policy", 9, review.CodePolicyName}}},
		{"a policy name with a space", `"policy": "uniform"`, `"policy": "risk weighted"`, []want{{"/policy", 9, review.CodePolicyName}}},
		{"approved with a query", `"decision": "pending"`, `"decision": "approved"`, []want{{"/decision", 15, review.CodeApprovedWithQueries}}},
		{"conditional without conditions", `"decision": "pending"`, `"decision": "conditionally_approved"`, []want{{"/conditions", 1, review.CodeConditionsRequired}}},
		{"conditions on a rejection", `"decision": "pending"`, `"decision": "rejected", "conditions": [{"text": "x", "due": "2027-01-01"}]`, []want{{"/conditions", 15, review.CodeConditionsNotAllowed}}},
		{"condition due before the review", `"decision": "pending"`, `"decision": "conditionally_approved", "conditions": [{"text": "x", "due": "2026-11-19"}]`, []want{{"/conditions/0/due", 15, review.CodeDueBeforeReview}}},
		{"query without question", `"question": "多要素認証を導入済みの管理者アカウントの数と、未導入の一般アカウントの数を示してください",`, ``, []want{{"/items/1/question", 21, review.CodeQueryIncomplete}}},
		{"query due before the review", `"due": "2026-12-15"`, `"due": "2026-11-01"`, []want{{"/items/1/due", 25, review.CodeDueBeforeReview}}},
		{"question on an acceptance", `"decision": "accepted"`, `"decision": "accepted", "question": "?"`, []want{{"/items/0/question", 19, review.CodeFieldNotAllowed}}},
		{"override without reason", `"status": "non_compliant",`, `"status": "non_compliant"`, nil},
		{"override to not_assessed", `"status": "non_compliant"`, `"status": "not_assessed"`, []want{{"/items/2/status", 30, review.CodeOverrideNotAssessed}}},
		{"override without status", `"status": "non_compliant",`, ``, []want{{"/items/2/status", 27, review.CodeOverrideIncomplete}}},
		{"bad status", `"status": "non_compliant"`, `"status": "bad"`, []want{{"/items/2/status", 30, assessment.CodeStatusInvalid}}},
		{"unknown criterion", `"criterion": "1-1",`, `"criterion": "1-99",`, []want{{"/items/0/criterion", 18, review.CodeUnknownCriterion}}},
		{"duplicate item", `"criterion": "1-1",`, `"criterion": "1-30",`, []want{{"/items/1/criterion", 22, review.CodeDuplicateItem}}},
		{"other catalog", `"catalogVersion": "1.1.0"`, `"catalogVersion": "1.0.0"`, []want{{"/assessment/catalog", 6, review.CodeCatalogMismatch}}},
		{"reviewed before assessed", `"2026-11-20"`, `"2026-10-31"`, []want{{"/reviewedOn", 14, review.CodeReviewedBeforeAssessed}}},
		{"in the future", `"2026-11-20"`, `"2026-12-02"`, []want{{"/reviewedOn", 14, review.CodeDateInFuture}}},
		{"blank reviewer", `"name": "佐藤 花子"`, `"name": " "`, []want{{"/reviewer/name", 11, review.CodeRequired}}},
		{"missing policy", `"policy": "uniform",`, ``, []want{{"", 1, dendai.CodeMissingField}}},
		{"wrong format", `"dendai.review/v1"`, `"dendai.review/v2"`, []want{{"/format", 3, review.CodeFormat}}},
		{"every problem at once", q, `"decision": "query", "reason": "r"`, []want{
			// Missing members are located at their object.
			{"/items/1/due", 21, review.CodeQueryIncomplete},
			{"/items/1/question", 21, review.CodeQueryIncomplete},
			{"/items/1/reason", 23, review.CodeFieldNotAllowed},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := base
			if tc.old != "" {
				doc = testkit.Edit(base, tc.old, tc.new)
			}
			if tc.name == "override without reason" {
				doc = testkit.Edit(doc, `"reason": "実地監査を終えた委託先は2社中1社で、監査報告書の提出もないため、一部適合とは認められない"`, ``)
				tc.want = []want{{"/items/2/reason", 27, review.CodeOverrideIncomplete}}
			}
			_, ps := review.Check([]byte(doc), sample(t, "sample"), criteria.Checklist(), opts)
			var got []want
			for _, p := range ps {
				got = append(got, want{p.Path, p.Line, p.Code})
				if p.Message.JA == "" || p.Message.EN == "" || strings.Contains(p.Message.EN, "%!") {
					t.Errorf("problem %s has a bad message: %+v", p.Code, p.Message)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\n%s", diff, doc)
			}
		})
	}
}

func TestNotSubmitted(t *testing.T) {
	a := sample(t, "sample")
	a.State = assessment.Draft
	r, _ := review.Skeleton(a, "uniform", review.Reviewer{Name: "佐藤"}, assessment.MustParseDate("2026-11-20"))
	ps := review.Validate(r, a, criteria.Checklist(), opts)
	if diff := cmp.Diff([]dendai.Code{review.CodeNotSubmitted}, testkit.Codes(ps)); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}

// TestSkeleton checks that a skeleton is valid, bound to the assessment, and
// reads back as it was written.
func TestSkeleton(t *testing.T) {
	a := sample(t, "sample")
	r, err := review.Skeleton(a, "uniform", review.Reviewer{Name: "佐藤 花子"}, assessment.MustParseDate("2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	if ps := review.Validate(r, a, criteria.Checklist(), opts); len(ps) > 0 {
		t.Fatal(ps.Err())
	}
	out, err := review.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "skeleton.json", out)
	back, err := review.Decode(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("Decode(Encode(skeleton)) (-want +got):\n%s", diff)
	}
}
