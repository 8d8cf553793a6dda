package review

import (
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// Format is the format name every review document declares.
const Format = "dendai.review/v1"

// Review is a bank's review of one submitted assessment: the assessment it is
// bound to (by digest), the policy it scores with, the reviewer, a decision per
// criterion and an overall decision. Its JSON form is the dendai.review/v1
// document; Decode reads it strictly, Validate and Check check it.
type Review struct {
	// Schema is the document's "$schema", the address of its JSON Schema
	// for editors; it says nothing about the content. Decode keeps it and
	// Encode writes it back, first, when it is not empty.
	Schema string `json:"-"`
	// Assessment identifies the assessment reviewed.
	Assessment Target `json:"assessment"`
	// Policy is the name of the scoring policy the bank applies, such as
	// "uniform".
	Policy     string          `json:"policy"`
	Reviewer   Reviewer        `json:"reviewer"`
	ReviewedOn assessment.Date `json:"reviewedOn"`
	// Decision is the overall decision.
	Decision Decision `json:"decision"`
	// Conditions are what a conditional approval requires, each by a date;
	// only a conditionally_approved review has them, and it needs one at
	// least.
	Conditions []Condition `json:"conditions,omitempty"`
	// Items holds the reviewer's decisions on single criteria, at most one
	// per criterion. A criterion not listed has no decision of its own: the
	// overall decision covers it, and its self-assessed status stands.
	Items []Item `json:"items"`
}

// SchemaURL is the address of the JSON Schema of dendai.review/v1, the
// "$schema" Skeleton writes so that editors find it.
const SchemaURL = "https://github.com/dendai-go/dendai/schema/review.schema.json"

// Target names the assessment a review is about: the digest of its content
// (assessment.DigestOf), its catalog and the catalog's version.
type Target struct {
	Digest         assessment.Digest `json:"digest"`
	Catalog        criteria.ID       `json:"catalog"`
	CatalogVersion string            `json:"catalogVersion"`
}

// Reviewer is the person who reviewed, and the bank or team they belong to.
type Reviewer struct {
	Name         string `json:"name"`
	Organization string `json:"organization,omitempty"`
}

// Decision is the overall decision of a review.
type Decision string

// The overall decisions.
const (
	// Approved: the bank accepts the assessment as it is.
	Approved Decision = "approved"
	// ConditionallyApproved: the bank accepts it on the conditions listed,
	// each to be met by its due date.
	ConditionallyApproved Decision = "conditionally_approved"
	// Rejected: the bank does not accept it.
	Rejected Decision = "rejected"
	// Pending: the review is under way; queries may be open.
	Pending Decision = "pending"
)

// IsValid reports whether d is one of the four decisions.
func (d Decision) IsValid() bool {
	switch d {
	case Approved, ConditionallyApproved, Rejected, Pending:
		return true
	}
	return false
}

// Condition is one condition of a conditional approval.
type Condition struct {
	// Text says what the EPISP must do.
	Text string          `json:"text"`
	Due  assessment.Date `json:"due"`
}

// Verdict is the reviewer's decision on one criterion.
type Verdict string

// The decisions on a criterion.
const (
	// Accepted: the self-assessed status stands.
	Accepted Verdict = "accepted"
	// Query: the reviewer asks a question (照会), to be answered by a date;
	// the self-assessed status stands until then.
	Query Verdict = "query"
	// Overridden: the reviewer replaces the self-assessed status with
	// another, for a reason; the reviewed score uses the reviewer's.
	Overridden Verdict = "overridden"
)

// IsValid reports whether v is one of the three decisions on a criterion.
func (v Verdict) IsValid() bool { return v == Accepted || v == Query || v == Overridden }

// Item is the reviewer's decision on one criterion. Question and Due belong
// to a query, Status and Reason to an override; the other fields are empty.
type Item struct {
	Criterion criteria.ID `json:"criterion"`
	Decision  Verdict     `json:"decision"`
	// Question is what a query asks.
	Question string `json:"question,omitempty"`
	// Due is the date by which a query is to be answered.
	Due assessment.Date `json:"due,omitzero"`
	// Status is the status an override gives the criterion. It is
	// meaningful, and written, only when Decision is Overridden.
	Status assessment.Status `json:"-"`
	// Reason is why the reviewer overrode the status.
	Reason string `json:"reason,omitempty"`
}

// Override returns the status the review gives the criterion id, and true, if
// the review overrides it.
func (r *Review) Override(id criteria.ID) (assessment.Status, bool) {
	for _, it := range r.Items {
		if it.Criterion == id && it.Decision == Overridden {
			return it.Status, true
		}
	}
	return 0, false
}

// Queries returns the items that are queries, in document order: the
// questions still open in this review.
func (r *Review) Queries() []Item {
	var qs []Item
	for _, it := range r.Items {
		if it.Decision == Query {
			qs = append(qs, it)
		}
	}
	return qs
}

// Apply returns the assessment as the review has it: a copy of a in which
// every status the review overrides is replaced by the reviewer's. Scoring it
// gives the reviewed score. a is not changed; the copy shares nothing that
// Apply changes with it.
func Apply(r *Review, a *assessment.Assessment) *assessment.Assessment {
	c := *a
	c.Responses = make([]assessment.Response, len(a.Responses))
	copy(c.Responses, a.Responses)
	for i := range c.Responses {
		if s, ok := r.Override(c.Responses[i].Criterion); ok {
			c.Responses[i].Status = s
		}
	}
	return &c
}

// Skeleton returns the smallest valid review of a, to be filled in: bound to
// a's digest, catalog and version, with the policy and reviewer given,
// reviewed on the date given, pending, and with no items. The error is that
// of assessment.DigestOf.
func Skeleton(a *assessment.Assessment, policy string, reviewer Reviewer, on assessment.Date) (*Review, error) {
	d, err := assessment.DigestOf(a)
	if err != nil {
		return nil, err
	}
	return &Review{
		Schema:     SchemaURL,
		Assessment: Target{Digest: d, Catalog: a.Catalog, CatalogVersion: a.CatalogVersion},
		Policy:     policy,
		Reviewer:   reviewer,
		ReviewedOn: on,
		Decision:   Pending,
		Items:      []Item{},
	}, nil
}
