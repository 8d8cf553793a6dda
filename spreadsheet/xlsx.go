package spreadsheet

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// XLSXOptions tune WriteXLSX, TemplateXLSX and WriteResultXLSX. A nil
// *XLSXOptions means English.
type XLSXOptions struct {
	// Lang is the language of the sheet names, labels, headings, status
	// labels, the criteria's texts and the font. The zero value is English.
	Lang i18n.Lang
}

// The layout of the workbook. Like the CSV layout, it is part of the format.
const (
	// coverKeyCol and coverValueCol are the columns of the cover sheet's keys
	// (hidden) and values, from 1.
	coverKeyCol   = 2
	coverValueCol = 3
	// publisherKey and legalBasisKey are the cover rows that show the
	// catalog's publisher and legal basis; they hold no value of the
	// assessment and the reader skips them.
	publisherKey  = "publisher"
	legalBasisKey = "legalBasis"
	// xlsxTime is the time written as the workbook's creation and
	// modification time, so that the same input gives the same bytes.
	xlsxTime = "2000-01-01T00:00:00Z"
	// maxCellText is the most UTF-16 code units a cell holds in Excel.
	maxCellText = 32767
)

// xlsxFont is the font of the workbook in a language: one made for Japanese
// in Japanese, so that kana and kanji have one design.
func xlsxFont(l i18n.Lang) string {
	if l == i18n.Japanese {
		return "游ゴシック"
	}
	return "Calibri"
}

// WriteXLSX writes an assessment as an Excel workbook (.xlsx) that a person
// fills in with Excel, LibreOffice Calc or any other spreadsheet; ReadXLSX
// reads it back, and for what WriteXLSX writes, reading and writing again
// gives the same bytes. The same input always gives the same bytes: the
// workbook's timestamps are fixed.
//
// # Layout
//
// The workbook has two sheets, named in opts.Lang:
//
//   - the cover (表紙, Cover): the checklist's title, publisher and legal
//     basis, how to fill it in, then the assessment's header fields (catalog,
//     version, state, assessment date, the subject and the assessor) as
//     labelled input cells. Column A is the label, column B (hidden) the
//     field's stable key as in the CSV template, column C the value; the
//     reader goes by the key.
//   - the checklist (チェックリスト, Checklist): a heading row, then the
//     criteria in catalog order under headings for their groups, as merged
//     rows, then a row for each response the catalog does not account for.
//     The columns are those of the CSV template (see WriteCSV): ID,
//     category, criterion, status, reason not applicable, evidence,
//     comment, remediation action, owner and due date; and, as in the CSV
//     form, needs review and derived from when a response has provenance
//     (never in the template).
//
// The ID, category and criterion cells and the labels are locked, the answer
// cells unlocked, and both sheets are protected, without a password, so
// that a person can change only the answers. The status column has a
// dropdown of the status labels in opts.Lang with a note on what each
// needs, and the date cells accept only dates; the dropdown warns but lets
// any other spelling through, since the reader accepts every spelling
// assessment.ParseStatus does. IDs, numbers and texts are stored as text
// (formatted "@"), so that Excel does not turn 1-1 into a date or a
// corporate number into 5.01E+12; dates are stored as dates, formatted
// yyyy-mm-dd. The checklist's heading row is frozen and repeated on every
// printed page, and both sheets print on A4 landscape, fitted to the page's
// width. The workbook has no macros, formulas or external links: a text
// that starts with = is stored as text and is never a formula.
//
// Evidence takes one cell, one item per line, as in the CSV template, and so
// does derivedFrom, one derivation per line; a needsReview cell holds true
// (as text) or nothing, and reads as true when a spreadsheet made it the
// boolean TRUE.
//
// WriteXLSX returns a *dendai.Error for a text that is not valid UTF-8
// (CodeInvalidUTF8), longer than a cell holds (CodeCellTooLong), an
// invalid status or an invalid relationship of a derivation, located at its
// sheet and cell.
func WriteXLSX(w io.Writer, cat *criteria.Catalog, a *assessment.Assessment, opts *XLSXOptions) error {
	if cat == nil || a == nil {
		return errors.New("spreadsheet: WriteXLSX needs a catalog and an assessment")
	}
	return writeWorkbook(w, opts, cat.Title(),
		func(wb *workbook) error { return wb.cover(cat, a) },
		func(wb *workbook) error { return wb.checklist(cat, a) })
}

