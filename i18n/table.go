package i18n

import (
	"fmt"
	"iter"
	"reflect"
	"sync"
)

// Key names a message of a table. The keys of problem messages double as the
// problems' codes, so they are stable.
type Key string

// Message is one entry of a message table: a stable key and the message's
// format in each language, fmt-style.
type Message struct {
	Key Key
	JA  string
	EN  string
}

// Messages is an immutable table of messages in both languages. Each package
// that shows text keeps its own table, so that a package's wording is its own
// business and not part of this package's API.
//
// A Messages is safe for concurrent use.
type Messages struct {
	entries []Message
	once    sync.Once
	index   map[Key]int
}

// NewMessages returns a table of msgs, which it keeps: the caller must not
// change them afterwards. The table is indexed on first use, not before, so
// that a package-level table costs nothing at init. A key listed twice keeps
// its first entry; a test of the table should refuse duplicates.
func NewMessages(msgs ...Message) *Messages {
	return &Messages{entries: msgs}
}

func (m *Messages) lookup(k Key) (Message, bool) {
	m.once.Do(func() {
		m.index = make(map[Key]int, len(m.entries))
		for i, e := range m.entries {
			if _, dup := m.index[e.Key]; !dup {
				m.index[e.Key] = i
			}
		}
	})
	i, ok := m.index[k]
	if !ok {
		return Message{}, false
	}
	return m.entries[i], true
}

// All iterates over the table's messages, in the order given to NewMessages.
func (m *Messages) All() iter.Seq[Message] {
	return func(yield func(Message) bool) {
		for _, e := range m.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Text formats the message k in both languages with args.
func (m *Messages) Text(k Key, args ...any) Text {
	return Text{JA: m.Sprintf(Japanese, k, args...), EN: m.Sprintf(English, k, args...)}
}

// Sprintf formats the message k in l with args, fmt-style. Arguments that are
// Keys of the table are replaced by their own message in l. String arguments
// are shown through Printable: control characters and invalid UTF-8 from the
// input are escaped. A key missing from the table is used as the format itself.
//
// Numbers are formatted as fmt formats them, without digit grouping: a message
// such as "line %d, column %d" must not read "line 1,234, column 5".
func (m *Messages) Sprintf(l Lang, k Key, args ...any) string {
	copied := false
	for i, a := range args {
		var v any
		switch a := a.(type) {
		case Key:
			v = m.Sprintf(l, a)
		default:
			// Any string, or value of a string type such as an ID, quoted from
			// the input is shown, never acted on.
			rv := reflect.ValueOf(a)
			if !rv.IsValid() || rv.Kind() != reflect.String || !needsEscape(rv.String()) {
				continue
			}
			v = quoted(rv.String())
		}
		if !copied {
			args = append([]any(nil), args...) // never change the caller's slice
			copied = true
		}
		args[i] = v
	}
	format := string(k)
	if e, ok := m.lookup(k); ok {
		format = e.EN
		if l == Japanese {
			format = e.JA
		}
	}
	return fmt.Sprintf(format, args...)
}
