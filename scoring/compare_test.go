package scoring

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// unchangedExcept lists the checklist's criteria in order, but those given.
func unchangedExcept(ids ...criteria.ID) []criteria.ID {
	var out []criteria.ID
	for _, cr := range criteria.Checklist().All() {
		if !slices.Contains(ids, cr.ID()) {
			out = append(out, cr.ID())
		}
	}
	return out
}

func TestCompare(t *testing.T) {
	old := sample(t)
	changed := old
	for _, c := range []struct {
		id criteria.ID
		s  assessment.Status
	}{
		{"1-10", assessment.Compliant},    // from non_compliant: improved
		{"1-30", assessment.Compliant},    // from partially_compliant: improved
		{"1-14", assessment.NonCompliant}, // from partially_compliant: regressed
		{"2-2", assessment.NonCompliant},  // from compliant: regressed, fails a gate
		{"1-48", assessment.Compliant},    // from not_applicable: reclassified
		{"1-1", assessment.NotApplicable}, // to not_applicable: reclassified
	} {
		changed = with(changed, c.id, c.s)
	}
	changed = without(changed, "1-2") // from compliant to not assessed: regressed
	// The later assessment is a draft of another day: Old and New say so.
	later := *changed
	later.State, later.AssessedOn = assessment.Draft, mustDate(t, "2026-12-24")
	changed = &later
	sub := assessment.Subject{
		Name:            i18n.Text{JA: "株式会社サンプルペイ", EN: "Sample Pay Inc."},
		CorporateNumber: mustCorporateNumber(t, "5010001112730"),
	}
	sub.RegistrationNumber = mustRegistrationNumber(t, "関東財務局長（電代）第12号")
	oldOrigin := Origin{Subject: sub, AssessedOn: mustDate(t, "2026-11-01"), State: assessment.Submitted}
	newOrigin := Origin{Subject: sub, AssessedOn: mustDate(t, "2026-12-24"), State: assessment.Draft}

	const C, P, N, NA, X = assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant, assessment.NotApplicable, assessment.NotAssessed
	improved := []StatusChange{{"1-10", N, C}, {"1-30", P, C}}
	regressed := []StatusChange{{"1-2", C, X}, {"1-14", P, N}, {"2-2", C, N}}
	reclassified := []StatusChange{{"1-1", C, NA}, {"1-48", NA, C}}
	unchanged := unchangedExcept("1-1", "1-2", "1-10", "1-14", "1-30", "1-48", "2-2")

	tests := []struct {
		policy *Policy
		want   Delta
	}{
		{
			// Before: 53.5 / 56 = 95.5. After: 1-1 left out, 52 compliant and
			// 1-53 at half, 52.5 / 56 = 93.75, rounded up to 93.8.
			Uniform(),
			Delta{
				Catalog: "jpbank-checklist", Policy: UniformName, Old: oldOrigin, New: newOrigin,
				OldScore: 955, NewScore: 938, Change: -1_700_000,
				OldRating: "A", NewRating: "A", OldPassed: true, NewPassed: false,
				Improved: improved, Regressed: regressed, Reclassified: reclassified, Unchanged: unchanged,
				Gates: []GateChange{{Criterion: "2-2", OldPassed: true, NewPassed: false}},
			},
		},
		{
			// Before: 358.75 / 375 = 95.7. After: 377.5 possible without 1-1
			// (medium 5), less 1-14 (medium 5), 2-2 (critical 10), 1-2 (medium
			// 5) and half of 1-53 (high 3.75): 353.75 / 377.5 = 93.7.
			RiskWeighted(),
			Delta{
				Catalog: "jpbank-checklist", Policy: RiskWeightedName, Old: oldOrigin, New: newOrigin,
				OldScore: 957, NewScore: 937, Change: -2_000_000,
				OldRating: "A", NewRating: "A", OldPassed: true, NewPassed: false,
				Improved: improved, Regressed: regressed, Reclassified: reclassified, Unchanged: unchanged,
				Gates: []GateChange{
					{Criterion: "2-2", OldPassed: true, NewPassed: false},
					{Tier: "critical", OldPassed: true, NewPassed: false},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.policy.Name(), func(t *testing.T) {
			before, after := tt.policy.Score(old), tt.policy.Score(changed)
			d, err := Compare(before, after)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tt.want, d); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}

			// The other way round, everything is mirrored.
			back, err := Compare(after, before)
			if err != nil {
				t.Fatal(err)
			}
			mirror := func(cs []StatusChange) []StatusChange {
				out := []StatusChange{}
				for _, c := range cs {
					out = append(out, StatusChange{c.Criterion, c.To, c.From})
				}
				return out
			}
			want := Delta{
				Catalog: tt.want.Catalog, Policy: tt.want.Policy, Old: tt.want.New, New: tt.want.Old,
				OldScore: tt.want.NewScore, NewScore: tt.want.OldScore, Change: -tt.want.Change,
				OldRating: tt.want.NewRating, NewRating: tt.want.OldRating,
				OldPassed: tt.want.NewPassed, NewPassed: tt.want.OldPassed,
				Improved: mirror(tt.want.Regressed), Regressed: mirror(tt.want.Improved),
				Reclassified: mirror(tt.want.Reclassified), Unchanged: tt.want.Unchanged,
			}
			for _, g := range tt.want.Gates {
				want.Gates = append(want.Gates, GateChange{g.Criterion, g.Tier, g.NewPassed, g.OldPassed})
			}
			if diff := cmp.Diff(&want, back); diff != "" {
				t.Errorf("Compare the other way (-want +got):\n%s", diff)
			}
		})
	}
}

