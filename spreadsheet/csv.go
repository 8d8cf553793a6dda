package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// Encoding is the character encoding of a CSV file.
type Encoding int

// The encodings of the CSV template.
const (
	// UTF8BOM is UTF-8 preceded by a byte order mark. The mark is what makes
	// Excel read the file as UTF-8; without it, Japanese Excel reads Shift_JIS.
	UTF8BOM Encoding = iota
	// ShiftJIS is Shift_JIS as Windows writes it: code page 932, also known as
	// Windows-31J, with the NEC and IBM extensions (①, ㈱, 髙 and so on). It is
	// what Japanese Excel reads and writes for a CSV file without a byte order
	// mark. Characters outside it, such as 𠮷 or an emoji, cannot be written.
	ShiftJIS
)

// String returns the name of the encoding as the command line spells it:
// "utf-8" or "shift_jis".
func (e Encoding) String() string {
	switch e {
	case UTF8BOM:
		return "utf-8"
	case ShiftJIS:
		return "shift_jis"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// ParseEncoding parses the name of an encoding: "utf-8" (or "utf8") for
// UTF8BOM, and "shift_jis" (or "shift-jis", "sjis", "cp932", "windows-31j")
// for ShiftJIS. Case does not matter.
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "utf-8", "utf8":
		return UTF8BOM, nil
	case "shift_jis", "shift-jis", "sjis", "cp932", "windows-31j":
		return ShiftJIS, nil
	}
	return UTF8BOM, fmt.Errorf("spreadsheet: unknown encoding %q (want utf-8 or shift_jis)", s)
}

// CSVOptions tune WriteCSV and TemplateCSV. A nil *CSVOptions means English
// labels in UTF-8 with a byte order mark.
type CSVOptions struct {
	// Lang is the language of the labels, the column headings, the status
	// labels and the criteria's texts. The zero value is English.
	Lang i18n.Lang
	// Encoding is the character encoding of the file; the zero value is
	// UTF8BOM.
	Encoding Encoding
}

// The layout of the CSV form. Everything here is part of the format: a change
// breaks the files people have filled in.
const (
	// byteOrderMark is U+FEFF in UTF-8.
	byteOrderMark = "\ufeff"
	// formatKey and instructionsKey are the keys of the header rows that hold
	// no value of the assessment.
	formatKey       = "format"
	instructionsKey = "instructions"
	// headerCells is the width of a header row: label, key, value.
	headerCells = 3
)

// headerField is a row of the header block: a value of the assessment above the
// table, identified by its key in column B.
type headerField struct {
	key   string
	path  string // the JSON Pointer of the value
	label i18n.Key
}

var headerFields = [...]headerField{
	{"catalog", "/catalog", keyFieldCatalog},
	{"catalogVersion", "/catalogVersion", keyFieldCatalogVersion},
	{"state", "/state", keyFieldState},
	{"assessedOn", "/assessedOn", keyFieldAssessedOn},
	{"subject.name.ja", "/subject/name/ja", keyFieldNameJA},
	{"subject.name.en", "/subject/name/en", keyFieldNameEN},
	{"subject.corporateNumber", "/subject/corporateNumber", keyFieldCorporateNumber},
	{"subject.registrationNumber", "/subject/registrationNumber", keyFieldRegistrationNumber},
	{"assessor.name", "/assessor/name", keyFieldAssessorName},
	{"assessor.organization", "/assessor/organization", keyFieldOrganization},
	{"assessor.email", "/assessor/email", keyFieldEmail},
}

// The columns of the table, in order.
const (
	colID = iota
	colCategory
	colText
	colStatus
	colJustification
	colEvidence
	colComment
	colAction
	colOwner
	colDue
	// The provenance columns, written only for an assessment that has
	// provenance (see WriteCSV): the table of any other is numColumns wide.
	colNeedsReview
	colDerivedFrom
	allColumns
)

