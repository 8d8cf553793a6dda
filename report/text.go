package report

import (
	"io"
	"strings"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// Text returns the report as plain text for a terminal, in l: the gates first,
// then the score and rating, the coverage, the score of every group, and the
// improvements that would raise the score most. Columns line up for Japanese
// text too, counting wide characters as two columns.
func (r *Report) Text(l i18n.Lang) string {
	r = r.withAssessment()
	var b strings.Builder
	res := r.Result
	line := func(s string) { b.WriteString(s + "\n") }
	line(i18n.Sprintf(l, i18n.ReportHeading, subjectName(r.Assessment, l), r.Catalog.Title().In(l)))
	line(i18n.Sprintf(l, i18n.ReportPolicy, r.Policy.Title().In(l), res.Policy, res.PolicyVersion))
	line(i18n.Sprintf(l, i18n.ReportAssessedOn, r.Assessment.AssessedOn.String(), stateLabel(r.Assessment.State, l)))

	line("")
	line(i18n.Sprintf(l, i18n.ReportGates))
	if len(res.Gates) == 0 {
		line("  " + i18n.Sprintf(l, i18n.ReportNoGates))
	}
	for _, g := range res.Gates {
		mark := i18n.Sprintf(l, i18n.ReportPass)
		if !g.Passed {
			mark = i18n.Sprintf(l, i18n.ReportFail)
		}
		mark = pad(mark, max(displayWidth(i18n.Sprintf(l, i18n.ReportPass)), displayWidth(i18n.Sprintf(l, i18n.ReportFail))))
		if g.Tier != "" {
			s := "  " + mark + "  " + i18n.Sprintf(l, i18n.ReportGateTier, tierTitle(r.Policy, g.Tier, l), g.Required.Label().In(l))
			if len(g.Failing) > 0 {
				ids := make([]string, len(g.Failing))
				for i, id := range g.Failing {
					ids[i] = string(id)
				}
				s += " — " + i18n.Sprintf(l, i18n.ReportGateFailing, strings.Join(ids, ", "))
			}
			line(s)
			continue
		}
		line("  " + mark + "  " + string(g.Criterion) + "  " + truncate(criterionText(r.Catalog, g.Criterion, l), 48) +
			"  " + i18n.Sprintf(l, i18n.ReportGateCriterion, g.Required.Label().In(l), g.Status.Label().In(l)))
	}

	line("")
	line(i18n.Sprintf(l, i18n.ReportScore, res.Score.String(), ratingLabel(res.Rating), passedLabel(res.Passed, l)))
	c := res.Coverage
	line(i18n.Sprintf(l, i18n.ReportCoverage, c.Answered, c.Total, c.NotApplicable, c.NotAssessed))

	line("")
	line(i18n.Sprintf(l, i18n.ReportGroups))
	titles := make([]string, len(res.Groups))
	w := 0
	for i, g := range res.Groups {
		gr, ok := r.Catalog.Group(g.ID)
		indent := ""
		if ok {
			indent = strings.Repeat("  ", gr.Depth())
		}
		titles[i] = indent + truncate(groupTitle(r.Catalog, g.ID, l), 56)
		w = max(w, displayWidth(titles[i]))
	}
	for i, g := range res.Groups {
		score := g.Score.String()
		line("  " + pad(titles[i], w) + "  " + strings.Repeat(" ", 5-len(score)) + score)
	}

	line("")
	line(i18n.Sprintf(l, i18n.ReportImprovements))
	if len(res.Improvements) == 0 {
		line("  " + i18n.Sprintf(l, i18n.ReportNoImprovements))
	}
	idw := 0
	for _, imp := range res.Improvements {
		idw = max(idw, len(imp.Criterion))
	}
	for _, imp := range res.Improvements {
		gain := "+" + imp.Gain.String()
		s := "  " + pad(string(imp.Criterion), idw) + "  " + strings.Repeat(" ", 5-len(gain)) + gain + "  " +
			truncate(criterionText(r.Catalog, imp.Criterion, l), 60)
		if imp.Gate {
			s += i18n.Sprintf(l, i18n.ReportImprovementGate)
		}
		line(s)
	}
	if n := res.Improvable - len(res.Improvements); n > 0 {
		line("  " + i18n.Sprintf(l, i18n.ReportMore, n))
	}
	return b.String()
}

// WriteText writes the text report to w.
func (r *Report) WriteText(w io.Writer, l i18n.Lang) error {
	_, err := io.WriteString(w, r.Text(l))
	return err
}

// DiffText returns a comparison of two results as plain text, in l.
func DiffText(cat *criteria.Catalog, d *scoring.Delta, l i18n.Lang) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	change := d.Change.String()
	if d.Change >= 0 {
		change = "+" + change
	}
	line(i18n.Sprintf(l, i18n.DiffHeading, cat.Title().In(l), d.Policy))
	line(i18n.Sprintf(l, i18n.DiffScore, d.OldScore.String(), d.NewScore.String(), change))
	line(i18n.Sprintf(l, i18n.DiffRating, ratingLabel(d.OldRating), ratingLabel(d.NewRating)))
	line(i18n.Sprintf(l, i18n.DiffPassed, passedLabel(d.OldPassed, l), passedLabel(d.NewPassed, l)))
	list := func(key i18n.Key, changes []scoring.StatusChange) {
		if len(changes) == 0 {
			return
		}
		line("")
		line(i18n.Sprintf(l, key, len(changes)))
		idw, movew := 0, 0
		moves := make([]string, len(changes))
		for i, ch := range changes {
			moves[i] = ch.From.Label().In(l) + " → " + ch.To.Label().In(l)
			idw, movew = max(idw, len(ch.Criterion)), max(movew, displayWidth(moves[i]))
		}
		for i, ch := range changes {
			line("  " + pad(string(ch.Criterion), idw) + "  " + pad(moves[i], movew) + "  " +
				truncate(criterionText(cat, ch.Criterion, l), 56))
		}
	}
	list(i18n.DiffImproved, d.Improved)
	list(i18n.DiffRegressed, d.Regressed)
	list(i18n.DiffReclassified, d.Reclassified)
	if len(d.Gates) > 0 {
		line("")
		line(i18n.Sprintf(l, i18n.DiffGates))
		for _, g := range d.Gates {
			name := string(g.Criterion)
			if g.Tier != "" {
				name = g.Tier
			}
			line("  " + name + "  " + passedLabel(g.OldPassed, l) + " → " + passedLabel(g.NewPassed, l))
		}
	}
	line("")
	line(i18n.Sprintf(l, i18n.DiffUnchanged, len(d.Unchanged)))
	return b.String()
}
