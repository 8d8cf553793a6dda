package assessment

import (
	"strconv"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// TestDerivationIDProblemAsValidator checks that a derivation's criterion ID,
// which Validate checks itself, gets the problem the validator's rules
// (required, dendai_id) give it.
func TestDerivationIDProblemAsValidator(t *testing.T) {
	for _, id := range []criteria.ID{"", " ", "S 1", "S1-1\u202e", "\u200bS1", "x\xff", "S1-1", "a/b", "1-2"} {
		t.Run(strconv.Quote(string(id)), func(t *testing.T) {
			type problem struct {
				Code dendai.Code
				Args []any
			}
			var want []problem
			err := fieldRules().Struct(Derivation{Criterion: id, Relationship: criteria.Equivalent, Status: Compliant})
			if fes, ok := err.(validator.ValidationErrors); ok {
				for _, fe := range fes {
					code, args := fieldMessage(fe)
					want = append(want, problem{code, args})
				}
			}
			var got []problem
			if !id.IsValid() {
				code, args := derivationIDProblem(id)
				got = append(got, problem{code, args})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-validator +Validate):\n%s", diff)
			}
		})
	}
}

// TestManyDerivationProblems checks that a response with thousands of broken
// derivations gets the first dendai.MaxProblems of their problems, in order,
// and a marker that counts the rest exactly.
func TestManyDerivationProblems(t *testing.T) {
	a, err := Decode(readSample(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 3000
	r := &a.Responses[0]
	for range n {
		r.DerivedFrom = append(r.DerivedFrom, Derivation{Criterion: "", Relationship: 0, Status: 9})
	}
	ps := Validate(criteria.Checklist(), a, clock)
	if len(ps) != dendai.MaxProblems+1 {
		t.Fatalf("%d problems, want %d and the marker", len(ps), dendai.MaxProblems)
	}
	for k, p := range ps[:dendai.MaxProblems] {
		want := "/responses/0/derivedFrom/" + strconv.Itoa(k/3) + [...]string{"/criterion", "/relationship", "/status"}[k%3]
		if p.Path != want {
			t.Fatalf("problem %d at %s, want %s", k, p.Path, want)
		}
	}
	if m := ps[dendai.MaxProblems]; m.Code != dendai.CodeTooManyProblems || m.More != 3*n-dendai.MaxProblems {
		t.Errorf("marker %+v, want %d more", m, 3*n-dendai.MaxProblems)
	}
}
