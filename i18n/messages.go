package i18n

import (
	"fmt"
	"iter"
	"reflect"
	"sync"
)

// Key names a message of the catalog. Keys are stable: they double as the codes of
// the problems dendai reports, which callers may match on.
type Key string

// Text formats the message in both languages with args. Arguments that are
// themselves Keys are translated first, so a message can name a translated term.
func (k Key) Text(args ...any) Text {
	return Text{JA: Sprintf(Japanese, k, args...), EN: Sprintf(English, k, args...)}
}

// Sprintf formats the message k in l with args, fmt-style. Arguments that are Keys
// are replaced by their own message in l. String arguments are shown through
// Printable: control characters and invalid UTF-8 from the input are escaped. A key missing from the catalog is used as
// the format itself.
//
// Numbers are formatted as fmt formats them, without digit grouping: a message
// such as "line %d, column %d" must not read "line 1,234, column 5".
func Sprintf(l Lang, k Key, args ...any) string {
	copied := false
	for i, a := range args {
		var v any
		switch a := a.(type) {
		case Key:
			v = Sprintf(l, a)
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
	if i, ok := index()[k]; ok {
		format = entries[i].en
		if l == Japanese {
			format = entries[i].ja
		}
	}
	return fmt.Sprintf(format, args...)
}

// Keys iterates over every key of the catalog, in the catalog's order.
func Keys() iter.Seq[Key] {
	return func(yield func(Key) bool) {
		for _, e := range entries {
			if !yield(e.key) {
				return
			}
		}
	}
}

// Lookup returns the unformatted message of k in both languages.
func Lookup(k Key) (Text, bool) {
	i, ok := index()[k]
	if !ok {
		return Text{}, false
	}
	return Text{JA: entries[i].ja, EN: entries[i].en}, true
}

// index maps each key to its entry; it is built on first use, not at init.
var index = sync.OnceValue(func() map[Key]int {
	m := make(map[Key]int, len(entries))
	for i, e := range entries {
		if _, dup := m[e.key]; !dup {
			m[e.key] = i
		}
	}
	return m
})
