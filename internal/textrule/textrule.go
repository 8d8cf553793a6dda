// Package textrule holds the rules dendai applies to the characters of values
// that must read as what they are: IDs, email addresses, corporate and
// registration numbers.
package textrule

import (
	"fmt"
	"unicode"
)

// FormatChar returns the first format character of s (Unicode general
// category Cf) and true, or 0 and false when s has none. Format characters
// are invisible: the bidirectional controls U+202A–U+202E and U+2066–U+2069,
// which reorder the text around them, the zero-width space, joiners and marks
// U+200B–U+200F, the word joiner U+2060, the byte order mark U+FEFF, the soft
// hyphen U+00AD and others. In an ID, an email address or a number they make
// two values that look the same differ, or one value look like another.
func FormatChar(s string) (rune, bool) {
	for _, r := range s {
		if r >= '\u00ad' && unicode.Is(unicode.Cf, r) {
			return r, true
		}
	}
	return 0, false
}

// CodePoint returns r as Unicode writes it, such as "U+202E", for messages
// that name a character that cannot be shown.
func CodePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }
