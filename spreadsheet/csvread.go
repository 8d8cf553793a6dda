package spreadsheet

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// ReadCSV reads an assessment from the CSV form WriteCSV writes (see WriteCSV
// for the layout), as a person may have filled it in with Excel or any other
// spreadsheet.
//
// The encoding is told by content: UTF-8 after a byte order mark, UTF-16
// (little- or big-endian) after its byte order mark, UTF-8 if the whole file
// is valid UTF-8, and Shift_JIS (CP932) otherwise, unless fewer of its bytes
// are wrong in UTF-8 than in Shift_JIS. Bytes the encoding cannot read are a
// problem at their cell. A file without a byte order mark may be valid both as
// UTF-8 and as Shift_JIS, with different texts: half-width kana in Shift_JIS
// are often valid UTF-8, and some Japanese in UTF-8 is valid Shift_JIS. Such a
// file is read in the encoding whose reading reproduces text dendai knows
// exactly, when the evidence names one: a cell that reads, in one encoding and
// not in the other, as a label or heading of the form (in either language),
// a group title or criterion text of cat, or a status or state label. When no
// cell tells, or cells tell both ways (the English form, whose headings are
// ASCII, with half-width kana in a comment), the reader does not guess: the
// file is one problem, CodeAmbiguousEncoding, at the first cell whose readings
// differ, quoting both. Check takes the encoding in Options.Encoding, and the
// dendai command in --encoding. A UTF-16 file is what Excel saves as Unicode text, its
// cells separated by tabs: in UTF-16, the separator is a tab when the first
// line has one before any comma, and a comma otherwise. Rows may end with CR LF or LF, and rows
// may be shorter than the layout; empty rows are skipped.
//
// Header rows are identified by their key in column B, table columns by their
// position; the headings may be in either language. The provenance columns,
// needsReview and derivedFrom, are read when the table has them, where their
// headings are after the template's columns, in either order; a table without them reads as one without provenance. A status may be written
// any way assessment.ParseStatus accepts (適合, ○, △, ×, －, compliant, N/A
// and so on), and an empty status cell means not_assessed. Dates may be
// YYYY-MM-DD, or YYYY/M/D as Excel rewrites them. Surrounding spaces in IDs,
// the catalog's version, statuses, dates, numbers and the email address are
// ignored; other texts are kept as written, except that a CR LF pair in a cell
// reads as LF. A remediation plan is read when its action, owner or due date is
// filled in. When a row's ID is not a criterion of cat but its text column is
// the text of exactly one criterion, the row is that criterion's: spreadsheets
// turn IDs such as 1-1 into dates.
//
// Every problem is reported at once, sorted by row and column, each with the
// row (Line) and cell (Column) of the CSV file counted from 1, the JSON Pointer
// of the same value in the JSON form (Path) and the criterion (ID), and capped
// as dendai.Problems.Cap says. Problems of the CSV form have this package's
// codes (CodeFormat, CodeDuplicateRow and so on); values that do not parse (a
// status, a date, a corporate or registration number) have the codes and
// messages of assessment.Decode. ReadCSV does not check the assessment against
// cat beyond its criterion IDs; CheckCSV does, and Check also reads JSON.
//
// A workbook, an archive or a PDF is one problem, coded CodeFileType, as
// Check describes.
//
// The assessment is nil when the file is of another type, over
// assessment.DefaultMaxSize, empty,
// not well-formed CSV or not a dendai template; otherwise it holds every value
// that could be read, even when there are problems.
func ReadCSV(data []byte, cat *criteria.Catalog) (*assessment.Assessment, dendai.Problems) {
	r := readCSV(data, cat, assessment.DefaultMaxSize, nil)
	return r.a, r.result()
}

// CheckCSV reads a CSV file as ReadCSV does and validates the assessment
// against cat as assessment.Validate does, in one call, as assessment.Check
// does for JSON. Validation problems are located in the CSV file by row and
// column too, at the cell of the value (or, for a missing response, at the
// table's heading row); a value ReadCSV refused is not reported again. All the
// problems come sorted by row, then column, and capped once: past
// dendai.MaxProblems, the marker counts every problem left out (those past
// the limit of assessment.Validate's own list count as one, since it says how
// many in its text only). Options set the size limit and the date of today.
// The assessment is nil when ReadCSV reads none.
func CheckCSV(cat *criteria.Catalog, data []byte, opts *assessment.Options) (*assessment.Assessment, dendai.Problems) {
	return checkCSV(cat, data, opts, nil)
}

// checkCSV is CheckCSV with the encoding of a file without a byte order mark
// given, or nil to tell it by content.
func checkCSV(cat *criteria.Catalog, data []byte, opts *assessment.Options, enc *Encoding) (*assessment.Assessment, dendai.Problems) {
	max := assessment.DefaultMaxSize
	if opts != nil && opts.MaxSize > 0 {
		max = opts.MaxSize
	}
	r := readCSV(data, cat, max, enc)
	if r.a != nil {
		r.validate(opts)
	}
	return r.a, r.result()
}

// validate adds the problems assessment.Validate finds, each at the cell of
// its value, except those at or under a value the reader refused: such a value
// reads as its zero value, which validation would report again.
func (r *csvReader) validate(opts *assessment.Options) {
	for _, p := range assessment.Validate(r.cat, r.a, opts) {
		if p.Code == dendai.CodeTooManyProblems {
			// Validate lists at most dendai.MaxProblems problems, then this
			// marker, which says how many it left out.
			r.more += p.More
			continue
		}
		if r.covered(p.Path) {
			continue
		}
		at := r.locate(p.Path)
		p.Line, p.Column = at.line, at.col
		r.problems = append(r.problems, p)
	}
}

