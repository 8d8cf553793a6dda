package i18n

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s with what a terminal or a log would act on rather than
// show escaped as Go escapes it: invalid UTF-8 bytes (\xff), control characters
// (\x1b, \n) and the characters that reorder text (\u202e). Everything else,
// Japanese included, is kept. Messages quote input through it, so a hostile
// document cannot clear a screen or forge a line of output.
func Printable(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])>>4, 16) + strconv.FormatUint(uint64(s[i])&0xf, 16))
		case hidden(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || hidden(r) {
			return true
		}
		i += n
	}
	return false
}

// hidden reports whether r acts on text rather than shows: a control character,
// a bidirectional control, or a line or paragraph separator.
func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'
}

// quoted is a string argument of a message that needs escaping: %s prints it
// through Printable, %q quotes it as Go does (which escapes it too).
type quoted string

func (q quoted) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		io.WriteString(f, strconv.Quote(string(q)))
		return
	}
	io.WriteString(f, Printable(string(q)))
}
