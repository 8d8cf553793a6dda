package scoring

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// text is a bilingual title as a policy document writes it.
func text(ja, en string) map[string]any { return map[string]any{"ja": ja, "en": en} }

// basePolicy is a small valid policy for the checklist, as a document to be
// altered by each test case: a tier, a weight of 3 for 1-30, a gate, two bands.
func basePolicy() map[string]any {
	return map[string]any{
		"format":  PolicyFormat,
		"name":    "custom",
		"version": "0.1.0",
		"catalog": "jpbank-checklist",
		"title":   text("独自", "Custom"),
		"credit": map[string]any{
			"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0,
		},
		"tiers": []any{
			map[string]any{"id": "critical", "weight": 10, "title": text("最重要", "Critical")},
		},
		"defaultWeight": 1,
		"criteria": []any{
			map[string]any{"criterion": "1-30", "weight": 3},
			map[string]any{"criterion": "2-2", "tier": "critical", "rationale": text("理由", "Why")},
		},
		"gates": []any{
			map[string]any{"criterion": "2-2", "minimum": "compliant"},
		},
		"bands": []any{
			map[string]any{"rating": "Pass", "minScore": 80},
			map[string]any{"rating": "Fail", "minScore": 0},
		},
	}
}

// policyJSON returns basePolicy altered by edit, as JSON.
func policyJSON(tb testing.TB, edit func(m map[string]any)) []byte {
	tb.Helper()
	m := basePolicy()
	if edit != nil {
		edit(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func mustParsePolicy(tb testing.TB, doc []byte, cat *criteria.Catalog) *Policy {
	tb.Helper()
	p, err := ParsePolicy(doc, cat, nil)
	if err != nil {
		tb.Fatalf("ParsePolicy: %v\n%s", err, doc)
	}
	return p
}

func TestParsePolicyBuiltin(t *testing.T) {
	cat := criteria.Checklist()
	for _, tt := range []struct {
		file, name string
		builtin    *Policy
		version    string
		gates      int
	}{
		{"data/uniform.json", UniformName, Uniform(), "1.0.1", 2},
		{"data/risk-weighted.json", RiskWeightedName, RiskWeighted(), "1.1.0", 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := data.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			p := mustParsePolicy(t, doc, cat)
			if p.Name() != tt.name || p.Version() != tt.version || !p.Catalog().Equal(cat) {
				t.Errorf("name %q version %q catalog %v", p.Name(), p.Version(), p.Catalog().ID())
			}
			if p.Title().JA == "" || p.Title().EN == "" || p.Description().JA == "" || p.Description().EN == "" {
				t.Errorf("title %q, description %q", p.Title(), p.Description())
			}
			// The built-in value is a parse of the same document.
			if diff := cmp.Diff(tt.builtin, p); diff != "" {
				t.Errorf("built-in differs from a fresh parse (-built-in +parse):\n%s", diff)
			}
			wantCredit := map[assessment.Status]Decimal{
				assessment.Compliant: unit, assessment.PartiallyCompliant: unit / 2,
				assessment.NonCompliant: 0, assessment.NotAssessed: 0, assessment.NotApplicable: 0,
			}
			gotCredit := map[assessment.Status]Decimal{}
			for _, s := range assessment.Statuses() {
				gotCredit[s] = p.Credit(s)
			}
			if diff := cmp.Diff(wantCredit, gotCredit); diff != "" {
				t.Errorf("credits (-want +got):\n%s", diff)
			}
			if got := p.Credit(assessment.Status(200)); got != 0 {
				t.Errorf("credit of an invalid status = %v", got)
			}
			var gates []Gate
			for g := range p.Gates() {
				gates = append(gates, g)
			}
			if len(gates) != tt.gates {
				t.Errorf("%d gates, want %d", len(gates), tt.gates)
			}
			wantBands := []Band{{"A", 900}, {"B", 750}, {"C", 600}, {"D", 0}}
			var bands []Band
			for b := range p.Bands() {
				bands = append(bands, b)
			}
			if diff := cmp.Diff(wantBands, bands); diff != "" {
				t.Errorf("bands (-want +got):\n%s", diff)
			}
		})
	}
	for _, cr := range cat.All() {
		if w := Uniform().Weight(cr.ID()); w != unit {
			t.Errorf("uniform weight of %s = %v", cr.ID(), w)
		}
		if _, ok := Uniform().Tier(cr.ID()); ok {
			t.Errorf("uniform puts %s in a tier", cr.ID())
		}
	}
}

func TestRiskWeightedTiers(t *testing.T) {
	cat := criteria.Checklist()
	p := RiskWeighted()
	var tiers []Tier
	for tier := range p.Tiers() {
		tiers = append(tiers, tier)
	}
	wantTiers := []Tier{
		{ID: "critical", Weight: 10 * unit, Title: i18n.Text{JA: "最重要", EN: "Critical"}},
		{ID: "high", Weight: 7_500_000, Title: i18n.Text{JA: "高", EN: "High"}},
		{ID: "medium", Weight: 5 * unit, Title: i18n.Text{JA: "中", EN: "Medium"}},
		{ID: "low", Weight: 2_500_000, Title: i18n.Text{JA: "低", EN: "Low"}},
	}
	if diff := cmp.Diff(wantTiers, tiers); diff != "" {
		t.Errorf("tiers (-want +got):\n%s", diff)
	}
	count := map[string]int{}
	for _, cr := range cat.All() {
		if r := p.Rationale(cr.ID()); strings.TrimSpace(r.JA) == "" || strings.TrimSpace(r.EN) == "" {
			t.Errorf("%s rationale %+v lacks a language", cr.ID(), r)
		}
		tier, ok := p.Tier(cr.ID())
		if cr.ID() == "1-12" {
			// A heading in the source: no tier, and no weight.
			if ok || p.Weight(cr.ID()) != 0 {
				t.Errorf("1-12: tier %q %v, weight %v; want no tier and weight 0", tier.ID, ok, p.Weight(cr.ID()))
			}
			continue
		}
		if !ok {
			t.Errorf("%s has no tier", cr.ID())
			continue
		}
		count[tier.ID]++
		if p.Weight(cr.ID()) != tier.Weight {
			t.Errorf("%s weighs %v, its tier %s %v", cr.ID(), p.Weight(cr.ID()), tier.ID, tier.Weight)
		}
	}
	if diff := cmp.Diff(map[string]int{"critical": 13, "high": 18, "medium": 22, "low": 3}, count); diff != "" {
		t.Errorf("criteria per tier (-want +got):\n%s", diff)
	}
	wantGates := []Gate{
		{Criterion: "2-2", Minimum: assessment.Compliant},
		{Criterion: "2-1", Minimum: assessment.PartiallyCompliant},
		{Criterion: "1-19", Minimum: assessment.PartiallyCompliant},
		{Tier: "critical", Minimum: assessment.PartiallyCompliant, NotApplicablePasses: true},
	}
	var gates []Gate
	for g := range p.Gates() {
		gates = append(gates, g)
	}
	if diff := cmp.Diff(wantGates, gates); diff != "" {
		t.Errorf("gates (-want +got):\n%s", diff)
	}
}

func TestParsePolicyCustom(t *testing.T) {
	cat := criteria.Checklist()
	p := mustParsePolicy(t, policyJSON(t, nil), cat)
	tier, ok := p.Tier("2-2")
	_, unknownTier := p.Tier("9-9")
	got := []any{p.Name(), p.Weight("1-1"), p.Weight("1-30"), p.Weight("2-2"), tier.ID, ok, p.Rationale("2-2"), p.Rationale("1-30"),
		p.Weight("9-9"), unknownTier, p.Rationale("9-9")}
	want := []any{"custom", unit, 3 * unit, 10 * unit, "critical", true, i18n.Text{JA: "理由", EN: "Why"}, i18n.Text{},
		Decimal(0), false, i18n.Text{}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		score Percent
		want  string
	}{{NoScore, ""}, {0, "Fail"}, {799, "Fail"}, {800, "Pass"}, {1000, "Pass"}} {
		if got := p.Rating(tt.score); got != tt.want {
			t.Errorf("Rating(%v) = %q, want %q", tt.score, got, tt.want)
		}
	}
	// Weights of 0 and MaxWeight, and the most decimals, are allowed.
	p = mustParsePolicy(t, policyJSON(t, func(m map[string]any) {
		m["defaultWeight"] = 0
		m["criteria"] = []any{
			map[string]any{"criterion": "1-1", "weight": json.Number("1000000")},
			map[string]any{"criterion": "1-2", "weight": json.Number("0.001")},
		}
		m["gates"] = []any{}
	}), cat)
	if p.Weight("1-1") != MaxWeight || p.Weight("1-2") != 1000 || p.Weight("1-3") != 0 {
		t.Errorf("weights %v %v %v", p.Weight("1-1"), p.Weight("1-2"), p.Weight("1-3"))
	}
}

type problemKey struct {
	Code dendai.Code
	Path string
}

// refusedCase is a policy document ParsePolicy refuses, and its problems.
type refusedCase struct {
	name string
	edit func(m map[string]any)
	raw  func(doc []byte) []byte // applied to the edited document
	want []problemKey
}

// refusedPolicies returns documents that break the rules of a policy one way
// or a few at once: basePolicy edited, or bytes made from it.
func refusedPolicies() []refusedCase {
	criteriaList := func(entries ...map[string]any) func(m map[string]any) {
		return func(m map[string]any) {
			list := make([]any, len(entries))
			for i, e := range entries {
				list[i] = e
			}
			m["criteria"] = list
		}
	}
	gate := func(g map[string]any) func(m map[string]any) {
		return func(m map[string]any) { m["gates"] = []any{g} }
	}
	bands := func(bs ...map[string]any) func(m map[string]any) {
		return func(m map[string]any) {
			list := make([]any, len(bs))
			for i, b := range bs {
				list[i] = b
			}
			m["bands"] = list
		}
	}
	type obj = map[string]any
	return []refusedCase{
		{name: "wrong format", edit: func(m obj) { m["format"] = "dendai.policy/v2" },
			want: []problemKey{{CodeFormat, "/format"}}},
		{name: "catalog mismatch", edit: func(m obj) { m["catalog"] = "jpbank-standard" },
			want: []problemKey{{CodeCatalogMismatch, "/catalog"}}},
		{name: "weight negative", edit: criteriaList(obj{"criterion": "1-1", "weight": -1}),
			want: []problemKey{{CodeInvalidNumber, "/criteria/0/weight"}}},
		{name: "weight with 4 decimals", edit: criteriaList(obj{"criterion": "1-1", "weight": json.Number("0.1234")}),
			want: []problemKey{{CodeInvalidNumber, "/criteria/0/weight"}}},
		{name: "weight with an exponent", edit: criteriaList(obj{"criterion": "1-1", "weight": json.Number("1e3")}),
			want: []problemKey{{CodeInvalidNumber, "/criteria/0/weight"}}},
		{name: "weight over the maximum", edit: criteriaList(obj{"criterion": "1-1", "weight": json.Number("1000000.001")}),
			want: []problemKey{{CodeInvalidNumber, "/criteria/0/weight"}}},
		{name: "default weight negative", edit: func(m obj) { m["defaultWeight"] = -0.5 },
			want: []problemKey{{CodeInvalidNumber, "/defaultWeight"}}},
		{name: "default weight a string", edit: func(m obj) { m["defaultWeight"] = "1" },
			want: []problemKey{{dendai.CodeWrongType, "/defaultWeight"}}},
		{name: "credit 1.5", edit: func(m obj) { m["credit"].(obj)["compliant"] = 1.5 },
			want: []problemKey{{CodeInvalidNumber, "/credit/compliant"}}},
		{name: "credit for not_applicable", edit: func(m obj) { m["credit"].(obj)["not_applicable"] = 0 },
			want: []problemKey{{dendai.CodeUnknownField, "/credit/not_applicable"}}},
		{name: "credit in Japanese", edit: func(m obj) { m["credit"].(obj)["適合"] = 1 },
			want: []problemKey{{dendai.CodeUnknownField, "/credit/適合"}}},
		{name: "credit missing", edit: func(m obj) { delete(m["credit"].(obj), "not_assessed") },
			want: []problemKey{{dendai.CodeMissingField, "/credit"}}},
		{name: "all weights zero", edit: func(m obj) {
			m["defaultWeight"] = 0
			m["criteria"] = []any{obj{"criterion": "1-1", "weight": 0}}
		}, want: []problemKey{{CodeWeightsZero, ""}}},
		{name: "unknown tier", edit: criteriaList(obj{"criterion": "1-1", "tier": "extreme"}),
			want: []problemKey{{CodeUnknownTier, "/criteria/0/tier"}}},
		{name: "duplicate tier", edit: func(m obj) {
			m["tiers"] = append(m["tiers"].([]any), obj{"id": "critical", "weight": 2, "title": text("b", "b")})
		}, want: []problemKey{{CodeDuplicate, "/tiers/1/id"}}},
		{name: "too many tiers", edit: func(m obj) {
			ts := m["tiers"].([]any) // critical
			for i := range 100 {
				ts = append(ts, obj{"id": fmt.Sprintf("t%d", i), "weight": 1, "title": text("t", "t")})
			}
			m["tiers"] = ts
		}, want: []problemKey{{CodeTooManyTiers, "/tiers/100"}}},
		{name: "duplicate criterion", edit: criteriaList(obj{"criterion": "1-1", "weight": 1}, obj{"criterion": "1-1", "weight": 2}),
			want: []problemKey{{CodeDuplicate, "/criteria/1/criterion"}}},
		{name: "unknown criterion", edit: criteriaList(obj{"criterion": "S1-1", "weight": 1}),
			want: []problemKey{{CodeUnknownCriterion, "/criteria/0/criterion"}}},
		{name: "both tier and weight", edit: criteriaList(obj{"criterion": "1-1", "tier": "critical", "weight": 1}),
			want: []problemKey{{CodeTierOrWeight, "/criteria/0"}}},
		{name: "neither tier nor weight", edit: criteriaList(obj{"criterion": "1-1"}),
			want: []problemKey{{CodeTierOrWeight, "/criteria/0"}}},
		{name: "criterion missing", edit: criteriaList(obj{"weight": 1}),
			want: []problemKey{{dendai.CodeMissingField, "/criteria/0"}}},
		{name: "gate on an unknown criterion", edit: gate(obj{"criterion": "1-56", "minimum": "compliant"}),
			want: []problemKey{{CodeUnknownCriterion, "/gates/0/criterion"}}},
		{name: "gate on an unknown tier", edit: gate(obj{"tier": "high", "minimum": "compliant"}),
			want: []problemKey{{CodeUnknownTier, "/gates/0/tier"}}},
		{name: "gate minimum not_applicable", edit: gate(obj{"criterion": "2-2", "minimum": "not_applicable"}),
			want: []problemKey{{CodeGateMinimum, "/gates/0/minimum"}}},
		{name: "gate minimum not_assessed", edit: gate(obj{"criterion": "2-2", "minimum": "not_assessed"}),
			want: []problemKey{{CodeGateMinimum, "/gates/0/minimum"}}},
		{name: "gate minimum missing", edit: gate(obj{"criterion": "2-2"}),
			want: []problemKey{{dendai.CodeMissingField, "/gates/0"}}},
		{name: "gate on both criterion and tier", edit: gate(obj{"criterion": "2-2", "tier": "critical", "minimum": "compliant"}),
			want: []problemKey{{CodeGateTarget, "/gates/0"}}},
		{name: "gate on nothing", edit: gate(obj{"minimum": "compliant"}),
			want: []problemKey{{CodeGateTarget, "/gates/0"}}},
		{name: "gate notApplicablePasses not a boolean", edit: gate(obj{"criterion": "2-2", "minimum": "compliant", "notApplicablePasses": "yes"}),
			want: []problemKey{{dendai.CodeWrongType, "/gates/0/notApplicablePasses"}}},
		{name: "bands not descending", edit: bands(obj{"rating": "A", "minScore": 60}, obj{"rating": "B", "minScore": 75}, obj{"rating": "C", "minScore": 0}),
			want: []problemKey{{CodeBandOrder, "/bands/1"}}},
		{name: "bands equal", edit: bands(obj{"rating": "A", "minScore": 60}, obj{"rating": "B", "minScore": 60}, obj{"rating": "C", "minScore": 0}),
			want: []problemKey{{CodeBandOrder, "/bands/1"}}},
		{name: "last band not 0", edit: bands(obj{"rating": "A", "minScore": 90}, obj{"rating": "B", "minScore": 50}),
			want: []problemKey{{CodeBandFloor, "/bands"}}},
		{name: "no bands", edit: bands(),
			want: []problemKey{{CodeBandFloor, "/bands"}}},
		{name: "band with two decimals", edit: bands(obj{"rating": "A", "minScore": 90.55}, obj{"rating": "B", "minScore": 0}),
			want: []problemKey{{CodeInvalidNumber, "/bands/0/minScore"}}},
		{name: "band over 100", edit: bands(obj{"rating": "A", "minScore": 100.1}, obj{"rating": "B", "minScore": 0}),
			want: []problemKey{{CodeInvalidNumber, "/bands/0/minScore"}}},
		{name: "band without a rating", edit: bands(obj{"rating": "", "minScore": 0}),
			want: []problemKey{{CodeRating, "/bands/0/rating"}}},
		{name: "invalid name", edit: func(m obj) { m["name"] = "my policy" },
			want: []problemKey{{CodeInvalidName, "/name"}}},
		{name: "empty version", edit: func(m obj) { m["version"] = "" },
			want: []problemKey{{CodeInvalidVersion, "/version"}}},
		{name: "title without English", edit: func(m obj) { m["title"] = obj{"ja": "独自"} },
			want: []problemKey{{dendai.CodeMissingEN, "/title/en"}}},
		{name: "unknown field", edit: func(m obj) { m["colour"] = "red" },
			want: []problemKey{{dendai.CodeUnknownField, "/colour"}}},
		{name: "required field missing", edit: func(m obj) { delete(m, "defaultWeight") },
			want: []problemKey{{dendai.CodeMissingField, ""}}},
		{name: "not an object", raw: func([]byte) []byte { return []byte(`[]`) },
			want: []problemKey{{dendai.CodeWrongType, ""}}},
		{name: "trailing data", raw: func(doc []byte) []byte { return append(doc, " {}"...) },
			want: []problemKey{{dendai.CodeTrailingData, ""}}},
		{name: "truncated", raw: func(doc []byte) []byte { return doc[:len(doc)/2] },
			want: []problemKey{{dendai.CodeUnexpectedEnd, ""}}},
		{name: "duplicate key", raw: func(doc []byte) []byte { return append([]byte(`{"name":"x",`), doc[1:]...) },
			want: []problemKey{{dendai.CodeDuplicateKey, ""}}},
		{name: "invalid UTF-8", raw: func(doc []byte) []byte {
			return []byte(strings.Replace(string(doc), "Custom", "Cust\xffm", 1))
		}, want: []problemKey{{dendai.CodeInvalidUTF8, ""}}},
		{name: "too large", raw: func([]byte) []byte { return make([]byte, DefaultMaxSize+1) },
			want: []problemKey{{dendai.CodeInputTooLarge, ""}}},
		{name: "every problem at once", edit: func(m obj) {
			m["format"] = "x"
			m["catalog"] = "y"
			m["criteria"] = []any{obj{"criterion": "1-1", "weight": -1}, obj{"criterion": "nope", "tier": "nope"}}
			m["gates"] = []any{obj{"criterion": "2-2", "minimum": "n/a"}}
		}, want: []problemKey{
			// In the order of the document, whose keys json.Marshal sorts.
			{CodeCatalogMismatch, "/catalog"},
			{CodeInvalidNumber, "/criteria/0/weight"},
			{CodeUnknownCriterion, "/criteria/1/criterion"},
			{CodeUnknownTier, "/criteria/1/tier"},
			{CodeFormat, "/format"},
			{CodeGateMinimum, "/gates/0/minimum"},
		}},
	}
}

// doc returns the case's document.
func (tt refusedCase) doc(tb testing.TB) []byte {
	tb.Helper()
	doc := policyJSON(tb, tt.edit)
	if tt.raw != nil {
		doc = tt.raw(doc)
	}
	return doc
}

func TestParsePolicyRefused(t *testing.T) {
	cat := criteria.Checklist()
	tests := refusedPolicies()
	if len(tests) < 15 {
		t.Fatal("too few cases")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParsePolicy(tt.doc(t), cat, nil)
			if p != nil {
				t.Errorf("policy accepted")
			}
			ps, ok := testkit.Problems(err)
			if !ok {
				t.Fatalf("error %v is not a *dendai.Error", err)
			}
			var got []problemKey
			for _, pr := range ps {
				got = append(got, problemKey{pr.Code, pr.Path})
				if pr.Message.JA == "" || pr.Message.EN == "" {
					t.Errorf("problem %s lacks a message: %+v", pr.Code, pr.Message)
				}
				if pr.Code != dendai.CodeInputTooLarge && pr.Line == 0 {
					t.Errorf("problem %s at %q has no line", pr.Code, pr.Path)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "dendai: ") {
				t.Errorf("Error() = %q", msg)
			} else if n := len(ps) - 1; n > 0 && !strings.HasSuffix(msg, fmt.Sprintf("(and %d more)", n)) {
				t.Errorf("Error() = %q, want it to count %d more", msg, n)
			}
		})
	}
}

func TestReadPolicy(t *testing.T) {
	cat := criteria.Checklist()
	doc, err := data.ReadFile("data/uniform.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPolicy(strings.NewReader(string(doc)), cat, nil)
	if err != nil || p.Name() != UniformName {
		t.Fatalf("ReadPolicy = %v, %v", p, err)
	}
	big := string(doc) + strings.Repeat(" ", DefaultMaxSize)
	tests := []struct {
		name string
		opts *Options
		ok   bool
	}{
		{"nil options", nil, false},
		{"zero MaxSize", &Options{}, false},
		{"raised limit", &Options{MaxSize: len(big)}, true},
		{"limit one byte short", &Options{MaxSize: len(big) - 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, read := range map[string]func() (*Policy, error){
				"ReadPolicy":  func() (*Policy, error) { return ReadPolicy(strings.NewReader(big), cat, tt.opts) },
				"ParsePolicy": func() (*Policy, error) { return ParsePolicy([]byte(big), cat, tt.opts) },
			} {
				p, err := read()
				if tt.ok {
					if err != nil || p.Name() != UniformName {
						t.Errorf("%s = %v, %v; want the uniform policy", name, p, err)
					}
					continue
				}
				var perr *dendai.Error
				if !errors.As(err, &perr) || perr.Problems[0].Code != dendai.CodeInputTooLarge {
					t.Errorf("%s of %d bytes: %v; want %s", name, len(big), err, dendai.CodeInputTooLarge)
				}
			}
		})
	}
}

// Decimal and Percent have the text forms of encoding, appended and marshaled.
var (
	_ encoding.TextAppender  = Decimal(0)
	_ encoding.TextMarshaler = Decimal(0)
	_ json.Marshaler         = Decimal(0)
	_ encoding.TextAppender  = Percent(0)
	_ encoding.TextMarshaler = Percent(0)
	_ json.Marshaler         = Percent(0)
)

// textForms returns String, AppendText (onto a prefix), MarshalText and
// MarshalJSON of v, and fails the test if they disagree: all but JSON's null
// are the same text.
func textForms[T interface {
	String() string
	encoding.TextAppender
	encoding.TextMarshaler
	json.Marshaler
}](t *testing.T, v T) (text, js string) {
	t.Helper()
	appended, err := v.AppendText([]byte("x="))
	if err != nil || string(appended) != "x="+v.String() {
		t.Errorf("AppendText(%v) = %q, %v; want %q", v, appended, err, "x="+v.String())
	}
	marshaled, err := v.MarshalText()
	if err != nil || string(marshaled) != v.String() {
		t.Errorf("MarshalText(%v) = %q, %v; want %q", v, marshaled, err, v.String())
	}
	j, err := v.MarshalJSON()
	if err != nil {
		t.Errorf("MarshalJSON(%v): %v", v, err)
	}
	return v.String(), string(j)
}

func TestDecimal(t *testing.T) {
	for _, tt := range []struct {
		lit  string
		want Decimal
	}{
		{"0", 0},
		{"0.0", 0},
		{"7.5", 7_500_000},
		{"0.125", 125_000},
		{"0.001", 1_000},
		{"10", 10 * unit},
		{"2.50", 2_500_000},
		{"1000000", MaxWeight},
		// Out of every range, but written as policies write numbers: the
		// rules refuse them, with the value in the message.
		{"1000000.001", MaxWeight + 1000},
		{"-1", -unit},
		{"-0.5", -unit / 2},
		{"999999999.999", 999_999_999_999_000},
	} {
		got, ok := parseNumber(tt.lit)
		if !ok || got != tt.want {
			t.Errorf("parseNumber(%q) = %d, %v; want %d", tt.lit, got, ok, tt.want)
			continue
		}
		// The text form has no trailing zeros, and reads back to the same value.
		want := strings.TrimSuffix(strings.TrimRight(tt.lit, "0"), ".")
		if !strings.Contains(tt.lit, ".") {
			want = tt.lit
		}
		if want == "" {
			want = "0"
		}
		text, js := textForms(t, got)
		if text != want || js != want {
			t.Errorf("%d: text %q, JSON %q; want %q", int64(got), text, js, want)
		}
		if back, ok := parseNumber(got.String()); !ok || back != got {
			t.Errorf("parseNumber(%q) = %d, %v after a round trip", got.String(), back, ok)
		}
	}
	for _, lit := range []string{
		"", "-", "-0", "-0.0", "-0.000", "--1", "1-", "+1", "1e3", "1E3", "1.2345", "3.0000", "1.", ".5", "0x10", "1,5",
		"abc", "1.5x", "9999999999", "99999999999999999999",
	} {
		if d, ok := parseNumber(lit); ok {
			t.Errorf("parseNumber(%q) = %d, accepted", lit, d)
		}
	}
	// Values no literal gives still print exactly: earned points have six decimals.
	for _, tt := range []struct {
		d    Decimal
		want string
	}{{1, "0.000001"}, {3_750_000, "3.75"}, {-2_500_000, "-2.5"}, {348_750_000, "348.75"}, {7*One + One/2, "7.5"}} {
		if text, js := textForms(t, tt.d); text != tt.want || js != tt.want {
			t.Errorf("Decimal(%d): text %q, JSON %q; want %q", int64(tt.d), text, js, tt.want)
		}
	}
	if got := Decimal(7_500_000).Float64(); got != 7.5 {
		t.Errorf("Float64 = %v", got)
	}
}

func TestPercent(t *testing.T) {
	for _, tt := range []struct {
		p         Percent
		str, json string
		float     float64
	}{
		{0, "0.0", "0.0", 0},
		{5, "0.5", "0.5", 0.5},
		{875, "87.5", "87.5", 87.5},
		{900, "90.0", "90.0", 90},
		{1000, "100.0", "100.0", 100},
		{NoScore, "-", "null", -1},
	} {
		text, js := textForms(t, tt.p)
		got := []any{text, js, tt.p.Float64()}
		if diff := cmp.Diff([]any{tt.str, tt.json, tt.float}, got); diff != "" {
			t.Errorf("Percent(%d) (-want +got):\n%s", int16(tt.p), diff)
		}
	}
	// In a struct, as Result holds it.
	b, err := json.Marshal(struct{ A, B Percent }{NoScore, 333})
	if err != nil || string(b) != `{"A":null,"B":33.3}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
}

func TestPercentRounding(t *testing.T) {
	for _, tt := range []struct {
		earned, possible Decimal
		want             Percent
	}{
		{0, 0, NoScore},
		{0, unit, 0},
		{unit, unit, 1000},
		{1, 3, 333},  // 33.33
		{2, 3, 667},  // 66.67
		{1, 16, 63},  // 6.25: halves round up
		{1, 2000, 1}, // 0.05
		{1, 2001, 0}, // 0.0499…
		{7, 8, 875},  // 87.5 exactly
		{348_750_000, 365_000_000, 955},
		{51_500_000, 54_000_000, 954},
		// Large sums, past what 64-bit 1000 × earned could hold.
		{MaxWeight * 5_000, MaxWeight * 10_000, 500},
		{MaxWeight*10_000 - 1, MaxWeight * 10_000, 1000},
	} {
		if got := percent(tt.earned, tt.possible); got != tt.want {
			t.Errorf("percent(%d, %d) = %d, want %d", int64(tt.earned), int64(tt.possible), got, tt.want)
		}
	}
}

func TestUniformFor(t *testing.T) {
	std := criteria.Standard()
	p := UniformFor(std)
	if p.Name() != UniformName || p.Catalog() != std {
		t.Fatalf("UniformFor(standard) = %s for %s", p.Name(), p.Catalog().ID())
	}
	if p.Description().JA == "" || p.Description().EN == "" {
		t.Errorf("description %+v", p.Description())
	}
	if n := len(collect(p.Gates())); n != 0 {
		t.Errorf("%d gates", n)
	}
	tmpl := assessment.Template(std)
	r := p.Score(tmpl)
	want := summary{Score: 0, Rating: "D", Passed: true, Coverage: Coverage{Total: 51, NotAssessed: 51}, Improvements: 51}
	if diff := cmp.Diff(want, summarize(r)); diff != "" {
		t.Errorf("template (-want +got):\n%s", diff)
	}
	for i := range tmpl.Responses {
		tmpl.Responses[i].Status = assessment.Compliant
	}
	tmpl.Responses[0].Status = assessment.PartiallyCompliant
	r = p.Score(tmpl)
	// 50.5 of 51: 99.02.
	want = summary{Score: 990, Rating: "A", Passed: true, Coverage: Coverage{Total: 51, Answered: 51}, Improvements: 1}
	if diff := cmp.Diff(want, summarize(r)); diff != "" {
		t.Errorf("compliant (-want +got):\n%s", diff)
	}
	if len(r.Groups) != std.NumGroups() {
		t.Errorf("%d groups, want %d", len(r.Groups), std.NumGroups())
	}

	if !UniformFor(criteria.Checklist()).Equal(Uniform()) {
		t.Error("UniformFor(checklist) is not Uniform()")
	}
	for _, tt := range []struct {
		name string
		cat  *criteria.Catalog
		want *Policy
		ok   bool
	}{
		{UniformName, criteria.Checklist(), Uniform(), true},
		{RiskWeightedName, criteria.Checklist(), RiskWeighted(), true},
		{RiskWeightedName, std, nil, false},
		{"strict", criteria.Checklist(), nil, false},
	} {
		got, ok := Builtin(tt.name, tt.cat)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("Builtin(%q, %s) = %v, %v", tt.name, tt.cat.ID(), got, ok)
		}
	}
	if got, ok := Builtin(UniformName, std); !ok || got.Catalog() != std {
		t.Errorf("Builtin(uniform, standard) = %v, %v", got, ok)
	}
	names := BuiltinNames()
	names[0] = "changed"
	if diff := cmp.Diff([]string{UniformName, RiskWeightedName}, BuiltinNames()); diff != "" {
		t.Errorf("BuiltinNames (-want +got):\n%s", diff)
	}
}

type summary struct {
	Score        Percent
	Rating       string
	Passed       bool
	Coverage     Coverage
	Improvements int
}

func summarize(r *Result) summary {
	return summary{r.Score, r.Rating, r.Passed, r.Coverage, r.Improvable}
}

func collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// TestPolicyAppendJSON checks that a policy encodes back to the document it was
// read from, byte for byte, for both built-in policies.
func TestPolicyAppendJSON(t *testing.T) {
	for _, name := range []string{"data/uniform.json", "data/risk-weighted.json"} {
		orig, err := data.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParsePolicy(orig, criteria.Checklist(), nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := p.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(orig), string(out)); diff != "" {
			t.Errorf("%s: AppendJSON differs from the file (-file +encoded):\n%s", name, diff)
		}
	}
}

// TestParsePolicyManyProblems checks the cap on problems, whether the
// decoding or the rules find them: MaxProblems listed, in the order of the
// document, then one marker that counts the rest.
func TestParsePolicyManyProblems(t *testing.T) {
	cat := criteria.Checklist()
	const n = dendai.MaxProblems + 500
	for _, tt := range []struct {
		name  string
		gate  any
		first problemKey
	}{
		{"rules", map[string]any{"criterion": "9-9", "minimum": "compliant"}, problemKey{CodeUnknownCriterion, "/gates/0/criterion"}},
		{"decoding", 1, problemKey{dendai.CodeWrongType, "/gates/0"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := policyJSON(t, func(m map[string]any) {
				gates := make([]any, n)
				for i := range gates {
					gates[i] = tt.gate
				}
				m["gates"] = gates
			})
			_, err := ParsePolicy(doc, cat, nil)
			ps, ok := testkit.Problems(err)
			if !ok {
				t.Fatalf("error %v", err)
			}
			last := ps[len(ps)-1]
			if len(ps) != dendai.MaxProblems+1 || (problemKey{ps[0].Code, ps[0].Path}) != tt.first ||
				last.Code != dendai.CodeTooManyProblems || !strings.Contains(last.Message.EN, " 500 more") {
				t.Errorf("%d problems, first %s %s, last %s %q", len(ps), ps[0].Code, ps[0].Path, last.Code, last.Message.EN)
			}
			if !slices.IsSortedFunc(ps[:len(ps)-1], func(a, b dendai.Problem) int {
				return (a.Line*1_000_000 + a.Column) - (b.Line*1_000_000 + b.Column)
			}) {
				t.Error("problems out of the document's order")
			}
		})
	}
}