// covered reports whether the reader refused the value at path, or a value
// that holds it.
func (r *csvReader) covered(path string) bool {
	if n, under, ok := r.responsePath(path); ok {
		for _, j := range r.missing {
			if under1(under, foldedPath(j)) {
				return true
			}
		}
		for j, c := range tableColumns {
			if r.refusedCols[n]&(1<<j) != 0 && under1(under, c.path) {
				return true
			}
		}
	}
	for path != "" {
		if r.refused[path] {
			return true
		}
		i := strings.LastIndexByte(path, '/')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return false
}

// under1 reports whether the JSON Pointer path is p or under it; an empty p
// holds nothing.
func under1(path, p string) bool {
	return p != "" && strings.HasPrefix(path, p) && (len(path) == len(p) || path[len(p)] == '/')
}

// responsePath splits a JSON Pointer to a value of a response read into the
// response's index and the pointer within it ("" for the response itself).
func (r *csvReader) responsePath(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "/responses/")
	if !ok {
		return 0, "", false
	}
	num, under, _ := strings.Cut(rest, "/")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 || n >= len(r.rows) || strconv.Itoa(n) != num {
		return 0, "", false
	}
	if under != "" {
		under = "/" + under
	}
	return n, under, true
}

// foldedPath returns the JSON Pointer, within a response, of the values whose
// problems a deleted column j folds in: the column's own value, or the whole
// remediation plan for one of its columns.
func foldedPath(j int) string {
	switch j {
	case colAction, colOwner, colDue:
		return "/remediation"
	}
	return tableColumns[j].path
}

// csvPlace is a cell of the CSV file: its row and column, from 1.
type csvPlace struct{ line, col int }

// csvReader reads the records of a CSV file into an assessment.
type csvReader struct {
	cat      *criteria.Catalog
	a        *assessment.Assessment
	problems dendai.Problems
	more     int // problems past dendai.MaxProblems, counted, not built
	// refused holds the JSON Pointers of the problems found, built or only
	// counted, for CheckCSV to leave out what they make redundant, but for
	// the values of responses: refusedCols has a bit set per response, bit j
	// for the value of column j. The maps hold a few entries whatever the
	// file's size.
	refused     map[string]bool
	refusedCols []uint16
	// places maps the JSON Pointer of each value above the table to its
	// cell; rows holds the row of each response, whose values are in the
	// cells cols says.
	places map[string]csvPlace
	rows   []int
	// cols maps the table's columns to the cells they are read from, -1
	// for a column deleted or a provenance column absent; set by headings.
	cols [allColumns]int
	// hasProvenance is whether the table has a provenance column
	// (needsReview or derivedFrom), and extraText then the message of a
	// cell outside the table's columns, which names them.
	hasProvenance bool
	extraText     i18n.Text
	// missing lists the columns deleted from the table.
	missing []int
	// encoding names the file's encoding; check is whether its cells may
	// hold bytes it cannot read, and badCells whether the row being read
	// does.
	encoding        string
	check, badCells bool
	// texts maps the criteria's texts to their IDs, "" for a text shared by
	// several; built on first use.
	texts map[string]criteria.ID
	// ids holds the row of the response to each criterion of the catalog,
	// by its index, 0 for none yet; made at the first row.
	ids []int
}

// csvRecord is a row of the CSV file with its row number.
type csvRecord struct {
	line int
	// cells are the first maxCells cells of the row.
	cells []string
	// width is the number of cells up to the last that is not blank, 0 for
	// a blank row; extra is the index of the first cell past maxCells that
	// is not blank, or -1.
	width, extra int
}

// fail records a problem of the reader, coded c, its message formatted with
// args.
func (r *csvReader) fail(at csvPlace, path string, id criteria.ID, c dendai.Code, args ...any) {
	r.failAt(at, headValue(path), id, c, args...)
}

// failAt records a problem of the value v, coded c, its message formatted
// with args.
func (r *csvReader) failAt(at csvPlace, v value, id criteria.ID, c dendai.Code, args ...any) {
	if r.keep(v) {
		r.add(at, v.pointer(), id, dendai.Problem{Code: c, Message: messages.Text(i18n.Key(c), args...)})
	}
}

// value is a value of the assessment: the value of column col of response
// resp, or when resp is negative the one at path ("" for none). The JSON
// Pointer of a response's value is built only for a problem built.
type value struct {
	resp, col int
	path      string
	// item is, for a derivation of the derivedFrom column, its index plus
	// one (0 for none), and field the pointer of its value within it ("" for
	// the derivation itself).
	item  int
	field string
}

// headValue is the value at path, "" for none.
func headValue(path string) value { return value{resp: -1, path: path} }

// responseValue is the value of column j of the n-th response.
func responseValue(n, j int) value { return value{resp: n, col: j} }

func (v value) pointer() string {
	if v.resp < 0 || v.path != "" {
		return v.path
	}
	p := "/responses/" + strconv.Itoa(v.resp) + tableColumns[v.col].path
	if v.item > 0 {
		p += "/" + strconv.Itoa(v.item-1) + v.field
	}
	return p
}

// keep notes a problem of v and reports whether to build it. Past
// dendai.MaxProblems (and the one more that tells Cap the list is long),
// problems are counted, not built, to bound the memory a hostile file can
// take.
func (r *csvReader) keep(v value) bool {
	switch {
	case v.path == "" && v.resp >= 0:
		r.refusedCols[v.resp] |= 1 << v.col
	case v.path != "":
		r.refused[v.path] = true
	}
	if len(r.problems) > dendai.MaxProblems {
		r.more++
		return false
	}
	return true
}

