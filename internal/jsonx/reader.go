package jsonx

import (
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Reader decodes a document as it scans it, straight into the caller's types:
// no tree of the document is built. Its methods read the value at the current
// position, the value the caller is at: inside Document's read, an Object's
// field or an Array's elem. A value of another type than the one asked for is
// recorded as a problem where it starts and skipped: its syntax is checked,
// nothing of it is built.
//
// Problems of shape (a wrong type, an unknown field, a missing one) and the
// caller's own (Fail) are recorded, all of them, in the embedded Recorder. A
// syntax error (malformed JSON, invalid UTF-8, a duplicate key, nesting deeper
// than MaxDepth, data after the document) stops the reading: Document returns
// it, and then the problems recorded are moot, since the document is not JSON.
type Reader struct {
	Recorder
	scanner
}

// NewReader returns a Reader of the document src.
func NewReader(src string) *Reader {
	return &Reader{scanner: scanner{src: src}}
}

// Document reads the whole document: it skips a leading byte order mark and
// white space, calls read with the Reader at the root value, and refuses an
// empty document and data after the value. It returns the first syntax error.
func (r *Reader) Document(read func()) *SyntaxError {
	if strings.HasPrefix(r.src, "\uFEFF") {
		r.pos = len("\uFEFF")
	}
	r.skipSpace()
	if r.pos == len(r.src) {
		return &SyntaxError{Offset: r.pos, Key: i18n.Key(dendai.CodeEmpty)}
	}
	r.read(read)
	if r.err != nil {
		return r.err
	}
	r.skipSpace()
	if r.pos < len(r.src) {
		return &SyntaxError{Offset: r.pos, Key: i18n.Key(dendai.CodeTrailingData)}
	}
	return nil
}

// read calls read for the value at r.pos and skips the value if read did not
// consume it.
func (r *Reader) read(read func()) {
	start := r.pos
	read()
	if r.pos == start {
		r.skip()
	}
}

// Err returns the syntax error that stopped the reading, if any.
func (r *Reader) Err() *SyntaxError { return r.err }

// Offset returns the byte offset of the current value in the source.
func (r *Reader) Offset() int { return r.pos }

// Kind returns the JSON type of the current value, known from its first byte,
// without reading it.
func (r *Reader) Kind() Kind { return r.kind() }

// Skip skips the current value, checking its syntax.
func (r *Reader) Skip() { r.skip() }

// Expect reports whether the current value is of kind k. If not, it records a
// type problem and skips the value.
func (r *Reader) Expect(k Kind) bool {
	if r.err != nil {
		return false
	}
	got := r.kind()
	if got == k {
		return true
	}
	if got == Invalid {
		r.unexpected()
		return false
	}
	if !r.full() {
		r.record(r.pos, dendai.CodeWrongType, KindKey(k), KindKey(got))
	}
	r.skip()
	return false
}

// Object reads an object, calling field for each member with the member's key
// on the path and the Reader at the member's value. field reads the value and
// returns true, or returns false, without reading it, for a key it does not
// know: that is a problem, and the value is skipped. A value field leaves
// unread is skipped too. Object returns false, having recorded the problem, if
// the value is not an object.
func (r *Reader) Object(field func(key string) bool) bool {
	if !r.Expect(Object) || !r.enter() {
		return false
	}
	top := len(r.stack)
	r.stack = append(r.stack, segment{index: -1})
	r.members(func(key string, keyOff int) {
		r.stack[top].key = key
		start := r.pos
		if !field(key) && !r.full() {
			r.record(keyOff, dendai.CodeUnknownField, key)
		}
		if r.pos == start {
			r.skip()
		}
	})
	r.stack = r.stack[:top]
	return r.err == nil
}

// Array reads an array, calling elem for each element with its index on the
// path and the Reader at the element, which elem reads. An element elem leaves
// unread is skipped. Array returns false, having recorded the problem, if the
// value is not an array.
func (r *Reader) Array(elem func(i int)) bool {
	if !r.Expect(Array) || !r.enter() {
		return false
	}
	top := len(r.stack)
	r.stack = append(r.stack, segment{})
	r.elements(func(i int) {
		r.stack[top].index = i
		start := r.pos
		elem(i)
		if r.pos == start {
			r.skip()
		}
	})
	r.stack = r.stack[:top]
	return r.err == nil
}

// String reads a string, or records a problem and returns "". The string is a
// substring of the source unless it has escapes.
func (r *Reader) String() string {
	if !r.Expect(String) {
		return ""
	}
	return r.string()
}

// Bool reads true or false, or records a problem and returns false.
func (r *Reader) Bool() bool {
	if !r.Expect(Bool) {
		return false
	}
	if r.src[r.pos] == 't' {
		return r.literal("true") != ""
	}
	r.literal("false")
	return false
}

// Number reads a number and returns its literal, or records a problem and
// returns "".
func (r *Reader) Number() string {
	if !r.Expect(Number) {
		return ""
	}
	return r.number()
}

// Null reads null and returns true if the current value is null; otherwise it
// reads nothing and returns false.
func (r *Reader) Null() bool {
	if r.err != nil || r.kind() != Null {
		return false
	}
	r.literal("null")
	return true
}

// Missing records that the object at off lacks the required member name.
func (r *Reader) Missing(off int, name string) {
	if !r.full() { // checked first: past the limit, name is not even boxed
		r.record(off, dendai.CodeMissingField, name)
	}
}

// Required records, at the object at off, that it lacks each of names whose
// bit is not set in seen, bit i standing for names[i]: a decoder sets the bit
// of each required member as it reads it.
func (r *Reader) Required(off int, seen uint, names ...string) {
	for i, n := range names {
		if seen&(1<<i) == 0 {
			r.Missing(off, n)
		}
	}
}

// StringAt reads a string as String does and also returns the offset where
// the value starts and whether it was a string, for a caller that checks the
// string and locates its problems there.
func (r *Reader) StringAt() (s string, off int, ok bool) {
	off, ok = r.pos, r.Kind() == String
	return r.String(), off, ok
}

// Text reads a {"ja": …, "en": …} object. Both keys are required and must be
// non-empty strings; each problem is recorded at the key's path.
func (r *Reader) Text() i18n.Text {
	off := r.pos
	var t i18n.Text
	// The offset of each value, and whether it is blank; a value of the wrong
	// type is reported by OptionalText, and is not blank.
	ja, en := text{off: off, blank: true}, text{off: off, blank: true}
	if !r.text(&t, &ja, &en) {
		return t
	}
	for _, l := range [...]struct {
		key  string
		lang dendai.Code
		at   text
	}{{"ja", dendai.CodeMissingJA, ja}, {"en", dendai.CodeMissingEN, en}} {
		if !l.at.blank {
			continue
		}
		r.Enter(l.key)
		r.fail(l.at.off, l.lang)
		r.Leave()
	}
	return t
}

// OptionalText reads a {"ja": …, "en": …} object whose keys are both optional.
func (r *Reader) OptionalText() i18n.Text {
	var t i18n.Text
	var ja, en text
	r.text(&t, &ja, &en)
	return t
}

// text is where one language of a Text is, and whether it is blank.
type text struct {
	off   int
	blank bool
}

func (r *Reader) text(t *i18n.Text, ja, en *text) bool {
	return r.Object(func(key string) bool {
		var at *text
		var s *string
		switch key {
		case "ja":
			at, s = ja, &t.JA
		case "en":
			at, s = en, &t.EN
		default:
			return false
		}
		at.off, at.blank = r.pos, false
		isString := r.kind() == String
		*s = r.String()
		at.blank = isString && strings.TrimSpace(*s) == ""
		return true
	})
}

// Source returns the document being read.
func (r *Reader) Source() string { return r.src }

// Len returns the number of elements of the array at the current position
// and its size in bytes, or zeros if the value is not an array, without
// reading it: it scans the array and builds nothing. A syntax error is left
// for the reading to find.
func (r *Reader) Len() (n, size int) {
	if r.err != nil || r.kind() != Array {
		return 0, 0
	}
	s := scanner{src: r.src, pos: r.pos + 1, trusted: true, depth: r.depth}
	s.skipSpace()
	if s.pos < len(s.src) && s.src[s.pos] == ']' {
		return 0, s.pos + 1 - r.pos
	}
	for s.err == nil && s.pos < len(s.src) {
		s.skipSpace()
		s.skip()
		if s.err != nil {
			break
		}
		n++
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] != ',' {
			break
		}
		s.pos++
	}
	return n, s.pos + 1 - r.pos
}