func mustDate(t *testing.T, s string) assessment.Date {
	t.Helper()
	d, err := assessment.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustCorporateNumber(t *testing.T, s string) assessment.CorporateNumber {
	t.Helper()
	n, err := assessment.ParseCorporateNumber(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func mustRegistrationNumber(t *testing.T, s string) assessment.RegistrationNumber {
	t.Helper()
	n, err := assessment.ParseRegistrationNumber(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSameSubject(t *testing.T) {
	a := Origin{Subject: assessment.Subject{CorporateNumber: mustCorporateNumber(t, "5010001112730")}}
	b := Origin{Subject: assessment.Subject{CorporateNumber: mustCorporateNumber(t, "2021001052596")}}
	renamed := a
	renamed.Subject.Name = i18n.Text{EN: "Renamed Inc."}
	tests := []struct {
		name string
		x, y Origin
		want bool
	}{
		{"same number", a, a, true},
		{"same number, other name", a, renamed, true},
		{"other number", a, b, false},
		{"number and none", a, Origin{}, false},
		{"none in either", Origin{}, Origin{}, true},
	}
	for _, tt := range tests {
		if got := tt.x.SameSubject(tt.y); got != tt.want {
			t.Errorf("%s: SameSubject = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCompareUnchanged(t *testing.T) {
	cat := criteria.Checklist()
	for _, p := range builtinPolicies() {
		r := p.Score(sample(t))
		d, err := Compare(r, p.Score(sample(t)))
		if err != nil {
			t.Fatal(err)
		}
		if d.Change != 0 || len(d.Unchanged) != cat.Len() || d.OldScore != d.NewScore {
			t.Errorf("%s: change %v, %d unchanged", p.Name(), d.Change, len(d.Unchanged))
		}
		// Empty lists are empty arrays in JSON, not null.
		b := mustMarshal(t, d)
		for _, field := range []string{`"improved":[]`, `"regressed":[]`, `"reclassified":[]`, `"gates":[]`, `"change":0`} {
			if !slices.Contains(splitFields(b), field) {
				t.Errorf("%s: JSON lacks %s: %s", p.Name(), field, b)
			}
		}
	}
}

// splitFields returns the top-level "key":value pairs of a flat-ish JSON
// object whose array values hold no commas, as is the case for empty arrays.
func splitFields(b []byte) []string {
	var out []string
	depth, start := 0, 1
	for i, c := range b {
		switch c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case ',':
			if depth == 1 {
				out = append(out, string(b[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, string(b[start:len(b)-1]))
}

func TestCompareScoreChange(t *testing.T) {
	cat := criteria.Checklist()
	all := func(s assessment.Status) *Result { return Uniform().Score(uniformAssessment(cat, s)) }
	for _, tt := range []struct {
		name     string
		old, new *Result
		want     Decimal
	}{
		{"0 to 100", all(assessment.NonCompliant), all(assessment.Compliant), 100 * unit},
		{"100 to 50", all(assessment.Compliant), all(assessment.PartiallyCompliant), -50 * unit},
		{"from no score", all(assessment.NotApplicable), all(assessment.Compliant), 0},
		{"to no score", all(assessment.Compliant), all(assessment.NotApplicable), 0},
		// 98.2 to 95.5.
		{"tenths", Uniform().Score(with(uniformAssessment(cat, assessment.Compliant), "1-1", assessment.NonCompliant)), Uniform().Score(sample(t)), -2_700_000},
	} {
		d, err := Compare(tt.old, tt.new)
		if err != nil {
			t.Fatal(err)
		}
		if d.Change != tt.want {
			t.Errorf("%s: change %v, want %v", tt.name, d.Change, tt.want)
		}
	}
}

func TestCompareNotComparable(t *testing.T) {
	cat := criteria.Checklist()
	a := sample(t)
	uniform := Uniform().Score(a)
	otherVersion := mustParsePolicy(t, policyJSON(t, func(m map[string]any) {
		m["name"], m["version"] = UniformName, "1.0.1"
	}), cat)
	swapped := Uniform().Score(a)
	swapped.Criteria[0], swapped.Criteria[1] = swapped.Criteria[1], swapped.Criteria[0]
	short := Uniform().Score(a)
	short.Criteria = short.Criteria[:56]
	std := criteria.Standard()
	for _, tt := range []struct {
		name string
		new  *Result
	}{
		{"another policy", RiskWeighted().Score(a)},
		{"another policy version", otherVersion.Score(a)},
		{"another catalog", UniformFor(std).Score(assessment.Template(std))},
		{"criteria in another order", swapped},
		{"fewer criteria", short},
	} {
		for _, pair := range [][2]*Result{{uniform, tt.new}, {tt.new, uniform}} {
			d, err := Compare(pair[0], pair[1])
			if !errors.Is(err, ErrNotComparable) || d != nil {
				t.Errorf("%s: Compare = %v, %v; want ErrNotComparable", tt.name, d, err)
			}
		}
	}
}
