package oscal

import (
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// classJA is the class that marks Japanese text: on a prop that repeats in
// Japanese the value of the prop or field beside it, and on the part that holds
// the Japanese text of its parent part.
const classJA = "ja"

// isSpace reports whether c is white space as OSCAL's patterns see it: \s in
// their regular expressions is ASCII white space only, so an ideographic space
// (U+3000) is text and is kept.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// line folds s onto one line for OSCAL string and markup-line fields, which may
// not hold line breaks or begin or end with white space: each run of white
// space, line breaks included, becomes one space, and both ends are trimmed.
func line(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// escaper escapes the characters that Markdown reads as inline markup. OSCAL's
// markup-line and markup-multiline fields are Markdown in JSON, and dendai's
// texts are plain: an asterisk in a criterion is an asterisk. A backslash before
// ASCII punctuation is always a literal in CommonMark.
var escaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`,
	`[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`, `{`, `\{`, `}`, `\}`,
)

// markdown returns s as OSCAL markup-multiline: escaped, line breaks kept.
func markdown(s string) string { return escaper.Replace(strings.TrimFunc(s, isSpace)) }

// markupLine returns s as OSCAL markup-line: on one line and escaped.
func markupLine(s string) string { return escaper.Replace(line(s)) }

// paragraphs joins the non-empty texts as Markdown paragraphs.
func paragraphs(texts ...string) string {
	var ps []string
	for _, t := range texts {
		if t = markdown(t); t != "" {
			ps = append(ps, t)
		}
	}
	return strings.Join(ps, "\n\n")
}

// either returns the English text of t, or the Japanese if there is no English.
func either(t i18n.Text) string {
	if s := line(t.EN); s != "" {
		return s
	}
	return line(t.JA)
}

// nsProp returns a prop in dendai's namespace, or nothing if value is blank: an
// OSCAL prop value may not be empty.
func nsProp(name, value string) []prop {
	if v := line(value); v != "" {
		return []prop{{Name: name, NS: Namespace, Value: v}}
	}
	return nil
}

// jaProp returns the prop that gives in Japanese the text of a title or value
// whose English is in the field beside it, or nothing if there is no Japanese.
func jaProp(name string, t i18n.Text) []prop {
	if v := line(t.JA); v != "" {
		return []prop{{Name: name, NS: Namespace, Value: v, Class: classJA}}
	}
	return nil
}

// textProps returns a pair of props for a bilingual value: the English one
// without a class, the Japanese one with the class "ja". An empty language is
// left out.
func textProps(name string, t i18n.Text) []prop {
	return append(nsProp(name, t.EN), jaProp(name, t)...)
}

// textPart returns a part with the English text as its prose and the Japanese
// text as a child part in dendai's namespace named "text", with the class "ja".
// ns is the namespace of the part itself: "" for OSCAL's own names.
func textPart(id, name, ns string, t i18n.Text) part {
	p := part{ID: id, Name: name, NS: ns, Prose: markdown(t.EN)}
	if ja := markdown(t.JA); ja != "" {
		p.Parts = []part{{Name: "text", NS: Namespace, Class: classJA, Prose: ja}}
	}
	return p
}

// plausibleEmail reports whether s is an email address that the email format of
// JSON Schema accepts: ASCII, one local part and a domain of letters, digits
// and hyphens. An address it refuses is left out of the document rather than
// making it invalid.
func plausibleEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 || len(s) > 254 || strings.Contains(domain, "@") ||
		local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, "..") {
		return false
	}
	for _, c := range []byte(local) {
		if !isAlnum(c) && !strings.ContainsRune(".!#$%&'*+-/=?^_`{|}~", rune(c)) {
			return false
		}
	}
	labels := strings.Split(domain, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range []byte(l) {
			if !isAlnum(c) && c != '-' {
				return false
			}
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