// add records p at a cell, with the JSON Pointer and criterion of its value.
func (r *csvReader) add(at csvPlace, path string, id criteria.ID, p dendai.Problem) {
	p.Path, p.Line, p.Column, p.Criterion = path, at.line, at.col, string(id)
	r.problems = append(r.problems, p)
}

// result returns the problems sorted by row and column, capped at
// dendai.MaxProblems.
func (r *csvReader) result() dendai.Problems {
	ps := r.problems
	slices.SortStableFunc(ps, func(a, b dendai.Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return ps.Cap(r.more)
}

// locate returns the cell of the value at a JSON Pointer, or of the nearest
// value above it.
func (r *csvReader) locate(path string) csvPlace {
	if n, under, ok := r.responsePath(path); ok {
		line := r.rows[n]
		for j, c := range tableColumns {
			if k := r.cols[j]; k >= 0 && under1(under, c.path) {
				return csvPlace{line, k + 1}
			}
		}
		if k := r.cols[colAction]; k >= 0 && under1(under, "/remediation") {
			return csvPlace{line, k + 1}
		}
		return csvPlace{line, 1}
	}
	for {
		if at, ok := r.places[path]; ok {
			return at
		}
		i := strings.LastIndexByte(path, '/')
		if i < 0 {
			return csvPlace{}
		}
		path = path[:i]
	}
}

// at records the cell of the value at path, above the table, and of the
// values above it that have no cell of their own yet.
func (r *csvReader) at(path string, p csvPlace) {
	r.places[path] = p
	for i := strings.LastIndexByte(path, '/'); i > 0; i = strings.LastIndexByte(path, '/') {
		path = path[:i]
		if _, ok := r.places[path]; !ok {
			r.places[path] = p
		}
	}
}

func readCSV(data []byte, cat *criteria.Catalog, max int, enc *Encoding) *csvReader {
	r := &csvReader{cat: cat, places: map[string]csvPlace{}, refused: map[string]bool{}}
	if t := foreignType(data); t != notForeign {
		r.problems = dendai.Problems{foreignProblem(t)}
		return r
	}
	if len(data) > max {
		r.problems = dendai.Problems{dendai.TooLarge(max)}
		return r
	}
	sc, ok := r.scanner(data, enc)
	if !ok {
		return r
	}
	each := func(f func(csvRecord)) *scanError { return r.scan(sc, f) }
	left := func() int { return strings.Count(sc.text[sc.pos:], "\n") + 1 }
	if err := r.assessment(each, left); err != nil {
		// Not well-formed CSV: no assessment, and only the problems of the
		// bytes before the error, found again, and the error.
		*r = csvReader{cat: cat, places: map[string]csvPlace{}, refused: map[string]bool{}, encoding: r.encoding, check: r.check}
		sc.pos, sc.line = 0, 1
		r.scan(sc, func(csvRecord) {})
		key := CodeQuote
		if err.bare {
			key = CodeBareQuote
		}
		r.fail(csvPlace{err.line, err.col}, "", "", key)
	}
	return r
}

// scanner decodes the file and returns a scanner of its records, numbered as
// a spreadsheet numbers its rows: empty lines count.
func (r *csvReader) scanner(data []byte, enc *Encoding) (*csvScanner, bool) {
	var text string
	sc := &csvScanner{comma: ',', line: 1}
	bom := bytes.HasPrefix(data, []byte(byteOrderMark)) || utf16Encoding(data) != nil
	if !bom && enc == nil && utf8.Valid(data) {
		text = string(data)
		var ok bool
		if enc, ok = r.settle(data, text); !ok {
			return nil, false
		}
		if enc == nil {
			sc.text, r.encoding = text, "UTF-8"
			return sc, true
		}
	}
	switch {
	case !bom && enc != nil && *enc == UTF8BOM:
		if text == "" { // not made above: the encoding was given
			text = string(data)
		}
		r.encoding = "UTF-8"
		r.check = true
	case !bom && enc != nil && *enc == ShiftJIS:
		text, _ = decode(japanese.ShiftJIS.NewDecoder(), data)
		r.encoding = "Shift_JIS"
		r.check = true
	case bytes.HasPrefix(data, []byte(byteOrderMark)):
		text, r.encoding = string(data[len(byteOrderMark):]), "UTF-8"
		r.check = true
	case utf16Encoding(data) != nil:
		// What Excel saves as Unicode text: UTF-16 with a byte order mark,
		// its cells separated by tabs. The decoder reads what it cannot
		// decode as U+FFFD.
		text, _ = decode(utf16Encoding(data).NewDecoder(), data)
		r.encoding = utf16Name(data)
		sc.comma = byte(separator(text))
		r.check = true
	case utf8.Valid(data):
		text, r.encoding = string(data), "UTF-8"
	case badUTF8(data) < badShiftJIS(data):
		// Valid in neither encoding, and UTF-8 but for fewer bytes: a
		// UTF-8 file with a few bad bytes, each a problem at its cell.
		text, r.encoding = string(data), "UTF-8"
		r.check = true
	default:
		b, err := decode(japanese.ShiftJIS.NewDecoder(), data)
		if err != nil {
			r.fail(csvPlace{}, "", "", CodeInvalidBytes, "Shift_JIS")
			return nil, false
		}
		text, r.encoding = b, "Shift_JIS"
		r.check = true
	}
	sc.text = text
	return sc, true
}

// settle tells the encoding of data, valid UTF-8 without a byte order mark
// (text is data as a string),
// when it is also valid Shift_JIS with another text: nil when it is not (it
// is UTF-8), and otherwise the encoding whose reading reproduces the text
// dendai knows, if the evidence names exactly one. When it names none, or
// both, settle records the problem at the first cell whose two readings
// differ and reports false.
//
// ASCII reads the same in both encodings, and separators, quotes and line
// ends are ASCII (a Shift_JIS trail byte is 0x40 or more), so both readings
// have the same cells; they part at the first byte that is not ASCII. The
// known text is that of the form as WriteCSV writes it, in either language:
// the labels in column A of the header block, the title and the
// instructions, the table's headings, the catalog's group titles and
// criterion texts, and the labels of the statuses and states. A cell is
// evidence for an encoding when its reading in that encoding is known text
// and its reading in the other is not. A file that does not start with the
// format cell is no dendai form: it is read as UTF-8, to be refused as such.
func (r *csvReader) settle(data []byte, text string) (*Encoding, bool) {
	at := slices.IndexFunc(data, func(b byte) bool { return b >= utf8.RuneSelf })
	if at < 0 || !shiftJISShaped(data[at:]) {
		return nil, true
	}
	if !shiftJISReads(data[at:]) {
		return nil, true
	}
	sc := &csvScanner{text: text, comma: ',', line: 1}
	var rec csvRecord
	var first struct { // the first cell whose readings differ
		at          csvPlace
		utf8, shift string
		found       bool
	}
	known, longest := r.knownTexts()
	inUTF8, inShiftJIS := false, false
	form := 0 // 1 once the format cell is read, -1 when the file is no form
	for form >= 0 && !(inUTF8 && inShiftJIS) {
		// Cells are weighed as they are scanned: those before a syntax
		// error count too.
		ok, _ := sc.next(&rec, func(j int, c cellSpan) {
			u := sc.text[c.start:c.end]
			if form == 0 && !blankSpan(sc.text, c) {
				form = -1
				if j == 0 && strings.TrimSpace(u) == assessment.Format {
					form = 1
				}
			}
			if form < 0 || !hasNonASCII(u) {
				return
			}
			if !first.found {
				// Both readings differ, as the cell is not ASCII; the
				// message quotes their first characters.
				s, _ := japanese.ShiftJIS.NewDecoder().String(u[:min(len(u), 4*clipLength)])
				first.at, first.utf8, first.shift, first.found = csvPlace{rec.line, j + 1}, u, s, true
			}
			if len(u) > longest {
				// No known text in either reading: a Shift_JIS text is
				// no shorter in UTF-8.
				return
			}
			if c.quoted {
				u = strings.ReplaceAll(u, `""`, `"`)
			}
			s, _ := japanese.ShiftJIS.NewDecoder().String(u)
			_, ku := known[strings.TrimSpace(u)]
			_, ks := known[strings.TrimSpace(s)]
			inUTF8 = inUTF8 || ku && !ks
			inShiftJIS = inShiftJIS || ks && !ku
		})
		if !ok {
			break
		}
	}
	if form < 0 {
		return nil, true // no dendai form
	}
	switch {
	case inUTF8 && !inShiftJIS:
		e := UTF8BOM
		return &e, true
	case inShiftJIS && !inUTF8:
		e := ShiftJIS
		return &e, true
	case !first.found:
		// A syntax error before the first cell whose readings differ: the
		// file is refused for it, and the cells before it read the same in
		// both encodings.
		return nil, true
	}
	r.fail(first.at, "", "", CodeAmbiguousEncoding, clip(first.utf8), clip(first.shift))
	return nil, false
}

// hasNonASCII reports whether s has a byte that is not ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// knownTexts returns the texts of the CSV form of r.cat that dendai writes
// itself, in both languages, for settle to weigh the readings of a file, and
// the length of the longest.
func (r *csvReader) knownTexts() (map[string]struct{}, int) {
	known := map[string]struct{}{}
	longest := 0
	add := func(s string) {
		if s = strings.TrimSpace(s); hasNonASCII(s) {
			known[s] = struct{}{}
			longest = max(longest, len(s))
		}
	}
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		add(messages.Sprintf(l, keyTitle, r.cat.Title().In(l)))
		add(messages.Sprintf(l, keyFieldInstructions))
		add(messages.Sprintf(l, keyInstructions))
		for _, f := range headerFields {
			add(messages.Sprintf(l, f.label))
		}
		for _, c := range tableColumns {
			add(messages.Sprintf(l, c.label))
		}
		for _, st := range assessment.Statuses() {
			add(st.Label().In(l))
		}
		for _, st := range []assessment.State{assessment.Draft, assessment.Submitted} {
			add(st.Label().In(l))
		}
	}
	for g := range r.cat.AllGroups() {
		add(g.Title().JA)
		add(g.Title().EN)
	}
	for _, cr := range r.cat.All() {
		add(cr.Text().JA)
		add(cr.Text().EN)
	}
	return known, longest
}

// badUTF8 returns the number of bytes of data that are not UTF-8.
func badUTF8(data []byte) int {
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		data = data[size:]
	}
	return n
}

