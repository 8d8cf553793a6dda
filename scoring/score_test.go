package scoring

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// samplePath is the sample assessment the README and the examples use.
const samplePath = "../examples/assessments/sample.json"

// builtinPolicies are the two built-in policies, for table-driven tests.
func builtinPolicies() []*Policy { return []*Policy{Uniform(), RiskWeighted()} }

func sample(tb testing.TB) *assessment.Assessment {
	tb.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := assessment.Decode(b, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// uniformAssessment answers every criterion of cat with s.
func uniformAssessment(cat *criteria.Catalog, s assessment.Status) *assessment.Assessment {
	a := assessment.Template(cat)
	for i := range a.Responses {
		a.Responses[i].Status = s
	}
	return a
}

// with returns a copy of a in which the first response to id has status s; a
// response is added if there is none.
func with(a *assessment.Assessment, id criteria.ID, s assessment.Status) *assessment.Assessment {
	b := *a
	b.Responses = slices.Clone(a.Responses)
	for i := range b.Responses {
		if b.Responses[i].Criterion == id {
			b.Responses[i].Status = s
			return &b
		}
	}
	b.Responses = append(b.Responses, assessment.Response{Criterion: id, Status: s})
	return &b
}

// without returns a copy of a with no response to id.
func without(a *assessment.Assessment, id criteria.ID) *assessment.Assessment {
	b := *a
	b.Responses = slices.DeleteFunc(slices.Clone(a.Responses), func(r assessment.Response) bool { return r.Criterion == id })
	return &b
}

// randomAssessment answers cat at random: a compliance level drawn per
// assessment so that passing and failing results both occur, every status,
// missing responses, duplicates (the first one counts), responses to criteria
// the catalog lacks, an occasional invalid status, and shuffled order.
func randomAssessment(rng *rand.Rand, cat *criteria.Catalog) *assessment.Assessment {
	a := &assessment.Assessment{Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft}
	level := rng.Float64()
	for _, cr := range cat.All() {
		if rng.IntN(12) == 0 {
			continue // missing
		}
		a.Responses = append(a.Responses, assessment.Response{Criterion: cr.ID(), Status: randomStatus(rng, level)})
	}
	for range rng.IntN(4) {
		id := cat.At(rng.IntN(cat.Len())).ID()
		a.Responses = append(a.Responses, assessment.Response{Criterion: id, Status: randomStatus(rng, level)})
	}
	if rng.IntN(8) == 0 {
		a.Responses = append(a.Responses, assessment.Response{Criterion: "no-such-criterion", Status: assessment.NonCompliant})
	}
	if rng.IntN(50) == 0 && len(a.Responses) > 0 {
		a.Responses[rng.IntN(len(a.Responses))].Status = assessment.Status(7 + rng.IntN(200))
	}
	rng.Shuffle(len(a.Responses), func(i, j int) { a.Responses[i], a.Responses[j] = a.Responses[j], a.Responses[i] })
	return a
}

func randomStatus(rng *rand.Rand, level float64) assessment.Status {
	if rng.Float64() < level {
		return assessment.Compliant
	}
	return assessment.Statuses()[rng.IntN(5)]
}

func statusOf(r *Result, id criteria.ID) assessment.Status {
	for _, c := range r.Criteria {
		if c.Criterion == id {
			return c.Status
		}
	}
	panic("no criterion " + string(id))
}

func gatesPassed(r *Result) []bool {
	var out []bool
	for _, g := range r.Gates {
		out = append(out, g.Passed)
	}
	return out
}

func mustMarshal(tb testing.TB, v any) []byte {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// jsonDiff describes how two JSON documents differ: by value, or else by bytes.
func jsonDiff(a, b []byte) string {
	var va, vb any
	if json.Unmarshal(a, &va) == nil && json.Unmarshal(b, &vb) == nil {
		if d := cmp.Diff(va, vb); d != "" {
			return d
		}
	}
	return cmp.Diff(string(a), string(b))
}

func TestScoreAllSameStatus(t *testing.T) {
	cat := criteria.Checklist()
	empty := &assessment.Assessment{Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft}
	tests := []struct {
		name     string
		a        *assessment.Assessment
		score    Percent
		rating   string
		passed   bool
		coverage Coverage
		// gates by policy: uniform (2-2, 2-1), risk-weighted (2-2, 2-1, 1-19, critical)
		uniformGates, riskGates []bool
	}{
		{
			name: "compliant", a: uniformAssessment(cat, assessment.Compliant),
			score: 1000, rating: "A", passed: true,
			coverage:     Coverage{Total: 57, Answered: 57},
			uniformGates: []bool{true, true}, riskGates: []bool{true, true, true, true},
		},
		{
			name: "non_compliant", a: uniformAssessment(cat, assessment.NonCompliant),
			score: 0, rating: "D", passed: false,
			coverage:     Coverage{Total: 57, Answered: 57},
			uniformGates: []bool{false, false}, riskGates: []bool{false, false, false, false},
		},
		{
			// 2-2 must be compliant: half marks everywhere fail that gate only.
			name: "partially_compliant", a: uniformAssessment(cat, assessment.PartiallyCompliant),
			score: 500, rating: "D", passed: false,
			coverage:     Coverage{Total: 57, Answered: 57},
			uniformGates: []bool{false, true}, riskGates: []bool{false, true, true, true},
		},
		{
			name: "not_assessed", a: uniformAssessment(cat, assessment.NotAssessed),
			score: 0, rating: "D", passed: false,
			coverage:     Coverage{Total: 57, NotAssessed: 57},
			uniformGates: []bool{false, false}, riskGates: []bool{false, false, false, false},
		},
		{
			name: "no responses", a: empty,
			score: 0, rating: "D", passed: false,
			coverage:     Coverage{Total: 57, NotAssessed: 57},
			uniformGates: []bool{false, false}, riskGates: []bool{false, false, false, false},
		},
		{
			// Nothing to score; the criterion gates do not let not_applicable
			// pass, the critical tier gate does.
			name: "not_applicable", a: uniformAssessment(cat, assessment.NotApplicable),
			score: NoScore, rating: "", passed: false,
			coverage:     Coverage{Total: 57, Answered: 57, NotApplicable: 57},
			uniformGates: []bool{false, false}, riskGates: []bool{false, false, false, true},
		},
	}
	for _, tt := range tests {
		for _, p := range builtinPolicies() {
			t.Run(tt.name+"/"+p.Name(), func(t *testing.T) {
				r := p.Score(tt.a)
				type summary struct {
					Score    Percent
					Rating   string
					Passed   bool
					Coverage Coverage
					Gates    []bool
				}
				want := summary{tt.score, tt.rating, tt.passed, tt.coverage, tt.uniformGates}
				if p.Name() == RiskWeightedName {
					want.Gates = tt.riskGates
				}
				got := summary{r.Score, r.Rating, r.Passed, r.Coverage, gatesPassed(r)}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Score (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestScoreGateFailsWhateverTheScore(t *testing.T) {
	cat := criteria.Checklist()
	a := with(uniformAssessment(cat, assessment.Compliant), "2-2", assessment.NonCompliant)
	for _, p := range builtinPolicies() {
		t.Run(p.Name(), func(t *testing.T) {
			r := p.Score(a)
			if r.Score < 900 || r.Rating != "A" {
				t.Errorf("score %v rating %q, want ≥ 90.0 and A", r.Score, r.Rating)
			}
			if r.Passed {
				t.Error("passed with 2-2 non_compliant")
			}
			g := r.Gates[0]
			want := GateResult{Criterion: "2-2", Required: assessment.Compliant, Status: assessment.NonCompliant, Passed: false}
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("gate 2-2 (-want +got):\n%s", diff)
			}
			if len(r.Improvements) != 1 || r.Improvements[0].Criterion != "2-2" || !r.Improvements[0].Gate {
				t.Errorf("improvements = %+v, want 2-2 alone, marked as a gate", r.Improvements)
			}
		})
	}
	// Under the risk-weighted policy 2-2 is critical: the tier gate fails too.
	r := RiskWeighted().Score(a)
	if diff := cmp.Diff([]criteria.ID{"2-2"}, r.Gates[3].Failing); diff != "" {
		t.Errorf("critical gate failing (-want +got):\n%s", diff)
	}
	// 2-1 needs only partially_compliant.
	for _, tt := range []struct {
		s    assessment.Status
		pass bool
	}{
		{assessment.Compliant, true},
		{assessment.PartiallyCompliant, true},
		{assessment.NonCompliant, false},
		{assessment.NotAssessed, false},
		{assessment.NotApplicable, false},
	} {
		for _, p := range builtinPolicies() {
			r := p.Score(with(uniformAssessment(cat, assessment.Compliant), "2-1", tt.s))
			if r.Passed != tt.pass || r.Gates[1].Passed != tt.pass {
				t.Errorf("%s: 2-1 %v: passed %v, gate %v; want %v", p.Name(), tt.s, r.Passed, r.Gates[1].Passed, tt.pass)
			}
		}
		// Under the risk-weighted policy, 1-19 (compensation to users) needs
		// partially_compliant too; the uniform policy has no gate on it.
		r := RiskWeighted().Score(with(uniformAssessment(cat, assessment.Compliant), "1-19", tt.s))
		want := GateResult{Criterion: "1-19", Required: assessment.PartiallyCompliant, Status: tt.s, Passed: tt.pass}
		if diff := cmp.Diff(want, r.Gates[2]); diff != "" || r.Passed != tt.pass {
			t.Errorf("risk-weighted: 1-19 %v: passed %v (-want +got gate):\n%s", tt.s, r.Passed, diff)
		}
		if r := Uniform().Score(with(uniformAssessment(cat, assessment.Compliant), "1-19", tt.s)); !r.Passed {
			t.Errorf("uniform: 1-19 %v fails", tt.s)
		}
	}
}

// isGated reports whether the criterion id is the subject of a gate of p.
func isGated(p *Policy, id criteria.ID) bool {
	t, hasTier := p.Tier(id)
	for g := range p.Gates() {
		if g.Criterion == id || (hasTier && g.Tier == t.ID) {
			return true
		}
	}
	return false
}

// rat is earned / possible as an exact rational.
func rat(r *Result) *big.Rat { return big.NewRat(int64(r.Earned), int64(r.Possible)) }

// TestScoreNotApplicable checks that not_applicable leaves a criterion out of
// both sums. Since the score with a criterion at credit c is the mediant of the
// score without it and c, not_applicable never scores below a status that earns
// nothing (non_compliant, not_assessed), and never above compliant: removing a
// fully earned criterion from an average of at most 100 can only lower it.
func TestScoreNotApplicable(t *testing.T) {
	cat := criteria.Checklist()
	rng := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for range 100 {
		a := randomAssessment(rng, cat)
		for _, p := range builtinPolicies() {
			base := p.Score(a)
			for i := range cat.Len() {
				id := cat.At(i).ID()
				if isGated(p, id) {
					continue
				}
				c := base.Criteria[i]
				if c.Status == assessment.NotApplicable {
					continue
				}
				na := p.Score(with(a, id, assessment.NotApplicable))
				checked++
				// Exactly out of the numerator and the denominator.
				if na.Earned != base.Earned-c.Earned || na.Possible != base.Possible-c.Possible || c.Possible != c.Weight {
					t.Fatalf("%s %s %v → not_applicable: earned %v possible %v, want %v and %v",
						p.Name(), id, c.Status, na.Earned, na.Possible, base.Earned-c.Earned, base.Possible-c.Possible)
				}
				if got := na.Criteria[i]; got.Earned != 0 || got.Possible != 0 || got.Credit != 0 || got.Weight != c.Weight {
					t.Fatalf("%s %s not_applicable counts as %+v", p.Name(), id, got)
				}
				if na.Passed != base.Passed {
					t.Fatalf("%s: making ungated %s not_applicable changed passed", p.Name(), id)
				}
				if na.Possible == 0 {
					if na.Score != NoScore {
						t.Fatalf("%s: nothing left to score, got %v", p.Name(), na.Score)
					}
					continue
				}
				cmpNA := rat(na).Cmp(rat(base))
				switch c.Status {
				case assessment.NonCompliant, assessment.NotAssessed:
					if cmpNA < 0 || na.Score < base.Score {
						t.Fatalf("%s %s %v → not_applicable lowered the score: %v → %v", p.Name(), id, c.Status, base.Score, na.Score)
					}
				case assessment.Compliant:
					if cmpNA > 0 || na.Score > base.Score {
						t.Fatalf("%s %s compliant → not_applicable raised the score: %v → %v", p.Name(), id, base.Score, na.Score)
					}
				}
				// The mediant: the score with the criterion lies between the
				// score without it and its own credit.
				credit := big.NewRat(int64(c.Credit), int64(unit))
				lo, hi := rat(na), credit
				if lo.Cmp(hi) > 0 {
					lo, hi = hi, lo
				}
				if rat(base).Cmp(lo) < 0 || rat(base).Cmp(hi) > 0 {
					t.Fatalf("%s %s: score %v is not between %v and %v", p.Name(), id, rat(base), lo, hi)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d cases checked", checked)
	}
}

func TestScoreNotAssessedCountsZero(t *testing.T) {
	cat := criteria.Checklist()
	a := sample(t)
	for _, p := range builtinPolicies() {
		for _, id := range []criteria.ID{"1-1", "1-10", "1-30", "1-48", "2-2"} {
			notAssessed := p.Score(with(a, id, assessment.NotAssessed))
			missing := p.Score(without(a, id))
			if diff := cmp.Diff(notAssessed, missing); diff != "" {
				t.Errorf("%s: %s missing differs from not_assessed (-not_assessed +missing):\n%s", p.Name(), id, diff)
			}
			nc := p.Score(with(a, id, assessment.NonCompliant))
			i, _ := cat.Index(id)
			if notAssessed.Earned != nc.Earned || notAssessed.Possible != nc.Possible || notAssessed.Score != nc.Score {
				t.Errorf("%s: %s not_assessed scores %v/%v, non_compliant %v/%v", p.Name(), id,
					notAssessed.Earned, notAssessed.Possible, nc.Earned, nc.Possible)
			}
			if c := notAssessed.Criteria[i]; c.Earned != 0 || c.Possible != p.Weight(id) || c.Status != assessment.NotAssessed {
				t.Errorf("%s: %s not_assessed counts as %+v", p.Name(), id, c)
			}
			if notAssessed.Coverage.NotAssessed != 1 || notAssessed.Coverage.Answered != 56 {
				t.Errorf("%s: %s not_assessed coverage %+v", p.Name(), id, notAssessed.Coverage)
			}
		}
	}
}

func criticalIDs(p *Policy) []criteria.ID {
	var ids []criteria.ID
	for _, cr := range p.Catalog().All() {
		if t, ok := p.Tier(cr.ID()); ok && t.ID == "critical" {
			ids = append(ids, cr.ID())
		}
	}
	return ids
}

func TestRiskWeightedCriticalGate(t *testing.T) {
	cat := criteria.Checklist()
	p := RiskWeighted()
	critical := criticalIDs(p)
	wantCritical := []criteria.ID{"1-18", "1-29", "1-30", "1-35", "1-37", "1-38", "1-39", "1-43", "1-47", "1-49", "1-51", "1-52", "2-2"}
	if diff := cmp.Diff(wantCritical, critical); diff != "" {
		t.Fatalf("critical criteria (-want +got):\n%s", diff)
	}
	compliant := uniformAssessment(cat, assessment.Compliant)
	allCriticalNA := compliant
	for _, id := range critical[:len(critical)-1] { // all but 2-2
		allCriticalNA = with(allCriticalNA, id, assessment.NotApplicable)
	}
	tests := []struct {
		name    string
		a       *assessment.Assessment
		passed  bool
		tier    bool
		failing []criteria.ID
	}{
		{"all compliant", compliant, true, true, nil},
		{"one non_compliant", with(compliant, "1-30", assessment.NonCompliant), false, false, []criteria.ID{"1-30"}},
		{"one not_assessed", with(compliant, "1-49", assessment.NotAssessed), false, false, []criteria.ID{"1-49"}},
		{"one missing", without(compliant, "1-18"), false, false, []criteria.ID{"1-18"}},
		{"several", with(with(without(compliant, "1-52"), "1-39", assessment.NonCompliant), "1-18", assessment.NotAssessed),
			false, false, []criteria.ID{"1-18", "1-39", "1-52"}},
		{"partially compliant passes", with(compliant, "1-30", assessment.PartiallyCompliant), true, true, nil},
		{"not_applicable passes", allCriticalNA, true, true, nil},
		// 2-2 not_applicable meets the tier gate but not its own.
		{"2-2 not_applicable", with(compliant, "2-2", assessment.NotApplicable), false, true, nil},
		{"non-critical non_compliant", with(compliant, "1-1", assessment.NonCompliant), true, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := p.Score(tt.a)
			g := r.Gates[3]
			// A tier gate that holds lists no criteria: empty, not nil.
			failing := tt.failing
			if failing == nil {
				failing = []criteria.ID{}
			}
			want := GateResult{Tier: "critical", Required: assessment.PartiallyCompliant, Passed: tt.tier, Failing: failing}
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("critical gate (-want +got):\n%s", diff)
			}
			if r.Passed != tt.passed {
				t.Errorf("passed = %v, want %v", r.Passed, tt.passed)
			}
		})
	}

	// On random assessments the gate lists exactly the critical criteria that
	// are non_compliant or not assessed, in catalog order.
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		r := p.Score(randomAssessment(rng, cat))
		want := []criteria.ID{}
		for _, id := range critical {
			if s := statusOf(r, id); s == assessment.NonCompliant || s == assessment.NotAssessed {
				want = append(want, id)
			}
		}
		g := r.Gates[3]
		if diff := cmp.Diff(want, g.Failing); diff != "" || g.Passed != (len(want) == 0) {
			t.Fatalf("critical gate passed=%v (-want +got failing):\n%s", g.Passed, diff)
		}
		if len(want) > 0 && r.Passed {
			t.Fatal("passed with failing critical criteria")
		}
	}
}

// TestScoreJSONDeterministic checks that a result's JSON depends on the input
// only: the same bytes twice, and the same from Score and from ScoreTo into a
// Result that held another assessment's result before.
func TestScoreJSONDeterministic(t *testing.T) {
	cat := criteria.Checklist()
	rng := rand.New(rand.NewPCG(5, 6))
	inputs := []*assessment.Assessment{
		sample(t),
		uniformAssessment(cat, assessment.Compliant),
		uniformAssessment(cat, assessment.NotApplicable),
		uniformAssessment(cat, assessment.NonCompliant),
		with(uniformAssessment(cat, assessment.Compliant), "1-30", assessment.NonCompliant),
	}
	for range 50 {
		inputs = append(inputs, randomAssessment(rng, cat))
	}
	for _, p := range builtinPolicies() {
		reused := new(Result)
		// Fill the reused result with gaps and failing gates first.
		p.ScoreTo(reused, uniformAssessment(cat, assessment.NonCompliant))
		for k, a := range inputs {
			first := mustMarshal(t, p.Score(a))
			second := mustMarshal(t, p.Score(a))
			if !bytes.Equal(first, second) {
				t.Fatalf("%s input %d: two runs differ (-first +second):\n%s", p.Name(), k, jsonDiff(first, second))
			}
			p.ScoreTo(reused, a)
			if got := mustMarshal(t, reused); !bytes.Equal(first, got) {
				t.Fatalf("%s input %d: Score and ScoreTo differ (-Score +ScoreTo):\n%s", p.Name(), k, jsonDiff(first, got))
			}
			// As values too: a refilled Result keeps nothing of its past.
			if diff := cmp.Diff(p.Score(a), reused); diff != "" {
				t.Fatalf("%s input %d: Score and ScoreTo differ (-Score +ScoreTo):\n%s", p.Name(), k, diff)
			}
		}
	}

	// One Result reused across policies and catalogs of other sizes.
	generated := generatedCatalog(t, 120)
	reused := new(Result)
	for k, a := range inputs {
		UniformFor(generated).ScoreTo(reused, randomAssessment(rng, generated))
		for _, p := range []*Policy{RiskWeighted(), Uniform(), RiskWeighted()} {
			p.ScoreTo(reused, a)
			want := mustMarshal(t, p.Score(a))
			if got := mustMarshal(t, reused); !bytes.Equal(want, got) {
				t.Fatalf("%s input %d: ScoreTo after other policies differs (-Score +ScoreTo):\n%s", p.Name(), k, jsonDiff(want, got))
			}
			if diff := cmp.Diff(p.Score(a), reused); diff != "" {
				t.Fatalf("%s input %d: ScoreTo after other policies differs (-Score +ScoreTo):\n%s", p.Name(), k, diff)
			}
		}
	}
}

// TestScoreJSONShape checks the parts of the dendai.result/v1 document that
// other tests do not: the format, arrays that are never null, and the fields of
// gates on a tier.
func TestScoreJSONShape(t *testing.T) {
	cat := criteria.Checklist()
	r := RiskWeighted().Score(uniformAssessment(cat, assessment.Compliant))
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(mustMarshal(t, r), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, k := range []string{"format", "score", "rating", "passed", "improvements", "gates"} {
		got[k] = string(doc[k])
	}
	want := map[string]string{
		"format":       `"dendai.result/v1"`,
		"score":        `100.0`,
		"rating":       `"A"`,
		"passed":       `true`,
		"improvements": `[]`,
		"gates": `[{"criterion":"2-2","required":"compliant","status":"compliant","passed":true},` +
			`{"criterion":"2-1","required":"partially_compliant","status":"compliant","passed":true},` +
			`{"criterion":"1-19","required":"partially_compliant","status":"compliant","passed":true},` +
			`{"tier":"critical","required":"partially_compliant","passed":true}]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("result JSON (-want +got):\n%s", diff)
	}
}

func TestScoreCoverage(t *testing.T) {
	a := sample(t)
	a = with(a, "1-1", assessment.NotAssessed)
	a = without(a, "1-2")
	a = with(a, "1-3", assessment.NotApplicable)
	a = with(a, "1-4", assessment.Status(42)) // invalid: counted as not assessed
	a.Responses = append(a.Responses,
		assessment.Response{Criterion: "1-5", Status: assessment.NotApplicable}, // duplicate: ignored
		assessment.Response{Criterion: "9-9", Status: assessment.Compliant},     // unknown: ignored
	)
	for _, p := range builtinPolicies() {
		r := p.Score(a)
		want := Coverage{Total: 57, Answered: 54, NotApplicable: 2, NotAssessed: 3}
		if diff := cmp.Diff(want, r.Coverage); diff != "" {
			t.Errorf("%s coverage (-want +got):\n%s", p.Name(), diff)
		}
		for _, id := range []criteria.ID{"1-1", "1-2", "1-4"} {
			if s := statusOf(r, id); s != assessment.NotAssessed {
				t.Errorf("%s: %s status %v, want not_assessed", p.Name(), id, s)
			}
		}
		if s := statusOf(r, "1-5"); s != assessment.Compliant {
			t.Errorf("%s: 1-5 status %v, want the first response's compliant", p.Name(), s)
		}
	}
}

func TestScoreGroups(t *testing.T) {
	cat := criteria.Checklist()
	a := sample(t)
	// By hand, from the sample: 1-10 non_compliant; 1-14, 1-30, 1-53 partially
	// compliant; 1-48 not applicable; the rest compliant.
	tests := []struct {
		policy *Policy
		group  criteria.ID
		want   GroupResult
	}{
		// 1-2 … 1-11: ten criteria of weight 1, one of them earning nothing.
		{Uniform(), "information-security-management", GroupResult{ID: "information-security-management", Score: 900, Earned: 9 * unit, Possible: 10 * unit}},
		// 1-12 weight 0, 1-13 high 7.5, 1-14 medium 5 at half: 10 / 12.5 = 80.0.
		{RiskWeighted(), "outsourcing", GroupResult{ID: "outsourcing", Score: 800, Earned: 10 * unit, Possible: 12_500_000}},
		// 55 criteria, 1-48 left out: 54 possible, 54 − 1 − 3 × 0.5 = 51.5 earned, 95.37.
		{Uniform(), "part-1", GroupResult{ID: "part-1", Score: 954, Earned: 51_500_000, Possible: 54 * unit}},
		// 2-1 high and 2-2 critical, both compliant.
		{RiskWeighted(), "part-2", GroupResult{ID: "part-2", Score: 1000, Earned: 17_500_000, Possible: 17_500_000}},
		// 2-2 alone.
		{Uniform(), "anti-social-forces", GroupResult{ID: "anti-social-forces", Score: 1000, Earned: unit, Possible: unit}},
	}
	for _, tt := range tests {
		r := tt.policy.Score(a)
		idx := slices.IndexFunc(r.Groups, func(g GroupResult) bool { return g.ID == tt.group })
		if idx < 0 {
			t.Errorf("%s: no group %s", tt.policy.Name(), tt.group)
			continue
		}
		if diff := cmp.Diff(tt.want, r.Groups[idx]); diff != "" {
			t.Errorf("%s group %s (-want +got):\n%s", tt.policy.Name(), tt.group, diff)
		}
	}

	// Every group, on random assessments: its sums are those of its criteria,
	// its score follows from its sums as the overall score does, and the groups
	// come in the catalog's order.
	rng := rand.New(rand.NewPCG(7, 8))
	var order []criteria.ID
	for g := range cat.AllGroups() {
		order = append(order, g.ID())
	}
	for range 200 {
		a := randomAssessment(rng, cat)
		for _, p := range builtinPolicies() {
			r := p.Score(a)
			var ids []criteria.ID
			for _, gr := range r.Groups {
				ids = append(ids, gr.ID)
				g, _ := cat.Group(gr.ID)
				first, end := g.Span()
				var e, pos Decimal
				for _, c := range r.Criteria[first:end] {
					e += c.Earned
					pos += c.Possible
				}
				want := GroupResult{ID: gr.ID, Score: percent(e, pos), Earned: e, Possible: pos}
				if diff := cmp.Diff(want, gr); diff != "" {
					t.Fatalf("%s group %s (-want +got):\n%s", p.Name(), gr.ID, diff)
				}
			}
			if diff := cmp.Diff(order, ids); diff != "" {
				t.Fatalf("group order (-want +got):\n%s", diff)
			}
		}
	}
}

// failsGate reports whether the criterion at index i fails a gate in r.
func failsGate(r *Result, i int) bool {
	id := r.Criteria[i].Criterion
	for _, g := range r.Gates {
		if !g.Passed && (g.Criterion == id || slices.Contains(g.Failing, id)) {
			return true
		}
	}
	return false
}

func TestScoreImprovements(t *testing.T) {
	cat := criteria.Checklist()
	rng := rand.New(rand.NewPCG(9, 10))
	inputs := []*assessment.Assessment{sample(t)}
	for range 150 {
		inputs = append(inputs, randomAssessment(rng, cat))
	}
	for k, a := range inputs {
		for _, p := range builtinPolicies() {
			r := p.Score(a)
			// The best MaxImprovements of exactly the criteria that earn less
			// than they could: gate-failing first, then by the points they
			// would add, then in catalog order.
			type cand struct {
				id   criteria.ID
				gate bool
				rise Decimal
				i    int
			}
			var all []cand
			for i, c := range r.Criteria {
				if c.Earned < c.Possible {
					all = append(all, cand{c.Criterion, failsGate(r, i), c.Possible - c.Earned, i})
				}
			}
			slices.SortStableFunc(all, func(a, b cand) int {
				if a.gate != b.gate {
					if a.gate {
						return -1
					}
					return 1
				}
				return int(b.rise - a.rise)
			})
			var want []criteria.ID
			for _, c := range all[:min(len(all), MaxImprovements)] {
				want = append(want, c.id)
			}
			var got []criteria.ID
			for _, imp := range r.Improvements {
				got = append(got, imp.Criterion)
			}
			if diff := cmp.Diff(want, got); diff != "" || r.Improvable != len(all) {
				t.Fatalf("%s input %d: improvements (-want +got):\n%s\nimprovable %d, want %d", p.Name(), k, diff, r.Improvable, len(all))
			}
			// Gate-failing first, then by gain, then in catalog order.
			sorted := slices.IsSortedFunc(r.Improvements, func(a, b Improvement) int {
				if a.Gate != b.Gate {
					if a.Gate {
						return -1
					}
					return 1
				}
				if a.Gain != b.Gain {
					return int(b.Gain) - int(a.Gain)
				}
				i, _ := cat.Index(a.Criterion)
				j, _ := cat.Index(b.Criterion)
				return i - j
			})
			if !sorted {
				t.Fatalf("%s input %d: improvements out of order: %+v", p.Name(), k, r.Improvements)
			}
			for _, imp := range r.Improvements {
				i, _ := cat.Index(imp.Criterion)
				if imp.Gate != failsGate(r, i) {
					t.Fatalf("%s input %d: %s gate = %v", p.Name(), k, imp.Criterion, imp.Gate)
				}
				// The gain is the rise from fixing that one criterion.
				fixed := p.Score(with(without(a, imp.Criterion), imp.Criterion, assessment.Compliant))
				c := r.Criteria[i]
				if fixed.Earned-r.Earned != c.Possible-c.Earned || fixed.Possible != r.Possible {
					t.Fatalf("%s input %d: fixing %s earns %v more, want %v", p.Name(), k, imp.Criterion, fixed.Earned-r.Earned, c.Possible-c.Earned)
				}
				if rise := fixed.Score - r.Score; imp.Gain < rise-1 || imp.Gain > rise+1 {
					t.Fatalf("%s input %d: %s gain %v, but the score rises %v → %v", p.Name(), k, imp.Criterion, imp.Gain, r.Score, fixed.Score)
				}
				if imp.Gain != percent(c.Possible-c.Earned, r.Possible) {
					t.Fatalf("%s input %d: %s gain %v is not the rounded exact rise", p.Name(), k, imp.Criterion, imp.Gain)
				}
			}
		}
	}
}

func TestScoreImprovementsSample(t *testing.T) {
	a := with(sample(t), "2-1", assessment.NonCompliant)
	tests := []struct {
		policy *Policy
		want   []Improvement
	}{
		// 56 possible: a whole criterion is 1.8 points, half of one 0.9.
		{Uniform(), []Improvement{
			{Criterion: "2-1", Gain: 18, Gate: true},
			{Criterion: "1-10", Gain: 18},
			{Criterion: "1-14", Gain: 9},
			{Criterion: "1-30", Gain: 9},
			{Criterion: "1-53", Gain: 9},
		}},
		// 375 possible: 2-1 high 7.5, 1-10 medium 5, half of 1-30 critical
		// 5 (a tie with 1-10, so catalog order), of 1-53 high 3.75, of 1-14
		// medium 2.5.
		{RiskWeighted(), []Improvement{
			{Criterion: "2-1", Gain: 20, Gate: true},
			{Criterion: "1-10", Gain: 13},
			{Criterion: "1-30", Gain: 13},
			{Criterion: "1-53", Gain: 10},
			{Criterion: "1-14", Gain: 7},
		}},
	}
	for _, tt := range tests {
		r := tt.policy.Score(a)
		if diff := cmp.Diff(tt.want, r.Improvements); diff != "" {
			t.Errorf("%s improvements (-want +got):\n%s", tt.policy.Name(), diff)
		}
	}
}

func TestScoreNothingApplies(t *testing.T) {
	cat := criteria.Checklist()
	for _, p := range builtinPolicies() {
		r := p.Score(uniformAssessment(cat, assessment.NotApplicable))
		if r.Score != NoScore || r.Rating != "" || r.Earned != 0 || r.Possible != 0 || len(r.Improvements) != 0 {
			t.Errorf("%s: score %v rating %q earned %v possible %v improvements %v", p.Name(), r.Score, r.Rating, r.Earned, r.Possible, r.Improvements)
		}
		for _, g := range r.Groups {
			if g.Score != NoScore {
				t.Errorf("%s: group %s scores %v", p.Name(), g.ID, g.Score)
			}
		}
		var doc struct {
			Score  *float64 `json:"score"`
			Rating *string  `json:"rating"`
			Groups []struct {
				Score *float64 `json:"score"`
			} `json:"groups"`
		}
		b := mustMarshal(t, r)
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Score != nil || doc.Rating == nil || *doc.Rating != "" || doc.Groups[0].Score != nil {
			t.Errorf("%s: JSON %s", p.Name(), b)
		}
		if !bytes.Contains(b, []byte(`"score":null,`)) || !bytes.Contains(b, []byte(`"rating":"",`)) {
			t.Errorf("%s: JSON lacks a null score and an empty rating: %s", p.Name(), b)
		}
	}
}

// checklistTwin returns a copy of the checklist read from its own JSON: equal
// to the built-in catalog, but another value.
func checklistTwin(tb testing.TB) *criteria.Catalog {
	tb.Helper()
	doc, err := criteria.Checklist().MarshalJSON()
	if err != nil {
		tb.Fatal(err)
	}
	twin, err := criteria.Parse(doc, nil)
	if err != nil {
		tb.Fatal(err)
	}
	if twin == criteria.Checklist() || !twin.Equal(criteria.Checklist()) {
		tb.Fatal("the checklist read from its JSON is not an equal copy")
	}
	return twin
}

// TestBuiltinForEqualCatalog checks that the built-in policies resolve against
// a catalog by its identity: a copy of the checklist read from a file gets
// them whole, gates included, and scores as the built-in catalog does.
func TestBuiltinForEqualCatalog(t *testing.T) {
	twin := checklistTwin(t)
	// 2-2 (anti-social forces) non_compliant: the gates of both policies fail.
	failing := with(uniformAssessment(twin, assessment.Compliant), "2-2", assessment.NonCompliant)
	for _, name := range BuiltinNames() {
		t.Run(name, func(t *testing.T) {
			p, ok := Builtin(name, twin)
			if !ok {
				t.Fatalf("Builtin(%q, copy of the checklist) = false", name)
			}
			builtin, _ := Builtin(name, criteria.Checklist())
			if p.Catalog() != twin || !p.Equal(builtin) || len(collect(p.Gates())) < 2 {
				t.Errorf("Builtin(%q, copy) = a policy for %p with %d gates, want the built-in for the copy", name, p.Catalog(), len(collect(p.Gates())))
			}
			r := p.Score(failing)
			if r.Passed || r.Gates[0].Criterion != "2-2" || r.Gates[0].Passed {
				t.Errorf("2-2 non_compliant: passed %v, gates %+v", r.Passed, r.Gates)
			}
			if diff := cmp.Diff(builtin.Score(failing), r); diff != "" {
				t.Errorf("the copy scores differently (-built-in +copy):\n%s", diff)
			}
		})
	}
	if p := UniformFor(twin); !p.Equal(Uniform()) || p.Catalog() != twin {
		t.Errorf("UniformFor(copy) is not the built-in uniform policy for the copy")
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 100 {
		a := randomAssessment(rng, twin)
		for _, p := range builtinPolicies() {
			copied, _ := Builtin(p.Name(), twin)
			if diff := cmp.Diff(p.Score(a), copied.Score(a)); diff != "" {
				t.Fatalf("%s (-built-in catalog +copy):\n%s", p.Name(), diff)
			}
		}
	}
}

// TestBuiltinForEarlierVersion checks that the built-in policies apply, gates
// and all, to every built-in version of the checklist, and only to those.
func TestBuiltinForEarlierVersion(t *testing.T) {
	for _, v := range criteria.BuiltinVersions(criteria.ChecklistID) {
		cat, _ := criteria.BuiltinVersion(criteria.ChecklistID, v)
		failing := with(uniformAssessment(cat, assessment.Compliant), "2-2", assessment.NonCompliant)
		for _, name := range BuiltinNames() {
			p, ok := Builtin(name, cat)
			if !ok || p.Catalog() != cat || len(collect(p.Gates())) < 2 {
				t.Fatalf("Builtin(%q, checklist %s) = %v, %v", name, v, p, ok)
			}
			if r := p.Score(failing); r.Passed || r.CatalogVersion != v {
				t.Errorf("%s for %s: passed %v, catalog version %s", name, v, r.Passed, r.CatalogVersion)
			}
		}
		if len(collect(UniformFor(cat).Gates())) < 2 {
			t.Errorf("UniformFor(checklist %s) has no gates", v)
		}
	}
	// A catalog that takes the checklist's ID and an unknown version is not it.
	doc, err := criteria.Checklist().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	other, err := criteria.Parse(bytes.Replace(doc, []byte(`"version":"1.1.0"`), []byte(`"version":"1.2.0"`), 1), nil)
	if err != nil || other.Version() != "1.2.0" {
		t.Fatalf("Parse: %v, version %s", err, other.Version())
	}
	if _, ok := Builtin(RiskWeightedName, other); ok {
		t.Errorf("Builtin(risk-weighted, checklist 1.2.0) is available")
	}
}

func TestScoreGolden(t *testing.T) {
	// The sample names jpbank-checklist 1.0.0: score it against that version.
	cat, _ := criteria.BuiltinVersion(criteria.ChecklistID, sample(t).CatalogVersion)
	p, ok := Builtin(RiskWeightedName, cat)
	if !ok {
		t.Fatalf("no risk-weighted policy for checklist %s", sample(t).CatalogVersion)
	}
	r := p.Score(sample(t))
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	testkit.Golden(t, "sample.risk-weighted.json.golden", got)
}

// TestScoreImprovementsCustomCredit checks improvements under policies whose
// compliant credit is below 1: an improvement is a criterion whose move to
// compliant raises the score, and its gain is that rise.
func TestScoreImprovementsCustomCredit(t *testing.T) {
	cat := criteria.Checklist()
	credits := []map[string]any{
		{"compliant": 0.9, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0},
		{"compliant": 0.8, "partially_compliant": 0.8, "non_compliant": 0.1, "not_assessed": 0}, // compliant raises no partially_compliant
		{"compliant": 1, "partially_compliant": 0.25, "non_compliant": 0.125, "not_assessed": 0.125},
	}
	rng := rand.New(rand.NewPCG(13, 14))
	for k, credit := range credits {
		p := mustParsePolicy(t, policyJSON(t, func(m map[string]any) { m["credit"] = credit }), cat)
		for range 20 {
			a := randomAssessment(rng, cat)
			r := p.Score(a)
			gains := map[criteria.ID]Percent{}
			for _, imp := range r.Improvements {
				gains[imp.Criterion] = imp.Gain
			}
			listed := len(gains)
			want := map[criteria.ID]Percent{}
			for _, c := range r.Criteria {
				if c.Status == assessment.NotApplicable {
					continue
				}
				fixed := p.Score(with(without(a, c.Criterion), c.Criterion, assessment.Compliant))
				if rise := fixed.Earned - r.Earned; rise > 0 {
					want[c.Criterion] = percent(rise, r.Possible)
				}
			}
			// Every listed gain is the rescored rise; all rises are counted.
			for id, g := range gains {
				if want[id] != g {
					t.Fatalf("credits %d: %s gains %v, rescoring gives %v", k, id, g, want[id])
				}
			}
			if r.Improvable != len(want) || listed != min(len(want), MaxImprovements) {
				t.Fatalf("credits %d: %d listed of %d improvable; rescoring finds %d", k, listed, r.Improvable, len(want))
			}
		}
	}
}
