package assessment

import (
	"fmt"
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// Status is the answer given for a criterion. The zero value is NotAssessed.
type Status uint8

// The statuses, in the order of their numeric values.
const (
	NotAssessed Status = iota
	Compliant
	PartiallyCompliant
	NonCompliant
	NotApplicable
)

// numStatuses is one past the last valid Status.
const numStatuses = 5

// Statuses returns every status, NotAssessed first.
func Statuses() []Status {
	return []Status{NotAssessed, Compliant, PartiallyCompliant, NonCompliant, NotApplicable}
}

// String returns the text form: "compliant", "partially_compliant",
// "non_compliant", "not_applicable" or "not_assessed".
func (s Status) String() string {
	switch s {
	case NotAssessed:
		return "not_assessed"
	case Compliant:
		return "compliant"
	case PartiallyCompliant:
		return "partially_compliant"
	case NonCompliant:
		return "non_compliant"
	case NotApplicable:
		return "not_applicable"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return s < numStatuses }

// Label returns the status for display: 適合 / Compliant, and so on.
func (s Status) Label() i18n.Text {
	switch s {
	case NotAssessed:
		return i18n.StatusNotAssessed.Text()
	case Compliant:
		return i18n.StatusCompliant.Text()
	case PartiallyCompliant:
		return i18n.StatusPartiallyCompliant.Text()
	case NonCompliant:
		return i18n.StatusNonCompliant.Text()
	case NotApplicable:
		return i18n.StatusNotApplicable.Text()
	}
	return i18n.Text{JA: s.String(), EN: s.String()}
}

// AppendText implements encoding.TextAppender.
func (s Status) AppendText(b []byte) ([]byte, error) {
	if !s.IsValid() {
		return b, fmt.Errorf("assessment: invalid status %d", uint8(s))
	}
	return append(b, s.String()...), nil
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what ParseStatus
// accepts.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// spelling returns the status a folded spelling names.
func spelling(s string) (Status, bool) {
	switch s {
	case "compliant", "適合", "○", "◯":
		return Compliant, true
	case "partially_compliant", "一部適合", "△":
		return PartiallyCompliant, true
	case "non_compliant", "不適合", "×", "✕":
		return NonCompliant, true
	case "not_applicable", "該当なし", "対象外", "-", "n/a": // － folds to -
		return NotApplicable, true
	case "not_assessed", "未評価":
		return NotAssessed, true
	}
	return NotAssessed, false
}

// ParseStatus parses a status. It accepts the text forms (compliant,
// partially_compliant, non_compliant, not_applicable, not_assessed), the Japanese
// labels 適合, 一部適合, 不適合, 該当なし, 対象外 and 未評価, and the marks used in
// Japanese checklists: ○ or ◯ (compliant), △ (partially compliant), × or ✕ (non
// compliant), － or N/A (not applicable). Input is folded first: full-width and
// half-width forms, letter case and surrounding spaces do not matter, and in the
// English forms a space or hyphen may stand for the underscore. An empty string
// is an error: a blank answer is written not_assessed.
func ParseStatus(s string) (Status, error) {
	if st, ok := spelling(s); ok { // the common case: already canonical
		return st, nil
	}
	f := i18n.Fold(s)
	if st, ok := spelling(f); ok {
		return st, nil
	}
	if st, ok := spelling(strings.Map(underscore, f)); ok {
		return st, nil
	}
	return NotAssessed, &ValueError{Value: s, Code: i18n.StatusInvalid, Message: i18n.StatusInvalid.Text(s)}
}

// underscore maps the separators a person may type between English words to "_".
func underscore(r rune) rune {
	if r == ' ' || r == '-' {
		return '_'
	}
	return r
}

// ValueError reports a value that cannot be parsed: a status, a date, a
// corporate number or a registration number.
type ValueError struct {
	Value   string
	Code    i18n.Key
	Message i18n.Text
}

func (e *ValueError) Error() string { return "assessment: " + e.Message.EN }
