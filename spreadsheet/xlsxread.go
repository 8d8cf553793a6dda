package spreadsheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// The limits a workbook is read within. The archive's directory is checked
// against them before any part is decompressed, and every part is read
// through a limit as it is decompressed, so that a zip bomb, a huge sheet or
// a part of one enormous text costs no more than the limits allow.
const (
	// MaxXLSXParts is the most parts (files in the zip archive) a workbook
	// may have; one made by Excel has a few dozen.
	MaxXLSXParts = 1000
	// MaxXLSXPartSize is the largest a part may be, unzipped.
	MaxXLSXPartSize = 64 << 20
	// MaxXLSXUnzipped is the most all the parts may hold together, unzipped.
	MaxXLSXUnzipped = 128 << 20
	// MaxXLSXRatio is the highest ratio of a workbook's unzipped size to its
	// size in bytes: XML compresses some tens of times, a zip bomb thousands.
	MaxXLSXRatio = 200
	// maxXLSXRun is the longest run of an XML part without a '<': it bounds
	// the largest token the XML decoder builds (a cell's text in Excel is at
	// most 32,767 characters).
	maxXLSXRun = 1 << 20
	// xlsxTextBudget and xlsxTextFloor bound what a workbook's shared strings
	// and the cells read from it may keep in memory: xlsxTextBudget times the
	// workbook's size, plus xlsxTextFloor.
	xlsxTextBudget = 8
	xlsxTextFloor  = 16 << 20
	// The cost charged for a cell and for a row kept, beyond its text: a
	// string header; and a row's header, its record's, and what the reader
	// of the CSV form keeps for each row (where each of its values is, about
	// 1 KiB), as measured.
	cellCost = 16
	rowCost  = 1280
	// headerLine is subtracted from the rows of the cover sheet to tell them
	// from the rows of the checklist when both go through one reader.
	headerLine = 1 << 21
)

// encryptionInfo is the name of the stream an encrypted workbook's OLE2
// container holds, in UTF-16LE as the container's directory spells it.
var encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")

// encrypted reports whether an OLE2 file is an encrypted (password-protected)
// Office document: Excel saves a workbook with a password as an OLE2
// container with EncryptionInfo and EncryptedPackage streams.
func encrypted(data []byte) bool {
	return bytes.HasPrefix(data, ole2Magic) && bytes.Contains(data, encryptionInfo)
}

