package scoring

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
	"github.com/dendai-go/dendai/internal/msgtest"
	"github.com/dendai-go/dendai/internal/testkit"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, nil)
	msgtest.Has(t, messages,
		CodeFormat, CodeInvalidName, CodeInvalidVersion, CodeCatalogMismatch, CodeInvalidNumber,
		CodeWeightsZero, CodeDuplicate, CodeInvalidTierID, CodeTooManyTiers, CodeUnknownCriterion,
		CodeUnknownTier, CodeTierOrWeight, CodeGateMinimum, CodeGateTarget, CodeRating,
		CodeBandOrder, CodeBandFloor)
	msgtest.Has(t, messages, keyUniformForDescription)
}

// baseSpec is basePolicy as a Spec.
func baseSpec() Spec {
	return Spec{
		Name: "custom", Version: "0.1.0", Catalog: "jpbank-checklist",
		Title:         i18n.Text{JA: "独自", EN: "Custom"},
		Credit:        Credits{Compliant: One, PartiallyCompliant: One / 2},
		Tiers:         []Tier{{ID: "critical", Weight: 10 * One, Title: i18n.Text{JA: "最重要", EN: "Critical"}}},
		DefaultWeight: One,
		Criteria: []CriterionSpec{
			{Criterion: "1-30", Weight: new(3 * One)},
			{Criterion: "2-2", Tier: "critical", Rationale: i18n.Text{JA: "理由", EN: "Why"}},
		},
		Gates: []Gate{{Criterion: "2-2", Minimum: assessment.Compliant}},
		Bands: []Band{{Rating: "Pass", MinScore: 800}, {Rating: "Fail", MinScore: 0}},
	}
}

// problemKeys returns the codes and paths of the problems of err, a
// *dendai.Error, and fails the test if a problem lacks a message or, when
// lines is false, has a line.
func problemKeys(t *testing.T, err error, lines bool) []problemKey {
	t.Helper()
	ps, ok := testkit.Problems(err)
	if !ok {
		t.Fatalf("error %v is not a *dendai.Error", err)
	}
	var out []problemKey
	for _, pr := range ps {
		out = append(out, problemKey{pr.Code, pr.Path})
		if pr.Message.JA == "" || pr.Message.EN == "" || pr.Message.JA == pr.Message.EN {
			t.Errorf("problem %s has no message in both languages: %+v", pr.Code, pr.Message)
		}
		if !lines && (pr.Line != 0 || pr.Column != 0) {
			t.Errorf("problem %s at %q has a place in a document: %d:%d", pr.Code, pr.Path, pr.Line, pr.Column)
		}
	}
	return out
}