// badShiftJIS returns the number of characters of data that are not
// Shift_JIS (CP932), or len(data)+1 when the decoder stops.
func badShiftJIS(data []byte) int {
	n := 0
	_, err := transformed(japanese.ShiftJIS.NewDecoder(), data, func(b []byte) {
		n += bytes.Count(b, []byte("\uFFFD"))
	})
	if err != nil {
		return len(data) + 1
	}
	return n
}

// shiftJISReads reports whether data, which is not all ASCII, decodes as
// Shift_JIS (CP932) with every character defined, and so to another text. It
// holds none of the text.
func shiftJISReads(data []byte) bool {
	ok := true
	_, err := transformed(japanese.ShiftJIS.NewDecoder(), data, func(b []byte) {
		ok = ok && !bytes.ContainsRune(b, utf8.RuneError)
	})
	return ok && err == nil
}

// decode decodes data with t into a string of the exact size: the text is
// decoded twice, once to measure it, rather than grown and copied. On an
// error, the string is the text decoded before it.
func decode(t transform.Transformer, data []byte) (string, error) {
	n, err := transformed(t, data, func([]byte) {})
	var b strings.Builder
	b.Grow(n)
	transformed(t, data, func(p []byte) { b.Write(p) })
	return b.String(), err
}

// transformed runs t over data, calling out with each piece of its output,
// and returns the output's length and the error that stopped it, if any.
func transformed(t transform.Transformer, data []byte, out func([]byte)) (int, error) {
	t.Reset()
	var buf [4096]byte
	total := 0
	for len(data) > 0 {
		n, m, err := t.Transform(buf[:], data, true)
		out(buf[:n])
		total += n
		data = data[m:]
		if err != nil && !errors.Is(err, transform.ErrShortDst) {
			return total, err
		}
		if n == 0 && m == 0 {
			return total, transform.ErrShortDst // not reached: a character fits the buffer
		}
	}
	return total, nil
}