// ReadXLSX reads an assessment from an Excel workbook (.xlsx) as WriteXLSX
// writes it (see WriteXLSX for the layout), as a person may have filled it in
// with Excel, LibreOffice Calc or another program, or from the CSV template
// opened in Excel and saved as a workbook.
//
// # What is read
//
// The reader looks for the sheet whose first cell is dendai.assessment/v1
// (the cover) and reads its rows by their keys in column B, as ReadCSV reads
// the CSV template's header; then for the table's heading row, on the same
// sheet or a later one (the checklist), and reads the rows below it by the
// columns' positions. Other sheets, and the group headings in the table, are
// skipped. Everything ReadCSV accepts is accepted here, and reported the same
// way: statuses in any spelling assessment.ParseStatus accepts (the labels the
// dropdown offers among them), IDs matched by the criterion's text when they
// are not IDs, and so on.
//
// Values are read as the workbook stores them, never as a format shows them:
// shared and inline strings as their text (without the phonetic guides
// Japanese Excel adds), numbers as their digits (a corporate number typed as
// a number reads as its 13 digits, not 5.01E+12), booleans as TRUE or FALSE,
// and dates (in the assessment date and due date cells) as the dates their
// serial numbers stand for, in the workbook's 1900 or 1904 date system. An ID
// that Excel turned into a date (1-1 into 1月1日) reads as the criterion whose
// text is in the row, else as month-day (or day-month) when exactly one of
// them is a criterion of cat; otherwise it is a problem (CodeIDDate) that
// says how to type the ID.
//
// Formulas are never evaluated, and the values cached with them are not
// used: a cell with a formula is a problem (CodeFormula), and reads as blank.
//
// # Problems
//
// Every problem is located at its cell: Line is the row and Column the column
// of the cell in its sheet, counted from 1, Path the JSON Pointer of the value
// in the JSON form, and the message starts with the sheet and cell as Excel
// writes them in a formula, such as チェックリスト!D45: in both languages.
// Problems come sorted: those of the cover, then those of the checklist, by
// row and column.
//
// # Untrusted workbooks
//
// A workbook is checked before any part is decompressed: its parts (at most
// MaxXLSXParts), the unzipped size of each (MaxXLSXPartSize) and of all
// (MaxXLSXUnzipped, and MaxXLSXRatio times the workbook's size), and while
// it is read: the shared strings, cells and rows kept in memory, at most
// eight times the workbook's size plus 16 MiB (a workbook of 5,700 criteria
// takes 9 MiB), and the longest run of text in a
// part. Each limit passed is one problem (CodeWorkbookLimit) naming it, and
// nothing is read. XML entities other than the five predefined ones are
// refused, so entity expansion cannot happen. An encrypted workbook is one
// problem (CodeEncrypted) saying to remove the password; an old Excel
// workbook (.xls), an OpenDocument spreadsheet (.ods), another archive or a
// PDF is CodeFileType, as Check describes; a zip that is not a well-formed
// workbook is CodeWorkbook.
//
// The assessment is nil when nothing could be read; otherwise it holds every
// value that could be read, even when there are problems.
func ReadXLSX(data []byte, cat *criteria.Catalog) (*assessment.Assessment, dendai.Problems) {
	x := readXLSX(data, cat, assessment.DefaultMaxSize)
	return x.result()
}

// CheckXLSX reads a workbook as ReadXLSX does and validates the assessment
// against cat as assessment.Validate does, in one call, as CheckCSV does for
// the CSV template: validation problems are located at the cell of their
// value too.
func CheckXLSX(cat *criteria.Catalog, data []byte, opts *assessment.Options) (*assessment.Assessment, dendai.Problems) {
	max := assessment.DefaultMaxSize
	if opts != nil && opts.MaxSize > 0 {
		max = opts.MaxSize
	}
	x := readXLSX(data, cat, max)
	if x.r.a != nil {
		x.r.validate(opts)
	}
	return x.result()
}

// xlsxReader reads a workbook into records for the reader of the CSV form.
type xlsxReader struct {
	r    *csvReader
	zr   *zip.Reader
	byID map[string]*zip.File
	// budget is what the shared strings and the cells kept may still cost.
	budget int
	sst    []string
	// date1904 is true for a workbook in the 1904 date system.
	date1904 bool
	// header and table are the names of the cover and checklist sheets.
	header, table string
	// headerRows is the last row of the cover sheet.
	headerRows int
	// formulas and idDates hold the cells with formulas and the IDs turned
	// into dates, as lines and columns of the records.
	formulas map[csvPlace]bool
	idDates  map[csvPlace]bool
	// extra maps a record's line to the column of a cell filled in far
	// beyond the template's, which its record holds in its last slot.
	extra map[int]int
	// failed is the problem that stopped the reading before any record.
	failed *dendai.Problem
}

// xlsxCell is a cell as a sheet stores it.
type xlsxCell struct {
	text    string
	number  bool // a number (t="n" or none) or an ISO 8601 date (t="d")
	formula bool
	shared  bool // a shared string, whose text the shared strings hold
}

// sheetRow is a row of a sheet: its number, the texts of its first cells
// (up to the last that is not blank), and which of them are numbers and
// formulas, a bit for each cell. It is kept small: a sheet may have many.
type sheetRow struct {
	line             int
	cells            []string
	number, formulas uint64
}

