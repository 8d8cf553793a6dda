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
//
// Parse, Value and Decoder are the older tree API: Parse builds a tree that
// remembers where every value starts, and Decoder walks it. They share the
// Reader's scanner and accept exactly the same documents.
package jsonx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Kind is the JSON type of a Value.
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

// Value is a parsed JSON value.
type Value struct {
	Kind Kind
	// Off is the byte offset of the value's first byte in the source.
	Off int
	// Str holds a string's unescaped text, a number's literal, or "true"/"false".
	Str     string
	Elems   []Value  // Array elements
	Members []Member // Object members, in document order
}

// Member is one key and value of an object.
type Member struct {
	Key   string
	Off   int // offset of the key
	Value Value
}

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

// Parse parses src as one JSON document.
func Parse(src string) (Value, *SyntaxError) {
	if !utf8.ValidString(src) {
		return Value{}, &SyntaxError{Offset: invalidUTF8(src), Key: i18n.Key(dendai.CodeInvalidUTF8)}
	}
	p := parser{scanner: scanner{src: src}}
	if strings.HasPrefix(src, "\uFEFF") {
		p.pos = len("\uFEFF")
	}
	p.skipSpace()
	if p.pos == len(src) {
		return Value{}, &SyntaxError{Offset: p.pos, Key: i18n.Key(dendai.CodeEmpty)}
	}
	v := p.value()
	if p.err != nil {
		return Value{}, p.err
	}
	p.skipSpace()
	if p.pos < len(src) {
		return Value{}, &SyntaxError{Offset: p.pos, Key: i18n.Key(dendai.CodeTrailingData)}
	}
	return v, nil
}

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

type parser struct {
	scanner
	// Members and elements are gathered on these stacks while a container is
	// parsed, then copied out in one allocation of the exact size.
	memberStack []Member
	elemStack   []Value
}

func (p *parser) value() Value {
	start := p.pos
	switch p.kind() {
	case Object:
		return p.object()
	case Array:
		return p.array()
	case String:
		return Value{Kind: String, Off: start, Str: p.string()}
	case Number:
		return Value{Kind: Number, Off: start, Str: p.number()}
	case Bool:
		if p.src[p.pos] == 't' {
			return Value{Kind: Bool, Off: start, Str: p.literal("true")}
		}
		return Value{Kind: Bool, Off: start, Str: p.literal("false")}
	case Null:
		p.literal("null")
		return Value{Kind: Null, Off: start}
	}
	p.unexpected()
	return Value{}
}

func (p *parser) object() Value {
	v := Value{Kind: Object, Off: p.pos}
	if !p.enter() {
		return v
	}
	base := len(p.memberStack)
	p.members(func(key string, keyOff int) {
		val := p.value()
		p.memberStack = append(p.memberStack, Member{Key: key, Off: keyOff, Value: val})
	})
	if n := len(p.memberStack) - base; n > 0 {
		v.Members = make([]Member, n)
		copy(v.Members, p.memberStack[base:])
		clear(p.memberStack[base:]) // drop references for the collector
		p.memberStack = p.memberStack[:base]
	}
	return v
}

// linearKeys is the number of members up to which an object's keys are checked for
// duplicates by a linear scan.
const linearKeys = 16

func hasKey(ms []Member, key string) bool {
	for i := range ms {
		if ms[i].Key == key {
			return true
		}
	}
	return false
}

func (p *parser) array() Value {
	v := Value{Kind: Array, Off: p.pos}
	if !p.enter() {
		return v
	}
	base := len(p.elemStack)
	p.elements(func(int) {
		p.elemStack = append(p.elemStack, p.value())
	})
	if n := len(p.elemStack) - base; n > 0 {
		v.Elems = make([]Value, n)
		copy(v.Elems, p.elemStack[base:])
		clear(p.elemStack[base:])
		p.elemStack = p.elemStack[:base]
	}
	return v
}

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
