package scoring

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// FuzzParsePolicy checks that ParsePolicy never panics, that it refuses with an
// *Error whose problems all have a code and a message in both languages, and
// that every policy it accepts scores assessments without panicking into a
// result that holds together. The seed corpus, the two built-in policies and
// broken ones, is in testdata/fuzz/FuzzParsePolicy and runs with every go test.
func FuzzParsePolicy(f *testing.F) {
	cat := criteria.Checklist()
	inputs := []*assessment.Assessment{
		sample(f),
		uniformAssessment(cat, assessment.NotApplicable),
		uniformAssessment(cat, assessment.PartiallyCompliant),
		{Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft},
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := ParsePolicy(doc, cat, nil)
		// What decodes soundly into a Spec, NewPolicy refuses for the same
		// problems, or accepts as the same policy.
		if spec, sound := decodeSpec(doc); sound {
			q, nerr := NewPolicy(cat, spec)
			if (err == nil) != (nerr == nil) || err == nil && !q.Equal(p) {
				t.Fatalf("ParsePolicy = %v, %v; NewPolicy = %v, %v", p, err, q, nerr)
			}
			if err != nil {
				if diff := cmp.Diff(sortedKeys(problemKeys(t, err, true)), sortedKeys(problemKeys(t, nerr, false))); diff != "" {
					t.Fatalf("problems (-ParsePolicy +NewPolicy):\n%s", diff)
				}
			}
		}
		if err != nil {
			ps, ok := testkit.Problems(err)
			if !ok || len(ps) == 0 {
				t.Fatalf("error %v is not a *dendai.Error with problems", err)
			}
			if p != nil {
				t.Fatal("a policy returned with an error")
			}
			for _, pr := range ps {
				if pr.Code == "" || pr.Message.JA == "" || pr.Message.EN == "" {
					t.Fatalf("problem without a code or a message: %+v", pr)
				}
			}
			return
		}
		// A policy goes to a Spec and back, and to its document and back.
		q, err := NewPolicy(cat, p.Spec())
		if err != nil || !q.Equal(p) {
			t.Fatalf("NewPolicy(p.Spec()) = %v, %v; want p", q, err)
		}
		out, err := p.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if q, err := ParsePolicy(out, cat, nil); err != nil || !q.Equal(p) {
			t.Fatalf("ParsePolicy(p.AppendJSON()) = %v, %v; want p\n%s", q, err, out)
		}
		reused := new(Result)
		for k, a := range inputs {
			r := p.Score(a)
			if r.Earned < 0 || r.Earned > r.Possible {
				t.Fatalf("input %d: earned %v of %v", k, r.Earned, r.Possible)
			}
			switch {
			case r.Score == NoScore:
				if r.Possible != 0 || r.Rating != "" {
					t.Fatalf("input %d: no score with %v possible, rating %q", k, r.Possible, r.Rating)
				}
			case r.Score < 0 || r.Score > 1000 || r.Rating == "":
				// The last band starts at 0: every score has a rating.
				t.Fatalf("input %d: score %v rating %q", k, r.Score, r.Rating)
			}
			for _, imp := range r.Improvements {
				if imp.Gain < 0 || imp.Gain > 1000 {
					t.Fatalf("input %d: gain %v", k, imp.Gain)
				}
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("input %d: %v", k, err)
			}
			p.ScoreTo(reused, a)
			if b2, _ := json.Marshal(reused); !bytes.Equal(b, b2) {
				t.Fatalf("input %d: ScoreTo differs from Score:\n%s", k, jsonDiff(b, b2))
			}
			if diff := cmp.Diff(r, reused); diff != "" {
				t.Fatalf("input %d: ScoreTo differs from Score (-Score +ScoreTo):\n%s", k, diff)
			}
		}
	})
}

// TestFuzzParsePolicySeeds checks that the seed corpus holds what its names
// say: the built-in policies, accepted, and broken ones, each refused for its
// one problem.
func TestFuzzParsePolicySeeds(t *testing.T) {
	want := map[string]dendai.Code{
		"builtin-uniform":        "",
		"builtin-risk-weighted":  "",
		"broken-format":          CodeFormat,
		"broken-weight-exponent": CodeInvalidNumber,
		"broken-credit":          CodeInvalidNumber,
		"broken-tier-and-weight": CodeTierOrWeight,
		"broken-bands-order":     CodeBandOrder,
		"broken-trailing-data":   dendai.CodeTrailingData,
	}
	got := map[string]dendai.Code{}
	dir := filepath.Join("testdata", "fuzz", "FuzzParsePolicy")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		header, value, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		lit, ok := strings.CutPrefix(value, "[]byte(")
		lit, ok2 := strings.CutSuffix(lit, ")")
		doc, err := strconv.Unquote(lit)
		if header != "go test fuzz v1" || !ok || !ok2 || err != nil {
			t.Fatalf("%s is not a fuzz corpus file: %v", e.Name(), err)
		}
		_, err = ParsePolicy([]byte(doc), criteria.Checklist(), nil)
		ps, ok := testkit.Problems(err)
		switch {
		case err == nil:
			got[e.Name()] = ""
		case ok:
			got[e.Name()] = ps[0].Code
		default:
			t.Fatalf("%s: %v", e.Name(), err)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seeds: first problem (-want +got):\n%s", diff)
	}
}
