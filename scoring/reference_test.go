package scoring

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// This file scores assessments a second time, plainly: floating point, maps
// keyed by ID, every rule written out as the documentation states it, and no
// reuse of the package's helpers. Score is checked against it.

// referenceResult is what the reference computes.
type referenceResult struct {
	Score  Percent // tenths, or NoScore
	Passed bool
	Rating string
	Gates  []bool
	Groups map[criteria.ID]Percent
}

func referenceScore(cat *criteria.Catalog, p *Policy, a *assessment.Assessment) referenceResult {
	// The weight of each criterion, and the credit of each status.
	weight := map[criteria.ID]float64{}
	for _, cr := range cat.All() {
		weight[cr.ID()] = p.Weight(cr.ID()).Float64()
	}
	credit := map[assessment.Status]float64{}
	for _, s := range assessment.Statuses() {
		credit[s] = p.Credit(s).Float64()
	}

	// The status of each criterion: the first response counts; responses to
	// unknown criteria are ignored; missing or invalid means not assessed.
	status := map[criteria.ID]assessment.Status{}
	for _, resp := range a.Responses {
		if _, known := weight[resp.Criterion]; !known {
			continue
		}
		if _, answered := status[resp.Criterion]; answered {
			continue
		}
		s := resp.Status
		if !s.IsValid() {
			s = assessment.NotAssessed
		}
		status[resp.Criterion] = s
	}
	for id := range weight {
		if _, answered := status[id]; !answered {
			status[id] = assessment.NotAssessed
		}
	}

	// score is 100 × Σ weight × credit / Σ weight over the applicable
	// criteria, in tenths rounded half up.
	score := func(ids []criteria.ID) Percent {
		earned, possible := 0.0, 0.0
		for _, id := range ids {
			if status[id] == assessment.NotApplicable {
				continue
			}
			earned += weight[id] * credit[status[id]]
			possible += weight[id]
		}
		if possible == 0 {
			return NoScore
		}
		return Percent(math.Floor(1000*earned/possible + 0.5))
	}

	var all []criteria.ID
	for _, cr := range cat.All() {
		all = append(all, cr.ID())
	}
	res := referenceResult{Score: score(all), Passed: true, Groups: map[criteria.ID]Percent{}}

	// The first band whose minimum the score reaches.
	if res.Score != NoScore {
		for b := range p.Bands() {
			if res.Score >= b.MinScore {
				res.Rating = b.Rating
				break
			}
		}
	}

	// Gates, directly from their definition.
	order := map[assessment.Status]int{assessment.NonCompliant: 1, assessment.PartiallyCompliant: 2, assessment.Compliant: 3}
	meets := func(g Gate, s assessment.Status) bool {
		switch s {
		case assessment.NotApplicable:
			return g.NotApplicablePasses
		case assessment.NotAssessed:
			return false
		}
		return order[s] >= order[g.Minimum]
	}
	for g := range p.Gates() {
		passed := true
		if g.Criterion != "" {
			s, known := status[g.Criterion]
			passed = known && meets(g, s)
		} else {
			for _, cr := range cat.All() {
				if t, ok := p.Tier(cr.ID()); ok && t.ID == g.Tier && !meets(g, status[cr.ID()]) {
					passed = false
				}
			}
		}
		res.Gates = append(res.Gates, passed)
		res.Passed = res.Passed && passed
	}

	// Each group: the criteria whose chain of enclosing groups includes it.
	for g := range cat.AllGroups() {
		var ids []criteria.ID
		for _, cr := range cat.All() {
			for up := cr.Group(); up.IsValid(); up = up.Parent() {
				if up.ID() == g.ID() {
					ids = append(ids, cr.ID())
					break
				}
			}
		}
		res.Groups[g.ID()] = score(ids)
	}
	return res
}

func TestScoreMatchesReference(t *testing.T) {
	cat := criteria.Checklist()
	rng := rand.New(rand.NewPCG(2026, 11))
	inputs := []*assessment.Assessment{
		sample(t),
		uniformAssessment(cat, assessment.NotApplicable),
		uniformAssessment(cat, assessment.PartiallyCompliant),
	}
	for len(inputs) < 2000 {
		inputs = append(inputs, randomAssessment(rng, cat))
	}
	passed, noScore := 0, 0
	for k, a := range inputs {
		for _, p := range builtinPolicies() {
			want := referenceScore(cat, p, a)
			r := p.Score(a)
			got := referenceResult{Score: r.Score, Passed: r.Passed, Rating: r.Rating, Groups: map[criteria.ID]Percent{}}
			for _, g := range r.Gates {
				got.Gates = append(got.Gates, g.Passed)
			}
			for _, g := range r.Groups {
				got.Groups[g.ID] = g.Score
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%s, assessment %d (-reference +Score):\n%s", p.Name(), k, diff)
			}
			if r.Passed {
				passed++
			}
			if r.Score == NoScore {
				noScore++
			}
		}
	}
	// The random assessments must exercise both outcomes.
	if passed < 100 || passed > 3900 {
		t.Errorf("%d of 4000 results passed: the inputs do not vary enough", passed)
	}
	t.Logf("%d of 4000 results passed, %d had no score", passed, noScore)
}
