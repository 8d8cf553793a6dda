package i18n

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Fold normalises text typed by a person for matching against known spellings:
// NFKC normalisation (full-width letters, digits and symbols become ASCII,
// half-width katakana becomes full-width, the ideographic space becomes a space),
// then lower case, with surrounding spaces removed. "ＣＯＭＰＬＩＡＮＴ　" and
// " Compliant" both fold to "compliant".
func Fold(s string) string {
	return strings.ToLower(strings.TrimSpace(norm.NFKC.String(s)))
}
