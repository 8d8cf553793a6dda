package spreadsheet

import "strings"

// maxCells is the most cells of a row the reader keeps, of a CSV file and of
// a workbook's sheet: the template's rows have at most allColumns (with the
// provenance columns), and a row may have some more (columns added) for the
// reader to say so, or to find the provenance columns where their headings
// are. Past maxCells, a row's cells are scanned, not kept:
// a row of millions of commas takes no more memory than a row of ten.
const maxCells = 4 * numColumns

// csvScanner splits decoded CSV text into records as encoding/csv does
// (RFC 4180, with LF or CR LF line ends, empty lines skipped, a bare quote in
// an unquoted cell an error), one record at a time, without copying the text:
// a cell is a substring of the text unless it has a doubled quote.
type csvScanner struct {
	text  string
	comma byte
	pos   int // the offset of the next record
	// line is the row at pos, from 1, as a spreadsheet numbers rows: a
	// record is a row, whatever line breaks its cells hold, and so is an
	// empty line.
	line  int
	cells [maxCells]string
}

// scanError is a CSV syntax error: the row it starts in, the cell (from 1)
// and whether it is a bare quote (or else a quote not closed or followed by
// text).
type scanError struct {
	line, col int
	bare      bool
}

// cellSpan is a cell of the text: its raw bytes, without surrounding quotes,
// and whether doubled quotes in it are yet to be undone.
type cellSpan struct {
	start, end int
	quoted     bool
}

// next reads the next record into rec, calling cell with the span of each
// cell read (for the reader to check its bytes). It returns false at the end
// of the text or at a syntax error, which it returns.
func (s *csvScanner) next(rec *csvRecord, cell func(j int, c cellSpan)) (bool, *scanError) {
	t := s.text
	// Skip empty lines: LF, or CR LF.
	for s.pos < len(t) {
		switch {
		case t[s.pos] == '\n':
			s.pos++
		case t[s.pos] == '\r' && s.pos+1 < len(t) && t[s.pos+1] == '\n':
			s.pos += 2
		default:
			goto record
		}
		s.line++
	}
	return false, nil
record:
	rec.line, rec.width, rec.extra = s.line, 0, -1
	n := 0 // cells read
	i := s.pos
	nl := -1 // the offset of the next LF at or after i, or len(t); -1 when not known
	for {
		var c cellSpan
		end := false // the cell ends the record
		if i < len(t) && t[i] == '"' {
			c = cellSpan{start: i + 1, quoted: true}
			j := i + 1
			for {
				k := strings.IndexByte(t[j:], '"')
				if k < 0 {
					return false, &scanError{line: rec.line, col: n + 1}
				}
				j += k + 1
				if j < len(t) && t[j] == '"' {
					j++ // a doubled quote
					continue
				}
				c.end = j - 1
				break
			}
			switch {
			case j == len(t):
				end, i = true, j
			case t[j] == s.comma:
				i = j + 1
			case t[j] == '\n':
				end, i = true, j+1
			case t[j] == '\r' && (j+1 == len(t) || t[j+1] == '\n'):
				end, i = true, min(j+2, len(t))
			default:
				return false, &scanError{line: rec.line, col: n + 1}
			}
		} else {
			if nl < i {
				// The line end is looked for once per line, not once per
				// cell: a line of a million commas is read in linear time.
				nl = len(t)
				if k := strings.IndexByte(t[i:], '\n'); k >= 0 {
					nl = i + k
				}
			}
			k := strings.IndexByte(t[i:nl], s.comma)
			switch {
			case k >= 0:
				c = cellSpan{start: i, end: i + k}
				i += k + 1
			case nl < len(t):
				c, end = cellSpan{start: i, end: nl}, true
				i = nl + 1
			default:
				c, end = cellSpan{start: i, end: len(t)}, true
				i = len(t)
			}
			// A CR before the line end (or the end of the text) belongs to
			// the line end, not the cell.
			if end && c.end > c.start && t[c.end-1] == '\r' {
				c.end--
			}
			if strings.IndexByte(t[c.start:c.end], '"') >= 0 {
				return false, &scanError{line: rec.line, col: n + 1, bare: true}
			}
		}
		cell(n, c)
		if !blankSpan(t, c) {
			rec.width = n + 1
			if n >= maxCells && rec.extra < 0 {
				rec.extra = n
			}
		}
		if n < maxCells {
			v := t[c.start:c.end]
			if c.quoted && strings.Contains(v, `""`) {
				v = strings.ReplaceAll(v, `""`, `"`)
			}
			s.cells[n] = v
		}
		n++
		if end {
			break
		}
	}
	s.pos = i
	s.line++
	rec.cells = s.cells[:min(n, maxCells)]
	return true, nil
}

// blankSpan reports whether a cell is empty or white space. Doubled quotes
// are not white space, whether undone or not.
func blankSpan(t string, c cellSpan) bool {
	return strings.TrimSpace(t[c.start:c.end]) == ""
}