// A row keeps at most maxCells+1 cells, a bit each in sheetRow's number and
// formulas: this fails to compile if they do not fit.
const _ = uint64(1<<(maxCells+1) - 1)

// isNumber reports whether the row's j-th cell is a number.
func (r sheetRow) isNumber(j int) bool { return j < len(r.cells) && r.number&(1<<j) != 0 }

func readXLSX(data []byte, cat *criteria.Catalog, max int) *xlsxReader {
	x := &xlsxReader{
		r:        &csvReader{cat: cat, places: map[string]csvPlace{}, refused: map[string]bool{}},
		formulas: map[csvPlace]bool{},
		idDates:  map[csvPlace]bool{},
		extra:    map[int]int{},
		budget:   xlsxTextBudget*len(data) + xlsxTextFloor,
	}
	switch t := foreignType(data); {
	case encrypted(data):
		x.failed = &dendai.Problem{Code: CodeEncrypted, Message: messages.Text(i18n.Key(CodeEncrypted))}
		return x
	case t != typeXLSX:
		if t == notForeign {
			t = typeZip // text: neither a workbook nor anything else this reads
			if !bytes.HasPrefix(data, zipMagic) {
				x.failed = &dendai.Problem{Code: CodeWorkbook, Message: messages.Text(keyWorkbookNotZip)}
				return x
			}
		}
		p := foreignProblem(t)
		x.failed = &p
		return x
	case len(data) > max:
		p := dendai.TooLarge(max)
		x.failed = &p
		return x
	}
	if p := x.open(data); p != nil {
		x.failed = p
		return x
	}
	headerRows, tableRows, p := x.sheets()
	if p != nil {
		x.failed = p
		return x
	}
	x.records(headerRows, tableRows)
	return x
}

// limitProblem is the problem of a workbook over one of the limits.
func limitProblem(k i18n.Key, args ...any) *dendai.Problem {
	return &dendai.Problem{Code: CodeWorkbookLimit, Message: messages.Text(k, args...)}
}

// workbookProblem is the problem of a workbook that is not well formed: the
// part named is missing or cannot be read.
func workbookProblem(part string) *dendai.Problem {
	return &dendai.Problem{Code: CodeWorkbook, Message: messages.Text(i18n.Key(CodeWorkbook), part)}
}

// open checks the archive's directory against the limits.
func (x *xlsxReader) open(data []byte) *dendai.Problem {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return workbookProblem("zip")
	}
	if len(zr.File) > MaxXLSXParts {
		return limitProblem(keyLimitParts, len(zr.File), MaxXLSXParts)
	}
	var total uint64
	for _, f := range zr.File {
		if f.UncompressedSize64 > MaxXLSXPartSize {
			return limitProblem(keyLimitPart, f.Name, f.UncompressedSize64, MaxXLSXPartSize)
		}
		if f.Flags&1 != 0 {
			return &dendai.Problem{Code: CodeEncrypted, Message: messages.Text(i18n.Key(CodeEncrypted))}
		}
		total += f.UncompressedSize64
	}
	if total > MaxXLSXUnzipped {
		return limitProblem(keyLimitUnzipped, total, MaxXLSXUnzipped)
	}
	if total > uint64(MaxXLSXRatio)*uint64(len(data)) {
		return limitProblem(keyLimitRatio, total, len(data), MaxXLSXRatio)
	}
	x.zr = zr
	x.byID = make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		x.byID[strings.TrimPrefix(f.Name, "/")] = f
	}
	return nil
}

// runLimiter fails a part with a run of more than maxXLSXRun bytes without a
// '<'.
type runLimiter struct {
	r   io.Reader
	run int
}

var errLongRun = errors.New("spreadsheet: a run of text in the workbook is too long")

func (l *runLimiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for _, c := range p[:n] {
		if c == '<' {
			l.run = 0
		} else if l.run++; l.run > maxXLSXRun {
			return 0, errLongRun
		}
	}
	return n, err
}

// part opens a part for decoding. It reports false for a part that is not
// there.
func (x *xlsxReader) part(name string) (*xml.Decoder, io.Closer, bool, *dendai.Problem) {
	f, ok := x.byID[name]
	if !ok {
		return nil, nil, false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, true, workbookProblem(name)
	}
	dec := xml.NewDecoder(&runLimiter{r: rc})
	dec.Strict = true
	return dec, rc, true, nil
}

// decodeErr turns an error reading a part into its problem.
func decodeErr(err error, name string) *dendai.Problem {
	if errors.Is(err, errLongRun) {
		return limitProblem(keyLimitRun, name, maxXLSXRun)
	}
	return workbookProblem(name)
}

// rels reads a part's relationships: their IDs and types, with the targets
// resolved to part names.
func (x *xlsxReader) rels(owner string) (map[string]string, map[string]string, *dendai.Problem) {
	dir, file := path.Split(owner)
	name := dir + "_rels/" + file + ".rels"
	dec, rc, ok, p := x.part(name)
	if !ok || p != nil {
		return nil, nil, p
	}
	defer rc.Close()
	targets, types := map[string]string{}, map[string]string{}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return targets, types, nil
		}
		if err != nil {
			return nil, nil, decodeErr(err, name)
		}
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			id, target, typ := attr(se, "Id"), attr(se, "Target"), attr(se, "Type")
			if attr(se, "TargetMode") == "External" {
				continue
			}
			if strings.HasPrefix(target, "/") {
				target = target[1:]
			} else {
				target = path.Join(dir, target)
			}
			targets[id], types[id] = target, typ
		}
	}
}

// attr returns the value of an element's attribute by its local name.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// sheets finds the workbook's sheets, reads its shared strings and then its
// sheets in order, until it has the cover and the checklist. It returns the
// rows of the cover and of the checklist, which may be the same sheet.
func (x *xlsxReader) sheets() (header, table []sheetRow, _ *dendai.Problem) {
	targets, types, p := x.rels("")
	if p != nil {
		return nil, nil, p
	}
	book := "xl/workbook.xml"
	for id, t := range targets {
		if strings.HasSuffix(types[id], "/officeDocument") {
			book = t
		}
	}
	bookTargets, bookTypes, p := x.rels(book)
	if p != nil {
		return nil, nil, p
	}
	dec, rc, ok, p := x.part(book)
	if !ok {
		return nil, nil, workbookProblem(book)
	}
	if p != nil {
		return nil, nil, p
	}
	type sheet struct{ name, part string }
	var list []sheet
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			rc.Close()
			return nil, nil, decodeErr(err, book)
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			x.date1904 = v == "1" || v == "true"
		case "sheet":
			id := ""
			for _, a := range se.Attr {
				if a.Name.Local == "id" {
					id = a.Value
				}
			}
			if part, ok := bookTargets[id]; ok {
				list = append(list, sheet{attr(se, "name"), part})
			}
		}
	}
	rc.Close()
	for id, typ := range bookTypes {
		if strings.HasSuffix(typ, "/sharedStrings") {
			if p := x.sharedStrings(bookTargets[id]); p != nil {
				return nil, nil, p
			}
		}
	}
	if len(list) == 0 {
		return nil, nil, workbookProblem(book)
	}
	found := false
	for i, s := range list {
		rows, p := x.sheet(s.part)
		if p != nil {
			return nil, nil, p
		}
		switch {
		case !found && isCover(rows):
			found = true
			x.header, x.table, header = s.name, s.name, rows
		case i == 0:
			// What the first sheet has, for the problem of a workbook
			// that is not dendai's.
			x.header, x.table, header = s.name, s.name, rows
		}
		if !found {
			continue
		}
		if k := tableStart(rows); k >= 0 {
			x.table = s.name
			if s.name == x.header {
				return rows[:k], rows[k:], nil
			}
			return header, rows[k:], nil
		}
	}
	return header, nil, nil
}

