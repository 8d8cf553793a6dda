package assessment

import (
	"strconv"
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
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// IsValid reports whether s holds a well-formed value: one of the five
// statuses. Unlike the other value types of this package, whose zero value
// holds nothing, the zero Status is valid: it is NotAssessed, the answer of a
// criterion not yet looked at.
func (s Status) IsValid() bool { return s < numStatuses }

// Label returns the status for display: 適合 / Compliant, and so on.
func (s Status) Label() i18n.Text {
	switch s {
	case NotAssessed:
		return messages.Text(keyStatusNotAssessed)
	case Compliant:
		return messages.Text(keyStatusCompliant)
	case PartiallyCompliant:
		return messages.Text(keyStatusPartiallyCompliant)
	case NonCompliant:
		return messages.Text(keyStatusNonCompliant)
	case NotApplicable:
		return messages.Text(keyStatusNotApplicable)
	}
	return i18n.Text{JA: s.String(), EN: s.String()}
}

// AppendText implements encoding.TextAppender: it appends the text form of s
// to b. A Status that is not valid appends nothing and is an error, a
// *dendai.Error coded CodeStatusInvalid.
func (s Status) AppendText(b []byte) ([]byte, error) {
	if !s.IsValid() {
		return b, valueError(CodeStatusInvalid, s.String())
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
	case "compliant", "適合", "○", "◯", "〇": // 〇 is what the IME offers for まる
		return Compliant, true
	case "partially_compliant", "一部適合", "△":
		return PartiallyCompliant, true
	case "non_compliant", "不適合", "×", "✕", "x": // X and Ｘ fold to x
		return NonCompliant, true
	case "not_applicable", "該当なし", "対象外", "-", "ー", "n/a": // － folds to -, ｰ to ー
		return NotApplicable, true
	case "not_assessed", "未評価":
		return NotAssessed, true
	}
	return NotAssessed, false
}

// ParseStatus parses a status. It accepts the text forms (compliant,
// partially_compliant, non_compliant, not_applicable, not_assessed), the Japanese
// labels 適合, 一部適合, 不適合, 該当なし, 対象外 and 未評価, and the marks used in
// Japanese checklists, with the characters people type for them: ○, ◯ or 〇
// (U+3007, what the IME offers for まる) for compliant; △ for partially
// compliant; ×, ✕, x or X for non compliant; －, -, ー (the long vowel mark,
// U+30FC) or N/A for not applicable. Input is folded first: full-width and
// half-width forms, letter case and surrounding spaces do not matter, and in the
// English forms a space or hyphen may stand for the underscore. An empty string
// is an error: a blank answer is written not_assessed.
//
// The error is a *dendai.Error holding one problem, coded CodeStatusInvalid,
// whose message quotes s.
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
	return NotAssessed, valueError(CodeStatusInvalid, s)
}

// underscore maps the separators a person may type between English words to "_".
func underscore(r rune) rune {
	if r == ' ' || r == '-' {
		return '_'
	}
	return r
}