// numColumns is the width of the table without the provenance columns: the
// template's.
const numColumns = colNeedsReview

// tableColumn is a column of the table: its stable key, its heading and the
// JSON Pointer of its value within a response ("" for the columns that only
// show the catalog).
type tableColumn struct {
	key   string
	label i18n.Key
	path  string
}

var tableColumns = [allColumns]tableColumn{
	colID:            {"criterion", keyColumnID, "/criterion"},
	colCategory:      {"category", keyColumnCategory, ""},
	colText:          {"text", keyColumnText, ""},
	colStatus:        {"status", keyColumnStatus, "/status"},
	colJustification: {"justification", keyColumnJustification, "/justification"},
	colEvidence:      {"evidence", keyColumnEvidence, "/evidence"},
	colComment:       {"comment", keyColumnComment, "/comment"},
	colAction:        {"remediation.action", keyColumnAction, "/remediation/action"},
	colOwner:         {"remediation.owner", keyColumnOwner, "/remediation/owner"},
	colDue:           {"remediation.due", keyColumnDue, "/remediation/due"},
	colNeedsReview:   {"needsReview", keyColumnNeedsReview, "/needsReview"},
	colDerivedFrom:   {"derivedFrom", keyColumnDerivedFrom, "/derivedFrom"},
}

// tableWidth returns the number of columns of a's table: allColumns when a
// response of a has provenance (NeedsReview or DerivedFrom), numColumns
// otherwise, so that templates and ordinary forms keep their layout.
func tableWidth(a *assessment.Assessment) int {
	for i := range a.Responses {
		if r := &a.Responses[i]; r.NeedsReview || len(r.DerivedFrom) > 0 {
			return allColumns
		}
	}
	return numColumns
}

