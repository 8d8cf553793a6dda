package scoring

import (
	"github.com/dendai-go/dendai/assessment"
)

// This file keeps ScoreTo as it was before its counting became one loop
// without branches on the status (commit b04bdd7), so that the two can be
// compared on random inputs: the result must not change.

func beforeScoreTo(p *Policy, r *Result, a *assessment.Assessment) {
	cat, d := p.catalog, p.d
	n := cat.Len()
	r.Catalog, r.CatalogVersion = cat.ID(), cat.Version()
	r.Policy, r.PolicyVersion = d.spec.Name, d.spec.Version
	r.Criteria = resize(r.Criteria, n)
	r.Origin = Origin{}
	var resps []assessment.Response
	if a != nil {
		r.Origin = Origin{Subject: a.Subject, AssessedOn: a.AssessedOn, State: a.State}
		resps = a.Responses
	}
	// The statuses are found and every criterion counted in one pass over
	// the catalog when the responses come in catalog order, as the template
	// lists them: at 57,000 criteria the criteria no longer fit in the
	// cache, and every further pass over them costs as much as this one.
	// Responses out of order or repeated take a first pass that finds each
	// criterion's status.
	r.Coverage = Coverage{Total: n}
	t := beforeTally{p: p, r: r}
	if !t.inOrder(resps) {
		r.Coverage = Coverage{Total: n}
		t = beforeTally{p: p, r: r}
		p.statuses(r, resps)
		for i := range r.Criteria {
			c := &r.Criteria[i]
			s := c.Status
			if c.Criterion == "" {
				s = assessment.NotAssessed
			}
			t.count(i, s)
		}
	}
	earned, possible := t.earned, t.possible
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

	p.gates(r)
	t.best.fill(r, possible)
}

// beforeTally counts the criteria of a result as ScoreTo goes through them in
// catalog order.
type beforeTally struct {
	p                *Policy
	r                *Result
	earned, possible Decimal
	best             improvements
}

// inOrder counts every criterion, taking its status from resps as it goes,
// and reports whether it could: it gives up, having counted some, at the
// first response of a criterion before the current one (out of order, or
// repeated). Responses to criteria the catalog lacks are ignored.
func (t *beforeTally) inOrder(resps []assessment.Response) bool {
	cat, d := t.p.catalog, t.p.d
	k, pending := 0, -1 // pending: the catalog index of resps[k], once looked up
	for i := range t.r.Criteria {
		s := assessment.NotAssessed
		for k < len(resps) {
			resp := &resps[k]
			j := pending
			if j < 0 {
				if resp.Criterion == d.ids[i] {
					j = i
				} else if x, ok := cat.Index(resp.Criterion); ok {
					j = x
				} else {
					k++
					continue
				}
			}
			if j < i {
				return false
			}
			if j > i {
				pending = j
				break
			}
			s, pending = resp.Status, -1
			k++
			break
		}
		t.count(i, s)
	}
	// What is left answers a criterion counted already, or none.
	for ; k < len(resps); k++ {
		if _, ok := cat.Index(resps[k].Criterion); ok {
			return false
		}
	}
	return true
}

// count sets how the criterion at catalog index i counts with status s (an
// invalid one counts as not_assessed), and adds it to the sums, the coverage
// and the candidate improvements.
func (t *beforeTally) count(i int, s assessment.Status) {
	r, d := t.r, t.p.d
	if !s.IsValid() {
		s = assessment.NotAssessed
	}
	w := d.weights[i]
	c := &r.Criteria[i]
	*c = CriterionResult{Criterion: d.ids[i], Status: s, Weight: w}
	switch s {
	case assessment.NotApplicable:
		r.Coverage.Answered++
		r.Coverage.NotApplicable++
		return
	case assessment.NotAssessed:
		r.Coverage.NotAssessed++
	default:
		r.Coverage.Answered++
	}
	c.Credit = d.credit[s]
	c.Earned = w * c.Credit / unit
	c.Possible = w
	t.earned += c.Earned
	t.possible += w
	// The rise is measured up to the credit of compliant, which a policy
	// may set below 1; a criterion that compliant would not raise is no
	// improvement.
	if rise := w*d.credit[assessment.Compliant]/unit - c.Earned; rise > 0 {
		t.best.improvable++
		t.best.add(candidate{rise: rise, index: i, gate: d.failMask[i]>>s&1 != 0})
	}
}
