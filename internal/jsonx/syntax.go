// Package jsonx is dendai's strict JSON reader. Its Reader decodes a document as
// it scans it, straight into the caller's types: no tree of the document is
// built, a value of the wrong type is refused where it starts and skipped
// without being built, and problems past a limit are counted, not built, so
// that the memory a hostile document costs is bounded by its size. Every
// problem keeps its JSON Pointer and byte offset; line and column are worked
// out from the offset only when a problem is reported (Lines), and a problem
// found by a later check is located by scanning the document again (LocateIn).
//
// It is stricter than encoding/json: duplicate object keys, invalid UTF-8 and
// data after the document are errors, and nesting is bounded. A leading UTF-8
// byte order mark is skipped, since editors on Windows add one.
package jsonx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dendai-go/dendai/i18n"
)

// Kind is the JSON type of a value.
type Kind uint8

// The JSON types.
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Array
	Object
)

// SyntaxError reports a document that is not well-formed JSON.
type SyntaxError struct {
	Offset int
	Key    i18n.Key // message key, also the problem's stable code
	Args   []any
}

// Message returns the error's message in both languages.
func (e *SyntaxError) Message() i18n.Text { return messages.Text(e.Key, e.Args...) }

func (e *SyntaxError) Error() string {
	return "offset " + strconv.Itoa(e.Offset) + ": " + messages.Sprintf(i18n.English, e.Key, e.Args...)
}

// MaxDepth bounds the nesting of arrays and objects.
const MaxDepth = 64

func invalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// linearKeys is the number of members up to which an object's keys are checked for
// duplicates by a linear scan.
const linearKeys = 16

// Position converts a byte offset in src to a 1-based line and column. Columns
// count characters, not bytes, as editors show them; a leading byte order mark
// is not counted.
func Position(src string, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	start := 0
	if strings.HasPrefix(src, "\uFEFF") && off >= 3 {
		start = 3
	}
	line = 1 + strings.Count(src[start:off], "\n")
	ls := strings.LastIndexByte(src[:off], '\n') + 1
	ls = max(ls, start)
	return line, 1 + utf8.RuneCountInString(src[ls:off])
}