func TestNewPolicy(t *testing.T) {
	cat := criteria.Checklist()
	p, err := NewPolicy(cat, baseSpec())
	if err != nil {
		t.Fatal(err)
	}
	// The same policy as the document basePolicy.
	if want := mustParsePolicy(t, policyJSON(t, nil), cat); !p.Equal(want) {
		t.Errorf("NewPolicy(baseSpec) differs from ParsePolicy(basePolicy):\n%s", gocmp.Diff(want.Spec(), p.Spec()))
	}
	if p.Catalog() != cat || p.Weight("1-30") != 3*One || p.Weight("2-2") != 10*One || p.Weight("1-1") != One {
		t.Errorf("catalog %v, weights %v %v %v", p.Catalog().ID(), p.Weight("1-30"), p.Weight("2-2"), p.Weight("1-1"))
	}

	type edit = func(s *Spec)
	many := func(s *Spec) {
		for range dendai.MaxProblems + 500 {
			s.Gates = append(s.Gates, Gate{Criterion: "9-9", Minimum: assessment.Compliant})
		}
	}
	tests := []struct {
		name string
		edit edit
		want []problemKey
	}{
		{"empty name", func(s *Spec) { s.Name = "" }, []problemKey{{CodeInvalidName, "/name"}}},
		{"empty version", func(s *Spec) { s.Version = "" }, []problemKey{{CodeInvalidVersion, "/version"}}},
		{"no catalog", func(s *Spec) { s.Catalog = "" }, []problemKey{{CodeCatalogMismatch, "/catalog"}}},
		{"another catalog", func(s *Spec) { s.Catalog = criteria.StandardID }, []problemKey{{CodeCatalogMismatch, "/catalog"}}},
		{"no title", func(s *Spec) { s.Title = i18n.Text{} },
			[]problemKey{{dendai.CodeMissingJA, "/title/ja"}, {dendai.CodeMissingEN, "/title/en"}}},
		{"description in Japanese only", func(s *Spec) { s.Description = i18n.Text{JA: "説明"} },
			[]problemKey{{dendai.CodeMissingEN, "/description/en"}}},
		{"blank rationale", func(s *Spec) { s.Criteria[1].Rationale = i18n.Text{JA: "\u3000", EN: "Why"} },
			[]problemKey{{dendai.CodeMissingJA, "/criteria/1/rationale/ja"}}},
		{"credit with six decimals", func(s *Spec) { s.Credit.PartiallyCompliant = One/2 + 1 },
			[]problemKey{{CodeInvalidNumber, "/credit/partially_compliant"}}},
		{"negative credit", func(s *Spec) { s.Credit.NotAssessed = -One }, []problemKey{{CodeInvalidNumber, "/credit/not_assessed"}}},
		{"weight over the maximum", func(s *Spec) { s.Criteria[0].Weight = new(MaxWeight + 1000) },
			[]problemKey{{CodeInvalidNumber, "/criteria/0/weight"}}},
		{"negative default weight", func(s *Spec) { s.DefaultWeight = -One }, []problemKey{{CodeInvalidNumber, "/defaultWeight"}}},
		{"neither tier nor weight", func(s *Spec) { s.Criteria[0].Weight = nil }, []problemKey{{CodeTierOrWeight, "/criteria/0"}}},
		{"both tier and weight", func(s *Spec) { s.Criteria[1].Weight = new(One) }, []problemKey{{CodeTierOrWeight, "/criteria/1"}}},
		{"no criterion", func(s *Spec) { s.Criteria[0].Criterion = "" }, []problemKey{{CodeUnknownCriterion, "/criteria/0/criterion"}}},
		{"unknown tier", func(s *Spec) { s.Criteria[1].Tier = "high" }, []problemKey{{CodeUnknownTier, "/criteria/1/tier"}}},
		{"duplicate criterion", func(s *Spec) { s.Criteria = append(s.Criteria, CriterionSpec{Criterion: "1-30", Weight: new(One)}) },
			[]problemKey{{CodeDuplicate, "/criteria/2/criterion"}}},
		{"invalid tier ID", func(s *Spec) { s.Tiers[0].ID = "very critical" },
			[]problemKey{{CodeInvalidTierID, "/tiers/0/id"}, {CodeUnknownTier, "/criteria/1/tier"}}},
		{"101 tiers", func(s *Spec) {
			for i := range maxTiers {
				s.Tiers = append(s.Tiers, Tier{ID: fmt.Sprintf("t%d", i), Weight: One, Title: i18n.Text{JA: "層", EN: "Tier"}})
			}
		}, []problemKey{{CodeTooManyTiers, "/tiers/100"}}},
		{"all weights zero", func(s *Spec) {
			s.DefaultWeight, s.Tiers[0].Weight, s.Criteria[0].Weight = 0, 0, new(Decimal(0))
		}, []problemKey{{CodeWeightsZero, ""}}},
		{"gate without a minimum", func(s *Spec) { s.Gates[0].Minimum = 0 }, []problemKey{{CodeGateMinimum, "/gates/0/minimum"}}},
		{"gate on not_applicable", func(s *Spec) { s.Gates[0].Minimum = assessment.NotApplicable },
			[]problemKey{{CodeGateMinimum, "/gates/0/minimum"}}},
		{"gate on an invalid status", func(s *Spec) { s.Gates[0].Minimum = 200 }, []problemKey{{CodeGateMinimum, "/gates/0/minimum"}}},
		{"gate on nothing", func(s *Spec) { s.Gates[0].Criterion = "" }, []problemKey{{CodeGateTarget, "/gates/0"}}},
		{"gate on both", func(s *Spec) { s.Gates[0].Tier = "critical" }, []problemKey{{CodeGateTarget, "/gates/0"}}},
		{"gate on an unknown tier", func(s *Spec) { s.Gates[0] = Gate{Tier: "high", Minimum: assessment.Compliant} },
			[]problemKey{{CodeUnknownTier, "/gates/0/tier"}}},
		{"negative minimum score", func(s *Spec) { s.Bands[1].MinScore = NoScore },
			[]problemKey{{CodeInvalidNumber, "/bands/1/minScore"}, {CodeBandFloor, "/bands"}}},
		{"minimum score over 100", func(s *Spec) { s.Bands[0].MinScore = 1001 }, []problemKey{{CodeInvalidNumber, "/bands/0/minScore"}}},
		{"empty rating", func(s *Spec) { s.Bands[0].Rating = "" }, []problemKey{{CodeRating, "/bands/0/rating"}}},
		{"bands out of order", func(s *Spec) { s.Bands = append([]Band{{Rating: "Low", MinScore: 500}}, s.Bands...) },
			[]problemKey{{CodeBandOrder, "/bands/1"}}},
		{"no bands", func(s *Spec) { s.Bands = nil }, []problemKey{{CodeBandFloor, "/bands"}}},
		{"the zero Spec", func(s *Spec) { *s = Spec{} }, []problemKey{
			{CodeInvalidName, "/name"}, {CodeInvalidVersion, "/version"}, {CodeCatalogMismatch, "/catalog"},
			{dendai.CodeMissingJA, "/title/ja"}, {dendai.CodeMissingEN, "/title/en"},
			{CodeWeightsZero, ""}, {CodeBandFloor, "/bands"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := baseSpec()
			tt.edit(&spec)
			p, err := NewPolicy(cat, spec)
			if p != nil || err == nil {
				t.Fatalf("NewPolicy = %v, %v; want a refusal", p, err)
			}
			if diff := gocmp.Diff(tt.want, problemKeys(t, err, false)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}

	// Past dendai.MaxProblems, one marker counts the rest.
	spec := baseSpec()
	many(&spec)
	_, err = NewPolicy(cat, spec)
	got := problemKeys(t, err, false)
	if len(got) != dendai.MaxProblems+1 || got[0] != (problemKey{CodeUnknownCriterion, "/gates/1/criterion"}) ||
		got[dendai.MaxProblems] != (problemKey{dendai.CodeTooManyProblems, ""}) {
		t.Errorf("%d problems, first %v, last %v", len(got), got[0], got[len(got)-1])
	}
}

// decodeSpec decodes a policy document as ParsePolicy does, and returns the
// Spec and whether the decoding found the document sound.
func decodeSpec(doc []byte) (Spec, bool) {
	if len(doc) > DefaultMaxSize {
		return Spec{}, false
	}
	b := specDecoder{cat: criteria.Checklist(), r: jsonx.NewReader(string(doc))}
	b.r.Messages = messages
	var spec Spec
	if serr := b.r.Document(func() { spec = b.policy() }); serr != nil {
		return Spec{}, false
	}
	return spec, len(b.r.Problems) == 0
}

// sortedKeys returns the keys ordered by path, then code.
func sortedKeys(ks []problemKey) []problemKey {
	ks = slices.Clone(ks)
	slices.SortFunc(ks, func(a, b problemKey) int { return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Code, b.Code)) })
	return ks
}

// TestNewPolicyAgreesWithParsePolicy checks that the two share their rules:
// every refused document that decodes soundly into a Spec is refused by
// NewPolicy for the same problems at the same paths.
func TestNewPolicyAgreesWithParsePolicy(t *testing.T) {
	cat := criteria.Checklist()
	checked := 0
	for _, tt := range refusedPolicies() {
		doc := tt.doc(t)
		spec, sound := decodeSpec(doc)
		if !sound {
			continue
		}
		checked++
		_, perr := ParsePolicy(doc, cat, nil)
		_, nerr := NewPolicy(cat, spec)
		if nerr == nil {
			t.Errorf("%s: NewPolicy accepts what ParsePolicy refuses", tt.name)
			continue
		}
		if diff := gocmp.Diff(sortedKeys(problemKeys(t, perr, true)), sortedKeys(problemKeys(t, nerr, false))); diff != "" {
			t.Errorf("%s: problems (-ParsePolicy +NewPolicy):\n%s", tt.name, diff)
		}
	}
	if checked < 20 {
		t.Errorf("only %d documents decode soundly", checked)
	}
}

// TestPolicySpecRoundTrip checks that a policy goes to a Spec and back, and to
// its document and back, unchanged.
func TestPolicySpecRoundTrip(t *testing.T) {
	std := criteria.Standard()
	for _, p := range []*Policy{Uniform(), RiskWeighted(), UniformFor(std), mustParsePolicy(t, policyJSON(t, nil), criteria.Checklist())} {
		t.Run(p.Name()+"/"+string(p.Catalog().ID()), func(t *testing.T) {
			spec := p.Spec()
			q, err := NewPolicy(p.Catalog(), spec)
			if err != nil {
				t.Fatal(err)
			}
			if diff := gocmp.Diff(p, q); diff != "" {
				t.Errorf("NewPolicy(p.Spec()) (-p +q):\n%s", diff)
			}
			if diff := gocmp.Diff(spec, q.Spec()); diff != "" {
				t.Errorf("Spec (-p +q):\n%s", diff)
			}
			doc, err := p.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := ParsePolicy(doc, p.Catalog(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := gocmp.Diff(spec, r.Spec()); diff != "" {
				t.Errorf("Spec after a JSON round trip (-p +parsed):\n%s", diff)
			}
			if again, _ := q.AppendJSON(nil); string(again) != string(doc) {
				t.Error("AppendJSON differs after a Spec round trip")
			}
		})
	}
}

// TestPolicyKeepsItsSpec checks that neither the Spec given to NewPolicy nor
// the one Spec returns is the policy's own.
func TestPolicyKeepsItsSpec(t *testing.T) {
	cat := criteria.Checklist()
	spec := baseSpec()
	p, err := NewPolicy(cat, spec)
	if err != nil {
		t.Fatal(err)
	}
	want := baseSpec()
	scribble := func(s Spec) {
		*s.Criteria[0].Weight = 99 * One
		s.Criteria[1].Tier = "other"
		s.Tiers[0].Weight = 0
		s.Gates[0].Criterion = "1-1"
		s.Bands[0].Rating = "X"
	}
	scribble(spec)
	scribble(p.Spec())
	if diff := gocmp.Diff(want, p.Spec()); diff != "" {
		t.Errorf("the policy changed (-want +got):\n%s", diff)
	}
	if p.Weight("1-30") != 3*One || p.Weight("2-2") != 10*One {
		t.Errorf("weights %v %v", p.Weight("1-30"), p.Weight("2-2"))
	}
}

// TestBuiltinsImmutable overwrites every built-in policy a caller can reach
// and checks that the next call still returns the whole built-in.
func TestBuiltinsImmutable(t *testing.T) {
	want := map[string]*Policy{}
	for _, name := range BuiltinNames() {
		doc, err := data.ReadFile("data/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		want[name] = mustParsePolicy(t, doc, criteria.Checklist())
	}
	a := with(sample(t), "2-2", assessment.NonCompliant)
	wantResult := map[string]*Result{UniformName: want[UniformName].Score(a), RiskWeightedName: want[RiskWeightedName].Score(a)}

	*Uniform() = Policy{}
	*RiskWeighted() = Policy{}
	for _, name := range BuiltinNames() {
		p, _ := Builtin(name, criteria.Checklist())
		*p = Policy{}
		p, _ = Builtin(name, checklistTwin(t))
		*p = Policy{}
	}
	*UniformFor(criteria.Checklist()) = Policy{}
	p := RiskWeighted()
	for tier := range p.Tiers() {
		tier.Weight = 0
	}
	spec := p.Spec()
	spec.Tiers[0].Weight, spec.Gates = 0, nil

	for _, tt := range []struct {
		name string
		get  func() *Policy
	}{
		{UniformName, Uniform},
		{RiskWeightedName, RiskWeighted},
		{UniformName, func() *Policy { p, _ := Builtin(UniformName, criteria.Checklist()); return p }},
		{RiskWeightedName, func() *Policy { p, _ := Builtin(RiskWeightedName, criteria.Checklist()); return p }},
		{UniformName, func() *Policy { return UniformFor(criteria.Checklist()) }},
	} {
		got := tt.get()
		if diff := gocmp.Diff(want[tt.name], got); diff != "" {
			t.Errorf("%s after the overwrites (-built-in +got):\n%s", tt.name, diff)
		}
		if diff := gocmp.Diff(wantResult[tt.name], got.Score(a)); diff != "" || got.Score(a).Passed {
			t.Errorf("%s scores differently after the overwrites (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestPolicyEqual(t *testing.T) {
	cat := criteria.Checklist()
	custom := mustParsePolicy(t, policyJSON(t, nil), cat)
	otherVersion := mustParsePolicy(t, policyJSON(t, func(m map[string]any) { m["version"] = "0.1.1" }), cat)
	otherOrder := mustParsePolicy(t, policyJSON(t, func(m map[string]any) {
		c := m["criteria"].([]any)
		m["criteria"] = []any{c[1], c[0]}
	}), cat)
	twin, _ := Builtin(UniformName, checklistTwin(t))
	var none *Policy
	tests := []struct {
		name string
		p, q *Policy
		want bool
	}{
		{"same value", custom, custom, true},
		{"two parses", custom, mustParsePolicy(t, policyJSON(t, nil), cat), true},
		{"two calls", Uniform(), Uniform(), true},
		{"equal catalogs", Uniform(), twin, true},
		{"other version", custom, otherVersion, false},
		{"criteria listed in another order", custom, otherOrder, false},
		{"other policy", Uniform(), RiskWeighted(), false},
		{"other catalog", Uniform(), UniformFor(criteria.Standard()), false},
		{"nil and nil", none, none, true},
		{"nil and a policy", none, custom, false},
		{"a policy and nil", custom, none, false},
		{"zero policies", &Policy{}, &Policy{}, true},
		{"zero policy and a policy", &Policy{}, custom, false},
	}
	for _, tt := range tests {
		if got := tt.p.Equal(tt.q); got != tt.want {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.want)
		}
		if got := gocmp.Diff(tt.p, tt.q) == ""; got != tt.want {
			t.Errorf("%s: cmp.Diff finds them equal: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestResultLookups(t *testing.T) {
	r := RiskWeighted().Score(sample(t))
	for i, c := range r.Criteria {
		got, ok := r.Criterion(c.Criterion)
		if !ok || got != r.Criteria[i] {
			t.Fatalf("Criterion(%s) = %+v, %v", c.Criterion, got, ok)
		}
	}
	for _, g := range r.Groups {
		if got, ok := r.Group(g.ID); !ok || got != g {
			t.Fatalf("Group(%s) = %+v, %v", g.ID, got, ok)
		}
	}
	c, ok := r.Criterion("1-30")
	want := CriterionResult{Criterion: "1-30", Status: assessment.PartiallyCompliant, Weight: 10 * One, Credit: One / 2, Earned: 5 * One, Possible: 10 * One}
	if !ok || c != want {
		t.Errorf("Criterion(1-30) = %+v, %v; want %+v", c, ok, want)
	}
	g, ok := r.Group("anti-social-forces")
	if !ok || g != (GroupResult{ID: "anti-social-forces", Score: 1000, Earned: 10 * One, Possible: 10 * One}) {
		t.Errorf("Group(anti-social-forces) = %+v, %v", g, ok)
	}
	for _, id := range []criteria.ID{"", "9-9", "part-1"} {
		if c, ok := r.Criterion(id); ok || c != (CriterionResult{}) {
			t.Errorf("Criterion(%q) = %+v, %v", id, c, ok)
		}
	}
	for _, id := range []criteria.ID{"", "1-1", "nowhere"} {
		if g, ok := r.Group(id); ok || g != (GroupResult{}) {
			t.Errorf("Group(%q) = %+v, %v", id, g, ok)
		}
	}
}

// TestPlainValues checks that cmp.Diff, with no options, compares every
// exported type of the package: the types hold no unexported field, but
// Policy, which has an Equal method.
func TestPlainValues(t *testing.T) {
	a := sample(t)
	r := RiskWeighted().Score(with(a, "1-30", assessment.NonCompliant))
	old := RiskWeighted().Score(a)
	d, err := Compare(old, r)
	if err != nil {
		t.Fatal(err)
	}
	spec := RiskWeighted().Spec()
	values := []any{
		r, *r, r.Coverage, r.Gates[2], r.Groups[0], r.Criteria[0], r.Improvements[0],
		d, *d, d.Regressed[0], d.Gates[0],
		spec, spec.Credit, spec.Criteria[0], spec.Tiers[0], spec.Gates[0], spec.Bands[0],
		RiskWeighted(), Decimal(7_500_000), Percent(875),
	}
	for _, v := range values {
		name := reflect.TypeOf(v).String()
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Errorf("cmp.Diff of a %s panics: %v", name, e)
				}
			}()
			if diff := gocmp.Diff(v, v); diff != "" {
				t.Errorf("a %s differs from itself:\n%s", name, diff)
			}
		}()
		typ := reflect.TypeOf(v)
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || typ == reflect.TypeFor[Policy]() {
			continue
		}
		for f := range typ.Fields() {
			if !f.IsExported() {
				t.Errorf("%s has an unexported field %s", name, f.Name)
			}
		}
	}
	// And they tell values apart.
	if gocmp.Diff(old, r) == "" || gocmp.Diff(spec, Uniform().Spec()) == "" {
		t.Error("cmp.Diff finds different values equal")
	}
	if !strings.Contains(gocmp.Diff(old, r), "1-30") {
		t.Errorf("the diff of two results does not name the criterion that changed:\n%s", gocmp.Diff(old, r))
	}
}
