package dendaitest_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/dendaitest"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

func builtinCatalogs() []*criteria.Catalog {
	return []*criteria.Catalog{criteria.Checklist(), criteria.Standard()}
}

func TestFilledIsValid(t *testing.T) {
	statuses := []assessment.Status{assessment.Compliant, assessment.PartiallyCompliant,
		assessment.NonCompliant, assessment.NotApplicable, assessment.NotAssessed}
	for _, cat := range builtinCatalogs() {
		for _, s := range statuses {
			a := dendaitest.Filled(cat, s)
			if ps := assessment.Validate(cat, a, nil); len(ps) > 0 {
				t.Errorf("%s, %v: %v", cat.ID(), s, ps.Err())
			}
			if len(a.Responses) != cat.Len() {
				t.Errorf("%s, %v: %d responses, want %d", cat.ID(), s, len(a.Responses), cat.Len())
			}
			for _, r := range a.Responses {
				if r.Status != s {
					t.Errorf("%s, %v: %s is %v", cat.ID(), s, r.Criterion, r.Status)
				}
			}
			wantState := assessment.Submitted
			if s == assessment.NotAssessed {
				wantState = assessment.Draft
			}
			if a.State != wantState {
				t.Errorf("%s, %v: state %q, want %q", cat.ID(), s, a.State, wantState)
			}
		}
	}
}

func TestFilledIsFresh(t *testing.T) {
	cat := criteria.Checklist()
	a := dendaitest.Filled(cat, assessment.Compliant)
	a.Responses[0].Evidence[0].Title = "changed"
	a.Subject.Name.JA = "changed"
	b := dendaitest.Filled(cat, assessment.Compliant)
	if b.Responses[0].Evidence[0].Title == "changed" || b.Subject.Name.JA == "changed" {
		t.Error("changing one fixture changed the next")
	}
}

func TestWith(t *testing.T) {
	cat := criteria.Checklist()
	a := dendaitest.Filled(cat, assessment.Compliant)
	b := dendaitest.With(a, "2-2", assessment.NonCompliant)
	if a.Responses[cat.Len()-1].Status != assessment.Compliant {
		t.Error("With changed its argument")
	}
	r, _ := cat.Index("2-2")
	if got := b.Responses[r]; got.Status != assessment.NonCompliant || got.Remediation == nil {
		t.Errorf("With: %+v", got)
	}
	if ps := assessment.Validate(cat, b, nil); len(ps) > 0 {
		t.Error(ps.Err())
	}
	draft := &assessment.Assessment{}
	if c := dendaitest.With(draft, "1-1", assessment.Compliant); len(c.Responses) != 1 || len(draft.Responses) != 0 {
		t.Errorf("With on an assessment without the criterion: %d responses", len(c.Responses))
	}
}

func TestCheckCatalogBuiltins(t *testing.T) {
	for _, cat := range builtinCatalogs() {
		if err := dendaitest.CheckCatalog(cat); err != nil {
			t.Errorf("%s: %v", cat.ID(), err)
		}
	}
}

func TestCheckCatalogFinds(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           string // part of the error; "" for none
	}{
		{"valid", "", "", ""},
		{"a crosswalk reference to no requirement", `"S6-3"`, `"S99-1"`, `implements "S99-1"`},
		{"a control character in a text", `"Logs are retained."`, `"Logs\u001b are retained."`, "control characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(testkit.MyBank, tt.from, tt.to, 1)
			cat, err := criteria.Parse([]byte(doc), nil)
			if err != nil {
				t.Fatalf("the test catalog does not parse: %v", err)
			}
			err = dendaitest.CheckCatalog(cat)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("CheckCatalog = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("CheckCatalog = %v, want an error with %q", err, tt.want)
			}
		})
	}
	if err := dendaitest.CheckCatalog(nil); err == nil {
		t.Error("CheckCatalog(nil) = nil")
	}
}

func TestCheckPolicyBuiltins(t *testing.T) {
	for _, name := range scoring.BuiltinNames() {
		for _, cat := range builtinCatalogs() {
			p, ok := scoring.Builtin(name, cat)
			if !ok {
				continue
			}
			if err := dendaitest.CheckPolicy(p); err != nil {
				t.Errorf("%s for %s: %v", name, cat.ID(), err)
			}
		}
	}
	if err := dendaitest.CheckPolicy(nil); err == nil {
		t.Error("CheckPolicy(nil) = nil")
	}
}

// TestCheckPolicyFinds checks that a policy that breaks a promise never gets
// through both the loader and CheckPolicy.
func TestCheckPolicyFinds(t *testing.T) {
	doc, err := scoring.Uniform().AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		bad            bool
	}{
		{"unchanged", "", "", false},
		{"partial credit equal to full", `"partially_compliant": 0.5`, `"partially_compliant": 1`, false},
		{"partial credit above full", `"compliant": 1,`, `"compliant": 0.4,`, true},
		{"every weight zero", `"defaultWeight": 1`, `"defaultWeight": 0`, true},
		{"no band at 0", `"minScore": 0`, `"minScore": 10`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mutated := bytes.Replace(doc, []byte(tt.from), []byte(tt.to), 1)
			if tt.from != "" && bytes.Equal(mutated, doc) {
				t.Fatalf("%q is not in the policy", tt.from)
			}
			p, loadErr := scoring.ParsePolicy(mutated, criteria.Checklist(), nil)
			var checkErr error
			if loadErr == nil {
				checkErr = dendaitest.CheckPolicy(p)
			}
			refused := loadErr != nil || checkErr != nil
			if refused != tt.bad {
				t.Errorf("loader: %v; CheckPolicy: %v; want refused = %v", loadErr, checkErr, tt.bad)
			}
		})
	}
}

// TestChecksNeverPanic checks that the conformance checks report what no
// constructor made instead of panicking.
func TestChecksNeverPanic(t *testing.T) {
	if err := dendaitest.CheckPolicy(&scoring.Policy{}); err == nil {
		t.Error("CheckPolicy(&Policy{}) = nil")
	}
	if err := dendaitest.CheckCatalog(&criteria.Catalog{}); err == nil {
		t.Error("CheckCatalog(&Catalog{}) = nil")
	}
	if a := dendaitest.With(nil, "1-1", assessment.Compliant); len(a.Responses) != 1 {
		t.Errorf("With(nil, …) has %d responses", len(a.Responses))
	}
}
