package assessment

import (
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// LookupStatus reads a status as ParseStatus does, reporting whether s names
// one, without building an error: for a reader that counts the problems past
// dendai.MaxProblems rather than building them.
func LookupStatus(s string) (Status, bool) {
	if st, ok := spelling(s); ok {
		return st, true
	}
	f := i18n.Fold(s)
	if st, ok := spelling(f); ok {
		return st, true
	}
	return spelling(strings.Map(underscore, f))
}
