package jsonx

import (
	"hash/maphash"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// scanner holds the lexical layer that Parse and Reader share: whitespace,
// strings, numbers and literals, the check of duplicate keys, and the skipping
// of a value that checks its syntax but builds nothing. The first syntax error
// stops it: every method does nothing once err is set.
type scanner struct {
	src string
	pos int
	err *SyntaxError

	depth int // nesting of the arrays and objects being read
	// keys holds the keys of the objects being read, innermost last, while
	// an object has few; sets holds, by depth, the keys of an object that has
	// many (see addKey).
	keys []string
	sets []map[uint64]struct{}
	seed maphash.Seed
	// trusted is set to scan a document already read: keys are not checked
	// for duplicates.
	trusted bool
}

func (s *scanner) syntax(off int, key i18n.Key, args ...any) {
	if s.err == nil {
		s.err = &SyntaxError{Offset: off, Key: key, Args: args}
	}
}

func (s *scanner) skipSpace() {
	src, i := s.src, s.pos
	for i < len(src) && byteClass[src[i]]&classSpace != 0 {
		i++
	}
	s.pos = i
}

// unexpected reports the character at s.pos, or the end of the input.
func (s *scanner) unexpected() {
	if s.pos >= len(s.src) {
		s.syntax(s.pos, i18n.Key(dendai.CodeUnexpectedEnd))
		return
	}
	r, n := utf8.DecodeRuneInString(s.src[s.pos:])
	if r == utf8.RuneError && n == 1 {
		s.syntax(s.pos, i18n.Key(dendai.CodeInvalidUTF8))
		return
	}
	s.syntax(s.pos, i18n.Key(dendai.CodeUnexpectedChar), strconv.QuoteRune(r))
}

// literal scans true, false or null. A mismatch is reported where it is: "trux"
// at the "x", and "tru" at the end of the input as a document cut short.
func (s *scanner) literal(lit string) string {
	for i := 0; i < len(lit); i++ {
		if s.pos >= len(s.src) || s.src[s.pos] != lit[i] {
			s.unexpected()
			return ""
		}
		s.pos++
	}
	return lit
}

// string parses a string starting at the opening quote. Strings without escapes
// are returned as substrings of the source, without copying; their UTF-8 is
// checked in the same pass.
func (s *scanner) string() string {
	s.pos++ // opening quote
	start := s.pos
	var high byte // the OR of the bytes seen: bit 7 set if any is not ASCII
	src := s.src
	i := s.pos
	for i < len(src) {
		c := src[i]
		if byteClass[c] < classPlain {
			break
		}
		high |= c
		i++
	}
	s.pos = i
	switch {
	case i >= len(src):
		s.syntax(i, i18n.Key(dendai.CodeUnexpectedEnd))
		return ""
	case src[i] == '\\':
		return s.escaped(start, high)
	case src[i] != '"':
		s.syntax(i, i18n.Key(dendai.CodeControlChar))
		return ""
	}
	str := src[start:i]
	if high >= utf8.RuneSelf && !utf8.ValidString(str) {
		s.syntax(start+invalidUTF8(str), i18n.Key(dendai.CodeInvalidUTF8))
		return ""
	}
	s.pos++
	return str
}

// escaped finishes a string that contains escapes; s.pos is at the first
// backslash. high is as in string.
func (s *scanner) escaped(start int, high byte) string {
	var b strings.Builder
	b.Grow(s.pos - start + 16)
	b.WriteString(s.src[start:s.pos])
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '"':
			if raw := s.src[start:s.pos]; high >= utf8.RuneSelf && !utf8.ValidString(raw) {
				s.syntax(start+invalidUTF8(raw), i18n.Key(dendai.CodeInvalidUTF8))
				return ""
			}
			s.pos++
			return b.String()
		case c < 0x20:
			s.syntax(s.pos, i18n.Key(dendai.CodeControlChar))
			return ""
		case c != '\\':
			high |= c
			b.WriteByte(c)
			s.pos++
			continue
		}
		esc := s.pos
		s.pos++
		if s.pos >= len(s.src) {
			break
		}
		switch s.src[s.pos] {
		case '"', '\\', '/':
			b.WriteByte(s.src[s.pos])
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
			r, n := s.hex4(s.pos + 1)
			if n < 4 {
				if s.pos+1+n == len(s.src) {
					// Cut short, not malformed: "\u00" at the end of the input.
					s.syntax(len(s.src), i18n.Key(dendai.CodeUnexpectedEnd))
				} else {
					s.syntax(esc, i18n.Key(dendai.CodeInvalidEscape))
				}
				return ""
			}
			s.pos += 4
			if utf16.IsSurrogate(r) {
				// A high surrogate followed by an escaped low one is one character;
				// a lone surrogate becomes U+FFFD, as encoding/json does.
				if r2, n := s.hex4(s.pos + 3); n == 4 && strings.HasPrefix(s.src[s.pos+1:], `\u`) {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						b.WriteRune(dec)
						s.pos += 6
						break
					}
				}
				r = utf8.RuneError
			}
			b.WriteRune(r)
		default:
			s.syntax(esc, i18n.Key(dendai.CodeInvalidEscape))
			return ""
		}
		s.pos++
	}
	s.syntax(s.pos, i18n.Key(dendai.CodeUnexpectedEnd))
	return ""
}

// skipString scans a string starting at the opening quote, checking it as
// string does, with the same errors at the same offsets, and builds nothing:
// skipping or locating past a long string of escapes costs no copy of it.
func (s *scanner) skipString() {
	src := s.src
	start := s.pos + 1
	var high byte // as in string
	i := start
	for i < len(src) {
		c := src[i]
		switch {
		case c == '"':
			if raw := src[start:i]; high >= utf8.RuneSelf && !utf8.ValidString(raw) {
				s.pos = i
				s.syntax(start+invalidUTF8(raw), i18n.Key(dendai.CodeInvalidUTF8))
				return
			}
			s.pos = i + 1
			return
		case c < 0x20:
			s.pos = i
			s.syntax(i, i18n.Key(dendai.CodeControlChar))
			return
		case c != '\\':
			high |= c
			i++
			continue
		}
		esc := i
		i++
		if i >= len(src) {
			break
		}
		switch src[i] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i++
		case 'u':
			if _, n := s.hex4(i + 1); n < 4 {
				s.pos = i
				if i+1+n == len(src) {
					s.syntax(len(src), i18n.Key(dendai.CodeUnexpectedEnd))
				} else {
					s.syntax(esc, i18n.Key(dendai.CodeInvalidEscape))
				}
				return
			}
			i += 5
		default:
			s.pos = esc
			s.syntax(esc, i18n.Key(dendai.CodeInvalidEscape))
			return
		}
	}
	s.pos = len(src)
	s.syntax(len(src), i18n.Key(dendai.CodeUnexpectedEnd))
}

// hex4 decodes the four hex digits of a \u escape at src[at:]. It returns the
// number of hex digits found, which is 4 when the escape is well-formed.
func (s *scanner) hex4(at int) (r rune, n int) {
	for ; n < 4 && at+n < len(s.src); n++ {
		c := s.src[at+n]
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

// digits scans a run of decimal digits and returns how many there were.
func (s *scanner) digits() int {
	start := s.pos
	for s.pos < len(s.src) && '0' <= s.src[s.pos] && s.src[s.pos] <= '9' {
		s.pos++
	}
	return s.pos - start
}

// number scans a number as RFC 8259 defines it and returns its literal.
func (s *scanner) number() string {
	start := s.pos
	if s.src[s.pos] == '-' {
		s.pos++
	}
	switch {
	case s.pos < len(s.src) && s.src[s.pos] == '0':
		s.pos++
	case s.digits() == 0:
		s.unexpected()
		return ""
	}
	if s.pos < len(s.src) && s.src[s.pos] == '.' {
		s.pos++
		if s.digits() == 0 {
			s.unexpected()
			return ""
		}
	}
	if s.pos < len(s.src) && (s.src[s.pos] == 'e' || s.src[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.src) && (s.src[s.pos] == '+' || s.src[s.pos] == '-') {
			s.pos++
		}
		if s.digits() == 0 {
			s.unexpected()
			return ""
		}
	}
	return s.src[start:s.pos]
}

// enter opens an array or object at s.pos, refusing one nested too deep.
func (s *scanner) enter() bool {
	if s.depth >= MaxDepth {
		s.syntax(s.pos, i18n.Key(dendai.CodeTooDeep), MaxDepth)
		return false
	}
	s.depth++
	s.pos++
	return true
}

// members scans the members of the object whose '{' enter has consumed. For
// each, it calls member with s.pos at the value, which member must consume. It
// refuses a duplicate key and checks the punctuation between members.
func (s *scanner) members(member func(key string, keyOff int)) {
	base, start := len(s.keys), s.pos-1
	s.skipSpace()
	if s.pos < len(s.src) && s.src[s.pos] == '}' {
		s.pos++
		s.depth--
		return
	}
	for s.err == nil {
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] != '"' {
			s.unexpected()
			break
		}
		keyOff := s.pos
		key := s.string()
		if s.err != nil {
			break
		}
		if !s.trusted && s.addKey(base, start, keyOff, key) {
			s.syntax(keyOff, i18n.Key(dendai.CodeDuplicateKey), key)
			break
		}
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] != ':' {
			s.unexpected()
			break
		}
		s.pos++
		s.skipSpace()
		member(key, keyOff)
		s.skipSpace()
		if s.pos < len(s.src) && s.src[s.pos] == ',' {
			s.pos++
			continue
		}
		if s.pos < len(s.src) && s.src[s.pos] == '}' {
			s.pos++
			break
		}
		s.unexpected()
	}
	s.keys = s.keys[:base]
	if s.sets != nil {
		s.sets[s.depth] = nil
	}
	s.depth--
}

