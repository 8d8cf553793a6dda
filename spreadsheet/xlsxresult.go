package spreadsheet

import (
	"errors"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// WriteResultXLSX writes the result of scoring an assessment as an Excel
// workbook with three sheets, named in opts.Lang:
//
//   - the summary (概要, Summary): the catalog, the policy, the subject, the
//     assessment date and state, the score, the rating, whether the gates
//     hold, the sums earned and possible, then the gates, the scores of the
//     groups and the counts of the statuses, each as a table;
//   - the criteria (評価項目, Criteria): a row per criterion with its group,
//     text, status, weight, credit, earned and possible points, evidence and
//     remediation plan, the statuses coloured (green, yellow, red, grey) by
//     conditional formats and the heading row with filters;
//   - the improvements (改善候補, Improvements): the criteria whose move to
//     compliant would raise the score most, with the gain in points.
//
// p is the policy res was scored with and a the assessment it scored (for
// the evidence and remediation plans; nil leaves them out). Numbers are
// stored as numbers, texts as text; like WriteXLSX, the same input gives the
// same bytes, and the sheets print on A4 landscape, fitted to the page's
// width. Texts from the assessment are checked as WriteXLSX checks them.
func WriteResultXLSX(w io.Writer, p *scoring.Policy, a *assessment.Assessment, res *scoring.Result, opts *XLSXOptions) error {
	if p == nil || res == nil {
		return errors.New("spreadsheet: WriteResultXLSX needs a policy and a result")
	}
	cat := p.Catalog()
	title := i18n.Text{JA: messages.Sprintf(i18n.Japanese, keyResultTitle, cat.Title().JA), EN: messages.Sprintf(i18n.English, keyResultTitle, cat.Title().EN)}
	return writeWorkbook(w, opts, title,
		func(wb *workbook) error { return wb.summary(cat, p, res) },
		func(wb *workbook) error { return wb.criteria(cat, a, res) },
		func(wb *workbook) error { return wb.improvements(cat, res) })
}

// cell is a value to write with its style: a string (as text), an int or a
// float64.
type cell struct {
	v     any
	style int
}

// row writes cells from column A of a row.
func (wb *workbook) row(sheet string, n int, cells ...cell) error {
	for j, c := range cells {
		ref, _ := excelize.CoordinatesToCellName(j+1, n)
		switch v := c.v.(type) {
		case string:
			if err := wb.set(sheet, j+1, n, v, c.style, "", ""); err != nil {
				return err
			}
			continue
		case float64:
			if err := wb.f.SetCellFloat(sheet, ref, v, -1, 64); err != nil {
				return err
			}
		case int:
			if err := wb.f.SetCellInt(sheet, ref, int64(v)); err != nil {
				return err
			}
		}
		if err := wb.f.SetCellStyle(sheet, ref, ref, c.style); err != nil {
			return err
		}
	}
	return nil
}

// score is a score as a cell: a number, or a text for NoScore.
func (wb *workbook) score(p scoring.Percent) cell {
	if p == scoring.NoScore {
		return cell{wb.text(keyResultNoScore), wb.s.locked}
	}
	return cell{p.Float64(), wb.s.score}
}

// passLabel is the label of a gate's outcome.
func (wb *workbook) passLabel(ok bool) string {
	if ok {
		return wb.text(keyResultPass)
	}
	return wb.text(keyResultFail)
}

// statusLabel is a status's label; an invalid one is written as it is.
func (wb *workbook) statusLabel(s assessment.Status) string {
	if s.IsValid() {
		return s.Label().In(wb.l)
	}
	return s.String()
}

func (wb *workbook) widths(sheet string, widths ...float64) error {
	for j, w := range widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := wb.f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return nil
}

// summary writes the summary sheet.
func (wb *workbook) summary(cat *criteria.Catalog, p *scoring.Policy, res *scoring.Result) error {
	f, l := wb.f, wb.l
	sheet := wb.text(keySheetSummary)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if err := wb.widths(sheet, 34, 40, 18, 18, 18); err != nil {
		return err
	}
	label := func(k i18n.Key) cell { return cell{wb.text(k), wb.s.label} }
	value := func(s string) cell { return cell{s, wb.s.locked} }
	name := res.Subject.Name.In(l)
	state := string(res.State)
	if res.State.IsValid() {
		state = res.State.Label().In(l)
	}
	rows := [][]cell{
		{{wb.text(keyResultTitle, cat.Title().In(l)), wb.s.title}},
		{label(keyResultCatalog), value(string(res.Catalog) + " " + res.CatalogVersion)},
		{label(keyResultPolicy), value(res.Policy + " " + res.PolicyVersion + " " + p.Title().In(l))},
		{label(keyResultSubject), value(name)},
		{label(keyFieldCorporateNumber), value(res.Subject.CorporateNumber.String())},
		{label(keyFieldRegistrationNumber), value(res.Subject.RegistrationNumber.String())},
		{label(keyFieldAssessedOn), value(res.AssessedOn.String())},
		{label(keyFieldState), value(state)},
		{label(keyResultScore), wb.score(res.Score)},
		{label(keyResultRating), value(res.Rating)},
		{label(keyResultPassed), value(wb.passLabel(res.Passed))},
		{label(keyResultEarned), {res.Earned.Float64(), wb.s.number}},
		{label(keyResultPossible), {res.Possible.Float64(), wb.s.number}},
		{label(keyResultTotal), {res.Coverage.Total, wb.s.number}},
		{label(keyResultAnswered), {res.Coverage.Answered, wb.s.number}},
		{},
		{{wb.text(keyResultGates), wb.s.part}},
		{{wb.text(keyResultGate), wb.s.heading}, {wb.text(keyResultRequired), wb.s.heading}, {wb.text(keyColumnStatus), wb.s.heading}, {wb.text(keyResultPassed), wb.s.heading}},
	}
	for _, g := range res.Gates {
		on := string(g.Criterion)
		status := wb.statusLabel(g.Status)
		if g.Tier != "" {
			on = g.Tier
			status = ""
			for i, id := range g.Failing {
				if i > 0 {
					status += ", "
				}
				status += string(id)
			}
		}
		rows = append(rows, []cell{value(on), value(wb.statusLabel(g.Required)), value(status), value(wb.passLabel(g.Passed))})
	}
	rows = append(rows, []cell{},
		[]cell{{wb.text(keyResultGroups), wb.s.part}},
		[]cell{{wb.text(keyColumnID), wb.s.heading}, {wb.text(keyResultGroup), wb.s.heading}, {wb.text(keyResultScore), wb.s.heading}, {wb.text(keyResultEarned), wb.s.heading}, {wb.text(keyResultPossible), wb.s.heading}})
	for _, g := range res.Groups {
		title := ""
		if gr, ok := cat.Group(g.ID); ok {
			title = gr.Title().In(l)
		}
		rows = append(rows, []cell{value(string(g.ID)), value(title), wb.score(g.Score), {g.Earned.Float64(), wb.s.number}, {g.Possible.Float64(), wb.s.number}})
	}
	counts := map[assessment.Status]int{}
	for _, c := range res.Criteria {
		counts[c.Status]++
	}
	rows = append(rows, []cell{},
		[]cell{{wb.text(keyResultCounts), wb.s.part}},
		[]cell{{wb.text(keyColumnStatus), wb.s.heading}, {wb.text(keyResultCount), wb.s.heading}})
	for _, s := range assessment.Statuses() {
		rows = append(rows, []cell{value(s.Label().In(l)), {counts[s], wb.s.number}})
	}
	for i, r := range rows {
		if err := wb.row(sheet, i+1, r...); err != nil {
			return err
		}
	}
	return wb.printSetup(sheet, "")
}

// criteria writes the criteria sheet.
func (wb *workbook) criteria(cat *criteria.Catalog, a *assessment.Assessment, res *scoring.Result) error {
	f, l := wb.f, wb.l
	sheet := wb.text(keySheetCriteria)
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := wb.widths(sheet, 8, 18, 50, 14, 8, 8, 8, 8, 36, 30, 16, 14); err != nil {
		return err
	}
	h := func(k i18n.Key) cell { return cell{wb.text(k), wb.s.heading} }
	if err := wb.row(sheet, 1, h(keyColumnID), h(keyColumnCategory), h(keyColumnText), h(keyColumnStatus),
		h(keyResultWeight), h(keyResultCredit), h(keyResultEarned), h(keyResultPossible),
		h(keyColumnEvidence), h(keyColumnAction), h(keyColumnOwner), h(keyColumnDue)); err != nil {
		return err
	}
	responses := map[criteria.ID]assessment.Response{}
	if a != nil {
		for i := len(a.Responses) - 1; i >= 0; i-- {
			responses[a.Responses[i].Criterion] = a.Responses[i] // the first counts
		}
	}
	for i, c := range res.Criteria {
		var category, text string
		if cr, ok := cat.Criterion(c.Criterion); ok {
			category, text = cr.Group().Title().In(l), cr.Text().In(l)
		}
		r := responses[c.Criterion]
		var action, owner, due string
		if rem := r.Remediation; rem != nil {
			action, owner, due = rem.Action, rem.Owner, rem.Due.String()
		}
		if err := wb.row(sheet, i+2,
			cell{string(c.Criterion), wb.s.locked}, cell{category, wb.s.locked}, cell{text, wb.s.locked},
			cell{wb.statusLabel(c.Status), wb.s.locked},
			cell{c.Weight.Float64(), wb.s.number}, cell{c.Credit.Float64(), wb.s.number},
			cell{c.Earned.Float64(), wb.s.number}, cell{c.Possible.Float64(), wb.s.number},
			cell{evidenceCell(r.Evidence), wb.s.locked}, cell{action, wb.s.locked},
			cell{owner, wb.s.locked}, cell{due, wb.s.locked}); err != nil {
			return err
		}
	}
	last := strconv.Itoa(len(res.Criteria) + 1)
	colours := []struct {
		s          assessment.Status
		fill, font string
	}{
		{assessment.Compliant, "C6EFCE", "006100"},
		{assessment.PartiallyCompliant, "FFEB9C", "9C5700"},
		{assessment.NonCompliant, "FFC7CE", "9C0006"},
		{assessment.NotApplicable, "EDEDED", "595959"},
	}
	var rules []excelize.ConditionalFormatOptions
	for _, c := range colours {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==", Format: &id, Value: strconv.Quote(c.s.Label().In(l))})
	}
	if err := f.SetConditionalFormat(sheet, "D2:D"+last, rules); err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:L"+last, nil); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	return wb.printSetup(sheet, "$1:$1")
}

// improvements writes the improvements sheet.
func (wb *workbook) improvements(cat *criteria.Catalog, res *scoring.Result) error {
	f, l := wb.f, wb.l
	sheet := wb.text(keySheetImprovements)
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := wb.widths(sheet, 8, 8, 50, 14, 14, 14); err != nil {
		return err
	}
	h := func(k i18n.Key) cell { return cell{wb.text(k), wb.s.heading} }
	if err := wb.row(sheet, 1, cell{wb.text(keyResultImprovable, res.Improvable, len(res.Improvements)), wb.s.info}); err != nil {
		return err
	}
	if err := wb.row(sheet, 2, h(keyResultRank), h(keyColumnID), h(keyColumnText), h(keyColumnStatus), h(keyResultGain), h(keyResultGateFails)); err != nil {
		return err
	}
	for i, im := range res.Improvements {
		text := ""
		if cr, ok := cat.Criterion(im.Criterion); ok {
			text = cr.Text().In(l)
		}
		status := ""
		if c, ok := res.Criterion(im.Criterion); ok {
			status = wb.statusLabel(c.Status)
		}
		gate := ""
		if im.Gate {
			gate = wb.text(keyResultFail)
		}
		if err := wb.row(sheet, i+3, cell{i + 1, wb.s.number}, cell{string(im.Criterion), wb.s.locked}, cell{text, wb.s.locked},
			cell{status, wb.s.locked}, cell{im.Gain.Float64(), wb.s.number}, cell{gate, wb.s.locked}); err != nil {
			return err
		}
	}
	return wb.printSetup(sheet, "$2:$2")
}
