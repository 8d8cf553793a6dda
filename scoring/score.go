package scoring

import (
	"encoding/json"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// ResultFormat is the format name of a Result's JSON document.
const ResultFormat = "dendai.result/v1"

// Result is the score of an assessment under a policy, with everything needed to
// explain it. Its JSON form is the dendai.result/v1 document.
//
// A Result may be reused: ScoreTo refills it without allocating once its slices
// have grown to the catalog's size.
type Result struct {
	Catalog        criteria.ID `json:"catalog"`
	CatalogVersion string      `json:"catalogVersion"`
	Policy         string      `json:"policy"`
	PolicyVersion  string      `json:"policyVersion"`
	// Score is Σ(weight × credit) / Σ(weight) × 100 over the applicable
	// criteria, rounded to one decimal, halves up; NoScore if nothing applies.
	Score Percent `json:"score"`
	// Earned and Possible are the two sums, exact.
	Earned   Decimal `json:"earned"`
	Possible Decimal `json:"possible"`
	// Rating is the band the score falls in.
	Rating string `json:"rating"`
	// Passed is true when every gate holds.
	Passed   bool              `json:"passed"`
	Coverage Coverage          `json:"coverage"`
	Gates    []GateResult      `json:"gates"`
	Groups   []GroupResult     `json:"groups"`
	Criteria []CriterionResult `json:"criteria"`
	// Improvements lists up to MaxImprovements criteria whose move to
	// compliant would raise the score most; Improvable counts them all.
	Improvements []Improvement `json:"improvements"`
	Improvable   int           `json:"improvable"`

	statuses []assessment.Status // scratch, by catalog index
	failing  []bool              // scratch: criteria that fail a gate
}

// MaxImprovements is the most improvements a Result lists. Keeping only the
// best few makes choosing them linear in the number of criteria.
const MaxImprovements = 10

// Coverage counts the answers.
type Coverage struct {
	// Total is the number of criteria in the catalog.
	Total int `json:"total"`
	// Answered counts criteria with a status other than not_assessed,
	// not_applicable included.
	Answered      int `json:"answered"`
	NotApplicable int `json:"notApplicable"`
	// NotAssessed counts criteria without an answer: not_assessed or missing.
	NotAssessed int `json:"notAssessed"`
}

// GateResult is the outcome of one gate.
type GateResult struct {
	Criterion criteria.ID `json:"criterion,omitempty"`
	Tier      string      `json:"tier,omitempty"`
	// Required is the gate's minimum status.
	Required assessment.Status `json:"required"`
	// Status is the criterion's status, for a gate on a criterion.
	Status assessment.Status `json:"status"`
	Passed bool              `json:"passed"`
	// Failing lists the criteria of a tier gate that do not meet it.
	Failing []criteria.ID `json:"failing,omitempty"`
}

// GroupResult is the score of one group of the catalog, by the same rule as the
// overall score.
type GroupResult struct {
	ID       criteria.ID `json:"id"`
	Score    Percent     `json:"score"`
	Earned   Decimal     `json:"earned"`
	Possible Decimal     `json:"possible"`
}

// CriterionResult is how one criterion counts.
type CriterionResult struct {
	Criterion criteria.ID       `json:"criterion"`
	Status    assessment.Status `json:"status"`
	Weight    Decimal           `json:"weight"`
	// Credit is the share of the weight the status earns; Earned = Weight ×
	// Credit and Possible = Weight, or both 0 when not applicable.
	Credit   Decimal `json:"credit"`
	Earned   Decimal `json:"earned"`
	Possible Decimal `json:"possible"`
}

// Improvement is a criterion whose move to compliant would raise the score.
type Improvement struct {
	Criterion criteria.ID `json:"criterion"`
	// Gain is the rise of the score, in points, rounded to one decimal.
	Gain Percent `json:"gain"`
	// Gate is true when the criterion also fails a gate: the result cannot pass
	// until it is fixed.
	Gate bool `json:"gate,omitempty"`

	exact Decimal // weight × (credit of compliant − credit), for ordering
	index int
}

// Score scores an assessment under a policy and returns the result. It does not
// validate the assessment: validate it first (assessment.Validate); a draft is
// scored with its gaps counted as not_assessed, and a nil assessment as one
// with no responses. Responses to criteria the catalog lacks are ignored; of
// duplicate responses, the first counts; an invalid status counts as
// not_assessed.
func Score(cat *criteria.Catalog, p *Policy, a *assessment.Assessment) *Result {
	r := new(Result)
	ScoreTo(r, cat, p, a)
	return r
}

// ScoreTo is Score writing into r, reusing its slices: scoring into the same
// Result again does not allocate.
func ScoreTo(r *Result, cat *criteria.Catalog, p *Policy, a *assessment.Assessment) {
	if a == nil {
		a = &assessment.Assessment{} // nothing answered
	}
	n := cat.Len()
	r.Catalog, r.CatalogVersion = cat.ID(), cat.Version()
	r.Policy, r.PolicyVersion = p.name, p.version
	r.statuses = resize(r.statuses, n)
	seen := r.statuses
	for i := range seen {
		seen[i] = 0xff // no response yet
	}
	// Responses usually come in catalog order, as the template lists them:
	// try the criterion after the last one before looking the ID up.
	next := 0
	for _, resp := range a.Responses {
		i := -1
		if next < n && cat.At(next).ID() == resp.Criterion {
			i = next
		} else if j, ok := cat.Index(resp.Criterion); ok {
			i = j
		}
		if i >= 0 {
			next = i + 1
			if seen[i] == 0xff {
				seen[i] = resp.Status
				if !resp.Status.IsValid() {
					seen[i] = assessment.NotAssessed // never the 0xff of "no response yet"
				}
			}
		}
	}
	weights := p.weights
	if !p.catalog.Equal(cat) {
		weights = nil // another catalog instance: look weights up by ID
	}

	r.Coverage = Coverage{Total: n}
	r.Criteria = resize(r.Criteria, n)
	var earned, possible Decimal
	for i := range n {
		s := seen[i]
		if s == 0xff || !s.IsValid() {
			s, seen[i] = assessment.NotAssessed, assessment.NotAssessed
		}
		var w Decimal
		if weights != nil {
			w = weights[i]
		} else {
			w = p.weightByID(cat.At(i).ID())
		}
		c := &r.Criteria[i]
		*c = CriterionResult{Criterion: cat.At(i).ID(), Status: s, Weight: w}
		switch s {
		case assessment.NotApplicable:
			r.Coverage.Answered++
			r.Coverage.NotApplicable++
			continue
		case assessment.NotAssessed:
			r.Coverage.NotAssessed++
		default:
			r.Coverage.Answered++
		}
		c.Credit = p.credit[s]
		c.Earned = w * c.Credit / unit
		c.Possible = w
		earned += c.Earned
		possible += w
	}
	r.Earned, r.Possible = earned, possible
	r.Score = percent(earned, possible)
	r.Rating = p.Rating(r.Score)

	r.Groups = resize(r.Groups, cat.NumGroups())[:0]
	for g := range cat.AllGroups() {
		first, end := g.Span()
		var ge, gp Decimal
		for _, c := range r.Criteria[first:end] {
			ge += c.Earned
			gp += c.Possible
		}
		r.Groups = append(r.Groups, GroupResult{ID: g.ID(), Score: percent(ge, gp), Earned: ge, Possible: gp})
	}

	r.Passed = true
	r.failing = resize(r.failing, n)
	clear(r.failing)
	if r.Gates == nil {
		r.Gates = []GateResult{} // JSON [] rather than null for a policy without gates
	}
	r.Gates = resize(r.Gates, len(p.gates))
	for k, g := range p.gates {
		gr := &r.Gates[k]
		failing := gr.Failing[:0]
		*gr = GateResult{Criterion: g.Criterion, Tier: g.Tier, Required: g.Minimum, Passed: true}
		if g.Criterion != "" {
			i, _ := cat.Index(g.Criterion)
			if i < 0 {
				gr.Status, gr.Passed = assessment.NotAssessed, false
			} else {
				gr.Status = seen[i]
				gr.Passed = gatePasses(g, seen[i])
				r.failing[i] = r.failing[i] || !gr.Passed
			}
		} else {
			for i := range n {
				if p.tierIDAt(cat, i) == g.Tier && !gatePasses(g, seen[i]) {
					failing = append(failing, cat.At(i).ID())
					gr.Passed = false
					r.failing[i] = true
				}
			}
			gr.Status = 0
		}
		gr.Failing = failing
		r.Passed = r.Passed && gr.Passed
	}

	r.improvements(p, possible)
}

// improvements keeps the MaxImprovements best criteria to raise: those that fail
// a gate first, then by the rise of the score, then in catalog order. The rise is
// measured up to the credit of compliant, which a policy may set below 1; a
// criterion that compliant would not raise is no improvement. Insertion into a
// list of at most MaxImprovements keeps this linear in the number of criteria.
func (r *Result) improvements(p *Policy, possible Decimal) {
	top := resize(r.Improvements, MaxImprovements)[:0] // never nil: JSON [] rather than null
	r.Improvable = 0
	full := p.credit[assessment.Compliant]
	for i := range r.Criteria {
		c := &r.Criteria[i]
		if c.Status == assessment.NotApplicable {
			continue
		}
		rise := c.Weight*full/unit - c.Earned
		if rise <= 0 {
			continue
		}
		r.Improvable++
		imp := Improvement{Criterion: c.Criterion, Gate: r.failing[i], exact: rise, index: i}
		if len(top) == MaxImprovements && !better(imp, top[len(top)-1]) {
			continue
		}
		if len(top) < MaxImprovements {
			top = append(top, imp)
		}
		k := len(top) - 1
		for ; k > 0 && better(imp, top[k-1]); k-- {
			top[k] = top[k-1]
		}
		top[k] = imp
	}
	for k := range top {
		top[k].Gain = percent(top[k].exact, possible)
	}
	r.Improvements = top
}

// better reports whether a comes before b among improvements.
func better(a, b Improvement) bool {
	if a.Gate != b.Gate {
		return a.Gate
	}
	if a.exact != b.exact {
		return a.exact > b.exact
	}
	return a.index < b.index
}

// weightByID returns the weight of a criterion of a catalog instance other than
// the one the policy was parsed with.
func (p *Policy) weightByID(id criteria.ID) Decimal {
	if i, ok := p.catalog.Index(id); ok {
		return p.weights[i]
	}
	return p.defaultWeight
}

func (p *Policy) tierIDAt(cat *criteria.Catalog, i int) string {
	if !cat.Equal(p.catalog) {
		var ok bool
		if i, ok = p.catalog.Index(cat.At(i).ID()); !ok {
			return ""
		}
	}
	if t := p.tierOf[i]; t >= 0 {
		return p.tiers[t].ID
	}
	return ""
}

// resize returns s with length n, reusing its array when it is big enough.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// MarshalJSON writes the gate; a gate on a tier has no status of its own, so
// status is left out for it.
func (g GateResult) MarshalJSON() ([]byte, error) {
	type criterionGate struct {
		Criterion criteria.ID       `json:"criterion"`
		Required  assessment.Status `json:"required"`
		Status    assessment.Status `json:"status"`
		Passed    bool              `json:"passed"`
	}
	type tierGate struct {
		Tier     string            `json:"tier"`
		Required assessment.Status `json:"required"`
		Passed   bool              `json:"passed"`
		Failing  []criteria.ID     `json:"failing,omitempty"`
	}
	if g.Tier != "" {
		return json.Marshal(tierGate{g.Tier, g.Required, g.Passed, g.Failing})
	}
	return json.Marshal(criterionGate{g.Criterion, g.Required, g.Status, g.Passed})
}

// MarshalJSON writes the result as a dendai.result/v1 document.
func (r *Result) MarshalJSON() ([]byte, error) {
	type plain Result
	return json.Marshal(struct {
		Format string `json:"format"`
		*plain
	}{ResultFormat, (*plain)(r)})
}