// isCover reports whether a sheet's first non-blank row starts with
// dendai.assessment/v1.
func isCover(rows []sheetRow) bool {
	return len(rows) > 0 && len(rows[0].cells) > 0 && strings.TrimSpace(rows[0].cells[0]) == assessment.Format
}

// tableStart returns the index of a sheet's table heading row, or -1.
func tableStart(rows []sheetRow) int {
	for k, row := range rows {
		if isTableHeading(row.cells) {
			return k
		}
	}
	return -1
}

// charge takes n bytes from the budget, and reports whether it held them.
func (x *xlsxReader) charge(n int) bool {
	x.budget -= n
	return x.budget >= 0
}

// sharedStrings reads the shared strings part.
func (x *xlsxReader) sharedStrings(name string) *dendai.Problem {
	dec, rc, ok, p := x.part(name)
	if !ok || p != nil {
		return p
	}
	defer rc.Close()
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return decodeErr(err, name)
		}
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := richText(dec, "si")
			if err != nil {
				return decodeErr(err, name)
			}
			if !x.charge(len(s) + cellCost) {
				return limitProblem(keyLimitText, xlsxTextBudget, xlsxTextFloor>>20)
			}
			x.sst = append(x.sst, s)
		}
	}
}

// richText reads the text of a string item up to the end of the element
// named end: its t elements, those of its runs, but not those of the
// phonetic guides (rPh) Japanese Excel adds.
func richText(dec *xml.Decoder, end string) (string, error) {
	var b strings.Builder
	depth, inT, skip := 0, false, 0
	for {
		t, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		switch t := t.(type) {
		case xml.StartElement:
			depth++
			switch {
			case t.Name.Local == "rPh" || t.Name.Local == "phoneticPr":
				if skip == 0 {
					skip = depth
				}
			case t.Name.Local == "t" && skip == 0:
				inT = true
			}
		case xml.EndElement:
			if depth == 0 && t.Name.Local == end {
				return unescapeX(b.String()), nil
			}
			if skip == depth {
				skip = 0
			}
			if t.Name.Local == "t" {
				inT = false
			}
			depth--
		case xml.CharData:
			if inT && skip == 0 {
				b.Write(t)
			}
		}
	}
}

// unescapeX decodes the escapes _xHHHH_ with which OOXML stores characters
// XML cannot hold (_x000D_ for a carriage return), and _x005F_ before a
// literal escape.
func unescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// sheet reads the non-blank rows of a sheet, each cut to the maxCells cells
// the CSV scanner keeps of a row, so that columns inserted before the
// provenance columns leave them where their headings are, and one more: the
// first cell filled in past them, its column noted in x.extra.
func (x *xlsxReader) sheet(name string) ([]sheetRow, *dendai.Problem) {
	dec, rc, ok, p := x.part(name)
	if !ok {
		return nil, workbookProblem(name)
	}
	if p != nil {
		return nil, p
	}
	defer rc.Close()
	var rows []sheetRow
	line, col := 0, 0
	var cur [maxCells + 1]xlsxCell // the row being read
	width := 0                     // its cells up to the last that is not blank
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, decodeErr(err, name)
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				line++
				if r, err := strconv.Atoi(attr(t, "r")); err == nil && r > 0 {
					line = r
				}
				clear(cur[:width]) // a row not closed, in a part that is not well-formed
				col, width = 0, 0
			case "c":
				col++
				if ref := attr(t, "r"); ref != "" {
					if c, ok := refColumn(ref); ok {
						col = c
					}
				}
				c, err := x.cell(dec, t)
				if err != nil {
					return nil, decodeErr(err, name)
				}
				if c.text == "" && !c.formula {
					continue
				}
				if !c.shared && !x.charge(len(c.text)) {
					return nil, limitProblem(keyLimitText, xlsxTextBudget, xlsxTextFloor>>20)
				}
				j := col - 1
				if j >= maxCells {
					// Far beyond the table: kept in the last slot, its
					// column noted, the first one only.
					if width > maxCells {
						continue
					}
					x.extra[line] = col
					j = maxCells
				}
				cur[j], width = c, max(width, j+1)
			}
		case xml.EndElement:
			if t.Name.Local == "row" && width > 0 {
				if !x.charge(rowCost + width*cellCost) {
					return nil, limitProblem(keyLimitText, xlsxTextBudget, xlsxTextFloor>>20)
				}
				row := sheetRow{line: line, cells: make([]string, width)}
				for j, c := range cur[:width] {
					row.cells[j] = c.text
					if c.number {
						row.number |= 1 << j
					}
					if c.formula {
						row.formulas |= 1 << j
					}
				}
				rows = append(rows, row)
				clear(cur[:width])
				width = 0
			}
		}
	}
}

