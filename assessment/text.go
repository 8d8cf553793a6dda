package assessment

import (
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// The texts of an assessment must be valid UTF-8. Decode refuses invalid
// UTF-8 in a document; an assessment built in Go may hold it, and Validate
// refuses it and Encode will not write it: encoding/json would turn each bad
// byte into U+FFFD, and the document would no longer say what the value did.

// badHeaderTexts calls bad with the JSON Pointer of every text outside the
// responses that is not valid UTF-8. The catalog's ID is looked at only when
// ids is set: Validate reports a malformed ID by its own rule.
func badHeaderTexts(a *Assessment, ids bool, bad func(path string)) {
	check := func(path, s string) {
		if !utf8.ValidString(s) {
			bad(path)
		}
	}
	check("/$schema", a.Schema)
	if ids {
		check("/catalog", string(a.Catalog))
	}
	check("/catalogVersion", a.CatalogVersion)
	check("/subject/name/ja", a.Subject.Name.JA)
	check("/subject/name/en", a.Subject.Name.EN)
	check("/assessor/name", a.Assessor.Name)
	check("/assessor/organization", a.Assessor.Organization)
	check("/assessor/email", a.Assessor.Email)
}

// badResponseTexts calls bad with the path, under the response's own, of
// every text of r that is not valid UTF-8, such as "/evidence/2/title". The
// IDs of the response and its derivations are looked at only when ids is set.
func badResponseTexts(r *Response, ids bool, bad func(path string)) {
	check := func(path, s string) {
		if !utf8.ValidString(s) {
			bad(path)
		}
	}
	if ids {
		check("/criterion", string(r.Criterion))
		for j, x := range r.DerivedFrom {
			if !utf8.ValidString(string(x.Criterion)) {
				bad("/derivedFrom/" + strconv.Itoa(j) + "/criterion")
			}
		}
	}
	for j, e := range r.Evidence {
		if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Ref) {
			at := "/evidence/" + strconv.Itoa(j)
			check(at+"/title", e.Title)
			check(at+"/ref", e.Ref)
		}
	}
	check("/justification", r.Justification)
	check("/comment", r.Comment)
	if rem := r.Remediation; rem != nil {
		check("/remediation/action", rem.Action)
		check("/remediation/owner", rem.Owner)
	}
}

// fits reports whether s is valid UTF-8 of at most max characters, counting
// characters as the length rules of the struct tags do, without counting
// them when the bytes alone decide.
func fits(s string, max int) bool {
	switch {
	case len(s) <= max:
		return utf8.ValidString(s)
	case len(s) > utf8.UTFMax*max:
		return false
	}
	if !utf8.ValidString(s) {
		return false
	}
	return len(s)-continuationBytes(s) <= max
}

// continuationBytes counts the bytes of s of the form 10xxxxxx: in valid
// UTF-8, every character has exactly one byte that is not, so that len(s)
// minus the count is the number of characters. It reads eight bytes at a
// time.
func continuationBytes(s string) int {
	const high = 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// Bit 7 of each byte set, bit 6 (shifted up to 7) clear.
		n += bits.OnesCount64(w &^ (w << 1) & high)
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n++
		}
	}
	return n
}