// writeWorkbook makes a workbook in the language opts give, titled title,
// fills it with each of sheets in turn and writes it.
func writeWorkbook(w io.Writer, opts *XLSXOptions, title i18n.Text, sheets ...func(*workbook) error) error {
	var l i18n.Lang
	if opts != nil {
		l = opts.Lang
	}
	wb, err := newWorkbook(l)
	if err != nil {
		return err
	}
	defer wb.f.Close()
	for _, sheet := range sheets {
		if err := sheet(wb); err != nil {
			return err
		}
	}
	return wb.write(w, title.In(l))
}

// TemplateXLSX writes the blank workbook of a catalog: WriteXLSX of
// assessment.Template(cat), a draft with a row per criterion and every status
// cell empty.
func TemplateXLSX(w io.Writer, cat *criteria.Catalog, opts *XLSXOptions) error {
	if cat == nil {
		return errors.New("spreadsheet: TemplateXLSX needs a catalog")
	}
	return WriteXLSX(w, cat, assessment.Template(cat), opts)
}

// workbook is a workbook being written, with its styles.
type workbook struct {
	f *excelize.File
	l i18n.Lang
	s styles
	// streamLimit is streamLimit; the tests lower it to try the other path.
	streamLimit int
}

// styles are the cell styles of the workbooks, by use.
type styles struct {
	title, label, info, input, inputDate, heading, part, category, locked, answer, answerDate, number, score int
}

func newWorkbook(l i18n.Lang) (*workbook, error) {
	f := excelize.NewFile()
	wb := &workbook{f: f, l: l, streamLimit: streamLimit}
	font := xlsxFont(l)
	if err := f.SetDefaultFont(font); err != nil {
		return nil, err
	}
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	locked := &excelize.Protection{Locked: true}
	unlocked := &excelize.Protection{Locked: false}
	text, date, tenths := "@", "yyyy-mm-dd", "0.0"
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&wb.s.title, excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 14}, Protection: locked}},
		{&wb.s.label, excelize.Style{Font: &excelize.Font{Family: font, Bold: true}, Fill: fill("F2F2F2"), Border: border, Alignment: top, Protection: locked}},
		{&wb.s.info, excelize.Style{Font: &excelize.Font{Family: font}, Border: border, Alignment: top, Protection: locked, CustomNumFmt: &text}},
		{&wb.s.input, excelize.Style{Font: &excelize.Font{Family: font}, Fill: fill("FFF9E5"), Border: border, Alignment: top, Protection: unlocked, CustomNumFmt: &text}},
		{&wb.s.inputDate, excelize.Style{Font: &excelize.Font{Family: font}, Fill: fill("FFF9E5"), Border: border, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, Protection: unlocked, CustomNumFmt: &date}},
		{&wb.s.heading, excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Color: "FFFFFF"}, Fill: fill("1F4E78"), Border: border, Alignment: &excelize.Alignment{Vertical: "center", Horizontal: "center", WrapText: true}, Protection: locked}},
		{&wb.s.part, excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12}, Fill: fill("BDD7EE"), Border: border, Alignment: top, Protection: locked}},
		{&wb.s.category, excelize.Style{Font: &excelize.Font{Family: font, Bold: true}, Fill: fill("DDEBF7"), Border: border, Alignment: top, Protection: locked}},
		{&wb.s.locked, excelize.Style{Font: &excelize.Font{Family: font}, Border: border, Alignment: top, Protection: locked, CustomNumFmt: &text}},
		{&wb.s.answer, excelize.Style{Font: &excelize.Font{Family: font}, Fill: fill("FFF9E5"), Border: border, Alignment: top, Protection: unlocked, CustomNumFmt: &text}},
		{&wb.s.answerDate, excelize.Style{Font: &excelize.Font{Family: font}, Fill: fill("FFF9E5"), Border: border, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, Protection: unlocked, CustomNumFmt: &date}},
		{&wb.s.number, excelize.Style{Font: &excelize.Font{Family: font}, Border: border, Alignment: &excelize.Alignment{Vertical: "top"}, Protection: locked}},
		{&wb.s.score, excelize.Style{Font: &excelize.Font{Family: font}, Border: border, Alignment: &excelize.Alignment{Vertical: "top"}, Protection: locked, CustomNumFmt: &tenths}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return wb, nil
}