// refColumn returns the column of a cell reference such as D45.
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
		if col > 16384 {
			return 0, false
		}
	}
	return col, i > 0
}

// cell reads a c element.
func (x *xlsxReader) cell(dec *xml.Decoder, se xml.StartElement) (xlsxCell, error) {
	typ := attr(se, "t")
	var c xlsxCell
	var v string
	for {
		t, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return c, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "f":
				c.formula = true
				if err := dec.Skip(); err != nil {
					return c, err
				}
			case "v":
				if v, err = elementText(dec); err != nil {
					return c, err
				}
			case "is":
				if v, err = richText(dec, "is"); err != nil {
					return c, err
				}
			default:
				if err := dec.Skip(); err != nil {
					return c, err
				}
			}
		case xml.EndElement:
			switch typ {
			case "s":
				if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 && n < len(x.sst) {
					c.text, c.shared = x.sst[n], true
				} else if v != "" {
					return c, errors.New("spreadsheet: a shared string that is not there")
				}
			case "inlineStr", "str", "e":
				c.text = unescapeX(v)
			case "b":
				switch strings.TrimSpace(v) {
				case "1", "true":
					c.text = "TRUE"
				case "0", "false":
					c.text = "FALSE"
				}
			case "d":
				c.text, c.number = strings.TrimSpace(v), true
			default:
				c.text, c.number = number(strings.TrimSpace(v)), true
			}
			if c.formula {
				c.text = "" // never evaluated; the cached value is not used
			}
			return c, nil
		}
	}
}

