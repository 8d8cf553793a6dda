package i18n

import (
	"iter"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
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
// are replaced by their own message in l.
func Sprintf(l Lang, k Key, args ...any) string {
	for i, a := range args {
		if ak, ok := a.(Key); ok {
			if i == 0 || !hasKey(args[:i]) {
				args = append([]any(nil), args...) // never change the caller's slice
			}
			args[i] = Sprintf(l, ak)
		}
	}
	p := printers()
	if l == Japanese {
		return p.ja.Sprintf(string(k), args...)
	}
	return p.en.Sprintf(string(k), args...)
}

func hasKey(args []any) bool {
	for _, a := range args {
		if _, ok := a.(Key); ok {
			return true
		}
	}
	return false
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
	for _, e := range entries {
		if e.key == k {
			return Text{JA: e.ja, EN: e.en}, true
		}
	}
	return Text{}, false
}

type printerPair struct{ ja, en *message.Printer }

// printers builds the x/text message catalog on first use.
var printers = sync.OnceValue(func() printerPair {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, e := range entries {
		// SetString fails only for malformed language tags.
		_ = b.SetString(language.Japanese, string(e.key), e.ja)
		_ = b.SetString(language.English, string(e.key), e.en)
	}
	return printerPair{
		ja: message.NewPrinter(language.Japanese, message.Catalog(b)),
		en: message.NewPrinter(language.English, message.Catalog(b)),
	}
})
