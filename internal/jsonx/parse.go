// Package jsonx is dendai's strict JSON reader. It parses a whole document into a
// small tree that remembers where every value starts, so that every problem in a
// catalog, an assessment or a policy can be reported with its JSON Pointer and its
// line and column, all at once.
//
// It is stricter than encoding/json: duplicate object keys, invalid UTF-8 and data
// after the document are errors, and nesting is bounded. A leading UTF-8 byte order
// mark is skipped, since editors on Windows add one.
package jsonx

import (
	"strconv"
	"strings"
	"unicode/utf16"
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
	p := parser{src: src}
	if strings.HasPrefix(src, "\uFEFF") {
		p.pos = len("\uFEFF")
	}
	p.skipSpace()
	if p.pos == len(src) {
		return Value{}, &SyntaxError{Offset: p.pos, Key: i18n.Key(dendai.CodeEmpty)}
	}
	v := p.value(0)
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
	src string
	// Members and elements are gathered on these stacks while a container is
	// parsed, then copied out in one allocation of the exact size.
	members []Member
	elems   []Value
	pos     int
	err     *SyntaxError
}

func (p *parser) fail(off int, key i18n.Key, args ...any) {
	if p.err == nil {
		p.err = &SyntaxError{Offset: off, Key: key, Args: args}
	}
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// unexpected reports the character at p.pos, or the end of the input.
func (p *parser) unexpected() {
	if p.pos >= len(p.src) {
		p.fail(p.pos, i18n.Key(dendai.CodeUnexpectedEnd))
		return
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	p.fail(p.pos, i18n.Key(dendai.CodeUnexpectedChar), strconv.QuoteRune(r))
}

func (p *parser) value(depth int) Value {
	if p.pos >= len(p.src) {
		p.unexpected()
		return Value{}
	}
	start := p.pos
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s := p.string()
		return Value{Kind: String, Off: start, Str: s}
	case c == '-' || ('0' <= c && c <= '9'):
		return Value{Kind: Number, Off: start, Str: p.number()}
	case c == 't':
		return Value{Kind: Bool, Off: start, Str: p.literal("true")}
	case c == 'f':
		return Value{Kind: Bool, Off: start, Str: p.literal("false")}
	case c == 'n':
		p.literal("null")
		return Value{Kind: Null, Off: start}
	}
	p.unexpected()
	return Value{}
}

// literal scans true, false or null. A mismatch is reported where it is: "trux"
// at the "x", and "tru" at the end of the input as a document cut short.
func (p *parser) literal(lit string) string {
	for i := 0; i < len(lit); i++ {
		if p.pos >= len(p.src) || p.src[p.pos] != lit[i] {
			p.unexpected()
			return ""
		}
		p.pos++
	}
	return lit
}

func (p *parser) object(depth int) Value {
	v := Value{Kind: Object, Off: p.pos}
	if depth > MaxDepth {
		p.fail(p.pos, i18n.Key(dendai.CodeTooDeep), MaxDepth)
		return v
	}
	// Small objects look for a duplicate key with a linear scan; big ones switch to
	// a set, so that an object with many keys costs linear time, not quadratic.
	var keys map[string]struct{}
	p.pos++ // {
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
		return v
	}
	base := len(p.members)
	for p.err == nil {
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			p.unexpected()
			break
		}
		keyOff := p.pos
		key := p.string()
		if p.err != nil {
			break
		}
		members := p.members[base:]
		if keys == nil && len(members) >= linearKeys {
			keys = make(map[string]struct{}, 2*len(members))
			for _, m := range members {
				keys[m.Key] = struct{}{}
			}
		}
		dup := false
		if keys != nil {
			_, dup = keys[key]
			keys[key] = struct{}{}
		} else {
			dup = hasKey(members, key)
		}
		if dup {
			p.fail(keyOff, i18n.Key(dendai.CodeDuplicateKey), key)
			break
		}
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			p.unexpected()
			break
		}
		p.pos++
		p.skipSpace()
		val := p.value(depth)
		p.members = append(p.members, Member{Key: key, Off: keyOff, Value: val})
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			p.pos++
			break
		}
		p.unexpected()
	}
	if n := len(p.members) - base; n > 0 {
		v.Members = make([]Member, n)
		copy(v.Members, p.members[base:])
		clear(p.members[base:]) // drop references for the collector
		p.members = p.members[:base]
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

func (p *parser) array(depth int) Value {
	v := Value{Kind: Array, Off: p.pos}
	if depth > MaxDepth {
		p.fail(p.pos, i18n.Key(dendai.CodeTooDeep), MaxDepth)
		return v
	}
	p.pos++ // [
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
		return v
	}
	base := len(p.elems)
	for p.err == nil {
		p.skipSpace()
		val := p.value(depth)
		p.elems = append(p.elems, val)
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			p.pos++
			break
		}
		p.unexpected()
	}
	if n := len(p.elems) - base; n > 0 {
		v.Elems = make([]Value, n)
		copy(v.Elems, p.elems[base:])
		clear(p.elems[base:])
		p.elems = p.elems[:base]
	}
	return v
}