// elementText reads the text of an element up to its end.
func elementText(dec *xml.Decoder) (string, error) {
	var b strings.Builder
	for depth := 0; ; {
		t, err := dec.Token()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
}

// number returns a number as its plain digits: 5010001112730, not
// 5.01000111273E+12, which some programs write.
func number(v string) string {
	if !strings.ContainsAny(v, "eE") {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// dateText returns the date a number cell of a date field stands for, as
// YYYY-MM-DD, or the cell's text when it is no date.
func (x *xlsxReader) dateText(row sheetRow, j int) string {
	c := xlsxCell{text: cellAt(row.cells, j), number: row.isNumber(j)}
	if !c.number {
		return c.text
	}
	if t, err := time.Parse("2006-01-02", c.text[:min(len(c.text), 10)]); err == nil && strings.Contains(c.text, "-") {
		return t.Format("2006-01-02") // t="d": an ISO 8601 date
	}
	f, err := strconv.ParseFloat(c.text, 64)
	if err != nil {
		return c.text
	}
	if d, ok := serialDate(f, x.date1904); ok {
		return d.String()
	}
	return c.text
}

// records turns the rows of the cover and the checklist into the records of
// the CSV reader, and reads them.
func (x *xlsxReader) records(header, table []sheetRow) {
	separate := x.header != x.table
	x.headerRows = 0
	var recs []csvRecord
	add := func(line int, row sheetRow, cells []string) {
		for j := range row.cells {
			if row.formulas&(1<<j) != 0 {
				x.formulas[csvPlace{line, j + 1}] = true
			}
		}
		recs = append(recs, newRecord(line, cells))
	}
	for _, row := range header {
		line := row.line
		if separate {
			line -= headerLine
		}
		x.headerRows = row.line
		cells := row.cells
		key := strings.TrimSpace(cellAt(cells, 1))
		switch {
		case strings.EqualFold(key, publisherKey), strings.EqualFold(key, legalBasisKey):
			continue // shown on the cover, no value of the assessment
		case strings.EqualFold(key, "assessedOn") && len(row.cells) > 2:
			cells[2] = x.dateText(row, 2)
		}
		add(line, row, cells)
	}
	if len(table) > 0 {
		heading := table[0].cells
		cols := matchColumns(heading)
		idCol, textCol, dueCol := colID, colText, colDue
		if cols[colID] >= 0 {
			idCol = cols[colID]
		}
		if cols[colText] >= 0 {
			textCol = cols[colText]
		}
		if cols[colDue] >= 0 {
			dueCol = cols[colDue]
		}
		add(table[0].line, table[0], heading)
		for _, row := range table[1:] {
			cells := row.cells
			if x.groupHeading(cells) {
				continue
			}
			if dueCol < len(row.cells) {
				cells[dueCol] = x.dateText(row, dueCol)
			}
			if row.isNumber(idCol) {
				cells[idCol] = x.idText(cells[idCol], cellAt(cells, textCol), csvPlace{row.line, idCol + 1})
			}
			add(row.line, row, cells)
		}
	}
	if len(recs) == 0 {
		x.r.fail(csvPlace{}, "", "", CodeEmpty)
		return
	}
	x.r.assessment(func(f func(csvRecord)) *scanError {
		for _, rec := range recs {
			f(rec)
		}
		return nil
	}, func() int { return len(recs) })
}

// newRecord makes the record of the CSV reader for a row of a sheet: its
// first maxCells cells, the number up to the last that is not blank, and the
// first cell past maxCells that is not blank, as the CSV scanner counts them.
func newRecord(line int, cells []string) csvRecord {
	rec := csvRecord{line: line, cells: cells[:min(len(cells), maxCells)], extra: -1}
	for j, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		rec.width = j + 1
		if j >= maxCells && rec.extra < 0 {
			rec.extra = j
		}
	}
	return rec
}

// groupHeading reports whether a row of the table is the heading of a group:
// the title of one of the catalog's groups in its first cell and nothing
// else.
func (x *xlsxReader) groupHeading(cells []string) bool {
	if len(cells) == 0 || strings.TrimSpace(cells[0]) == "" || !blankRow(cells[1:]) {
		return false
	}
	t := strings.TrimSpace(cells[0])
	for g := range x.r.cat.AllGroups() {
		if t == strings.TrimSpace(g.Title().JA) || t == strings.TrimSpace(g.Title().EN) {
			return true
		}
	}
	return false
}

// idText returns the ID a number in the ID column stands for: the number
// itself when it is an ID of the catalog; else, when it is a date Excel made
// of an ID (1-1 read as 1 January) and the row's text is no criterion's,
// month-day or day-month, whichever alone is an ID of the catalog. Otherwise
// it notes the cell as an ID turned into a date.
func (x *xlsxReader) idText(v, text string, at csvPlace) string {
	if _, ok := x.r.cat.Criterion(criteria.ID(v)); ok {
		return v
	}
	if _, ok := x.r.criterionByText(text); ok {
		return v // the reader goes by the text
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	d, ok := serialDate(f, x.date1904)
	if !ok || f != float64(int(f)) {
		return v
	}
	var found []criteria.ID
	for _, id := range []string{strconv.Itoa(int(d.Month())) + "-" + strconv.Itoa(d.Day()), strconv.Itoa(d.Day()) + "-" + strconv.Itoa(int(d.Month()))} {
		if _, ok := x.r.cat.Criterion(criteria.ID(id)); ok && (len(found) == 0 || found[0] != criteria.ID(id)) {
			found = append(found, criteria.ID(id))
		}
	}
	if len(found) == 1 {
		return string(found[0])
	}
	x.idDates[at] = true
	return d.String()
}

// result adds the problems of formulas and dates in the ID column, maps every
// problem to its sheet and cell, and returns them with the assessment.
func (x *xlsxReader) result() (*assessment.Assessment, dendai.Problems) {
	if x.failed != nil {
		return nil, dendai.Problems{*x.failed}
	}
	r := x.r
	// The problems the reader found at the cells of formulas and of IDs
	// turned into dates say less than these.
	kept := r.problems[:0]
	for _, p := range r.problems {
		at := csvPlace{p.Line, p.Column}
		if x.formulas[at] || x.idDates[at] && (p.Code == CodeUnknownCriterion || p.Code == CodeMissingCriterion) {
			continue
		}
		kept = append(kept, p)
	}
	r.problems = kept
	for at := range x.formulas {
		r.fail(at, r.pathAt(at), "", CodeFormula)
	}
	for at := range x.idDates {
		r.fail(at, r.pathAt(at), "", CodeIDDate)
	}
	ps := r.result()
	for i, p := range ps {
		ps[i] = x.locate(p)
	}
	return r.a, ps
}

// pathAt returns the JSON Pointer of the value read from a cell, or "".
func (r *csvReader) pathAt(at csvPlace) string {
	// The rows of the responses rise with their index.
	if n, ok := slices.BinarySearch(r.rows, at.line); ok {
		path := "/responses/" + strconv.Itoa(n)
		for j, c := range tableColumns {
			if r.cols[j] == at.col-1 && c.path != "" {
				return path + c.path
			}
		}
		return path
	}
	best := ""
	for p, c := range r.places {
		if c == at && (len(p) > len(best) || len(p) == len(best) && p < best) {
			best = p
		}
	}
	return best
}

// locate maps a problem's line and column in the records to its sheet, row
// and cell.
func (x *xlsxReader) locate(p dendai.Problem) dendai.Problem {
	if p.Line == 0 {
		return p
	}
	sheet, line := x.table, p.Line
	if p.Line < 0 {
		sheet, line = x.header, p.Line+headerLine
		if p.Code == CodeDuplicateField {
			// Its message names the row of the field's first appearance.
			for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
				for first := line - 1; first > 0; first-- {
					old := strconv.Itoa(first - headerLine)
					if t := p.Message.In(l); strings.Contains(t, old) {
						t = strings.ReplaceAll(t, old, strconv.Itoa(first))
						if l == i18n.Japanese {
							p.Message.JA = t
						} else {
							p.Message.EN = t
						}
						break
					}
				}
			}
		}
	} else if p.Code == CodeMissingField && x.header != x.table {
		sheet, line = x.header, x.headerRows
	}
	col := p.Column
	if c, ok := x.extra[p.Line]; ok && col == maxCells+1 {
		col = c
	}
	p.Line, p.Column = line, col
	if col == 0 {
		col = 1
	}
	name, _ := columnName(col)
	return withCell(p, sheet, name+strconv.Itoa(line))
}

// columnName returns the name of a column: A for 1, AA for 27.
func columnName(col int) (string, bool) {
	if col < 1 {
		return "", false
	}
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b), true
}

// xlsxCatalog reads the catalog and version a workbook's cover names.
func xlsxCatalog(data []byte) (criteria.ID, string) {
	x := readXLSX(data, criteria.Checklist(), assessment.DefaultMaxSize)
	if x.failed != nil || x.r.a == nil {
		return "", ""
	}
	return x.r.a.Catalog, x.r.a.CatalogVersion
}