// text returns a label in the workbook's language.
func (wb *workbook) text(k i18n.Key, args ...any) string { return messages.Sprintf(wb.l, k, args...) }

// cellText checks a text for a cell: valid UTF-8, and no longer than a cell
// holds. The problem has no place yet.
func cellText(s string) *dendai.Problem {
	if !utf8.ValidString(s) {
		return &dendai.Problem{Code: CodeInvalidUTF8, Message: messages.Text(i18n.Key(CodeInvalidUTF8))}
	}
	if len(s) > maxCellText {
		n := 0
		for _, r := range s {
			n += utf16.RuneLen(r)
		}
		if n > maxCellText {
			return &dendai.Problem{Code: CodeCellTooLong, Message: messages.Text(i18n.Key(CodeCellTooLong), n, maxCellText)}
		}
	}
	return nil
}

// set writes a text cell, or a problem at it.
func (wb *workbook) set(sheet string, col, row int, s string, style int, path string, id criteria.ID) error {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	if p := cellText(s); p != nil {
		p.Path, p.Line, p.Column, p.Criterion = path, row, col, string(id)
		return dendai.Problems{withCell(*p, sheet, ref)}.Err()
	}
	if s != "" {
		if err := wb.f.SetCellStr(sheet, ref, s); err != nil {
			return err
		}
	}
	return wb.f.SetCellStyle(sheet, ref, ref, style)
}

// setDate writes a date cell: a date as Excel stores it, or as text when it
// falls before 1900-03-01, where Excel's serials are not dates.
func (wb *workbook) setDate(sheet string, col, row int, d assessment.Date, style int) error {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	if v := dateValue(d); v != nil {
		if err := wb.f.SetCellValue(sheet, ref, v); err != nil {
			return err
		}
	}
	return wb.f.SetCellStyle(sheet, ref, ref, style)
}

// dateValue returns the value of a date cell: its serial, or its text
// before 1900-03-01, or nil for no date.
func dateValue(d assessment.Date) any {
	if !d.IsValid() {
		return nil
	}
	if n, ok := dateSerial(d); ok {
		return n
	}
	return d.String()
}

