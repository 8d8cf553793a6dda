package report

import (
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// A projected assessment answers a catalog through a mapping from another:
// its responses say, in DerivedFrom, which criteria of the other catalog
// their answers came from. A migrated one flags, with NeedsReview, the answers
// to check again. The reports of such an assessment show where each answer
// came from, and list the work still to do for the catalog's bank. An
// assessment with neither renders as it always has.

// derivation is one source of an answer, as a report shows it.
type derivation struct {
	ID           string // the criterion of the other catalog
	Relationship string // how it relates to this criterion
	Status       string // its answer
	StatusClass  string
}

// todoList is one list of the work still to do: a title that says what to do
// and the criteria to do it for.
type todoList struct {
	Title string
	Items []todoItem
}

type todoItem struct {
	ID   string
	Text string
}

// provenance is what a report shows of where the answers came from.
type provenance struct {
	// Shown reports whether the assessment has any response derived through a
	// mapping or flagged for review; nothing else is set when it has none.
	Shown bool
	// Sources holds the derivations of each criterion that has some, in the
	// order of the result's criteria.
	Sources map[criteria.ID][]derivation
	// Review holds the criteria flagged for review.
	Review map[criteria.ID]bool
	// ToDo holds the lists of work still to do that are not empty: the
	// criteria to answer, those to complete, those to review.
	ToDo []todoList
}

// relationshipLabel returns the label of r in l, or r as written if it is not
// a relationship dendai knows.
func relationshipLabel(r criteria.Relationship, l i18n.Lang) string {
	var k i18n.Key
	switch r {
	case criteria.Equivalent:
		k = keyRelEquivalent
	case criteria.Subset:
		k = keyRelSubset
	case criteria.Superset:
		k = keyRelSuperset
	case criteria.Intersects:
		k = keyRelIntersects
	case criteria.NoRelationship:
		k = keyRelNone
	default:
		return r.String()
	}
	return messages.Sprintf(l, k)
}

// statusLabel returns the label of s in l, or s as written if it is not valid.
func statusLabel(s assessment.Status, l i18n.Lang) string {
	if !s.IsValid() {
		return s.String()
	}
	return s.Label().In(l)
}

// provenance returns where the answers of r's assessment came from and what is
// left to do, in l. The criteria come in the order of the result's.
func (r *Report) provenance(l i18n.Lang) provenance {
	a, res, cat := r.Assessment, r.Result, r.catalog()
	var p provenance
	for i := range a.Responses {
		if len(a.Responses[i].DerivedFrom) > 0 || a.Responses[i].NeedsReview {
			p.Shown = true
			break
		}
	}
	if !p.Shown {
		return p
	}
	responses := make(map[criteria.ID]*assessment.Response, len(a.Responses))
	for i := range a.Responses {
		if _, dup := responses[a.Responses[i].Criterion]; !dup {
			responses[a.Responses[i].Criterion] = &a.Responses[i]
		}
	}
	p.Sources = map[criteria.ID][]derivation{}
	p.Review = map[criteria.ID]bool{}
	var answer, complete, review []todoItem
	for _, c := range res.Criteria {
		item := todoItem{ID: string(c.Criterion), Text: criterionText(cat, c.Criterion, l)}
		resp := responses[c.Criterion]
		partial := false
		if resp != nil {
			for _, d := range resp.DerivedFrom {
				p.Sources[c.Criterion] = append(p.Sources[c.Criterion], derivation{
					ID: string(d.Criterion), Relationship: relationshipLabel(d.Relationship, l),
					Status: statusLabel(d.Status, l), StatusClass: statusClass(d.Status),
				})
				partial = partial || d.Relationship == criteria.Subset || d.Relationship == criteria.Intersects
			}
			if resp.NeedsReview {
				p.Review[c.Criterion] = true
				review = append(review, item)
			}
		}
		switch {
		case c.Status == assessment.NotAssessed:
			answer = append(answer, item)
		case partial:
			complete = append(complete, item)
		}
	}
	for _, list := range []struct {
		k     i18n.Key
		items []todoItem
	}{{keyToAnswer, answer}, {keyToComplete, complete}, {keyToReview, review}} {
		if len(list.items) > 0 {
			p.ToDo = append(p.ToDo, todoList{Title: messages.Sprintf(l, list.k, len(list.items)), Items: list.items})
		}
	}
	return p
}

// sourcesText returns the derivations of a criterion on one line, in l:
// "1-1 (equivalent, Compliant), 1-2 (subset, Compliant)".
func sourcesText(ds []derivation, l i18n.Lang) string {
	parts := make([]string, len(ds))
	sep := messages.Sprintf(l, keyListSeparator)
	for i, d := range ds {
		parts[i] = messages.Sprintf(l, keyWithDetail, d.ID, d.Relationship+sep+d.Status)
	}
	return strings.Join(parts, sep)
}