// shiftJISShaped reports whether every byte of data is in its place in
// Shift_JIS (CP932): ASCII, a half-width katakana, or a lead byte followed by
// a trail byte. It is a quick test before decoding, which tells whether the
// characters are defined.
func shiftJISShaped(data []byte) bool {
	for i := 0; i < len(data); i++ {
		switch b := data[i]; {
		case b < 0x80, 0xa1 <= b && b <= 0xdf:
		case 0x81 <= b && b <= 0x9f, 0xe0 <= b && b <= 0xfc:
			i++
			if i == len(data) || data[i] < 0x40 || data[i] == 0x7f || data[i] > 0xfc {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// clipLength is the most characters of a cell a message quotes.
const clipLength = 40

// clip cuts a cell's text to clipLength characters for a message, ending in
// "…" when cut.
func clip(s string) string {
	n := 0
	for i := range s {
		if n == clipLength {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// scan reads the records of sc, calling f with each, and returns the syntax
// error that ends them, if any. Cells come out valid UTF-8, with neutralised
// formulas restored; a cell of bytes its encoding cannot read is a problem.
func (r *csvReader) scan(sc *csvScanner, f func(csvRecord)) *scanError {
	// The Shift_JIS and UTF-16 decoders read what they cannot decode as
	// U+FFFD, which neither encoding can encode.
	bad := func(s string) bool { return strings.ContainsRune(s, utf8.RuneError) }
	if r.encoding == "UTF-8" {
		bad = func(s string) bool { return !utf8.ValidString(s) }
	}
	var rec csvRecord
	for {
		ok, err := sc.next(&rec, func(j int, c cellSpan) {
			if r.check && bad(sc.text[c.start:c.end]) {
				r.fail(csvPlace{rec.line, j + 1}, "", "", CodeInvalidBytes, r.encoding)
				r.badCells = true
			}
		})
		if !ok {
			return err
		}
		if r.badCells {
			for j, c := range rec.cells {
				rec.cells[j] = strings.ToValidUTF8(c, "\uFFFD")
			}
			r.badCells = false
		}
		for j, c := range rec.cells {
			rec.cells[j] = restoreFormula(normaliseLineBreaks(c))
		}
		f(rec)
	}
}

// blankRow reports whether every cell of a row is empty or white space.
func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// cellAt returns the j-th cell of a row, or "" if the row is shorter.
func cellAt(cells []string, j int) string {
	if j < len(cells) {
		return cells[j]
	}
	return ""
}

// extraCells reports the first non-blank cell beyond the first n of a row.
func (r *csvReader) extraCells(rec csvRecord, n int) {
	for j := n; j < len(rec.cells); j++ {
		if strings.TrimSpace(rec.cells[j]) != "" {
			r.fail(csvPlace{rec.line, j + 1}, "", "", CodeExtraCell, n)
			return
		}
	}
	if rec.extra >= 0 {
		r.fail(csvPlace{rec.line, rec.extra + 1}, "", "", CodeExtraCell, n)
	}
}

// assessment reads the records each gives (the rows of a CSV file or of a
// workbook's sheets) into r.a; left bounds the number of rows not yet given.
// It returns the syntax error that ends them, if any.
func (r *csvReader) assessment(each func(f func(csvRecord)) *scanError, left func() int) *scanError {
	var seen map[string]int // header keys read, with their rows
	table := 0              // the row of the table's headings
	last := 0               // the last non-blank row
	// state is 0 before the first non-blank row, 1 after it, and -1 when that
	// row is not a template's: rows may be numbered from below 1 (a
	// workbook's cover), so last cannot tell.
	state := 0
	err := each(func(rec csvRecord) {
		if rec.width == 0 {
			return
		}
		switch {
		case state == 0:
			last, state = rec.line, 1
			if f := strings.TrimSpace(rec.cells[0]); f != assessment.Format {
				r.fail(csvPlace{rec.line, 1}, "/format", "", CodeFormat, f)
				state = -1
				return
			}
			r.a = &assessment.Assessment{}
			seen = map[string]int{}
			r.at("", csvPlace{rec.line, 1})
			r.at("/format", csvPlace{rec.line, 1})
			r.extraCells(rec, headerCells)
		case state < 0:
			// Not a dendai template: the rest is not read.
		case table > 0:
			last = rec.line
			r.response(rec)
		case isTableHeading(rec.cells):
			last, table = rec.line, rec.line
			r.at("/responses", csvPlace{rec.line, 1})
			r.headings(rec)
			// A row per criterion, as the template has, at most one per
			// line left: the responses are allocated once, not grown.
			n := min(left(), r.cat.Len())
			r.a.Responses = make([]assessment.Response, 0, n)
			r.rows = make([]int, 0, n)
			r.refusedCols = make([]uint16, 0, n)
		default:
			last = rec.line
			r.header(rec, seen)
		}
	})
	if err != nil {
		return err
	}
	if state <= 0 {
		if state == 0 {
			r.fail(csvPlace{}, "", "", CodeEmpty)
		}
		return nil
	}
	end := table
	if table == 0 {
		end = last
		r.fail(csvPlace{last, 1}, "/responses", "", CodeMissingTable)
	}
	for _, f := range headerFields {
		if _, ok := seen[f.key]; !ok {
			if _, ok := r.places[f.path]; !ok {
				r.at(f.path, csvPlace{end, 2})
			}
			r.fail(csvPlace{end, 2}, f.path, "", CodeMissingField, f.key)
		}
	}
	return nil
}

// isIDHeading reports whether a first cell is the heading of the ID column, which
// starts the table.
func isIDHeading(s string) bool {
	f := i18n.Fold(s)
	return f == tableColumns[colID].key || f == i18n.Fold(messages.Sprintf(i18n.Japanese, keyColumnID)) ||
		f == i18n.Fold(messages.Sprintf(i18n.English, keyColumnID))
}

// isTableHeading reports whether a row is the table's heading row: its first
// cell is the ID column's heading, or it has the headings of most of the
// template's columns in order (when the ID column was deleted or renamed).
func isTableHeading(cells []string) bool {
	if isIDHeading(cellAt(cells, colID)) {
		return true
	}
	n := 0
	// The template's columns alone: rows before the table are tried
	// against them, and pay nothing for the provenance columns.
	cols := matchFirstColumns(cells, numColumns)
	for _, k := range cols[:numColumns] {
		if k >= 0 {
			n++
		}
	}
	return n > numColumns/2
}

// isHeading reports whether a cell is the heading of a column of the table:
// in either language, with or without the note in parentheses, or its key.
func isHeading(cell string, c tableColumn) bool {
	f := headingText(cell)
	return f == headingText(c.key) || f == headingText(messages.Sprintf(i18n.Japanese, c.label)) ||
		f == headingText(messages.Sprintf(i18n.English, c.label))
}

// matchColumns finds the table's columns among the cells of a heading row:
// for each of the template's columns, in order, the index of the first cell
// after the previous column's that bears its heading, or -1; and for each
// provenance column, the first cell after the template's columns found that
// bears its heading, or -1, so that they may come in either order.
func matchColumns(cells []string) [allColumns]int { return matchFirstColumns(cells, allColumns) }

// matchFirstColumns is matchColumns for the first n columns of the table;
// the others are -1.
func matchFirstColumns(cells []string, n int) [allColumns]int {
	var cols [allColumns]int
	for j := range cols {
		cols[j] = -1
	}
	next := 0
	for j, c := range tableColumns[:min(n, numColumns)] {
		for k := next; k < len(cells); k++ {
			if isHeading(cells[k], c) {
				cols[j], next = k, k+1
				break
			}
		}
	}
	for j := numColumns; j < n; j++ {
		for k := next; k < len(cells); k++ {
			if isHeading(cells[k], tableColumns[j]) {
				cols[j] = k
				break
			}
		}
	}
	return cols
}

// headings checks the table's headings and sets the cells the columns are
// read from. A column renamed in place is one problem, and its values are
// read. A column deleted is one problem, and the values in it are blank
// without further problems: the consequences in every row (a blank status,
// a blank reason and so on) are folded into it. Any other change to the
// columns (added, reordered, several renamed together) is a problem at each
// heading that is not the template's, and the values are read by position.
func (r *csvReader) headings(rec csvRecord) {
	defer r.extraTableCells(rec)
	cols := matchColumns(rec.cells)
	width := rec.width
	type gap struct{ col, at int } // a column not found, and the cell it should be at
	var renamed, missing []gap
	used, ambiguous := 0, false
	for j := range tableColumns {
		if cols[j] >= 0 {
			used++
			continue
		}
		if j >= numColumns {
			continue // a provenance column, which a table need not have
		}
		// The cells between the columns found around it; past the last of
		// the template's columns found, the first provenance column found
		// (in either order) or the end of the row.
		prev, next := -1, width
		for k := j - 1; k >= 0; k-- {
			if cols[k] >= 0 {
				prev = cols[k]
				break
			}
		}
		for _, k := range cols[numColumns:] {
			if k >= 0 {
				next = min(next, k)
			}
		}
		for k := j + 1; k < numColumns; k++ {
			if cols[k] >= 0 {
				next = cols[k]
				break
			}
		}
		switch next - prev - 1 {
		case 0:
			missing = append(missing, gap{j, prev + 1})
		case 1:
			renamed = append(renamed, gap{j, prev + 1})
			used++
		default:
			ambiguous = true // several cells where one column should be
		}
	}
	if ambiguous || used != width {
		// Columns added, reordered or renamed beyond recognition: say so at
		// each heading, and read by position.
		for j, c := range tableColumns[:numColumns] {
			if got := cellAt(rec.cells, j); !isHeading(got, c) {
				r.fail(csvPlace{rec.line, j + 1}, "", "", CodeColumnHeading, j+1, c.label, got)
			}
		}
		for j := range r.cols[:numColumns] {
			r.cols[j] = j
		}
		// The provenance columns are read where their headings are, past
		// the template's columns.
		for j := numColumns; j < allColumns; j++ {
			if cols[j] < numColumns {
				cols[j] = -1
			}
			r.cols[j] = cols[j]
		}
		r.setProvenance()
		return
	}
	for _, g := range renamed {
		cols[g.col] = g.at
		r.fail(csvPlace{rec.line, g.at + 1}, "", "", CodeColumnHeading, g.at+1, tableColumns[g.col].label, cellAt(rec.cells, g.at))
	}
	for _, g := range missing {
		path := ""
		if g.col == colID {
			path = "/responses" // no row can be told apart: every problem of the responses is folded in
		}
		r.missing = append(r.missing, g.col)
		r.fail(csvPlace{rec.line, g.at + 1}, path, "", CodeMissingColumn, rec.line, tableColumns[g.col].label)
	}
	r.cols = cols
	r.setProvenance()
}

// setProvenance sets whether the table has provenance columns from the
// columns found, and, when it has, the message of a cell beyond them.
func (r *csvReader) setProvenance() {
	var found []int // the provenance columns, in the table's order
	for j := numColumns; j < allColumns; j++ {
		if r.cols[j] >= 0 {
			found = append(found, j)
		}
	}
	if len(found) == 0 {
		return
	}
	r.hasProvenance = true
	slices.SortFunc(found, func(a, b int) int { return cmp.Compare(r.cols[a], r.cols[b]) })
	text := func(l i18n.Lang) string {
		names := make([]any, len(found))
		for i, j := range found {
			names[i] = messages.Sprintf(l, tableColumns[j].label)
		}
		key := keyProvenanceColumn
		if len(found) > 1 {
			key = keyProvenanceColumns
		}
		return messages.Sprintf(l, keyExtraTableCell, numColumns, messages.Sprintf(l, key, names...))
	}
	r.extraText = i18n.Text{JA: text(i18n.Japanese), EN: text(i18n.English)}
}

// extraTableCells reports the first non-blank cell of a row of the table
// beyond the template's columns that is not a provenance column.
func (r *csvReader) extraTableCells(rec csvRecord) {
	if !r.hasProvenance {
		r.extraCells(rec, numColumns)
		return
	}
	j := numColumns
	for ; j < len(rec.cells); j++ {
		if j != r.cols[colNeedsReview] && j != r.cols[colDerivedFrom] && strings.TrimSpace(rec.cells[j]) != "" {
			break
		}
	}
	if j >= len(rec.cells) {
		j = rec.extra // the first cell past those kept, or -1
	}
	if j >= 0 && r.keep(headValue("")) {
		r.add(csvPlace{rec.line, j + 1}, "", "", dendai.Problem{Code: CodeExtraCell, Message: r.extraText})
	}
}

// headingText folds a heading for comparison and drops a note in parentheses
// at its end: 改善期限（YYYY-MM-DD） and 改善期限 are the same heading.
func headingText(s string) string {
	f := i18n.Fold(s) // full-width parentheses become ASCII ones
	if strings.HasSuffix(f, ")") {
		if i := strings.LastIndexByte(f, '('); i > 0 {
			f = strings.TrimSpace(f[:i])
		}
	}
	return f
}

// header reads a row of the header block.
func (r *csvReader) header(rec csvRecord, seen map[string]int) {
	defer r.extraCells(rec, headerCells)
	key := strings.TrimSpace(cellAt(rec.cells, 1))
	if strings.EqualFold(key, instructionsKey) || strings.EqualFold(key, formatKey) {
		return // no value of the assessment; the format was checked on the first row
	}
	i := slices.IndexFunc(headerFields[:], func(f headerField) bool { return strings.EqualFold(f.key, key) })
	if i < 0 {
		r.fail(csvPlace{rec.line, 2}, "", "", CodeUnknownField, key)
		return
	}
	f := headerFields[i]
	if line, dup := seen[f.key]; dup {
		r.fail(csvPlace{rec.line, 2}, "", "", CodeDuplicateField, f.key, line)
		return
	}
	seen[f.key] = rec.line
	at := csvPlace{rec.line, 3}
	r.at(f.path, at)
	v := cellAt(rec.cells, 2)
	a := r.a
	switch f.key {
	case "catalog":
		a.Catalog = criteria.ID(strings.TrimSpace(v))
	case "catalogVersion":
		a.CatalogVersion = strings.TrimSpace(v)
	case "state":
		a.State = parseCSVState(v)
	case "assessedOn":
		a.AssessedOn = parseCSVValue(r, v, at, headValue(f.path), "", lookupCSVDate, assessment.ParseDate)
	case "subject.name.ja":
		a.Subject.Name.JA = v
	case "subject.name.en":
		a.Subject.Name.EN = v
	case "subject.corporateNumber":
		a.Subject.CorporateNumber = parseCSVValue(r, v, at, headValue(f.path), "", nil, assessment.ParseCorporateNumber)
	case "subject.registrationNumber":
		a.Subject.RegistrationNumber = parseCSVValue(r, v, at, headValue(f.path), "", nil, assessment.ParseRegistrationNumber)
	case "assessor.name":
		a.Assessor.Name = v
	case "assessor.organization":
		a.Assessor.Organization = v
	case "assessor.email":
		a.Assessor.Email = strings.TrimSpace(v)
	}
}

// parseCSVState reads a state as assessment.ParseState does: draft or
// submitted, or their labels in either language. Anything else is kept as
// written, for validation to report.
func parseCSVState(s string) assessment.State {
	if st, err := assessment.ParseState(s); err == nil {
		return st
	}
	return assessment.State(s)
}

// parseCSVValue parses a cell with parse, recording a failure as the problem
// the parser describes. When lookup is not nil, it reads the cell first
// without building an error, and parse is called only for a problem to be
// built: past the cap, a refused value costs no memory. A blank cell is the
// zero value, as in the blank template.
func parseCSVValue[T any](r *csvReader, s string, at csvPlace, v value, id criteria.ID, lookup func(string) (T, bool), parse func(string) (T, error)) T {
	var zero T
	s = strings.TrimSpace(s)
	if s == "" {
		return zero
	}
	if lookup == nil {
		lookup = func(s string) (T, bool) { x, err := parse(s); return x, err == nil }
	}
	if x, ok := lookup(s); ok {
		return x
	}
	if !r.keep(v) {
		return zero
	}
	x, err := parse(s) // the problem to build
	if err == nil {
		return x // not reached: lookup reads what parse reads
	}
	r.add(at, v.pointer(), id, valueProblem(err, s))
	return zero
}

// valueProblem returns the problem of a value s that one of package
// assessment's parsers refused with err, with the code and message the parser
// gave it.
func valueProblem(err error, s string) dendai.Problem {
	if e, ok := errors.AsType[*dendai.Error](err); ok && len(e.Problems) > 0 {
		return dendai.Problem{Code: e.Problems[0].Code, Message: e.Problems[0].Message}
	}
	// Not reached: assessment's parsers return a *dendai.Error. Say what is
	// known, in the code assessment gives a value it cannot read.
	return dendai.Problem{Code: assessment.CodeValueInvalid, Message: i18n.Text{JA: err.Error(), EN: err.Error()}}
}

// lookupCSVDate reads a date as assessment.ParseDate does, YYYY-MM-DD, and
// also as Excel rewrites it in Japan: 2026/11/1. It builds no error, for the
// reader to count problems past the cap without building them.
func lookupCSVDate(s string) (assessment.Date, bool) {
	sep, short := byte('-'), false // short: the month and day may have one digit
	if strings.IndexByte(s, '/') >= 0 {
		sep, short = '/', true
	}
	var n [3]int
	for i := range n {
		p := s
		if i < 2 {
			k := strings.IndexByte(s, sep)
			if k < 0 {
				return assessment.Date{}, false
			}
			p, s = s[:k], s[k+1:]
		}
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want && (!short || i == 0 || len(p) != 1) {
			return assessment.Date{}, false
		}
		for k := 0; k < len(p); k++ {
			if p[k] < '0' || p[k] > '9' {
				return assessment.Date{}, false
			}
			n[i] = n[i]*10 + int(p[k]-'0')
		}
	}
	return assessment.NewDate(n[0], time.Month(n[1]), n[2])
}

// criterionByText returns the criterion whose text, in either language, is s.
func (r *csvReader) criterionByText(s string) (criteria.ID, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if r.texts == nil {
		r.texts = make(map[string]criteria.ID, 2*r.cat.Len())
		add := func(t string, id criteria.ID) {
			if t = strings.TrimSpace(t); t == "" {
				return
			}
			if other, dup := r.texts[t]; dup && other != id {
				id = ""
			}
			r.texts[t] = id
		}
		for _, cr := range r.cat.All() {
			add(cr.Text().JA, cr.ID())
			add(cr.Text().EN, cr.ID())
		}
	}
	id := r.texts[s]
	return id, id != ""
}

// response reads a row of the table.
func (r *csvReader) response(rec csvRecord) {
	defer r.extraTableCells(rec)
	n := len(r.a.Responses)
	get := func(j int) string {
		if r.cols[j] < 0 {
			return ""
		}
		return cellAt(rec.cells, r.cols[j])
	}

	id := criteria.ID(strings.TrimSpace(get(colID)))
	i, known := r.cat.Index(id)
	if !known {
		if byText, ok := r.criterionByText(get(colText)); ok {
			id = byText
			i, known = r.cat.Index(id)
		}
	}
	if !known && r.cols[colID] < 0 {
		// The ID column was deleted and the text is no criterion's: the
		// problem of the column says it.
		return
	}
	r.rows = append(r.rows, rec.line)
	r.refusedCols = append(r.refusedCols, 0)
	line := 0 // the row that answered the criterion before, if any
	if known {
		if r.ids == nil {
			r.ids = make([]int, r.cat.Len())
		}
		line = r.ids[i]
	}
	idAt := csvPlace{rec.line, max(r.cols[colID], 0) + 1}
	switch dup := line > 0; {
	case id == "":
		r.failAt(idAt, responseValue(n, colID), id, CodeMissingCriterion)
	case !known:
		r.failAt(idAt, responseValue(n, colID), id, CodeUnknownCriterion, string(r.cat.ID()), string(id))
	case dup:
		r.failAt(idAt, responseValue(n, colID), id, CodeDuplicateRow, string(id), line)
	default:
		r.ids[i] = rec.line
	}

	resp := assessment.Response{Criterion: id}
	resp.Status = parseCSVValue(r, get(colStatus), csvPlace{rec.line, r.cols[colStatus] + 1}, responseValue(n, colStatus), id, assessment.LookupStatus, assessment.ParseStatus)
	resp.Justification = get(colJustification)
	var lines int
	resp.Evidence, lines = parseEvidence(get(colEvidence))
	r.tooManyLines(csvPlace{rec.line, r.cols[colEvidence] + 1}, n, colEvidence, id, lines)
	resp.Comment = get(colComment)
	rem := assessment.Remediation{Action: get(colAction), Owner: get(colOwner)}
	problems := len(r.problems)
	rem.Due = parseCSVValue(r, get(colDue), csvPlace{rec.line, r.cols[colDue] + 1}, responseValue(n, colDue), id, lookupCSVDate, assessment.ParseDate)
	if rem.Action != "" || rem.Owner != "" || rem.Due.IsValid() || len(r.problems) > problems {
		resp.Remediation = &rem
	}
	if r.hasProvenance {
		r.provenance(rec, n, &resp)
	}
	r.a.Responses = append(r.a.Responses, resp)
}
