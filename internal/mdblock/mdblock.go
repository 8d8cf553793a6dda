// Package mdblock keeps a text from opening a Markdown block: the one rule
// that the Markdown reports (package report) and OSCAL markup (package oscal)
// share.
package mdblock

import "strings"

// Escape backslash-escapes the character at the start of s that would open a
// block: # (a heading); + or - followed by a space or ending s (a list item);
// -, = or + in a text of nothing else but spaces (a thematic break or a
// setext underline, which would make the line before it a heading); the . or
// ) after up to nine digits, followed by a space or ending s (an ordered list
// item). Other texts are left as they are, so that 1.0.1 and -5 read as
// written. Blockquotes, code fences and * list items are the caller's: they
// escape > (or write &gt;), ` and * everywhere.
func Escape(s string) string {
	if s == "" {
		return s
	}
	spaceOrEnd := func(i int) bool { return i >= len(s) || s[i] == ' ' }
	switch c := s[0]; {
	case c == '#':
		return `\` + s
	case (c == '+' || c == '-') && spaceOrEnd(1):
		return `\` + s
	case (c == '+' || c == '-' || c == '=') && strings.Trim(s, string(c)+" ") == "":
		return `\` + s
	}
	n := 0
	for n < len(s) && n < 10 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') && spaceOrEnd(n+1) {
		return s[:n] + `\` + s[n:]
	}
	return s
}