// addKey adds a key of the object at start, whose keys start at s.keys[base],
// and reports whether it was there already. An object with few keys is
// searched by a scan. One with more has a set of the keys' hashes, so that a
// hostile object of many keys costs linear time, not quadratic, and 8 bytes a
// key; a hash seen before is checked by a scan of the keys before keyOff,
// which a duplicate makes once, since it ends the reading.
func (s *scanner) addKey(base, start, keyOff int, key string) (dup bool) {
	if s.sets != nil {
		if set := s.sets[s.depth]; set != nil {
			h := maphash.String(s.seed, key)
			if _, seen := set[h]; seen {
				return s.hasKey(start, keyOff, key)
			}
			set[h] = struct{}{}
			return false
		}
	}
	keys := s.keys[base:]
	for _, k := range keys {
		if k == key {
			return true
		}
	}
	if len(keys) < linearKeys {
		s.keys = append(s.keys, key)
		return false
	}
	if s.sets == nil {
		s.sets = make([]map[uint64]struct{}, MaxDepth+1)
		s.seed = maphash.MakeSeed()
	}
	set := make(map[uint64]struct{}, 2*len(keys))
	for _, k := range append(keys, key) {
		set[maphash.String(s.seed, k)] = struct{}{}
	}
	s.sets[s.depth] = set
	s.keys = s.keys[:base]
	return false
}

// hasKey reports whether the object at start has the member key before the
// key at keyOff.
func (s *scanner) hasKey(start, keyOff int, key string) bool {
	sub := scanner{src: s.src, pos: start + 1, trusted: true}
	for {
		sub.skipSpace()
		if sub.pos >= keyOff || sub.err != nil {
			return false
		}
		if sub.string() == key {
			return true
		}
		sub.skipSpace()
		sub.pos++ // ':'
		sub.skipSpace()
		sub.next()
		sub.skipSpace()
	}
}

// elements scans the elements of the array whose '[' enter has consumed,
// calling elem with s.pos at each, which elem must consume.
func (s *scanner) elements(elem func(i int)) {
	s.skipSpace()
	if s.pos < len(s.src) && s.src[s.pos] == ']' {
		s.pos++
		s.depth--
		return
	}
	for i := 0; s.err == nil; i++ {
		s.skipSpace()
		elem(i)
		s.skipSpace()
		if s.pos < len(s.src) && s.src[s.pos] == ',' {
			s.pos++
			continue
		}
		if s.pos < len(s.src) && s.src[s.pos] == ']' {
			s.pos++
			break
		}
		s.unexpected()
	}
	s.depth--
}

// skip scans the value at s.pos, checking its syntax as the Reader does, and
// builds nothing: no string is copied, not even one with escapes, and the
// memory it takes is bounded by the nesting and by the keys of the objects
// open.
func (s *scanner) skip() {
	if s.err != nil {
		return
	}
	if s.pos >= len(s.src) {
		s.unexpected()
		return
	}
	switch c := s.src[s.pos]; {
	case c == '{':
		if s.enter() {
			s.members(func(string, int) { s.skip() })
		}
	case c == '[':
		if s.enter() {
			s.elements(func(int) { s.skip() })
		}
	case c == '"':
		s.skipString()
	case c == '-' || ('0' <= c && c <= '9'):
		s.number()
	case c == 't':
		s.literal("true")
	case c == 'f':
		s.literal("false")
	case c == 'n':
		s.literal("null")
	default:
		s.unexpected()
	}
}

// kind returns the kind of the value at s.pos, known from its first byte.
func (s *scanner) kind() Kind {
	if s.pos >= len(s.src) {
		return Invalid
	}
	switch c := s.src[s.pos]; {
	case c == '{':
		return Object
	case c == '[':
		return Array
	case c == '"':
		return String
	case c == '-' || ('0' <= c && c <= '9'):
		return Number
	case c == 't' || c == 'f':
		return Bool
	case c == 'n':
		return Null
	}
	return Invalid
}

// The classes of byteClass: a byte of class classPlain or above stands for
// itself inside a string, and one with the bit classSpace set is white space
// between tokens.
// Class 0 is '"', '\\' and the control characters other than these three,
// which end a run of plain bytes.
const (
	classSpace = 1 // '\t', '\n' or '\r': white space, but not allowed in a string
	classPlain = 2 // any other byte
	// ' ' is classPlain|classSpace: plain in a string, white space outside.
)

// byteClass is the class of each byte, one load per byte for the scanner's
// two hottest loops. A constant, so that nothing can change it.
const byteClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x02\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02"