// string parses a string starting at the opening quote. Strings without escapes
// are returned as substrings of the source, without copying.
func (p *parser) string() string {
	p.pos++ // opening quote
	start := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == '"':
			s := p.src[start:p.pos]
			p.pos++
			return s
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			p.fail(p.pos, i18n.Key(dendai.CodeControlChar))
			return ""
		}
		p.pos++
	}
	p.fail(p.pos, i18n.Key(dendai.CodeUnexpectedEnd))
	return ""
}

// escaped finishes a string that contains escapes; p.pos is at the first backslash.
func (p *parser) escaped(start int) string {
	var b strings.Builder
	b.Grow(p.pos - start + 16)
	b.WriteString(p.src[start:p.pos])
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String()
		case c < 0x20:
			p.fail(p.pos, i18n.Key(dendai.CodeControlChar))
			return ""
		case c != '\\':
			b.WriteByte(c)
			p.pos++
			continue
		}
		esc := p.pos
		p.pos++
		if p.pos >= len(p.src) {
			break
		}
		switch p.src[p.pos] {
		case '"', '\\', '/':
			b.WriteByte(p.src[p.pos])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n := p.hex4(p.pos + 1)
			if n < 4 {
				if p.pos+1+n == len(p.src) {
					// Cut short, not malformed: "\u00" at the end of the input.
					p.fail(len(p.src), i18n.Key(dendai.CodeUnexpectedEnd))
				} else {
					p.fail(esc, i18n.Key(dendai.CodeInvalidEscape))
				}
				return ""
			}
			p.pos += 4
			if utf16.IsSurrogate(r) {
				// A high surrogate followed by an escaped low one is one character;
				// a lone surrogate becomes U+FFFD, as encoding/json does.
				if r2, n := p.hex4(p.pos + 3); n == 4 && strings.HasPrefix(p.src[p.pos+1:], `\u`) {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						b.WriteRune(dec)
						p.pos += 6
						break
					}
				}
				r = utf8.RuneError
			}
			b.WriteRune(r)
		default:
			p.fail(esc, i18n.Key(dendai.CodeInvalidEscape))
			return ""
		}
		p.pos++
	}
	p.fail(p.pos, i18n.Key(dendai.CodeUnexpectedEnd))
	return ""
}

// hex4 decodes the four hex digits of a \u escape at src[at:]. It returns the
// number of hex digits found, which is 4 when the escape is well-formed.
func (p *parser) hex4(at int) (r rune, n int) {
	for ; n < 4 && at+n < len(p.src); n++ {
		c := p.src[at+n]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return r, n
		}
		r = r<<4 | rune(c)
	}
	return r, n
}

// number scans a number as RFC 8259 defines it and returns its literal.
func (p *parser) number() string {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < len(p.src) && '0' <= p.src[p.pos] && p.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.src[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.src) && p.src[p.pos] == '0':
		p.pos++
	case digits() == 0:
		p.unexpected()
		return ""
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			p.unexpected()
			return ""
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			p.unexpected()
			return ""
		}
	}
	return p.src[start:p.pos]
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