// excelEpoch is day 0 of Excel's 1900 date system for every date from
// 1900-03-01 on (Excel counts a 29 February 1900 that did not exist), and
// excel1904 day 0 of the 1904 system.
var (
	excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	excel1904  = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

// dateSerial returns a date as a serial of Excel's 1900 date system.
func dateSerial(d assessment.Date) (int, bool) {
	t := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	n := int(t.Sub(excelEpoch).Hours() / 24)
	return n, n >= 61
}

// serialDate returns the date of an Excel serial in the 1900 or 1904 date
// system; a time of day is dropped.
func serialDate(serial float64, date1904 bool) (assessment.Date, bool) {
	if serial != serial || serial < 1 || serial >= 2958466 { // NaN, before 1900, after 9999
		return assessment.Date{}, false
	}
	days := int(serial)
	epoch := excelEpoch
	switch {
	case date1904:
		epoch = excel1904
	case days < 60:
		epoch = epoch.AddDate(0, 0, 1) // before Excel's 29 February 1900
	case days == 60:
		return assessment.Date{}, false // 29 February 1900, which did not exist
	}
	t := epoch.AddDate(0, 0, days)
	return assessment.NewDate(t.Year(), t.Month(), t.Day())
}

// sheetRef returns the reference of a cell in a sheet as Excel writes it in
// a formula: チェックリスト!D45, or 'My sheet'!D45 for a name that needs quotes.
func sheetRef(sheet, cell string) string {
	plain := sheet != ""
	for _, r := range sheet {
		if !(r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80) {
			plain = false
			break
		}
	}
	if plain && (sheet[0] < '0' || sheet[0] > '9') {
		return sheet + "!" + cell
	}
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}

// withCell puts the reference of a problem's cell (チェックリスト!D45) in front
// of its message, in both languages.
func withCell(p dendai.Problem, sheet, cell string) dendai.Problem {
	ref := sheetRef(sheet, cell)
	p.Message = i18n.Text{JA: ref + ": " + p.Message.JA, EN: ref + ": " + p.Message.EN}
	return p
}

// cover writes the cover sheet.
func (wb *workbook) cover(cat *criteria.Catalog, a *assessment.Assessment) error {
	f, l := wb.f, wb.l
	sheet := wb.text(keySheetCover)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	for j, w := range coverWidths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	if err := f.SetColVisible(sheet, "B", false); err != nil {
		return err
	}
	type row struct {
		label, key, value string
		path              string
		style             int
		date              *assessment.Date
	}
	rows := []row{
		{assessment.Format, formatKey, wb.text(keyTitle, cat.Title().In(l)), "/format", wb.s.title, nil},
		{wb.text(keyFieldPublisher), publisherKey, cat.Publisher().In(l), "", wb.s.info, nil},
		{wb.text(keyFieldLegalBasis), legalBasisKey, cat.LegalBasis().In(l), "", wb.s.info, nil},
		{wb.text(keyFieldInstructions), instructionsKey, wb.text(keyXLSXInstructions), "", wb.s.info, nil},
	}
	for _, h := range headerFields {
		r := row{wb.text(h.label), h.key, csvHeaderValue(a, h.key, l), h.path, wb.s.input, nil}
		switch h.key {
		case "catalog", "catalogVersion":
			r.style = wb.s.info
		case "assessedOn":
			r.style, r.date = wb.s.inputDate, &a.AssessedOn
		}
		rows = append(rows, r)
	}
	for i, r := range rows {
		n := i + 1
		labelStyle := wb.s.label
		if i == 0 {
			labelStyle = wb.s.info
		}
		if err := wb.set(sheet, 1, n, r.label, labelStyle, "", ""); err != nil {
			return err
		}
		if err := wb.set(sheet, coverKeyCol, n, r.key, wb.s.info, "", ""); err != nil {
			return err
		}
		var err error
		if r.date != nil {
			err = wb.setDate(sheet, coverValueCol, n, *r.date, r.style)
		} else {
			err = wb.set(sheet, coverValueCol, n, r.value, r.style, r.path, "")
		}
		if err != nil {
			return err
		}
		if err := f.SetRowHeight(sheet, n, rowHeight([]string{r.label, "", r.value}, coverWidths[:])); err != nil {
			return err
		}
		switch r.key {
		case "state":
			dv := excelize.NewDataValidation(true)
			dv.SetSqref("C" + strconv.Itoa(n))
			if err := dv.SetDropList([]string{assessment.Draft.Label().In(l), assessment.Submitted.Label().In(l)}); err != nil {
				return err
			}
			if err := f.AddDataValidation(sheet, dv); err != nil {
				return err
			}
		case "assessedOn":
			if err := wb.dateValidation(sheet, "C"+strconv.Itoa(n)); err != nil {
				return err
			}
		}
	}
	return wb.finishSheet(sheet, "")
}

// dateValidation lets only dates into a range of cells.
func (wb *workbook) dateValidation(sheet, sqref string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(sqref)
	if err := dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, wb.text(keyDateTitle), wb.text(keyDateError))
	return wb.f.AddDataValidation(sheet, dv)
}

// finishSheet protects a sheet without a password and sets it up for
// printing on A4 landscape, fitted to the page's width, with the rows titles
// (such as "$1:$1") repeated on every page.
func (wb *workbook) finishSheet(sheet, titles string) error {
	f := wb.f
	if err := f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true, AutoFilter: true, Sort: false,
	}); err != nil {
		return err
	}
	return wb.printSetup(sheet, titles)
}

func (wb *workbook) printSetup(sheet, titles string) error {
	f := wb.f
	a4, landscape, one, zero := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if titles == "" {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: sheetRef(sheet, titles), Scope: sheet})
}

// coverWidths are the widths of the cover's columns.
var coverWidths = [...]float64{34, 24, 80}

// checklistWidths are the widths of the checklist's columns.
var checklistWidths = [allColumns]float64{
	colID: 8, colCategory: 18, colText: 50, colStatus: 14, colJustification: 24,
	colEvidence: 36, colComment: 30, colAction: 30, colOwner: 16, colDue: 14,
	colNeedsReview: 12, colDerivedFrom: 36,
}

// sheetRowOut is a row to write: its cells (a nil value is an empty cell)
// with their styles, its height, and whether it is merged across.
type sheetRowOut struct {
	cells  []excelize.Cell
	height float64
	merged bool
}

// streamLimit is the most XML a sheet may take, as xmlSize estimates it
// from above, to be written with excelize's stream writer, which keeps up to
// 16 MiB of XML in memory and would write the rest to a temporary file: the
// library does no I/O, so a larger sheet is written cell by cell.
const streamLimit = 14 << 20

// xmlSize bounds from above the bytes of XML a cell with text s takes in a
// streamed sheet: the element and its attributes, and the text escaped
// (&amp; and the like, or _x0001_ for a control character).
func xmlSize(s string) int {
	n := 100
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20:
			n += 8
		case c == '&' || c == '<' || c == '>' || c == '"' || c == '\'':
			n += 6
		case c == '_':
			n += 7 // _x005F_ before what would read as an escape
		default:
			n++
		}
	}
	return n
}

