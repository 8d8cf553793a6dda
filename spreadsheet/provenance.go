package spreadsheet

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// The provenance columns, needsReview and derivedFrom, hold what
// assessment.Migrate and assessment.Project record in a response. They are
// written only for an assessment that has some (see tableWidth), after the
// template's columns, and read when the table's heading row has them.

// needsReviewTrue is the needsReview cell of a response flagged for review;
// the cell of any other is empty.
const needsReviewTrue = "true"

// provenanceCells returns the needsReview and derivedFrom cells of a
// response, or the problem of a derivation that has no text form (a
// relationship or a status that is not valid), its Path within the response.
func provenanceCells(r assessment.Response) (string, string, *dendai.Problem) {
	needs := ""
	if r.NeedsReview {
		needs = needsReviewTrue
	}
	lines := make([]string, len(r.DerivedFrom))
	for k, x := range r.DerivedFrom {
		at := "/derivedFrom/" + strconv.Itoa(k)
		if !x.Relationship.IsValid() {
			_, err := x.Relationship.AppendText(nil)
			p := valueProblem(err, x.Relationship.String())
			p.Path = at + "/relationship"
			return "", "", &p
		}
		if !x.Status.IsValid() {
			_, err := assessment.ParseStatus(x.Status.String())
			p := valueProblem(err, x.Status.String())
			p.Path = at + "/status"
			return "", "", &p
		}
		lines[k] = derivationLine(x)
	}
	return needs, strings.Join(lines, "\n"), nil
}

// derivationJSON is the JSON form of a line of a derivedFrom cell.
type derivationJSON struct {
	Criterion    *string `json:"criterion"`
	Relationship *string `json:"relationship"`
	Status       *string `json:"status"`
}

// derivationLine writes a derivation, whose relationship and status are
// valid, as "criterion | relationship | status" with their stable keys, or,
// for a criterion that would not read back exactly from that form (a "|" or
// a line break in it, spaces around it: never a valid ID), as a JSON object.
func derivationLine(x assessment.Derivation) string {
	plain := string(x.Criterion) + " | " + x.Relationship.String() + " | " + x.Status.String()
	if !utf8.ValidString(plain) {
		return plain // refused by exportCell; JSON would hide it
	}
	if !strings.ContainsAny(plain, "\r\n") {
		if c, _, _, ok := splitDerivation(plain); ok && c == string(x.Criterion) {
			return plain
		}
	}
	c, rel, st := string(x.Criterion), x.Relationship.String(), x.Status.String()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(derivationJSON{&c, &rel, &st}) // strings cannot fail
	return strings.TrimSuffix(buf.String(), "\n")
}

