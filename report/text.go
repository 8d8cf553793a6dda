package report

import (
	"io"
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// Text returns the report as plain text for a terminal, in l: the gates first,
// then the score and rating, the coverage, the score of every group, and the
// improvements that would raise the score most; for an assessment with
// answers carried over through a mapping or flagged for review, the work still
// to do and where each answer came from. Columns line up for Japanese text
// too, counting wide characters as two columns. Control characters,
// escape sequences and bidi controls from the data are shown escaped (see
// i18n.Printable), never sent to the terminal.
func (r *Report) Text(l i18n.Lang) string {
	r = r.withAssessment()
	var b strings.Builder
	res := r.Result
	line := terminalLine(&b)
	line(messages.Sprintf(l, keyHeading, subjectName(r.Assessment, l), r.catalog().Title().In(l)))
	line(messages.Sprintf(l, keySubjectNumbers, orDash(r.Assessment.Subject.CorporateNumber.String()),
		orDash(r.Assessment.Subject.RegistrationNumber.String())))
	line(messages.Sprintf(l, keyPolicy, r.Policy.Title().In(l), res.Policy, res.PolicyVersion))
	line(messages.Sprintf(l, keyAssessedOn, r.Assessment.AssessedOn.String(), stateLabel(r.Assessment.State, l)))
	if d := r.digest(); d != "" {
		line(reviewMessages.Sprintf(l, keyDigestLabel) + ": " + d)
	}
	if p := r.reviewPart(l); p != nil {
		p.text(line)
	}

	line("")
	line(messages.Sprintf(l, keyGates))
	if len(res.Gates) == 0 {
		line("  " + messages.Sprintf(l, keyNoGates))
	}
	for _, g := range res.Gates {
		mark := messages.Sprintf(l, keyPass)
		if !g.Passed {
			mark = messages.Sprintf(l, keyFail)
		}
		mark = pad(mark, max(displayWidth(messages.Sprintf(l, keyPass)), displayWidth(messages.Sprintf(l, keyFail))))
		if g.Tier != "" {
			s := "  " + mark + "  " + messages.Sprintf(l, keyGateTier, tierTitle(r.Policy, g.Tier, l), g.Required.Label().In(l))
			if len(g.Failing) > 0 {
				ids := make([]string, len(g.Failing))
				for i, id := range g.Failing {
					ids[i] = string(id)
				}
				s += " — " + messages.Sprintf(l, keyGateFailing, strings.Join(ids, ", "))
			}
			line(s)
			continue
		}
		line("  " + mark + "  " + string(g.Criterion) + "  " + truncate(criterionText(r.catalog(), g.Criterion, l), 48) +
			"  " + messages.Sprintf(l, keyGateCriterion, g.Required.Label().In(l), g.Status.Label().In(l)))
	}

	line("")
	line(messages.Sprintf(l, keyScore, res.Score.String(), ratingLabel(res.Rating), passedLabel(res.Passed, l)))
	c := res.Coverage
	line(messages.Sprintf(l, coverageKey(c.Total), c.Answered, c.Total, c.NotApplicable, c.NotAssessed))

	line("")
	line(messages.Sprintf(l, keyGroups))
	titles := make([]string, len(res.Groups))
	w := 0
	for i, g := range res.Groups {
		gr, ok := r.catalog().Group(g.ID)
		indent := ""
		if ok {
			indent = strings.Repeat("  ", gr.Depth())
		}
		titles[i] = indent + truncate(groupTitle(r.catalog(), g.ID, l), 56)
		w = max(w, displayWidth(titles[i]))
	}
	for i, g := range res.Groups {
		score := g.Score.String()
		line("  " + pad(titles[i], w) + "  " + padLeft(score, 5))
	}

	line("")
	line(messages.Sprintf(l, keyImprovements))
	if len(res.Improvements) == 0 {
		line("  " + messages.Sprintf(l, keyNoImprovements))
	}
	// The gains column is as wide as "+99.9", or "+100.0" when a criterion
	// weighs the whole score.
	idw, gainw := 0, len("+99.9")
	for _, imp := range res.Improvements {
		idw, gainw = max(idw, len(imp.Criterion)), max(gainw, len(imp.Gain.String())+1)
	}
	for _, imp := range res.Improvements {
		s := "  " + pad(string(imp.Criterion), idw) + "  " + padLeft("+"+imp.Gain.String(), gainw) + "  " +
			truncate(criterionText(r.catalog(), imp.Criterion, l), 60)
		if imp.Gate {
			s += messages.Sprintf(l, keyImprovementGate)
		}
		line(s)
	}
	if n := res.Improvable - len(res.Improvements); n > 0 {
		line("  " + messages.Sprintf(l, keyMore, n))
	}
	if p := r.provenance(l); p.Shown {
		r.provenanceText(line, p, l)
	}
	return b.String()
}

// provenanceText writes, for an assessment with answers carried over or
// flagged for review, the work still to do and where each answer came from.
func (r *Report) provenanceText(line func(string), p provenance, l i18n.Lang) {
	line("")
	line(messages.Sprintf(l, keyToDo))
	if len(p.ToDo) == 0 {
		line("  " + messages.Sprintf(l, keyNothingToDo))
	}
	for _, list := range p.ToDo {
		line("  " + list.Title)
		idw := 0
		for _, it := range list.Items {
			idw = max(idw, len(it.ID))
		}
		for _, it := range list.Items {
			line("    " + pad(it.ID, idw) + "  " + truncate(it.Text, 60))
		}
	}
	if len(p.Sources) == 0 {
		return
	}
	line("")
	line(messages.Sprintf(l, keyAnswersFrom))
	line("  " + messages.Sprintf(l, keySourcesLegend))
	idw, statusw := 0, 0
	for _, c := range r.Result.Criteria {
		if len(p.Sources[c.Criterion]) > 0 {
			idw, statusw = max(idw, len(c.Criterion)), max(statusw, displayWidth(statusLabel(c.Status, l)))
		}
	}
	for _, c := range r.Result.Criteria {
		if ds := p.Sources[c.Criterion]; len(ds) > 0 {
			line("  " + pad(string(c.Criterion), idw) + "  " + pad(statusLabel(c.Status, l), statusw) + "  ← " + sourcesText(ds, l))
		}
	}
}

// terminalLine returns a function that writes s to b as one line of terminal
// text. This is the one escaping rule of the text outputs: every line passes
// through i18n.Printable, so that whatever it holds from an assessment, a
// catalog or a policy (names, criterion texts, group and tier titles, notes,
// ratings, descriptions) cannot move the cursor, clear the screen, set the
// clipboard (OSC 52), overwrite the line with a bare CR or reorder it with a
// bidi control: each such character is shown as its Go escape (\x1b, \r,
// \u202e). The report's own texts hold no control character, so only
// characters from the data are escaped.
func terminalLine(b *strings.Builder) func(string) {
	return func(s string) {
		b.WriteString(i18n.Printable(s))
		b.WriteByte('\n')
	}
}

// orDash returns s, or "-" if s is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteText writes the text report to w.
func (r *Report) WriteText(w io.Writer, l i18n.Lang) error {
	_, err := io.WriteString(w, r.Text(l))
	return err
}

// DiffText returns a comparison of two results as plain text, in l, escaped
// for a terminal as Text is.
func DiffText(cat *criteria.Catalog, d *scoring.Delta, l i18n.Lang) string {
	var b strings.Builder
	line := terminalLine(&b)
	change := d.Change.String()
	if d.Change >= 0 {
		change = "+" + change
	}
	line(messages.Sprintf(l, keyDiffHeading, cat.Title().In(l), d.Policy))
	for _, o := range []struct {
		key    i18n.Key
		origin scoring.Origin
	}{{keyDiffOld, d.Old}, {keyDiffNew, d.New}} {
		s := o.origin.Subject
		a := &assessment.Assessment{Subject: s}
		line(messages.Sprintf(l, o.key, subjectName(a, l), orDash(s.CorporateNumber.String()),
			orDash(o.origin.AssessedOn.String()), orDash(stateLabel(o.origin.State, l))))
	}
	line(messages.Sprintf(l, keyDiffScore, d.OldScore.String(), d.NewScore.String(), change))
	line(messages.Sprintf(l, keyDiffRating, ratingLabel(d.OldRating), ratingLabel(d.NewRating)))
	line(messages.Sprintf(l, keyDiffPassed, passedLabel(d.OldPassed, l), passedLabel(d.NewPassed, l)))
	list := func(key i18n.Key, changes []scoring.StatusChange) {
		if len(changes) == 0 {
			return
		}
		line("")
		line(messages.Sprintf(l, key, len(changes)))
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
	list(keyDiffImproved, d.Improved)
	list(keyDiffRegressed, d.Regressed)
	list(keyDiffReclassified, d.Reclassified)
	if len(d.Gates) > 0 {
		line("")
		line(messages.Sprintf(l, keyDiffGates))
		for _, g := range d.Gates {
			name := string(g.Criterion)
			if g.Tier != "" {
				name = g.Tier
			}
			line("  " + name + "  " + passedLabel(g.OldPassed, l) + " → " + passedLabel(g.NewPassed, l))
		}
	}
	line("")
	line(messages.Sprintf(l, keyDiffUnchanged, len(d.Unchanged)))
	return b.String()
}