// checklist writes the checklist sheet.
func (wb *workbook) checklist(cat *criteria.Catalog, a *assessment.Assessment) error {
	f, l := wb.f, wb.l
	sheet := wb.text(keySheetChecklist)
	idx, err := f.NewSheet(sheet)
	if err != nil {
		return err
	}
	// Before the rows: it reads every sheet, and so would parse the
	// streamed one back.
	f.SetActiveSheet(idx)
	width := tableWidth(a)
	widths := checklistWidths[:width]
	heading := make([]string, width)
	out := []sheetRowOut{{cells: make([]excelize.Cell, width), height: 0}}
	for j, c := range tableColumns[:width] {
		heading[j] = wb.text(c.label)
		out[0].cells[j] = excelize.Cell{StyleID: wb.s.heading, Value: heading[j]}
	}
	out[0].height = rowHeight(heading, widths)
	size := 0               // the sheet's XML, bounded from above (see xmlSize)
	var shown []criteria.ID // the groups whose headings are written, outermost first
	for k, i := range rowOrder(cat, a) {
		r, at := orderedResponse(cat, a, i)
		cr, known := cat.Criterion(r.Criterion)
		if k < cat.Len() {
			// The criteria in catalog order, under headings for the groups
			// each opens.
			var chain []criteria.Group
			for g := cr.Group(); g.IsValid(); g = g.Parent() {
				chain = append([]criteria.Group{g}, chain...)
			}
			for d, g := range chain {
				if d < len(shown) && shown[d] == g.ID() {
					continue
				}
				shown = append(shown[:d], g.ID())
				style := wb.s.category
				if d+1 < len(chain) {
					style = wb.s.part
				}
				title := g.Title().In(l)
				if p := cellText(title); p != nil {
					p.Line, p.Column = len(out)+1, 1
					return dendai.Problems{withCell(*p, sheet, "A"+strconv.Itoa(len(out)+1))}.Err()
				}
				row := sheetRowOut{cells: make([]excelize.Cell, width), height: rowHeight([]string{title}, []float64{200}), merged: true}
				for j := range row.cells {
					row.cells[j].StyleID = style
				}
				row.cells[0].Value = title
				size += width * xmlSize(title)
				out = append(out, row)
			}
		}
		n := len(out) + 1
		cells := [allColumns]string{colID: string(r.Criterion)}
		if known {
			cells[colCategory] = cr.Group().Title().In(l)
			cells[colText] = cr.Text().In(l)
		}
		switch {
		case r.Status == assessment.NotAssessed:
		case r.Status.IsValid():
			cells[colStatus] = r.Status.Label().In(l)
		default:
			_, err := assessment.ParseStatus(r.Status.String())
			p := valueProblem(err, r.Status.String())
			p.Path, p.Line, p.Column, p.Criterion = at+"/status", n, colStatus+1, string(r.Criterion)
			return dendai.Problems{withCell(p, sheet, "D"+strconv.Itoa(n))}.Err()
		}
		cells[colJustification] = r.Justification
		cells[colEvidence] = evidenceCell(r.Evidence)
		cells[colComment] = r.Comment
		var due assessment.Date
		if rem := r.Remediation; rem != nil {
			cells[colAction], cells[colOwner], due = rem.Action, rem.Owner, rem.Due
		}
		if width > numColumns {
			var p *dendai.Problem
			cells[colNeedsReview], cells[colDerivedFrom], p = provenanceCells(r)
			if p != nil {
				p.Path, p.Line, p.Column, p.Criterion = at+p.Path, n, colDerivedFrom+1, string(r.Criterion)
				ref, _ := excelize.CoordinatesToCellName(colDerivedFrom+1, n)
				return dendai.Problems{withCell(*p, sheet, ref)}.Err()
			}
		}
		row := sheetRowOut{cells: make([]excelize.Cell, width), height: rowHeight(cells[:width], widths)}
		for j, c := range tableColumns[:width] {
			if p := cellText(cells[j]); p != nil {
				p.Line, p.Column, p.Criterion = n, j+1, string(r.Criterion)
				if at != "" {
					p.Path = at + c.path
				}
				ref, _ := excelize.CoordinatesToCellName(j+1, n)
				return dendai.Problems{withCell(*p, sheet, ref)}.Err()
			}
			style := wb.s.answer
			switch j {
			case colID, colCategory, colText:
				style = wb.s.locked
			}
			row.cells[j].StyleID = style
			size += xmlSize(cells[j])
			if cells[j] != "" {
				row.cells[j].Value = cells[j]
			}
		}
		row.cells[colDue] = excelize.Cell{StyleID: wb.s.answerDate, Value: dateValue(due)}
		out = append(out, row)
	}

	// The settings kept outside the cells, which the stream writer takes
	// from the sheet when it is flushed.
	last := strconv.Itoa(max(len(out), 2))
	dv := excelize.NewDataValidation(true)
	dv.SetSqref("D2:D" + last)
	var labels []string
	for _, s := range assessment.Statuses()[1:] {
		labels = append(labels, s.Label().In(l))
	}
	if err := dv.SetDropList(labels); err != nil {
		return err
	}
	dv.SetInput(wb.text(keyColumnStatus), wb.text(keyStatusInput))
	dv.SetError(excelize.DataValidationErrorStyleWarning, wb.text(keyColumnStatus), wb.text(keyStatusError))
	if err := f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	if err := wb.dateValidation(sheet, "J2:J"+last); err != nil {
		return err
	}
	if err := wb.finishSheet(sheet, "$1:$1"); err != nil {
		return err
	}
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "D2", ActiveCell: "D2", Pane: "bottomLeft"}}}
	if size <= wb.streamLimit {
		err = wb.streamRows(sheet, out, widths, panes)
	} else {
		err = wb.setRows(sheet, out, widths, panes)
	}
	return err
}