// splitDerivation splits a line of a derivedFrom cell, trimmed and not
// blank, into its criterion, relationship and status: the JSON object
// derivationLine writes, or three parts separated by "|" (or full-width
// "｜"), each trimmed. It reports false for anything else.
func splitDerivation(t string) (criterion, rel, status string, ok bool) {
	if t[0] == '{' {
		if c, r, s, ok := jsonDerivation(t); ok {
			return c, r, s, true
		}
	}
	var parts [3]string
	n := 0
	for {
		i := strings.IndexAny(t, "|｜")
		if i < 0 {
			break
		}
		if n == len(parts)-1 {
			return "", "", "", false // more than three parts
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		parts[n], t = strings.TrimSpace(t[:i]), t[i+size:]
		n++
	}
	if n != len(parts)-1 {
		return "", "", "", false
	}
	parts[n] = strings.TrimSpace(t)
	return parts[0], parts[1], parts[2], true
}

// jsonDerivation reads the JSON form of a derivation: an object with the
// three fields as strings and nothing else.
func jsonDerivation(s string) (criterion, rel, status string, ok bool) {
	if !jsonObject(s, `{"criterion":"","relationship":"","status":""}`) {
		return "", "", "", false
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var v derivationJSON
	if err := dec.Decode(&v); err != nil || v.Criterion == nil || v.Relationship == nil || v.Status == nil {
		return "", "", "", false
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", "", "", false
	}
	return *v.Criterion, *v.Relationship, *v.Status, true
}

// lookupRelationship reads a relationship as criteria.ParseRelationship
// does, without building an error.
func lookupRelationship(s string) (criteria.Relationship, bool) {
	for r := criteria.Equivalent; r <= criteria.NoRelationship; r++ {
		if r.String() == s {
			return r, true
		}
	}
	return 0, false
}

// provenance reads the provenance cells of the n-th response's row, rec, into
// resp. It is called only when the table has a provenance column.
func (r *csvReader) provenance(rec csvRecord, n int, resp *assessment.Response) {
	if k := r.cols[colNeedsReview]; k >= 0 {
		switch s := strings.TrimSpace(cellAt(rec.cells, k)); {
		case s == "", strings.EqualFold(s, "false"):
		case strings.EqualFold(s, needsReviewTrue):
			resp.NeedsReview = true
		default:
			r.failAt(csvPlace{rec.line, k + 1}, responseValue(n, colNeedsReview), resp.Criterion, CodeNeedsReviewValue, clip(s))
		}
	}
	if k := r.cols[colDerivedFrom]; k >= 0 {
		resp.DerivedFrom = r.derivations(cellAt(rec.cells, k), csvPlace{rec.line, k + 1}, n, resp.Criterion)
	}
}

// derivations reads a derivedFrom cell at a place: one derivation per line,
// blank lines skipped, at most maxCellItems lines (see cellLines). A line
// that does not read is a problem at the cell naming it, and no derivation:
// the JSON Pointers of the derivations after it are their places in what is
// read.
func (r *csvReader) derivations(cell string, at csvPlace, n int, id criteria.ID) []assessment.Derivation {
	var out []assessment.Derivation
	lines := cellLines(cell, func(num int, t string) {
		k := len(out)
		c, rel, st, ok := splitDerivation(t)
		if !ok {
			r.failAt(at, responseValue(n, colDerivedFrom), id, CodeDerivedFrom, num, clip(t))
			return
		}
		x := assessment.Derivation{Criterion: criteria.ID(c)}
		if v, ok := lookupRelationship(rel); ok {
			x.Relationship = v
		} else if v := derivationValue(n, k, "/relationship"); r.keep(v) {
			_, err := criteria.ParseRelationship(rel)
			r.add(at, v.pointer(), id, lineProblem(num, valueProblem(err, rel)))
		}
		if v, ok := assessment.LookupStatus(st); ok {
			x.Status = v
		} else if v := derivationValue(n, k, "/status"); r.keep(v) {
			_, err := assessment.ParseStatus(st)
			r.add(at, v.pointer(), id, lineProblem(num, valueProblem(err, st)))
		}
		out = append(out, x)
	})
	r.tooManyLines(at, n, colDerivedFrom, id, lines)
	return out
}

// maxCellItems is the most lines of an evidence or a derivedFrom cell the
// reader reads: the most evidence a response may have (the max=100 rule of
// assessment.Response.Evidence), and as many derivations. The lines past it
// are one problem, CodeTooManyLines, whatever their number: a cell of a
// million lines costs no more than one of a hundred and one.
const maxCellItems = 100

// cellLines calls f with each line of a cell that is not blank, trimmed, and
// its line number in the cell, from 1, for the first maxCellItems such lines.
// A line ends at LF, CR or CR LF. It returns 0, or, when the cell has more
// lines than that that are not blank, how many it has in all.
func cellLines(cell string, f func(num int, t string)) int {
	num, items := 0, 0
	for rest := cell; rest != ""; {
		line := rest
		rest = ""
		if i := strings.IndexAny(line, "\r\n"); i >= 0 {
			end := i + 1
			if line[i] == '\r' && end < len(line) && line[end] == '\n' {
				end++ // CR LF is one line break
			}
			line, rest = line[:i], line[end:]
		}
		num++
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		items++
		if items <= maxCellItems {
			f(num, t)
		}
	}
	if items <= maxCellItems {
		return 0
	}
	return items
}

// tooManyLines records the problem of a cell of column j of the n-th
// response that has lines (not blank) past maxCellItems, when lines is not
// 0: the cell's value, led by the column's heading in each language.
func (r *csvReader) tooManyLines(at csvPlace, n, j int, id criteria.ID, lines int) {
	if lines == 0 {
		return
	}
	if v := responseValue(n, j); r.keep(v) {
		r.add(at, v.pointer(), id, dendai.Problem{Code: CodeTooManyLines, Message: columnText(CodeTooManyLines, j, lines, maxCellItems)})
	}
}

// columnText is the message of key in each language, formatted with the
// heading of column j in that language and then args.
func columnText(key dendai.Code, j int, args ...any) i18n.Text {
	f := func(l i18n.Lang) string {
		return messages.Sprintf(l, i18n.Key(key), append([]any{messages.Sprintf(l, tableColumns[j].label)}, args...)...)
	}
	return i18n.Text{JA: f(i18n.Japanese), EN: f(i18n.English)}
}

// derivationValue is the value of the k-th derivation of the n-th response,
// or its field (such as "/status").
func derivationValue(n, k int, field string) value {
	v := responseValue(n, colDerivedFrom)
	v.item, v.field = k+1, field
	return v
}

// lineProblem leads the message of p with the line of the derivedFrom cell
// it is on.
func lineProblem(num int, p dendai.Problem) dendai.Problem {
	p.Message = i18n.Text{
		JA: messages.Sprintf(i18n.Japanese, keyDerivedFromLine, num, p.Message.JA),
		EN: messages.Sprintf(i18n.English, keyDerivedFromLine, num, p.Message.EN),
	}
	return p
}
