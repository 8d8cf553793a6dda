package scoring_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// badPolicyRules are policy documents that break issue 10's rules: credits
// that rise as the status falls, and invisible format characters in names
// and IDs. TestHardeningPolicy runs them with badPolicies.
func badPolicyRules() []testkit.Bad {
	credit := func(c string) []byte {
		return policyEdit(`"credit": {"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0}`, `"credit": {`+c+`}`)
	}
	return []testkit.Bad{
		{Name: "partially_compliant above compliant", Data: credit(`"compliant": 0.5, "partially_compliant": 1, "non_compliant": 0, "not_assessed": 0`), Code: scoring.CodeCreditOrder},
		{Name: "non_compliant above partially_compliant", Data: credit(`"compliant": 1, "partially_compliant": 0.25, "non_compliant": 0.5, "not_assessed": 0`), Code: scoring.CodeCreditOrder},
		{Name: "not_assessed above non_compliant", Data: credit(`"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0.001`), Code: scoring.CodeCreditOrder},
		{Name: "credits upside down", Data: credit(`"compliant": 0, "partially_compliant": 0.25, "non_compliant": 0.5, "not_assessed": 1`), Code: scoring.CodeCreditOrder},
		{Name: "name with a right-to-left override", Data: policyEdit(`"name": "hardening"`, `"name": "harden\u202egni"`), Code: scoring.CodeFormatChar},
		{Name: "name with a zero-width space", Data: policyEdit(`"name": "hardening"`, `"name": "hardening\u200b"`), Code: scoring.CodeFormatChar},
		{Name: "tier ID with an isolate", Data: policyEdit(`{"id": "critical"`, `{"id": "crit\u2066ical"`), Code: scoring.CodeFormatChar},
		{Name: "criterion with a byte order mark", Data: policyEdit(`[{"criterion": "2-2", "tier"`, `[{"criterion": "\ufeff2-2", "tier"`), Code: scoring.CodeFormatChar},
		{Name: "gate criterion with a word joiner", Data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "2-2\u2060", "minimum"`), Code: scoring.CodeFormatChar},
		{Name: "gate tier with a left-to-right mark", Data: policyEdit(`{"tier": "critical", "minimum"`, `{"tier": "critical\u200e", "minimum"`), Code: scoring.CodeFormatChar},
	}
}

// TestCreditOrder checks that NewPolicy refuses credits that rise as the status
// falls, each at the credit that rises. The first row is issue 10's: a policy
// that gives not_assessed full credit scores a blank template 100, rated A,
// passed; should NewPolicy accept it, the failure says what it scores.
func TestCreditOrder(t *testing.T) {
	cl := criteria.Checklist()
	base := scoring.Uniform().Spec()
	base.Gates = nil
	tests := []struct {
		credit scoring.Credits
		want   []string // the paths of the problems
	}{
		{scoring.Credits{Compliant: scoring.One, PartiallyCompliant: scoring.One * 500 / 1000, NotAssessed: scoring.One},
			[]string{"/credit/not_assessed"}},
		{scoring.Credits{Compliant: scoring.One * 500 / 1000, PartiallyCompliant: scoring.One},
			[]string{"/credit/partially_compliant"}},
		{scoring.Credits{Compliant: 0, PartiallyCompliant: scoring.One * 1 / 1000, NonCompliant: scoring.One * 2 / 1000, NotAssessed: scoring.One * 3 / 1000},
			[]string{"/credit/partially_compliant", "/credit/non_compliant", "/credit/not_assessed"}},
		// A credit that is no valid number is reported as such, not compared.
		{scoring.Credits{Compliant: scoring.One, PartiallyCompliant: scoring.One * 2000 / 1000},
			[]string{"/credit/partially_compliant"}},
	}
	for _, tt := range tests {
		spec := base
		spec.Credit = tt.credit
		p, err := scoring.NewPolicy(cl, spec)
		if err == nil {
			r := p.Score(assessment.Template(cl))
			t.Errorf("NewPolicy(%+v) accepted; a blank template scores %v, %s, passed %t", tt.credit, r.Score, r.Rating, r.Passed)
			continue
		}
		e, ok := err.(*dendai.Error)
		if !ok {
			t.Fatalf("NewPolicy: %v (%T)", err, err)
		}
		var got []string
		for _, q := range e.Problems {
			got = append(got, q.Path)
			if q.Path != "" && q.Code != scoring.CodeCreditOrder && q.Code != scoring.CodeInvalidNumber {
				t.Errorf("%+v: problem %s coded %s", tt.credit, q.Path, q.Code)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("NewPolicy(%+v) problems (-want +got):\n%s", tt.credit, diff)
		}
	}
	// The equal credits of a policy that does not tell two statuses apart
	// are allowed.
	spec := base
	spec.Credit = scoring.Credits{Compliant: scoring.One, PartiallyCompliant: scoring.One}
	if _, err := scoring.NewPolicy(cl, spec); err != nil {
		t.Errorf("equal credits: %v", err)
	}
}

// TestPolicyProblemCap checks that a spec with more problems than
// dendai.MaxProblems lists that many, then one marker that counts the rest,
// as every reader of dendai does.
func TestPolicyProblemCap(t *testing.T) {
	spec := scoring.Uniform().Spec()
	const bad = 1500
	for i := range bad {
		spec.Tiers = append(spec.Tiers, scoring.Tier{ID: "-" + strconv.Itoa(i), Weight: scoring.One, Title: scoring.Uniform().Title()})
	}
	_, err := scoring.NewPolicy(criteria.Checklist(), spec)
	e, ok := err.(*dendai.Error)
	if !ok {
		t.Fatalf("NewPolicy: %v (%T)", err, err)
	}
	ps := e.Problems
	if len(ps) != dendai.MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(ps), dendai.MaxProblems+1)
	}
	// Each bad tier has a bad ID; those past maxTiers (100) are also too many.
	more := bad + (bad - 100) - dendai.MaxProblems
	last := ps[len(ps)-1]
	if last.Code != dendai.CodeTooManyProblems || !strings.Contains(last.Message.EN, strconv.Itoa(more)) {
		t.Errorf("last problem %s %q, want %s counting %d more", last.Code, last.Message.EN, dendai.CodeTooManyProblems, more)
	}
}
