package report

import (
	"strings"

	"golang.org/x/text/width"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

// Report is what a score report shows: the policy (which holds the catalog),
// the assessment and its result. All three are read, never changed.
type Report struct {
	Policy     *scoring.Policy
	Assessment *assessment.Assessment
	Result     *scoring.Result
	// Review, when set, is the bank's review of the assessment: the report
	// then shows its decision, the statuses it overrides beside the
	// self-assessed ones, its open queries with their due dates and its
	// conditions. Result is then the reviewed result, and SelfAssessed, when
	// set, the self-assessed one, whose score is shown beside it.
	Review       *review.Review
	SelfAssessed *scoring.Result
}

// catalog returns the catalog the report shows, the policy's.
func (r *Report) catalog() *criteria.Catalog { return r.Policy.Catalog() }

// withAssessment returns r, or a copy of r with an empty assessment in place of
// a nil one, so that a report of nothing answered still renders.
func (r *Report) withAssessment() *Report {
	if r.Assessment != nil {
		return r
	}
	c := *r
	c.Assessment = &assessment.Assessment{}
	return &c
}

// subjectName returns the subject's name in l, or in the other language if it
// has none in l.
func subjectName(a *assessment.Assessment, l i18n.Lang) string {
	if n := strings.TrimSpace(a.Subject.Name.In(l)); n != "" {
		return n
	}
	if n := strings.TrimSpace(a.Subject.Name.JA + a.Subject.Name.EN); n != "" {
		return n
	}
	return "-"
}

// stateLabel returns the state's label in l, or the state as written if it
// is not one dendai knows (a report may render an assessment not validated).
func stateLabel(s assessment.State, l i18n.Lang) string {
	if !s.IsValid() {
		return string(s)
	}
	return s.Label().In(l)
}

func passedLabel(passed bool, l i18n.Lang) string {
	if passed {
		return messages.Sprintf(l, keyPassed)
	}
	return messages.Sprintf(l, keyNotPassed)
}

func ratingLabel(r string) string {
	if r == "" {
		return "-"
	}
	return r
}

// criterionText returns a criterion's text in l, or its ID if the catalog lacks it.
func criterionText(cat *criteria.Catalog, id criteria.ID, l i18n.Lang) string {
	if cr, ok := cat.Criterion(id); ok {
		return cr.Text().In(l)
	}
	return string(id)
}

func groupTitle(cat *criteria.Catalog, id criteria.ID, l i18n.Lang) string {
	if g, ok := cat.Group(id); ok {
		return g.Title().In(l)
	}
	return string(id)
}

func tierTitle(p *scoring.Policy, id string, l i18n.Lang) string {
	for t := range p.Tiers() {
		if t.ID == id {
			return t.Title.In(l)
		}
	}
	return id
}

// displayWidth is the number of terminal columns s takes: two for wide and
// full-width characters (kanji, kana, full-width forms), one for the rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// pad appends spaces to s up to w columns.
func pad(s string, w int) string {
	if d := w - displayWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// padLeft right-aligns s in w columns with spaces before it; s wider than w
// is returned as it is.
func padLeft(s string, w int) string {
	if d := w - displayWidth(s); d > 0 {
		return strings.Repeat(" ", d) + s
	}
	return s
}

// truncate cuts s to at most w columns, ending in "…" when cut.
func truncate(s string, w int) string {
	if displayWidth(s) <= w {
		return s
	}
	n := 0
	for i, r := range s {
		rw := displayWidth(string(r))
		if n+rw > w-1 {
			return s[:i] + "…"
		}
		n += rw
	}
	return s
}
