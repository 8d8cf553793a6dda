package scoring

import (
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// ResultFormat is the format name of a Result's JSON document.
const ResultFormat = "dendai.result/v1"

// Result is the score of an assessment under a policy, with everything needed to
// explain it. Its JSON form is the dendai.result/v1 document.
//
// A Result is a plain value: two results are equal when all their fields are,
// and cmp.Diff compares them as they are. It may be reused: ScoreTo refills it
// without allocating once its slices have grown to the catalog's size.
type Result struct {
	Catalog        criteria.ID `json:"catalog"`
	CatalogVersion string      `json:"catalogVersion"`
	Policy         string      `json:"policy"`
	PolicyVersion  string      `json:"policyVersion"`
	// Origin says whose assessment was scored, when it was made and in
	// which state: its JSON fields subject, assessedOn and state sit beside
	// the others.
	Origin
	// Score is Σ(weight × credit) / Σ(weight) × 100 over the applicable
	// criteria, rounded to one decimal, halves up; NoScore if nothing applies.
	Score Percent `json:"score"`
	// Earned and Possible are the two sums, exact.
	Earned   Decimal `json:"earned"`
	Possible Decimal `json:"possible"`
	// Rating is the band the score falls in.
	Rating string `json:"rating"`
	// Passed is true when every gate holds.
	Passed   bool         `json:"passed"`
	Coverage Coverage     `json:"coverage"`
	Gates    []GateResult `json:"gates"`
	// Groups holds the score of every group of the catalog, in catalog order.
	Groups []GroupResult `json:"groups"`
	// Criteria holds how every criterion of the catalog counts, in catalog
	// order.
	Criteria []CriterionResult `json:"criteria"`
	// Improvements lists up to MaxImprovements criteria whose move to
	// compliant would raise the score most; Improvable counts them all.
	Improvements []Improvement `json:"improvements"`
	Improvable   int           `json:"improvable"`
}

// Origin is whose assessment a result scores: the subject, the date it was
// assessed on and its state, as the assessment gives them. A result of a nil
// assessment has the zero Origin.
type Origin struct {
	Subject    assessment.Subject `json:"subject"`
	AssessedOn assessment.Date    `json:"assessedOn"`
	State      assessment.State   `json:"state"`
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
	// Failing lists, in catalog order, the criteria of a tier gate that do
	// not meet it: empty (not nil) when the gate holds, and nil for a gate on a
	// criterion.
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
}

// Criterion returns how the criterion id counts in r, if r has it.
func (r *Result) Criterion(id criteria.ID) (CriterionResult, bool) {
	for _, c := range r.Criteria {
		if c.Criterion == id {
			return c, true
		}
	}
	return CriterionResult{}, false
}

// Group returns the score of the group id, if r has it.
func (r *Result) Group(id criteria.ID) (GroupResult, bool) {
	for _, g := range r.Groups {
		if g.ID == id {
			return g, true
		}
	}
	return GroupResult{}, false
}

// Score scores an assessment of the policy's catalog and returns the result.
// It does not validate the assessment: validate it first
// (assessment.Validate, or spreadsheet.Check, which also picks the catalog
// the document names). In particular it does not check that a is an
// assessment of p.Catalog(): an assessment of another catalog answers none
// of its criteria and scores as one with no responses, which Validate
// reports as assessment.CodeCatalogMismatch. A draft is scored with its gaps
// counted as not_assessed, and a nil assessment as one with no responses. Responses to
// criteria the catalog lacks are ignored; of duplicate responses, the first
// counts; an invalid status counts as not_assessed.
func (p *Policy) Score(a *assessment.Assessment) *Result {
	r := new(Result)
	p.ScoreTo(r, a)
	return r
}

// ScoreTo is Score writing into r, reusing its slices: once they have grown to
// the catalog's size, scoring into the same Result again allocates nothing.
// The result it leaves is equal to the one Score returns. r must not be in use
// elsewhere meanwhile.
func (p *Policy) ScoreTo(r *Result, a *assessment.Assessment) {
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
	// Every criterion, group sum and count is done in one pass over the
	// catalog when the responses come in catalog order, as the template
	// lists them: at 57,000 criteria the criteria no longer fit in the
	// cache, and every further pass over them costs as much as this one.
	// Responses out of order or repeated take a first pass that finds each
	// criterion's status.
	r.Groups = resize(r.Groups, len(d.groupIDs))
	t := tally{p: p, r: r}
	if !t.countAll(resps, false) {
		p.statuses(r, resps)
		t = tally{p: p, r: r}
		t.countAll(nil, true)
	}
	earned, possible := t.earned, t.possible
	r.Earned, r.Possible = earned, possible
	r.Score = percent(earned, possible)
	r.Rating = p.Rating(r.Score)
	r.Coverage = Coverage{
		Total:         n,
		Answered:      n - t.counts[assessment.NotAssessed],
		NotApplicable: t.counts[assessment.NotApplicable],
		NotAssessed:   t.counts[assessment.NotAssessed],
	}
	for k := range r.Groups {
		g := &r.Groups[k]
		g.ID, g.Score = d.groupIDs[k], percent(g.Earned, g.Possible)
	}

	p.gates(r)
	t.best.fill(r, possible)
}

// gates sets r's gates and whether it passed, from the statuses in
// r.Criteria.
func (p *Policy) gates(r *Result) {
	d := p.d
	r.Passed = true
	if r.Gates == nil {
		r.Gates = []GateResult{} // JSON [] rather than null for a policy without gates
	}
	r.Gates = resize(r.Gates, len(d.spec.Gates))
	for k, g := range d.spec.Gates {
		gr := &r.Gates[k]
		failing := gr.Failing[:0]
		*gr = GateResult{Criterion: g.Criterion, Tier: g.Tier, Required: g.Minimum, Passed: true}
		if i := d.gateIndex[k]; i >= 0 {
			gr.Status = r.Criteria[i].Status
			gr.Passed = gatePasses(g, gr.Status)
		} else {
			if failing == nil {
				failing = []criteria.ID{} // empty, not nil, as Score leaves it
			}
			for _, i := range d.gateTier[k] {
				if c := &r.Criteria[i]; !gatePasses(g, c.Status) {
					failing = append(failing, c.Criterion)
					gr.Passed = false
				}
			}
			gr.Failing = failing
		}
		r.Passed = r.Passed && gr.Passed
	}

}

// statuses sets, in r.Criteria, the criterion and status of every criterion
// resps answers, the first response of a criterion counting, and clears the
// others.
func (p *Policy) statuses(r *Result, resps []assessment.Response) {
	cat, d := p.catalog, p.d
	n := len(r.Criteria)
	clear(r.Criteria) // an empty Criterion: no response yet
	// Try the criterion after the last one before looking the ID up.
	next := 0
	for k := range resps {
		resp := &resps[k]
		i := -1
		if next < n && d.ids[next] == resp.Criterion {
			i = next
		} else if j, ok := cat.Index(resp.Criterion); ok {
			i = j
		}
		if i < 0 {
			continue
		}
		next = i + 1
		if c := &r.Criteria[i]; c.Criterion == "" {
			c.Criterion, c.Status = d.ids[i], resp.Status
		}
	}
}

// tally counts the criteria of a result as ScoreTo goes through them in
// catalog order.
type tally struct {
	p                *Policy
	r                *Result
	earned, possible Decimal
	counts           [numStatuses]int // criteria by status, an invalid one counted as not_assessed
	best             improvements
}

// numStatuses is the number of valid statuses.
const numStatuses = 5

// countAll counts every criterion in catalog order: how it counts in
// t.r.Criteria, the sums, the group sums, the statuses and the candidate
// improvements. With fromResult it takes the statuses statuses left in
// t.r.Criteria; otherwise it takes them from resps as it goes, and reports
// whether it could: it gives up at the first response of a criterion before
// the current one (out of order, or repeated). Responses to criteria the
// catalog lacks are ignored.
//
// This loop is most of the cost of scoring, and at 57,000 criteria most of
// that is waiting for memory: it reads each response and writes each result
// once, in order, and branches on nothing the statuses decide, since the
// statuses of an assessment follow no pattern a processor could predict.
func (t *tally) countAll(resps []assessment.Response, fromResult bool) bool {
	d, r := t.p.d, t.r
	crit := r.Criteria
	n := len(crit)
	ids, weights, failMask := d.ids[:n], d.weights[:n], d.failMask[:n]
	credit, applies := d.credit, d.applies
	full := credit[assessment.Compliant]
	clear(r.Groups)
	evs, ev, next := d.events, 0, n+1 // next: the catalog index of evs[ev]
	if len(evs) > 0 {
		next = int(evs[0].index)
	}
	var earned, possible Decimal
	var counts [numStatuses]int
	bar := t.best.bar
	k, pending := 0, -1 // pending: the catalog index of resps[k], once looked up
	for i := range crit {
		if i == next {
			ev, next = t.groupEvents(ev, i, earned, possible)
		}
		c := &crit[i]
		var s assessment.Status
		switch {
		case fromResult:
			s = c.Status
			if c.Criterion == "" {
				s = assessment.NotAssessed
			}
		case pending < 0 && k < len(resps) && resps[k].Criterion == ids[i]:
			s = resps[k].Status
			k++
		default:
			var ok bool
			if s, k, pending, ok = t.find(resps, k, pending, i); !ok {
				return false
			}
		}
		if s >= numStatuses {
			s = assessment.NotAssessed
		}
		counts[s]++
		w, a := weights[i], applies[s] // a: all ones, or 0 for not_applicable
		cr := credit[s] & a
		e := w * cr / unit
		// Field by field: a composite literal would be built on the stack
		// and copied in overlapping 16-byte moves that cannot be forwarded
		// from the stores that built it.
		c.Criterion, c.Status, c.Weight = ids[i], s, w
		c.Credit, c.Earned, c.Possible = cr, e, w&a
		earned += e
		possible += w & a
		// The rise is measured up to the credit of compliant, which a
		// policy may set below 1; a criterion that compliant would not
		// raise is no improvement. key is 0 for those.
		rise := w*full/unit&a - e
		pos := -Decimal(uint64(-rise) >> 63) // all ones if rise > 0
		t.best.improvable -= int(pos)
		key := (uint64(rise) | uint64(failMask[i]>>s&1)<<63) & uint64(pos)
		if key > bar {
			t.best.add(candidate{rise: rise, index: i, gate: key>>63 != 0})
			bar = t.best.bar
		}
	}
	if !fromResult {
		// What is left answers a criterion counted already, or none.
		for ; k < len(resps); k++ {
			if _, ok := t.p.catalog.Index(resps[k].Criterion); ok {
				return false
			}
		}
	}
	t.groupEvents(ev, n, earned, possible)
	t.earned, t.possible, t.counts = earned, possible, counts
	return true
}

// find returns the status of the criterion at catalog index i, looking
// through resps from k, where resps[k] is not simply the response to it; it
// returns not_assessed if the next response is to a later criterion (which
// it then holds as pending), and false if it is to an earlier one.
func (t *tally) find(resps []assessment.Response, k, pending, i int) (_ assessment.Status, _, _ int, ok bool) {
	cat, ids := t.p.catalog, t.p.d.ids
	for k < len(resps) {
		j := pending
		if j < 0 {
			id := resps[k].Criterion
			if id == ids[i] {
				j = i
			} else if x, ok := cat.Index(id); ok {
				j = x
			} else {
				k++
				continue
			}
		}
		switch {
		case j < i:
			return 0, k, pending, false
		case j > i:
			return assessment.NotAssessed, k, j, true
		}
		return resps[k].Status, k + 1, -1, true
	}
	return assessment.NotAssessed, k, pending, true
}

// groupEvents applies the starts and ends of groups at catalog index i,
// from evs[ev], given the running sums at i: a group's sums are those at its
// end less those at its start. It returns the next event and its index.
func (t *tally) groupEvents(ev, i int, earned, possible Decimal) (int, int) {
	evs, gs := t.p.d.events, t.r.Groups
	for ; ev < len(evs) && int(evs[ev].index) == i; ev++ {
		g := &gs[evs[ev].group]
		if evs[ev].end {
			g.Earned += earned
			g.Possible += possible
		} else {
			g.Earned -= earned
			g.Possible -= possible
		}
	}
	if ev < len(evs) {
		return ev, int(evs[ev].index)
	}
	return ev, len(t.r.Criteria) + 1
}

// candidate is a criterion that could be an improvement, for ordering.
type candidate struct {
	rise  Decimal // weight × (credit of compliant − credit)
	index int
	gate  bool
}

// before reports whether a comes before b among improvements: those that fail
// a gate first, then by the rise of the score, then in catalog order.
func (a candidate) before(b candidate) bool {
	if a.gate != b.gate {
		return a.gate
	}
	if a.rise != b.rise {
		return a.rise > b.rise
	}
	return a.index < b.index
}

// improvements keeps the MaxImprovements best criteria to raise, as they
// come: those that fail a gate first, then by the rise of the score, then in
// catalog order. Insertion into a list of at most MaxImprovements keeps this
// linear in the number of criteria.
type improvements struct {
	top        [MaxImprovements]candidate
	k          int // the length of top
	improvable int // every criterion with a rise
	// bar is the key a candidate must pass to enter top: 0 until it is
	// full, then the key of its last. A key is the rise, with the top bit
	// set for a criterion that fails a gate: candidates in the order before
	// gives them, but for the catalog order, in which they come.
	bar uint64
}

func (t *improvements) add(cand candidate) {
	k := t.k
	if k == MaxImprovements && !cand.before(t.top[k-1]) {
		return
	}
	if k < MaxImprovements {
		k++
		t.k = k
	}
	j := k - 1
	for ; j > 0 && cand.before(t.top[j-1]); j-- {
		t.top[j] = t.top[j-1]
	}
	t.top[j] = cand
	if k == MaxImprovements {
		last := t.top[k-1]
		t.bar = uint64(last.rise)
		if last.gate {
			t.bar |= 1 << 63
		}
	}
}

// fill sets r's improvements, their gains out of possible.
func (t *improvements) fill(r *Result, possible Decimal) {
	imps := resize(r.Improvements, MaxImprovements)[:t.k] // never nil: JSON [] rather than null
	for j, c := range t.top[:t.k] {
		imps[j] = Improvement{Criterion: r.Criteria[c.index].Criterion, Gain: percent(c.rise, possible), Gate: c.gate}
	}
	r.Improvements, r.Improvable = imps, t.improvable
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
func (g GateResult) MarshalJSON() ([]byte, error) { return g.appendJSON(nil) }

// MarshalJSON writes the result as a dendai.result/v1 document, as AppendJSON
// does.
func (r *Result) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil) }
