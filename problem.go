package dendai

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonw"
)

// Code names a kind of problem. Codes are stable, for programs to branch on;
// the package that reports a problem exports its codes (criteria.CodeDuplicateID,
// assessment.CodeRemediationRequired, …), and this package exports the codes
// every document reader shares.
type Code string

// Codes of the problems that every reader of a document may report: the input
// as a whole, the JSON syntax, and the shape of the values.
const (
	CodeInputTooLarge   Code = "input.too_large"
	CodeTooManyProblems Code = "problems.too_many"

	CodeInvalidUTF8    Code = "json.invalid_utf8"
	CodeEmpty          Code = "json.empty"
	CodeTrailingData   Code = "json.trailing_data"
	CodeUnexpectedEnd  Code = "json.unexpected_end"
	CodeUnexpectedChar Code = "json.unexpected_char"
	CodeTooDeep        Code = "json.too_deep"
	CodeDuplicateKey   Code = "json.duplicate_key"
	CodeControlChar    Code = "json.control_char"
	CodeInvalidEscape  Code = "json.invalid_escape"
	CodeWrongType      Code = "json.wrong_type"
	CodeUnknownField   Code = "json.unknown_field"
	CodeMissingField   Code = "json.missing_field"
	CodeMissingJA      Code = "text.missing_ja"
	CodeMissingEN      Code = "text.missing_en"
)

// MaxProblems bounds the problems listed for one document. Past it a list ends
// with one more problem, coded CodeTooManyProblems, that says how many more
// were found (see Problems.Cap).
const MaxProblems = 1000

// Problem is one thing wrong with a document: where it is, what it concerns,
// and what is wrong, in both languages. Every reader and validator of dendai
// reports its problems as Problems: catalogs, assessments (JSON and the
// spreadsheet forms), policies and the formats built on them.
//
// Problem is a plain value: two problems are equal when all their fields are.
type Problem struct {
	// Path is the JSON Pointer of the offending value, such as
	// "/responses/12/status"; empty for the document as a whole. Problems of a
	// spreadsheet carry the pointer of the value the cell holds.
	Path string
	// Line and Column locate the value in the document, counting from 1:
	// the line and character of a JSON document, or the row and column of a
	// spreadsheet. Both are 0 when the problem has no place, such as an
	// input over the size limit or a value built in Go.
	Line, Column int
	// Criterion is the ID of the criterion the problem concerns, if any.
	Criterion string
	// Group is the ID of the group of a catalog the problem concerns, if any.
	Group string
	// Code is stable, for programs to match on.
	Code Code
	// Message says what is wrong.
	Message i18n.Text
	// More is, on the marker that ends a capped list (code
	// CodeTooManyProblems), how many problems were found past the cap and
	// left out; 0 on every other problem.
	More int
}

// Describe returns the problem with its place, in l:
// "line 12, column 9 (/responses/3/status; ID 1-4): …".
func (p Problem) Describe(l i18n.Lang) string {
	var b strings.Builder
	if p.Line > 0 {
		b.WriteString(messages.Sprintf(l, keyLineColumn, p.Line, p.Column))
	}
	var where []string
	if p.Path != "" {
		where = append(where, i18n.Printable(p.Path))
	}
	for _, id := range [...]string{p.Criterion, p.Group} {
		if id != "" {
			where = append(where, messages.Sprintf(l, keyID, id))
		}
	}
	if len(where) > 0 {
		b.WriteString(messages.Sprintf(l, keyDetail, strings.Join(where, messages.Sprintf(l, keySeparator))))
	}
	loc := strings.TrimSpace(b.String())
	if loc == "" {
		return p.Message.In(l)
	}
	return loc + ": " + p.Message.In(l)
}

// AppendJSON appends the problem's JSON form, with its message in l:
//
//	{"path": "/responses/12/status", "code": "status.invalid", "message": "…",
//	 "line": 40, "column": 17, "criterion": "1-13"}
//
// line, column, criterion and group are left out when they are zero. This is
// the form of `dendai validate --format json` (schema/problems.schema.json).
func (p Problem) AppendJSON(b []byte, l i18n.Lang) []byte {
	b = append(b, `{"path":`...)
	b = appendString(b, p.Path)
	b = append(b, `,"code":`...)
	b = appendString(b, string(p.Code))
	b = append(b, `,"message":`...)
	b = appendString(b, p.Message.In(l))
	if p.Line > 0 {
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(p.Line), 10)
		b = append(b, `,"column":`...)
		b = strconv.AppendInt(b, int64(p.Column), 10)
	}
	if p.Criterion != "" {
		b = append(b, `,"criterion":`...)
		b = appendString(b, p.Criterion)
	}
	if p.Group != "" {
		b = append(b, `,"group":`...)
		b = appendString(b, p.Group)
	}
	if p.More > 0 {
		b = append(b, `,"more":`...)
		b = strconv.AppendInt(b, int64(p.More), 10)
	}
	return append(b, '}')
}

// Problems is a list of problems, in the order of the places they concern.
type Problems []Problem

// Err returns nil when the list is empty and an *Error holding it otherwise,
// as go/scanner.ErrorList.Err does.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return &Error{Problems: ps}
}

// Sort orders the problems by line and column, then by path, keeping the order
// of problems at the same place. Problems with no line (values built in Go,
// the input as a whole) come first, ordered by path.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), strings.Compare(a.Path, b.Path))
	})
}

// Cap applies dendai's one limit to a list: it returns ps unchanged when it
// holds at most MaxProblems problems and more is 0; otherwise the first
// MaxProblems problems followed by one problem coded CodeTooManyProblems that
// says how many more there were, like go/scanner's "and N more errors". more
// counts the problems a reader found past the limit but did not build. A list
// that already ends with that marker is returned as it is.
func (ps Problems) Cap(more int) Problems {
	if n := len(ps); n > 0 && ps[n-1].Code == CodeTooManyProblems {
		return ps
	}
	if len(ps) > MaxProblems {
		more += len(ps) - MaxProblems
		ps = ps[:MaxProblems:MaxProblems]
	}
	if more <= 0 {
		return ps
	}
	k := keyTooMany
	if more == 1 {
		k = keyTooManyOne
	}
	return append(ps, Problem{Code: CodeTooManyProblems, Message: messages.Text(k, MaxProblems, more), More: more})
}

// AppendJSON appends the list as a JSON array of the problems' JSON forms,
// messages in l. An empty list is [].
func (ps Problems) AppendJSON(b []byte, l i18n.Lang) []byte {
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = p.AppendJSON(b, l)
	}
	return append(b, ']')
}

// Error is the error every dendai reader and loader returns when it refuses a
// document: a catalog, an assessment in any of its forms, a policy. It lists
// every problem found, capped as Problems.Cap says. Find it with errors.As:
//
//	var e *dendai.Error
//	if errors.As(err, &e) {
//		for _, p := range e.Problems { … }
//	}
type Error struct {
	Problems Problems
}

// Error describes the first problem in English and says how many more there
// are.
func (e *Error) Error() string {
	if len(e.Problems) == 0 {
		return "dendai: invalid document"
	}
	s := "dendai: " + e.Problems[0].Describe(i18n.English)
	if n := len(e.Problems) - 1; n > 0 {
		s += " (and " + strconv.Itoa(n) + " more)"
	}
	return s
}

// appendString appends s as a JSON string, as encoding/json writes it without
// HTML escaping: invalid UTF-8 becomes U+FFFD, and U+2028 and U+2029 are
// escaped.
func appendString(b []byte, s string) []byte { return jsonw.String(b, s, false) }
