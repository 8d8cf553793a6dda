package review

import (
	"encoding/json"
	"slices"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// FollowupFormat is the format name of a Followup's JSON form.
const FollowupFormat = "dendai.followup/v1"

// Followup is what became of the commitments of a previous review cycle by
// the date of a new assessment: the remediation plans of the previous
// assessment, and the previous review's queries and conditions.
type Followup struct {
	// Previous and New are the digests of the two assessments compared.
	Previous   assessment.Digest `json:"previous"`
	New        assessment.Digest `json:"new"`
	PreviousOn assessment.Date   `json:"previousAssessedOn"`
	ReviewedOn assessment.Date   `json:"reviewedOn"`
	// On is the new assessment's date, the date the items are judged at.
	On assessment.Date `json:"assessedOn"`
	// Items lists every commitment, by due date, then kind
	// (remediations, queries, conditions), then document order.
	Items []FollowupItem `json:"items"`
}

// Kind is where a commitment followed up comes from.
type Kind string

// The kinds of commitment.
const (
	// Remediation: a remediation plan of the previous assessment.
	Remediation Kind = "remediation"
	// QueryKind: a query of the previous review.
	QueryKind Kind = "query"
	// ConditionKind: a condition of the previous review's conditional
	// approval.
	ConditionKind Kind = "condition"
)

// Outcome is what became of a commitment by the new assessment's date.
type Outcome string

// The outcomes. A remediation is Done when the new assessment answers its
// criterion compliant or not_applicable, whatever its due date; otherwise it
// is Overdue when it was due on or before the new assessment's date, and
// Open (still open, not yet due) when it is due after it. A query or a
// condition is Due when it was due on or before the new assessment's date:
// whether it was answered or met is not in the assessment, and is for the
// reviewer to confirm; it is Open otherwise.
const (
	Done    Outcome = "done"
	Overdue Outcome = "overdue"
	Open    Outcome = "open"
	Due     Outcome = "due"
)

// FollowupItem is one commitment and what became of it.
type FollowupItem struct {
	Kind Kind `json:"kind"`
	// Criterion is the criterion concerned; empty for a condition.
	Criterion criteria.ID `json:"criterion,omitempty"`
	// Text is the remediation's action, the query's question or the
	// condition's text.
	Text string `json:"text"`
	// Owner is the remediation's owner, if the plan names one.
	Owner string          `json:"owner,omitempty"`
	Due   assessment.Date `json:"due"`
	// Before is the criterion's status after the previous review (its
	// override, if any, applied), and Now its status in the new
	// assessment: not_assessed when the new one does not answer it. Both
	// are written for a remediation and a query, not for a condition.
	Before  assessment.Status `json:"before"`
	Now     assessment.Status `json:"now"`
	Outcome Outcome           `json:"outcome"`
}

// Count returns how many items have the outcome o.
func (f *Followup) Count(o Outcome) int {
	n := 0
	for _, it := range f.Items {
		if it.Outcome == o {
			n++
		}
	}
	return n
}

// FollowUp compares a new assessment with the previous one and the review of
// it: for each remediation plan of the previous assessment, query and
// condition of the review, it says whether it is done, overdue, still open
// or (a query or condition) due for the reviewer to confirm, as Outcome
// defines them. The review must be bound to prev (the digests match), the two
// assessments must be of one company (the same corporate number, when both
// have one), and next must be dated after prev; otherwise FollowUp returns a
// *dendai.Error saying so. The assessments' catalogs may differ, versions of
// one catalog in particular: a criterion the new one does not answer is
// not_assessed.
func FollowUp(prevReview *Review, prev, next *assessment.Assessment) (*Followup, error) {
	var ps dendai.Problems
	add := func(path string, code dendai.Code, args ...any) {
		ps = append(ps, dendai.Problem{Path: path, Code: code, Message: text(code, args...)})
	}
	pd, err := assessment.DigestOf(prev)
	if err != nil {
		return nil, err
	}
	nd, err := assessment.DigestOf(next)
	if err != nil {
		return nil, err
	}
	if d := prevReview.Assessment.Digest; d != pd {
		add("/assessment/digest", CodeDigestMismatch, d.String(), pd.String())
	}
	pc, nc := prev.Subject.CorporateNumber, next.Subject.CorporateNumber
	if pc.IsValid() && nc.IsValid() && pc != nc {
		add("/subject/corporateNumber", CodeDifferentSubject, pc.String(), nc.String())
	}
	if !next.AssessedOn.After(prev.AssessedOn) {
		add("/assessedOn", CodeNewBeforePrevious, next.AssessedOn.String(), prev.AssessedOn.String())
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}

	now := map[criteria.ID]assessment.Status{}
	for _, r := range next.Responses {
		if _, seen := now[r.Criterion]; !seen {
			now[r.Criterion] = r.Status
		}
	}
	before := Apply(prevReview, prev)
	f := &Followup{Previous: pd, New: nd, PreviousOn: prev.AssessedOn, ReviewedOn: prevReview.ReviewedOn, On: next.AssessedOn, Items: []FollowupItem{}}
	for _, r := range before.Responses {
		if r.Remediation == nil {
			continue
		}
		it := FollowupItem{Kind: Remediation, Criterion: r.Criterion, Text: r.Remediation.Action, Owner: r.Remediation.Owner,
			Due: r.Remediation.Due, Before: r.Status, Now: now[r.Criterion]}
		switch {
		case it.Now == assessment.Compliant || it.Now == assessment.NotApplicable:
			it.Outcome = Done
		case it.Due.After(f.On):
			it.Outcome = Open
		default:
			it.Outcome = Overdue
		}
		f.Items = append(f.Items, it)
	}
	judge := func(due assessment.Date) Outcome {
		if due.After(f.On) {
			return Open
		}
		return Due
	}
	statusOf := func(id criteria.ID) assessment.Status {
		for _, r := range before.Responses {
			if r.Criterion == id {
				return r.Status
			}
		}
		return assessment.NotAssessed
	}
	for _, q := range prevReview.Queries() {
		f.Items = append(f.Items, FollowupItem{Kind: QueryKind, Criterion: q.Criterion, Text: q.Question, Due: q.Due,
			Before: statusOf(q.Criterion), Now: now[q.Criterion], Outcome: judge(q.Due)})
	}
	for _, c := range prevReview.Conditions {
		f.Items = append(f.Items, FollowupItem{Kind: ConditionKind, Text: c.Text, Due: c.Due, Outcome: judge(c.Due)})
	}
	rank := map[Kind]int{Remediation: 0, QueryKind: 1, ConditionKind: 2}
	slices.SortStableFunc(f.Items, func(a, b FollowupItem) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return rank[a.Kind] - rank[b.Kind]
	})
	return f, nil
}

// MarshalJSON writes the follow-up as a dendai.followup/v1 document.
func (f *Followup) MarshalJSON() ([]byte, error) {
	type plain Followup
	return json.Marshal(struct {
		Format string `json:"format"`
		*plain
	}{FollowupFormat, (*plain)(f)})
}

// MarshalJSON writes the item; a condition, which concerns no criterion, has
// no before and now.
func (it FollowupItem) MarshalJSON() ([]byte, error) {
	type plain FollowupItem
	if it.Kind != ConditionKind {
		return json.Marshal(plain(it))
	}
	return json.Marshal(struct {
		Kind    Kind            `json:"kind"`
		Text    string          `json:"text"`
		Due     assessment.Date `json:"due"`
		Outcome Outcome         `json:"outcome"`
	}{it.Kind, it.Text, it.Due, it.Outcome})
}
