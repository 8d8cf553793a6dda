package acmebank

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/dendaitest"
	"github.com/dendai-go/dendai/scoring"
)

// load reads the bank's own catalog and policy, as its repository keeps them.
func load(t *testing.T) (*criteria.Catalog, *scoring.Policy) {
	t.Helper()
	data, err := os.ReadFile("testdata/acme-bank.catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := criteria.Parse(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err = os.ReadFile("testdata/acme-bank.policy.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ParsePolicy(data, cat, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cat, p
}

func TestConformance(t *testing.T) {
	cat, p := load(t)
	uniform, _ := scoring.Builtin(scoring.UniformName, criteria.Checklist())
	tests := []struct {
		name  string
		check func() error
	}{
		{"our catalog", func() error { return dendaitest.CheckCatalog(cat) }},
		{"our policy", func() error { return dendaitest.CheckPolicy(p) }},
		{"the built-in checklist", func() error { return dendaitest.CheckCatalog(criteria.Checklist()) }},
		{"the built-in standard", func() error { return dendaitest.CheckCatalog(criteria.Standard()) }},
		{"the built-in uniform policy", func() error { return dendaitest.CheckPolicy(uniform) }},
		{"the built-in risk-weighted policy", func() error { return dendaitest.CheckPolicy(scoring.RiskWeighted()) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.check(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestScore is the bank's own rule, tested as its team would: the gate on B-3
// fails whatever the score, and security criteria weigh three times as much.
func TestScore(t *testing.T) {
	cat, p := load(t)
	full := dendaitest.Filled(cat, assessment.Compliant)
	tests := []struct {
		name   string
		a      *assessment.Assessment
		score  string
		rating string
		passed bool
	}{
		{"all compliant", full, "100.0", "A", true},
		{"B-3 not compliant fails the gate", dendaitest.With(full, "B-3", assessment.PartiallyCompliant), "94.4", "A", false},
		{"a security gap weighs three", dendaitest.With(full, "B-1", assessment.NonCompliant), "66.7", "B", true},
		{"a governance gap weighs one", dendaitest.With(full, "A-1", assessment.NonCompliant), "88.9", "A", true},
		{"not applicable leaves both sums", dendaitest.With(full, "A-2", assessment.NotApplicable), "100.0", "A", true},
		{"all non-compliant", dendaitest.Filled(cat, assessment.NonCompliant), "0.0", "C", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ps := assessment.Validate(cat, tt.a, nil); len(ps) > 0 {
				t.Fatalf("the fixture is invalid: %v", ps.Err())
			}
			r := p.Score(tt.a)
			got := struct {
				Score, Rating string
				Passed        bool
			}{r.Score.String(), r.Rating, r.Passed}
			want := struct {
				Score, Rating string
				Passed        bool
			}{tt.score, tt.rating, tt.passed}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("score (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompare uses cmp.Diff with no options on dendai's own values: an
// assessment that went through JSON, and two results of the same input.
func TestCompare(t *testing.T) {
	cat, p := load(t)
	tests := []struct {
		name string
		a    *assessment.Assessment
	}{
		{"compliant", dendaitest.Filled(cat, assessment.Compliant)},
		{"mixed", dendaitest.With(dendaitest.Filled(cat, assessment.NotApplicable), "B-2", assessment.PartiallyCompliant)},
		{"draft", dendaitest.Filled(cat, assessment.NotAssessed)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			back, err := assessment.Decode(data, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.a, back); diff != "" {
				t.Errorf("JSON round trip (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(p.Score(tt.a), p.Score(back)); diff != "" {
				t.Errorf("results differ (-before +after):\n%s", diff)
			}
		})
	}
	// And cmp.Diff sees a change.
	a := dendaitest.Filled(cat, assessment.Compliant)
	b := dendaitest.With(a, "A-1", assessment.PartiallyCompliant)
	if cmp.Diff(a, b) == "" || cmp.Diff(p.Score(a), p.Score(b)) == "" {
		t.Error("cmp.Diff finds no difference between different assessments or results")
	}
}