// streamRows writes rows from row 1 with excelize's stream writer, which
// writes a row's XML at once: twice as fast as cell by cell on a large
// sheet.
func (wb *workbook) streamRows(sheet string, rows []sheetRowOut, widths []float64, panes *excelize.Panes) error {
	sw, err := wb.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for j, w := range widths {
		if err := sw.SetColWidth(j+1, j+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(panes); err != nil {
		return err
	}
	values := make([]any, 0, allColumns)
	for i, r := range rows {
		values = values[:0]
		for _, c := range r.cells {
			values = append(values, c)
		}
		ref := "A" + strconv.Itoa(i+1)
		if err := sw.SetRow(ref, values, excelize.RowOpts{Height: r.height}); err != nil {
			return err
		}
		if r.merged {
			end, _ := excelize.CoordinatesToCellName(len(r.cells), i+1)
			if err := sw.MergeCell(ref, end); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

// setRows writes rows from row 1 cell by cell, as streamRows does.
func (wb *workbook) setRows(sheet string, rows []sheetRowOut, widths []float64, panes *excelize.Panes) error {
	f := wb.f
	for j, w := range widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, panes); err != nil {
		return err
	}
	var merged []string
	for i, r := range rows {
		for j, c := range r.cells {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if c.Value != nil {
				if err := f.SetCellValue(sheet, ref, c.Value); err != nil {
					return err
				}
			}
			if err := f.SetCellStyle(sheet, ref, ref, c.StyleID); err != nil {
				return err
			}
		}
		if err := f.SetRowHeight(sheet, i+1, r.height); err != nil {
			return err
		}
		if r.merged {
			end, _ := excelize.CoordinatesToCellName(len(r.cells), i+1)
			merged = append(merged, "A"+strconv.Itoa(i+1), end)
		}
	}
	// Merged last: excelize checks every cell written against every merged
	// range.
	for i := 0; i < len(merged); i += 2 {
		if err := f.MergeCell(sheet, merged[i], merged[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// rowHeight returns the height, in points, of a row whose cells hold texts
// in columns of the given widths, wrapped: spreadsheets do not all fit a
// row's height to its wrapped text when they open a workbook, so the height
// is set. A column's width counts characters of the digit 0; a character
// outside ASCII (kanji, kana) counts as two.
func rowHeight(texts []string, widths []float64) float64 {
	lines := 1
	for j, t := range texts {
		if j >= len(widths) || t == "" {
			continue
		}
		n := 0
		for _, line := range strings.Split(t, "\n") {
			units := 0.0
			for _, r := range line {
				if r < utf8.RuneSelf {
					units += 1.1
				} else {
					units += 2
				}
			}
			n += max(1, int(units/(widths[j]-1))+1)
		}
		lines = max(lines, n)
	}
	return min(409, float64(lines)*15+3) // Excel's highest row is 409 points
}

// write sets the document properties to fixed values and writes the
// workbook.
func (wb *workbook) write(w io.Writer, title string) error {
	if err := wb.f.SetDocProps(&excelize.DocProperties{
		Title: title, Creator: "dendai", LastModifiedBy: "dendai",
		Created: xlsxTime, Modified: xlsxTime, Language: wb.l.String(),
	}); err != nil {
		return err
	}
	if err := wb.f.SetAppProps(&excelize.AppProperties{Application: "dendai"}); err != nil {
		return err
	}
	buf, err := wb.f.WriteToBuffer()
	if err != nil {
		return fmt.Errorf("spreadsheet: writing the workbook: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
