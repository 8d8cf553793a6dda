package jsonx

import (
	"strconv"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Problem is one thing wrong with a document: where (a JSON Pointer and a byte
// offset) and what (a message key and its arguments).
type Problem struct {
	Path string
	Off  int
	Key  i18n.Key
	Args []any
	// Text is the message when it was made elsewhere (see FailText); otherwise
	// it is empty and the message is Key formatted with Args from Table.
	Text  i18n.Text
	Table *i18n.Messages // the table of Key; nil means this package's own
}

// Message returns the problem's message in both languages.
func (p Problem) Message() i18n.Text {
	if !p.Text.IsZero() {
		return p.Text
	}
	if p.Table != nil {
		return p.Table.Text(p.Key, p.Args...)
	}
	return messages.Text(p.Key, p.Args...)
}

// Recorder collects the problems of a document while it is read, keeping the
// JSON Pointer of the value being looked at, and collects every problem instead
// of stopping at the first. The pointer is kept as a stack of segments and
// spelled out only when a problem is recorded, so reading a valid document
// builds no path strings. Reader embeds it.
type Recorder struct {
	// Messages is the table of the keys given to Fail; the keys of this
	// package's own problems (wrong type, unknown field, …) need none.
	Messages *i18n.Messages
	Problems []Problem
	// Limit, when above zero, bounds the problems recorded over the recorder's
	// life (Problems may be emptied in between); later ones are only counted in
	// Dropped. Hostile input can have a problem every few bytes: the limit keeps
	// the work of describing them bounded.
	Limit    int
	Recorded int
	Dropped  int
	stack    []segment
}

// full reports whether the limit is reached, counting the problem refused.
func (d *Recorder) full() bool {
	if d.Limit > 0 && d.Recorded >= d.Limit {
		d.Dropped++
		return true
	}
	d.Recorded++
	return false
}

type segment struct {
	key   string
	index int // -1 for object keys
}

// Path returns the JSON Pointer of the current position.
func (d *Recorder) Path() string {
	if len(d.stack) == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range d.stack {
		b.WriteByte('/')
		if s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
			continue
		}
		b.WriteString(EscapePointer(s.key))
	}
	return b.String()
}

// EscapePointer escapes a key for use as a JSON Pointer segment (RFC 6901).
func EscapePointer(key string) string {
	if !strings.ContainsAny(key, "~/") {
		return key
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(key)
}

// Fail records a problem at the current path, located at off: the message key
// of d.Messages with its arguments.
func (d *Recorder) Fail(off int, key i18n.Key, args ...any) {
	if d.full() {
		return
	}
	d.Problems = append(d.Problems, Problem{Path: d.Path(), Off: off, Key: key, Args: args, Table: d.Messages})
}

// fail records a problem of this package's own.
func (d *Recorder) fail(off int, code dendai.Code, args ...any) {
	if d.full() {
		return
	}
	d.record(off, code, args...)
}

// record records a problem of this package's own whatever the limit: callers
// check full first, before they box the arguments, so that a problem past the
// limit costs no allocation.
func (d *Recorder) record(off int, code dendai.Code, args ...any) {
	d.Problems = append(d.Problems, Problem{Path: d.Path(), Off: off, Key: i18n.Key(code), Args: args})
}

// Dropping reports whether the limit of problems is reached and, if it is,
// counts one more problem dropped: a caller that must build a problem's
// message (from an error, say) asks it first, so that a problem past the
// limit costs no allocation. When it returns false, the problem is to be
// recorded, with Fail or FailText, which count it.
func (d *Recorder) Dropping() bool {
	if d.Full() {
		d.Dropped++
		return true
	}
	return false
}

// Full reports whether the limit of problems is reached: a reader may then
// stop building what it reads, since the document is refused anyway.
func (d *Recorder) Full() bool { return d.Limit > 0 && d.Recorded >= d.Limit }

// FailText records a problem at the current path whose message is already made,
// such as that of an error from parsing a value.
func (d *Recorder) FailText(off int, key i18n.Key, msg i18n.Text) {
	if d.full() {
		return
	}
	d.Problems = append(d.Problems, Problem{Path: d.Path(), Off: off, Key: key, Text: msg})
}

// Enter pushes an object key onto the path; Leave pops it.
func (d *Recorder) Enter(key string) { d.stack = append(d.stack, segment{key: key, index: -1}) }

// EnterIndex pushes an array index onto the path.
func (d *Recorder) EnterIndex(i int) { d.stack = append(d.stack, segment{index: i}) }

// Leave pops the last segment pushed by Enter or EnterIndex.
func (d *Recorder) Leave() { d.stack = d.stack[:len(d.stack)-1] }

// KindKey returns the message key naming a JSON type, so that type problems read
// naturally in both languages.
func KindKey(k Kind) i18n.Key {
	switch k {
	case Null:
		return KeyKindNull
	case Bool:
		return KeyKindBool
	case Number:
		return KeyKindNumber
	case String:
		return KeyKindString
	case Array:
		return KeyKindArray
	case Object:
		return KeyKindObject
	}
	return KeyKindInvalid
}
