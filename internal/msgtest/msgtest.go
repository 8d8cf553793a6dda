// Package msgtest checks a package's message table: every message in both
// languages, Japanese written as Japanese, English without Japanese, the same
// formatting verbs in both, no key twice. Every package with a table runs it
// from a test:
//
//	func TestMessages(t *testing.T) { msgtest.Check(t, messages, nil) }
package msgtest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dendai-go/dendai/i18n"
)

// Exceptions lists the keys whose texts break the general rules on purpose.
type Exceptions struct {
	// Terms are keys whose Japanese text is the English one: terms that
	// Japanese writes in Latin letters too ("null", "ID").
	Terms []i18n.Key
	// Quotes maps keys whose English text quotes Japanese on purpose (the
	// spellings a user may type) to the Japanese quoted.
	Quotes map[i18n.Key]string
}

// IsJapanese reports whether r is a character only Japanese text has: kana,
// kanji, Japanese punctuation (、。「」) and full-width forms (（）：).
func IsJapanese(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) ||
		'\u3000' <= r && r <= '\u303F' || // CJK symbols and punctuation
		'\uFF00' <= r && r <= '\uFFEF' // half-width and full-width forms
}

// Check checks every message of m; ex may be nil.
func Check(t testing.TB, m *i18n.Messages, ex *Exceptions) {
	t.Helper()
	if ex == nil {
		ex = &Exceptions{}
	}
	seen := map[i18n.Key]bool{}
	n := 0
	for e := range m.All() {
		n++
		k := e.Key
		if seen[k] {
			t.Errorf("%s is listed twice", k)
		}
		seen[k] = true
		if strings.TrimSpace(e.JA) == "" {
			t.Errorf("%s: no Japanese text", k)
		}
		if strings.TrimSpace(e.EN) == "" {
			t.Errorf("%s: no English text", k)
		}
		if !utf8.ValidString(e.JA) || !utf8.ValidString(e.EN) {
			t.Errorf("%s: invalid UTF-8", k)
		}
		en := e.EN
		if q := ex.Quotes[k]; q != "" {
			en = strings.ReplaceAll(en, q, "")
		}
		if strings.ContainsFunc(en, IsJapanese) {
			t.Errorf("%s: the English text %q has Japanese characters", k, e.EN)
		}
		switch {
		case slices.Contains(ex.Terms, k):
			if e.JA != e.EN {
				t.Errorf("%s is listed as a term, but its texts differ: %q and %q", k, e.JA, e.EN)
			}
		case !strings.ContainsFunc(e.JA, IsJapanese):
			t.Errorf("%s: the Japanese text %q has no Japanese characters", k, e.JA)
		}
		ja, env := Verbs(t, e.JA), Verbs(t, e.EN)
		if !slices.Equal(ja, env) {
			t.Errorf("%s: the verbs differ: en %v, ja %v", k, env, ja)
		}
		// Formatting with arguments of the right types leaves no %!.
		var args []any
		for _, v := range env {
			if strings.HasSuffix(v, ":d") {
				args = append(args, 12)
			} else {
				args = append(args, "x")
			}
		}
		for _, l := range []i18n.Lang{i18n.English, i18n.Japanese} {
			if s := m.Sprintf(l, k, args...); strings.Contains(s, "%!") {
				t.Errorf("%s in %v: %q", k, l, s)
			}
		}
	}
	if n == 0 {
		t.Error("the message table is empty")
	}
	for _, k := range ex.Terms {
		if !seen[k] {
			t.Errorf("term %s is not in the table", k)
		}
	}
	for k := range ex.Quotes {
		if !seen[k] {
			t.Errorf("%s quotes Japanese but is not in the table", k)
		}
	}
}

// Has checks that m has a message for each of keys: the codes a package
// exports, say.
func Has[K ~string](t testing.TB, m *i18n.Messages, keys ...K) {
	t.Helper()
	have := map[i18n.Key]bool{}
	for e := range m.All() {
		have[e.Key] = true
	}
	for _, k := range keys {
		if !have[i18n.Key(k)] {
			t.Errorf("%s has no message", k)
		}
	}
}

// Verbs returns the formatting verbs of a fmt format, each as "argument:verb"
// with the argument numbered as fmt numbers it, sorted. A %q counts as a %s,
// since Japanese quotes with 「%s」 where English writes %q.
func Verbs(t testing.TB, format string) []string {
	t.Helper()
	var out []string
	arg := 0 // the argument the last verb used; fmt counts from 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		index := func() {
			if i < len(format) && format[i] == '[' {
				end := strings.IndexByte(format[i:], ']')
				n, err := strconv.Atoi(format[i+1 : i+max(end, 1)])
				if end < 0 || err != nil || n < 1 {
					t.Fatalf("bad argument index in %q", format)
				}
				arg = n - 1
				i += end + 1
			}
		}
		number := func() {
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
		}
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		number() // width
		if i < len(format) && format[i] == '.' {
			i++
			number() // precision
		}
		index()
		if i >= len(format) {
			t.Fatalf("%q ends inside a verb", format)
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size - 1
		if verb == 'q' {
			verb = 's'
		}
		arg++
		out = append(out, fmt.Sprintf("%d:%c", arg, verb))
	}
	slices.Sort(out)
	return out
}
