package assessment

import (
	"strings"
	"unicode"
)

// refKind is what an evidence reference is, as a browser would read it.
type refKind uint8

const (
	// refPlain has no URL scheme: a document number or a file name, shown as
	// text.
	refPlain refKind = iota
	// refLink is an http or https URL with something after its "//".
	refLink
	// refRefused has a scheme other than http and https (javascript:, data:,
	// file:, urn:, …), or is an http or https URL with nothing after "//".
	refRefused
)

// evidenceRef reads ref as the WHATWG URL Standard's parser does before it
// looks at a URL: it strips leading and trailing C0 controls and spaces (and,
// beyond the standard, any Unicode white space there), removes every ASCII tab
// and newline, then reads a scheme, an ASCII letter followed by letters,
// digits, '+', '-' and '.', up to the first ':', and folds its case. It
// returns what ref is, the URL a link would point to when it is one, and the
// scheme it found, if any, in lower case.
func evidenceRef(ref string) (kind refKind, url, scheme string) {
	s := strings.TrimFunc(ref, func(r rune) bool { return r <= ' ' || unicode.IsSpace(r) })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, s)
	}
	n := schemeLen(s)
	if n == 0 {
		return refPlain, "", ""
	}
	scheme = strings.ToLower(s[:n])
	rest := s[n+1:]
	if (scheme == "http" || scheme == "https") && len(rest) > 2 && strings.HasPrefix(rest, "//") {
		if scheme == s[:n] {
			return refLink, s, scheme // already as a browser reads it: no copy
		}
		return refLink, scheme + ":" + rest, scheme
	}
	return refRefused, "", scheme
}

// schemeLen returns the length of the URL scheme s starts with, before its
// ':', or 0 when it starts with none: the first character not allowed in a
// scheme ends it, and a scheme is ended only by ':'.
func schemeLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') && i > 0:
		case c == ':' && i > 0:
			return i
		default:
			return 0
		}
	}
	return 0
}

// EvidenceURL decides whether an evidence reference ([Evidence].Ref) becomes
// a link, as every report of dendai decides it: it returns the URL to link to
// and true when ref is an http or https URL, and "" and false otherwise.
//
// The decision is the one a browser would make. ref is read as the WHATWG URL
// Standard reads a URL: leading and trailing C0 controls and spaces (and any
// Unicode white space there) are stripped, ASCII tabs and newlines are
// removed wherever they are, and the scheme is found and folded to lower
// case. "java\tscript:alert(1)", "\x00javascript:alert(1)" and
// "JavaScript:alert(1)" therefore all have the scheme javascript, as they
// would in a browser, and are no link.
//
// A scheme is an ASCII letter followed by ASCII letters, digits, '+', '-' or
// '.', then ':'. A reference that does not start with one is a plain
// reference, a document number or a file name, shown as text: 第3条: 規程,
// 2024:規程-3, 規程:3 and "SEC 001: 規程" have a colon but no scheme. [Validate]
// refuses a reference with any scheme other than http and https, and an http
// or https URL with nothing after its "//", with [CodeValidationEvidenceRef].
// A document number that would read as a scheme, such as SEC:001, is written
// ./SEC:001, the way RFC 3986 (section 4.2) writes a relative reference whose
// first segment holds a colon.
//
// The URL returned is ref as a browser would read it, its scheme in lower
// case; it is not escaped for any medium.
func EvidenceURL(ref string) (url string, ok bool) {
	kind, url, _ := evidenceRef(ref)
	return url, kind == refLink
}
