package scoring_test

import (
	"bytes"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// TestBuiltinRefusesAnImpostor checks that a catalog with the checklist's ID
// and version but other content (one English title edited) gets neither
// built-in policy: a uniform policy without the gates under the built-in's
// name would pass what the built-in fails. A byte-identical copy gets both.
func TestBuiltinRefusesAnImpostor(t *testing.T) {
	doc, err := criteria.Checklist().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(doc, []byte(`"Exclusion of anti-social forces"`), []byte(`"Exclusion of anti-social forces "`), 1)
	if bytes.Equal(edited, doc) {
		t.Fatal("the edit did not apply")
	}
	tests := []struct {
		name string
		doc  []byte
		want bool
	}{
		{"a byte-identical copy", doc, true},
		{"a copy with one title edited", edited, false},
	}
	for _, tt := range tests {
		cat, err := criteria.Parse(tt.doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range scoring.BuiltinNames() {
			p, ok := scoring.Builtin(name, cat)
			if ok != tt.want {
				t.Errorf("%s: Builtin(%s) = %v, want %v", tt.name, name, ok, tt.want)
			}
			if ok && !hasGate(p, "2-2") {
				t.Errorf("%s: Builtin(%s) has no gate on 2-2", tt.name, name)
			}
		}
	}
	// A custom catalog still gets the uniform policy.
	renamed := bytes.Replace(doc, []byte(`"id":"jpbank-checklist"`), []byte(`"id":"my-bank"`), 1)
	if bytes.Equal(renamed, doc) {
		t.Fatal("the rename did not apply")
	}
	custom, err := criteria.Parse(renamed, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := scoring.Builtin(scoring.UniformName, custom); !ok {
		t.Error("a custom catalog gets no uniform policy")
	}
}

func hasGate(p *scoring.Policy, id criteria.ID) bool {
	for g := range p.Gates() {
		if g.Criterion == id {
			return true
		}
	}
	return false
}
