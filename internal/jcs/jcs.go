// Package jcs writes JSON in the JSON Canonicalization Scheme of RFC 8785:
// object members sorted by the UTF-16 code units of their names, no
// insignificant whitespace, strings with the fewest escapes, and numbers as
// ECMAScript prints an IEEE 754 double. Two JSON texts with the same values
// have the same canonical form, whatever their whitespace and member order.
//
// It is the canonical form under dendai's content digests (see
// assessment.DigestOf): the documents it is given are ones dendai itself
// encodes, so it reads them as encoding/json would rather than with dendai's
// strict reader, in one pass that builds no tree of values.
package jcs

import (
	"bytes"
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrNumber reports a number that an IEEE 754 double cannot hold, which RFC
// 8785 cannot write.
var ErrNumber = errors.New("jcs: number out of the range of a double")

// Transform returns the canonical form of the JSON text data. It reads data
// as encoding/json does (a member named twice keeps its last value, invalid
// UTF-8 and lone surrogates read as U+FFFD), in one pass and without building
// a tree of values, and refuses anything but white space after the value.
func Transform(data []byte) ([]byte, error) {
	t := transformer{src: data}
	b, err := t.value(make([]byte, 0, len(data)), 0)
	if err != nil {
		return nil, err
	}
	if t.space(); t.i < len(t.src) {
		return nil, errors.New("jcs: data after the JSON value")
	}
	return b, nil
}

// maxDepth is the deepest nesting Transform reads, encoding/json's.
const maxDepth = 10000

var errSyntax = errors.New("jcs: not a JSON text")

// transformer reads a JSON text and writes its canonical form.
type transformer struct {
	src []byte
	i   int
}

func (t *transformer) space() {
	for t.i < len(t.src) {
		switch t.src[t.i] {
		case ' ', '\t', '\n', '\r':
			t.i++
		default:
			return
		}
	}
}

// value appends the canonical form of the value at t.i to b.
func (t *transformer) value(b []byte, depth int) ([]byte, error) {
	t.space()
	if t.i >= len(t.src) {
		return nil, errSyntax
	}
	switch t.src[t.i] {
	case '{':
		return t.object(b, depth+1)
	case '[':
		return t.array(b, depth+1)
	case '"':
		// Without escapes, and valid UTF-8, a string is its own canonical
		// form.
		end := t.i + 1
		for end < len(t.src) && t.src[end] != '"' && t.src[end] != '\\' && t.src[end] >= 0x20 {
			end++
		}
		if end < len(t.src) && t.src[end] == '"' && utf8.Valid(t.src[t.i+1:end]) {
			b = append(b, t.src[t.i:end+1]...)
			t.i = end + 1
			return b, nil
		}
		s, err := t.string()
		if err != nil {
			return nil, err
		}
		return AppendString(b, s), nil
	case 't':
		return t.literal(b, "true")
	case 'f':
		return t.literal(b, "false")
	case 'n':
		return t.literal(b, "null")
	}
	return t.number(b)
}

func (t *transformer) literal(b []byte, lit string) ([]byte, error) {
	if !bytes.HasPrefix(t.src[t.i:], []byte(lit)) {
		return nil, errSyntax
	}
	t.i += len(lit)
	return append(b, lit...), nil
}

func (t *transformer) array(b []byte, depth int) ([]byte, error) {
	if depth > maxDepth {
		return nil, errors.New("jcs: nested too deeply")
	}
	t.i++ // [
	b = append(b, '[')
	if t.space(); t.i < len(t.src) && t.src[t.i] == ']' {
		t.i++
		return append(b, ']'), nil
	}
	for {
		var err error
		if b, err = t.value(b, depth); err != nil {
			return nil, err
		}
		if t.space(); t.i >= len(t.src) {
			return nil, errSyntax
		}
		t.i++
		switch t.src[t.i-1] {
		case ',':
			b = append(b, ',')
		case ']':
			return append(b, ']'), nil
		default:
			return nil, errSyntax
		}
	}
}

// member is an object's member: its name and where its canonical value lies
// in the object's buffer.
type member struct {
	name       string
	start, end int
}

func (t *transformer) object(b []byte, depth int) ([]byte, error) {
	if depth > maxDepth {
		return nil, errors.New("jcs: nested too deeply")
	}
	t.i++ // {
	var members []member
	var values []byte
	if t.space(); t.i < len(t.src) && t.src[t.i] == '}' {
		t.i++
		return append(b, '{', '}'), nil
	}
	for {
		if t.space(); t.i >= len(t.src) || t.src[t.i] != '"' {
			return nil, errSyntax
		}
		name, err := t.string()
		if err != nil {
			return nil, err
		}
		if t.space(); t.i >= len(t.src) || t.src[t.i] != ':' {
			return nil, errSyntax
		}
		t.i++
		start := len(values)
		if values, err = t.value(values, depth); err != nil {
			return nil, err
		}
		members = append(members, member{name, start, len(values)})
		if t.space(); t.i >= len(t.src) {
			return nil, errSyntax
		}
		t.i++
		if c := t.src[t.i-1]; c == '}' {
			break
		} else if c != ',' {
			return nil, errSyntax
		}
	}
	slices.SortStableFunc(members, func(x, y member) int { return compareUTF16(x.name, y.name) })
	b = append(b, '{')
	for i, m := range members {
		if i+1 < len(members) && members[i+1].name == m.name {
			continue // a later value of the same name wins
		}
		if b[len(b)-1] != '{' {
			b = append(b, ',')
		}
		b = AppendString(b, m.name)
		b = append(b, ':')
		b = append(b, values[m.start:m.end]...)
	}
	return append(b, '}'), nil
}

// string reads the string at t.i, as encoding/json unquotes it.
func (t *transformer) string() (string, error) {
	t.i++ // "
	start := t.i
	for t.i < len(t.src) {
		switch c := t.src[t.i]; {
		case c == '"':
			s := string(t.src[start:t.i])
			t.i++
			if !utf8.ValidString(s) {
				s = string([]rune(s)) // each invalid byte becomes U+FFFD
			}
			return s, nil
		case c == '\\':
			return t.escaped(start)
		case c < 0x20:
			return "", errSyntax
		}
		t.i++
	}
	return "", errSyntax
}

// escaped reads the rest of a string with escapes, from start.
func (t *transformer) escaped(start int) (string, error) {
	buf := []rune(string(t.src[start:t.i]))
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == '"':
			t.i++
			return string(buf), nil
		case c < 0x20:
			return "", errSyntax
		case c != '\\':
			r, size := utf8.DecodeRune(t.src[t.i:])
			buf = append(buf, r)
			t.i += size
			continue
		}
		if t.i+1 >= len(t.src) {
			return "", errSyntax
		}
		t.i += 2
		switch e := t.src[t.i-1]; e {
		case '"', '\\', '/':
			buf = append(buf, rune(e))
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := t.hex4()
			if !ok {
				return "", errSyntax
			}
			if utf16.IsSurrogate(r) {
				// A pair when a low surrogate follows; otherwise U+FFFD, and the
				// next escape is read on its own.
				first := r
				r = unicode.ReplacementChar
				if t.i+1 < len(t.src) && t.src[t.i] == '\\' && t.src[t.i+1] == 'u' {
					save := t.i
					t.i += 2
					if r2, ok := t.hex4(); ok && utf16.DecodeRune(first, r2) != unicode.ReplacementChar {
						r = utf16.DecodeRune(first, r2)
					} else {
						t.i = save
					}
				}
			}
			buf = append(buf, r)
		default:
			return "", errSyntax
		}
	}
	return "", errSyntax
}

