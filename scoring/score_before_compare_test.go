package scoring

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// TestScoreToMatchesBefore scores random assessments with ScoreTo and with
// the implementation it replaced (score_before_test.go), and requires equal
// results: every field, the improvements and their order, the coverage and
// the group sums included. The inputs cover both of ScoreTo's ways through
// the responses: in catalog order (with gaps, repeats, unknown criteria and
// invalid statuses) and shuffled. One Result is reused for every call, so
// that nothing a call leaves behind may change the next.
func TestScoreToMatchesBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 1126))
	var policies []*Policy
	policies = append(policies, builtinPolicies()...)
	policies = append(policies, UniformFor(criteria.Standard()), UniformFor(generatedCatalog(t, 570)))
	for range 6 {
		policies = append(policies, randomPolicy(t, rng))
	}
	reused := new(Result)
	for _, p := range policies {
		cat := p.Catalog()
		inputs := []*assessment.Assessment{nil, {}, uniformAssessment(cat, assessment.NotApplicable), assessment.Template(cat)}
		for range 300 {
			a := randomAssessment(rng, cat)
			if rng.IntN(2) == 0 {
				inCatalogOrder(cat, a)
			}
			inputs = append(inputs, a)
		}
		for k, a := range inputs {
			want := new(Result)
			beforeScoreTo(p, want, a)
			p.ScoreTo(reused, a)
			if diff := gocmp.Diff(want, reused); diff != "" {
				t.Fatalf("%s on %s, assessment %d (-before +now):\n%s", p.Name(), cat.ID(), k, diff)
			}
		}
	}
}

// FuzzScoreToMatchesBefore is TestScoreToMatchesBefore driven by the fuzzer:
// the seeds choose the policy and the assessment.
func FuzzScoreToMatchesBefore(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint8(0), false)
	f.Add(uint64(2026), uint64(1126), uint8(3), true)
	f.Fuzz(func(t *testing.T, seed1, seed2 uint64, policy uint8, ordered bool) {
		rng := rand.New(rand.NewPCG(seed1, seed2))
		var p *Policy
		switch policy % 4 {
		case 0:
			p = Uniform()
		case 1:
			p = RiskWeighted()
		case 2:
			p = UniformFor(criteria.Standard())
		default:
			p = randomPolicy(t, rng)
		}
		a := randomAssessment(rng, p.Catalog())
		if ordered {
			inCatalogOrder(p.Catalog(), a)
		}
		want, got := new(Result), new(Result)
		beforeScoreTo(p, want, a)
		p.ScoreTo(got, a)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("(-before +now):\n%s", diff)
		}
	})
}

// inCatalogOrder sorts a's responses into catalog order, stably, so that
// repeats stay in their order; responses to criteria the catalog lacks keep
// their place after the response before them.
func inCatalogOrder(cat *criteria.Catalog, a *assessment.Assessment) {
	key := make(map[*assessment.Response]int, len(a.Responses))
	last := 0
	for k := range a.Responses {
		if i, ok := cat.Index(a.Responses[k].Criterion); ok {
			last = i
		}
		key[&a.Responses[k]] = last
	}
	type keyed struct {
		key int
		r   assessment.Response
	}
	ks := make([]keyed, len(a.Responses))
	for k := range a.Responses {
		ks[k] = keyed{key[&a.Responses[k]], a.Responses[k]}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int { return cmp.Compare(x.key, y.key) })
	for k := range ks {
		a.Responses[k] = ks[k].r
	}
}

// randomPolicy is the risk-weighted policy with random credits (compliant
// below 1 included, credit for not_assessed included) and random weights,
// zero included, some through its tiers.
func randomPolicy(t *testing.T, rng *rand.Rand) *Policy {
	t.Helper()
	spec := RiskWeighted().Spec()
	credits := []Decimal{0, 100, 250, 500, 800, 1000}
	for i := range credits {
		credits[i] = credits[i] * unit / 1000
	}
	c := func(k int) Decimal { return credits[k] }
	a, b, d, e := rng.IntN(6), rng.IntN(6), rng.IntN(6), rng.IntN(6)
	s := []int{a, b, d, e}
	slices.Sort(s)
	spec.Credit = Credits{Compliant: c(s[3]), PartiallyCompliant: c(s[2]), NonCompliant: c(s[1]), NotAssessed: c(s[0])}
	for i := range spec.Criteria {
		if spec.Criteria[i].Tier == "" || rng.IntN(3) == 0 {
			w := Decimal(rng.IntN(4)) * unit / 2
			spec.Criteria[i].Tier, spec.Criteria[i].Weight = "", &w
		}
	}
	p, err := NewPolicy(criteria.Checklist(), spec)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