// List reads the array at the current position, reading each element with
// elem, called with its index, and returns the elements and their offsets.
// Once problems past the limit are only counted (Dropped), the document is
// refused whatever the rest holds: the elements left are read, to count
// their problems, but not kept.
//
// The slices are sized once, so that growing them costs no copies: to the
// number of elements, but to no more than the array's size over minSize, the
// size in bytes of the shortest element, comma included, that reads without a
// problem. A hostile array of short elements that are all refused ([0,0,…] or
// [{},{},…]) then costs what its size allows, not a T per element, and a
// sound one costs each element once.
func List[T any](r *Reader, minSize int, elem func(i int) T) ([]T, []int) {
	var out []T
	var offs []int
	if n, size := r.Len(); n > 0 {
		n = min(n, size/max(minSize, 1)+1)
		out, offs = make([]T, 0, n), make([]int, 0, n)
	}
	r.Array(func(i int) {
		off := r.pos
		v := elem(i)
		if r.Dropped == 0 {
			out = append(out, v)
			offs = append(offs, off)
		}
	})
	return out, offs
}

// PeekString returns the member key of the object at the current position,
// and true, if the object has it and it is a string, without reading the
// object: a reader that needs one member before the others (the kind of an
// item, which decides what the item may hold) looks ahead with it. A
// malformed object is left for the reading to refuse.
func (r *Reader) PeekString(key string) (string, bool) {
	if r.err != nil || r.kind() != Object {
		return "", false
	}
	s := scanner{src: r.src, pos: r.pos, trusted: true}
	if !s.member(key) || s.kind() != String {
		return "", false
	}
	v := s.string()
	return v, s.err == nil
}