// hex4 reads the four hexadecimal digits of a \u escape.
func (t *transformer) hex4() (rune, bool) {
	if t.i+4 > len(t.src) {
		return 0, false
	}
	r, ok := parseHex4(t.src[t.i : t.i+4])
	t.i += 4
	return r, ok
}

func parseHex4(h []byte) (rune, bool) {
	v, err := strconv.ParseUint(string(h), 16, 16)
	return rune(v), err == nil
}

// number reads a number by JSON's grammar and writes it as RFC 8785 does.
func (t *transformer) number(b []byte) ([]byte, error) {
	start, src := t.i, t.src
	digits := func() int {
		n := 0
		for t.i < len(src) && '0' <= src[t.i] && src[t.i] <= '9' {
			t.i++
			n++
		}
		return n
	}
	if t.i < len(src) && src[t.i] == '-' {
		t.i++
	}
	if t.i < len(src) && src[t.i] == '0' {
		t.i++
	} else if digits() == 0 {
		return nil, errSyntax
	}
	if t.i < len(src) && src[t.i] == '.' {
		t.i++
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	if t.i < len(src) && (src[t.i] == 'e' || src[t.i] == 'E') {
		t.i++
		if t.i < len(src) && (src[t.i] == '+' || src[t.i] == '-') {
			t.i++
		}
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	f, err := strconv.ParseFloat(string(src[start:t.i]), 64)
	if err != nil || math.IsInf(f, 0) {
		return nil, ErrNumber
	}
	return AppendNumber(b, f), nil
}

// compareUTF16 orders two strings by their UTF-16 code units, as RFC 8785
// sorts member names. It differs from byte order only where a character
// above U+FFFF meets one from U+E000 to U+FFFF.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			// The first code units differ, or both are high surrogates and
			// the second ones do.
			ha, la := utf16.EncodeRune(ra)
			hb, lb := utf16.EncodeRune(rb)
			if ha == unicode.ReplacementChar {
				ha = ra // not above U+FFFF: one code unit
			}
			if hb == unicode.ReplacementChar {
				hb = rb
			}
			if ha != hb {
				return cmp.Compare(ha, hb)
			}
			return cmp.Compare(la, lb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// AppendString appends s as RFC 8785 writes a string: '"' and '\\' escaped,
// the control characters as \b, \t, \n, \f, \r or \u00xx (lowercase hex),
// everything else as it is. Invalid UTF-8 becomes U+FFFD.
func AppendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\b':
			b = append(b, '\\', 'b')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\f':
			b = append(b, '\\', 'f')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// AppendNumber appends f as ECMAScript's Number.prototype.toString writes it,
// which RFC 8785 requires: the shortest digits that read back as f, in plain
// notation from 1e-6 up to 1e21 and in exponent notation outside it. f must be
// finite.
func AppendNumber(b []byte, f float64) []byte {
	if f == 0 {
		return append(b, '0') // -0 too
	}
	format := byte('f')
	if a := math.Abs(f); a < 1e-6 || a >= 1e21 {
		format = 'e'
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// Go writes 1e-07 where ECMAScript writes 1e-7.
		if n := len(b); n-start >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