// WriteCSV writes an assessment as a spreadsheet: the CSV template a bank sends
// and an EPISP fills in with Excel. ReadCSV reads it back; for what WriteCSV
// writes, reading and writing again gives the same bytes.
//
// # Layout
//
// The file has a header block of three-cell rows, an empty row, and a table
// with a row per criterion. The sample assessment in Japanese begins:
//
//	dendai.assessment/v1,format,電子決済等代行業者に求める基準 自己評価シート
//	記入方法,instructions,評価結果の列には 適合・一部適合・不適合・該当なし（…
//	カタログ,catalog,jpbank-checklist
//	カタログのバージョン,catalogVersion,1.0.0
//	状態（下書き・提出済み）,state,提出済み
//	評価日（YYYY-MM-DD）,assessedOn,2026-11-01
//	事業者名（日本語）,subject.name.ja,株式会社サンプルペイ
//	事業者名（英語）,subject.name.en,Sample Pay Inc.
//	法人番号（13桁）,subject.corporateNumber,5010001112730
//	電子決済等代行業の登録番号,subject.registrationNumber,関東財務局長（電代）第12号
//	評価責任者の氏名,assessor.name,山田 太郎
//	評価責任者の所属,assessor.organization,株式会社サンプルペイ 情報セキュリティ室
//	評価責任者のメールアドレス,assessor.email,t.yamada@example.jp
//
//	ID,区分,確認項目,評価結果,該当なしの理由,根拠資料,コメント,改善策,改善担当,改善期限（YYYY-MM-DD）
//	1-1,経営陣の関与,経営陣により…,適合,,"情報セキュリティ基本方針 第3版 | https://example.jp/…
//	2026年度 取締役会議事録（情報セキュリティ報告） | BOD-2026-04",取締役会で年1回見直し…,,,
//	1-2,情報・セキュリティ管理態勢,セキュリティ管理責任の…,適合,,情報セキュリティ管理規程 第2条（適用範囲） | SEC-REG-001,,,,
//	…
//	1-10,情報・セキュリティ管理態勢,…,不適合,,,第三者認証（ISMS等）を未取得…,ISMS（ISO/IEC 27001）認証を取得し…,経営企画部,2027-09-30
//
// The first cell of the file is always dendai.assessment/v1, which is how a
// reader tells the file is one of these. In the header block, column A is a
// label for people, column B the stable key of the field (ASCII, the same in
// every language) and column C the value; the reader goes by the key. The rows
// keyed format and instructions hold no value of the assessment: the sheet's
// title and a note on how to fill it in.
//
// The table's columns are, in order: the criterion ID, its category (the title
// of its group), its text, then the response: status, justification (why the
// criterion does not apply), evidence, comment, and the remediation plan's
// action, owner and due date. The ID, category and text columns come from the
// catalog; the reader reads only the ID. The table has a row for every
// criterion of the catalog, in catalog order, whether or not the assessment
// answers it (a criterion without a response has an empty status, which reads
// back as not_assessed), then a row for each response the catalog does not
// account for (an unknown criterion, a second answer).
//
// When a response of the assessment has provenance, the table has two more
// columns at its end: needsReview (要確認, Needs review), whether the answer
// was carried over from a criterion that has changed since and needs a
// person's review (assessment.Migrate), and derivedFrom (導出元, Derived
// from), where a projected answer came from (assessment.Project). The
// templates, and every assessment without provenance, have the ten columns
// above and nothing more. So nothing of the assessment is lost: reading
// what WriteCSV wrote gives the assessment back, and its digest
// (assessment.DigestOf) is its JSON twin's.
//
// Labels, headings and the category and text columns are in opts.Lang. The
// reader does not depend on the language: it reads columns by position and
// accepts headings in Japanese, in English, or as the columns' stable keys
// (criterion, category, text, status, justification, evidence, comment,
// remediation.action, remediation.owner, remediation.due, and needsReview and
// derivedFrom, which it reads where their headings are after the template's
// columns, in either order, if the table has them).
//
// # Values
//
// A status is written as its label in opts.Lang (適合 or Compliant, and so on);
// not_assessed is written as an empty cell, which is what a person filling in
// the sheet expects to find. The state is written as its label too (下書き,
// 提出済み; draft, submitted in English). Dates are YYYY-MM-DD, corporate
// numbers 13 digits and registration numbers in their normal form.
//
// Evidence takes one cell, one item per line: "title | ref", or just "title"
// when there is no reference. The reader splits a line at its last "|" (or
// full-width "｜") and trims the spaces around both parts, so a title that
// holds a "|" is written "title |" when it has no reference. An item that would
// not read back exactly from that form (a line break in it, a "|" in its
// reference, spaces around its title or reference) is written as a JSON
// object on its line, {"title":"…","ref":"…"}, which the reader also accepts.
// So every item round-trips exactly, and the common case stays easy to read
// and to type.
//
// The needsReview cell is true for a flagged answer and empty otherwise; the
// reader also takes false, in any case (spreadsheets turn them into TRUE and
// FALSE), and nothing else. The derivedFrom cell has one derivation per line,
// "criterion | relationship | status" with the stable keys of the
// relationship and the status:
//
//	1-14 | equivalent | partially_compliant
//	1-15 | subset | compliant
//
// The reader splits a line at "|" (or full-width "｜") into three parts and
// trims the spaces around each, and takes a status in any spelling
// assessment.ParseStatus accepts and a relationship as
// criteria.ParseRelationship does. A criterion that would not read back from
// that form (a "|" or a line break in it: no valid ID) is written as a JSON
// object on its line, {"criterion":"…","relationship":"…","status":"…"},
// which the reader also accepts.
//
// The reader reads an evidence or a derivedFrom cell to its first 100 lines
// that are not blank, the most evidence a response may have; the lines past
// them are one problem at the cell (CodeTooManyLines). A line of derivedFrom
// that does not read is a problem at the cell (CodeDerivedFrom) naming the
// line, and no derivation.
//
// Line breaks in a cell are written as LF, which is how Excel stores them; a
// CR LF pair in a text (or CRs before an LF) is written as LF, as a CSV reader
// would read it anyway. Other texts are written exactly.
//
// # Formula injection
//
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
// return as a formula, so a hostile value could run a formula on the bank's
// computer (OWASP's CSV injection). WriteCSV neutralises such a cell by putting
// an apostrophe (') in front of it. The reader removes one leading apostrophe
// when the next character is one of those, or another apostrophe; so that
// every text reads back as it was, a text that itself starts with an
// apostrophe followed by one of them or by an apostrophe gets one more
// apostrophe too. An apostrophe followed by anything else is left alone: 'abc
// is written and read as 'abc.
//
// # Encodings
//
// Rows end with CR LF. With UTF8BOM the file starts with a byte order mark.
// With ShiftJIS a character that Shift_JIS (CP932) cannot represent is not
// replaced or dropped: WriteCSV writes nothing and returns a *dendai.Error
// whose problem, coded CodeUnrepresentable, names the row, the cell and the
// character. Choose UTF8BOM for such texts.
//
// WriteCSV returns a *dendai.Error too for a text that is not valid UTF-8
// (CodeInvalidUTF8), for an invalid status, a derivation's included (coded as
// assessment.ParseStatus codes it), and for an invalid relationship of a
// derivation (coded as criteria.ParseRelationship codes it). The catalog provides the category and text columns and the
// title; the assessment need not be valid against it.
func WriteCSV(w io.Writer, cat *criteria.Catalog, a *assessment.Assessment, opts *CSVOptions) error {
	if cat == nil || a == nil {
		return errors.New("spreadsheet: WriteCSV needs a catalog and an assessment")
	}
	lang, enc := i18n.English, UTF8BOM
	if opts != nil {
		lang, enc = opts.Lang, opts.Encoding
	}
	if enc != UTF8BOM && enc != ShiftJIS {
		return fmt.Errorf("spreadsheet: unknown CSV encoding %v", enc)
	}
	rows, err := csvRows(cat, a, lang)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if enc == UTF8BOM {
		buf.WriteString(byteOrderMark)
	}
	cw := csv.NewWriter(&buf)
	var record []string
	for i, row := range rows {
		if len(row) == 0 {
			buf.WriteString("\r\n")
			continue
		}
		record = record[:0]
		for j, c := range row {
			s, p := exportCell(c.text, enc)
			if p != nil {
				p.Path, p.Line, p.Column, p.Criterion = c.path, i+1, j+1, string(c.id)
				return dendai.Problems{*p}.Err()
			}
			record = append(record, s)
		}
		// encoding/csv ends a record with LF, or with CR LF if asked to, but
		// then it also rewrites the line breaks inside cells, which Excel
		// writes as LF. So rows end in CR LF and cells keep LF.
		if err := cw.Write(record); err != nil {
			return err
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		buf.WriteString("\r\n")
	}
	out := buf.Bytes()
	if enc == ShiftJIS {
		// Every cell was checked, so this cannot fail.
		if out, err = japanese.ShiftJIS.NewEncoder().Bytes(out); err != nil {
			return err
		}
	}
	_, err = w.Write(out)
	return err
}

// TemplateCSV writes the blank CSV template of a catalog: WriteCSV of
// assessment.Template(cat), a draft with a row per criterion and every status
// cell empty.
func TemplateCSV(w io.Writer, cat *criteria.Catalog, opts *CSVOptions) error {
	if cat == nil {
		return errors.New("spreadsheet: TemplateCSV needs a catalog")
	}
	return WriteCSV(w, cat, assessment.Template(cat), opts)
}

// outCell is a cell to write, with the place of its value in the assessment.
type outCell struct {
	text string
	path string
	id   criteria.ID
}

// rowOrder returns the order of the table's rows: one per criterion of the
// catalog, in catalog order, then the responses the catalog does not account
// for (unknown criteria, second answers) in their order, so that nothing is
// lost. A response index i >= 0 is a row for a.Responses[i]; -k-1 is a blank
// row for the criterion at catalog index k.
func rowOrder(cat *criteria.Catalog, a *assessment.Assessment) []int {
	first := make(map[criteria.ID]int, len(a.Responses))
	for i, r := range a.Responses {
		if _, dup := first[r.Criterion]; !dup {
			first[r.Criterion] = i
		}
	}
	order := make([]int, 0, cat.Len()+len(a.Responses))
	used := make([]bool, len(a.Responses))
	for k, cr := range cat.All() {
		if i, ok := first[cr.ID()]; ok {
			order, used[i] = append(order, i), true
		} else {
			order = append(order, -k-1)
		}
	}
	for i := range a.Responses {
		if !used[i] {
			order = append(order, i)
		}
	}
	return order
}

// orderedResponse returns the response of a row rowOrder gives, with its
// JSON Pointer: a.Responses[i] for i >= 0, and a blank response without a
// pointer for a criterion without one.
func orderedResponse(cat *criteria.Catalog, a *assessment.Assessment, i int) (assessment.Response, string) {
	if i >= 0 {
		return a.Responses[i], "/responses/" + strconv.Itoa(i)
	}
	return assessment.Response{Criterion: cat.At(-i - 1).ID()}, ""
}

// csvRows lays out the assessment; an empty row is the separator.
func csvRows(cat *criteria.Catalog, a *assessment.Assessment, l i18n.Lang) ([][]outCell, error) {
	label := func(k i18n.Key, args ...any) outCell { return outCell{text: messages.Sprintf(l, k, args...)} }
	rows := make([][]outCell, 0, len(headerFields)+4+len(a.Responses))
	rows = append(rows,
		[]outCell{{text: assessment.Format, path: "/format"}, {text: formatKey}, label(keyTitle, cat.Title().In(l))},
		[]outCell{label(keyFieldInstructions), {text: instructionsKey}, label(keyInstructions)},
	)
	for _, f := range headerFields {
		rows = append(rows, []outCell{label(f.label), {text: f.key}, {text: csvHeaderValue(a, f.key, l), path: f.path}})
	}
	rows = append(rows, nil)
	width := tableWidth(a)
	heading := make([]outCell, width)
	for j, c := range tableColumns[:width] {
		heading[j] = label(c.label)
	}
	rows = append(rows, heading)
	for _, i := range rowOrder(cat, a) {
		r, at := orderedResponse(cat, a, i)
		row := make([]outCell, width)
		for j, c := range tableColumns[:width] {
			row[j] = outCell{id: r.Criterion}
			if at != "" {
				row[j].path = at + c.path
			}
		}
		row[colID].text = string(r.Criterion)
		if cr, ok := cat.Criterion(r.Criterion); ok {
			row[colCategory].text = cr.Group().Title().In(l)
			row[colText].text = cr.Text().In(l)
		}
		switch {
		case r.Status == assessment.NotAssessed:
		case r.Status.IsValid():
			row[colStatus].text = r.Status.Label().In(l)
		default:
			// The problem assessment reports for a status it cannot read.
			_, err := assessment.ParseStatus(r.Status.String())
			p := valueProblem(err, r.Status.String())
			p.Path, p.Line, p.Column, p.Criterion = at+"/status", len(rows)+1, colStatus+1, string(r.Criterion)
			return nil, dendai.Problems{p}.Err()
		}
		row[colJustification].text = r.Justification
		row[colEvidence].text = evidenceCell(r.Evidence)
		row[colComment].text = r.Comment
		if rem := r.Remediation; rem != nil {
			row[colAction].text = rem.Action
			row[colOwner].text = rem.Owner
			row[colDue].text = rem.Due.String()
		}
		if width > numColumns {
			var p *dendai.Problem
			row[colNeedsReview].text, row[colDerivedFrom].text, p = provenanceCells(r)
			if p != nil {
				p.Path, p.Line, p.Column, p.Criterion = at+p.Path, len(rows)+1, colDerivedFrom+1, string(r.Criterion)
				return nil, dendai.Problems{*p}.Err()
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func csvHeaderValue(a *assessment.Assessment, key string, l i18n.Lang) string {
	switch key {
	case "catalog":
		return string(a.Catalog)
	case "catalogVersion":
		return a.CatalogVersion
	case "state":
		if a.State.IsValid() {
			return a.State.Label().In(l)
		}
		return string(a.State)
	case "assessedOn":
		return a.AssessedOn.String()
	case "subject.name.ja":
		return a.Subject.Name.JA
	case "subject.name.en":
		return a.Subject.Name.EN
	case "subject.corporateNumber":
		return a.Subject.CorporateNumber.String()
	case "subject.registrationNumber":
		return a.Subject.RegistrationNumber.String()
	case "assessor.name":
		return a.Assessor.Name
	case "assessor.organization":
		return a.Assessor.Organization
	case "assessor.email":
		return a.Assessor.Email
	}
	return ""
}

// exportCell prepares a text for a cell: line breaks as LF, formulas
// neutralised, and in Shift_JIS every character checked. The problem it
// returns has no place yet.
func exportCell(s string, enc Encoding) (string, *dendai.Problem) {
	if !utf8.ValidString(s) {
		return "", &dendai.Problem{Code: CodeInvalidUTF8, Message: messages.Text(i18n.Key(CodeInvalidUTF8))}
	}
	s = neutraliseFormula(normaliseLineBreaks(s))
	if enc == ShiftJIS {
		if r, ok := unrepresentable(s); ok {
			u := fmt.Sprintf("U+%04X", r)
			return "", &dendai.Problem{Code: CodeUnrepresentable, Message: messages.Text(i18n.Key(CodeUnrepresentable), string(r), u)}
		}
	}
	return s, nil
}

// unrepresentable returns the first character of s that Shift_JIS cannot
// represent, or that would not read back as itself.
func unrepresentable(s string) (rune, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return 0, false
	}
	b, err := japanese.ShiftJIS.NewEncoder().String(s)
	if err == nil {
		if back, err := japanese.ShiftJIS.NewDecoder().String(b); err == nil && back == s {
			return 0, false
		}
	}
	for _, r := range s {
		b, err := japanese.ShiftJIS.NewEncoder().String(string(r))
		if err != nil {
			return r, true
		}
		if back, err := japanese.ShiftJIS.NewDecoder().String(b); err != nil || back != string(r) {
			return r, true
		}
	}
	return utf8.RuneError, true // not reached: some character failed above
}

// normaliseLineBreaks turns every CR LF pair into LF, and so any run of CRs
// before an LF: encoding/csv reads a CR before a line's end as part of the line
// break, and spreadsheets keep LF alone inside a cell. The result has no CR
// before an LF, so normalising it again changes nothing.
func normaliseLineBreaks(s string) string {
	if !strings.Contains(s, "\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\r' {
			b.WriteByte(s[i])
			continue
		}
		j := i
		for j < len(s) && s[j] == '\r' {
			j++
		}
		if j == len(s) || s[j] != '\n' {
			b.WriteString(s[i:j]) // CRs not before an LF stay
		}
		i = j - 1
	}
	return b.String()
}

// formulaStart reports whether a spreadsheet takes a cell starting with c for a
// formula.
func formulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// formulaEscaped reports whether a cell's text starts with an apostrophe that
// restoreFormula removes.
func formulaEscaped(s string) bool {
	return len(s) >= 2 && s[0] == '\'' && (formulaStart(s[1]) || s[1] == '\'')
}

// neutraliseFormula puts an apostrophe before a text a spreadsheet would run
// as a formula, and before a text that restoreFormula would otherwise shorten.
func neutraliseFormula(s string) string {
	if s != "" && formulaStart(s[0]) || formulaEscaped(s) {
		return "'" + s
	}
	return s
}

// restoreFormula undoes neutraliseFormula.
func restoreFormula(s string) string {
	if formulaEscaped(s) {
		return s[1:]
	}
	return s
}

// evidenceItem is the JSON form of an evidence line.
type evidenceItem struct {
	Title *string `json:"title"`
	Ref   *string `json:"ref"`
}

// evidenceCell writes a list of evidence, one item per line.
func evidenceCell(items []assessment.Evidence) string {
	lines := make([]string, len(items))
	for i, e := range items {
		lines[i] = evidenceLine(e)
	}
	return strings.Join(lines, "\n")
}

// evidenceLine writes an item as "title | ref" or "title" if that reads back
// exactly, and as a JSON object otherwise.
func evidenceLine(e assessment.Evidence) string {
	if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Ref) {
		return e.Title + " | " + e.Ref // refused by exportCell; JSON would hide it
	}
	var plain []string
	if e.Ref == "" {
		plain = []string{e.Title, e.Title + " |"}
	} else {
		plain = []string{e.Title + " | " + e.Ref}
	}
	for _, line := range plain {
		if strings.ContainsAny(line, "\r\n") {
			continue
		}
		if got, ok := parseEvidenceLine(line); ok && got == e {
			return line
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(evidenceItem{Title: &e.Title, Ref: &e.Ref}) // strings cannot fail
	return strings.TrimSuffix(buf.String(), "\n")
}

// parseEvidence reads an evidence cell: one item per line, blank lines
// skipped, at most maxCellItems lines. It returns the items and 0, or, for a
// cell with more lines than that, the number of its lines (see cellLines).
func parseEvidence(cell string) ([]assessment.Evidence, int) {
	var items []assessment.Evidence
	lines := cellLines(cell, func(_ int, t string) {
		e, _ := parseEvidenceLine(t) // t is not blank
		items = append(items, e)
	})
	return items, lines
}

// parseEvidenceLine reads one line of an evidence cell: a JSON object with a
// title and an optional ref, or a title and an optional reference after the
// last "|" (or full-width "｜"), with surrounding spaces removed. It reports
// false for a blank line.
func parseEvidenceLine(line string) (assessment.Evidence, bool) {
	t := strings.TrimSpace(line)
	if t == "" {
		return assessment.Evidence{}, false
	}
	if t[0] == '{' {
		if e, ok := jsonEvidence(t); ok {
			return e, true
		}
	}
	i := strings.LastIndexAny(t, "|｜")
	if i < 0 {
		return assessment.Evidence{Title: t}, true
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	return assessment.Evidence{Title: strings.TrimSpace(t[:i]), Ref: strings.TrimSpace(t[i+n:])}, true
}

// jsonEvidence reads the JSON form of an evidence item: an object with a
// title and an optional ref, as strings, and nothing else.
func jsonEvidence(s string) (assessment.Evidence, bool) {
	if !jsonObject(s, `{"title":""}`) {
		return assessment.Evidence{}, false
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var v evidenceItem
	if err := dec.Decode(&v); err != nil || v.Title == nil {
		return assessment.Evidence{}, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return assessment.Evidence{}, false
	}
	e := assessment.Evidence{Title: *v.Title}
	if v.Ref != nil {
		e.Ref = *v.Ref
	}
	return e, true
}

// jsonObject reports whether s, which starts with "{", is one JSON object no
// shorter than shortest, the shortest object that may read. It costs next
// to nothing, where a json.Decoder costs a kilobyte: the lines that are
// not such an object ("{", "{}") are refused before one is made.
func jsonObject(s, shortest string) bool {
	return len(s) >= len(shortest) && s[len(s)-1] == '}' && json.Valid([]byte(s))
}
