package criteria

import (
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// Problem is one thing wrong with a catalog document: where it is, what it is
// about, and what is wrong, in both languages.
type Problem struct {
	// Path is the JSON Pointer of the offending value, such as
	// "/groups/0/groups/2/criteria/1/id"; empty for the document as a whole.
	Path string
	// Line and Column locate the value in the document, counting from 1;
	// columns count characters. Both are 0 when the problem has no place, such
	// as an input over the size limit.
	Line, Column int
	// ID is the criterion or group the problem concerns, when there is one.
	ID ID
	// Code is stable, for programs to match on: a key of the i18n catalog such
	// as i18n.CatalogDuplicateID.
	Code i18n.Key
	// Message says what is wrong.
	Message i18n.Text
}

// Describe returns the problem with its place, in l:
// "line 12, column 9 (/groups/0/criteria/3/id; ID 1-1): the ID "1-1" is already used at …".
func (p Problem) Describe(l i18n.Lang) string {
	var where []string
	if p.Path != "" {
		where = append(where, i18n.Printable(p.Path))
	}
	if p.ID != "" {
		where = append(where, i18n.Sprintf(l, i18n.LocationID, string(p.ID)))
	}
	var loc string
	if p.Line > 0 {
		loc = i18n.Sprintf(l, i18n.LocationLineColumn, p.Line, p.Column)
	}
	if len(where) > 0 {
		loc += i18n.Sprintf(l, i18n.LocationDetail, strings.Join(where, i18n.Sprintf(l, i18n.LocationSeparator)))
	}
	if loc = strings.TrimSpace(loc); loc != "" {
		loc += ": "
	}
	return loc + p.Message.In(l)
}

// Error is returned when a catalog document is refused. It lists every problem
// found, in document order.
type Error struct {
	Problems []Problem
}

// Error describes the first problem in English and says how many more there are.
func (e *Error) Error() string {
	if len(e.Problems) == 0 {
		return "criteria: invalid catalog"
	}
	s := "criteria: " + e.Problems[0].Describe(i18n.English)
	if n := len(e.Problems) - 1; n > 0 {
		s += " (and " + strconv.Itoa(n) + " more)"
	}
	return s
}

func problemAt(lines *jsonx.Lines, p jsonx.Problem, id ID) Problem {
	line, col := lines.Position(p.Off)
	return Problem{Path: p.Path, Line: line, Column: col, ID: id, Code: p.Key, Message: p.Message()}
}
