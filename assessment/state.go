package assessment

import "github.com/dendai-go/dendai/i18n"

// State says how far an assessment has come. Its text form is the wire
// spelling, "draft" or "submitted".
type State string

// The states of an assessment.
const (
	// Draft is an assessment in progress: responses may be missing.
	Draft State = "draft"
	// Submitted is an assessment handed to the bank: every criterion of the
	// catalog must have a response.
	Submitted State = "submitted"
)

// IsValid reports whether s holds a well-formed value: Draft or Submitted. The
// zero State, "", is not valid.
func (s State) IsValid() bool { return s == Draft || s == Submitted }

// Label returns the state's name for people in both languages: 下書き and
// draft, 提出済み and submitted. An invalid state has an empty label.
func (s State) Label() i18n.Text {
	switch s {
	case Draft:
		return messages.Text(keyStateDraft)
	case Submitted:
		return messages.Text(keyStateSubmitted)
	}
	return i18n.Text{}
}

// ParseState parses a state from its wire spelling or its label in either
// language, folded for width and case as ParseStatus folds: "draft",
// "Submitted", "下書き", "提出済み". The error is a *dendai.Error holding one
// problem, coded CodeValueInvalid, whose message quotes s.
func ParseState(s string) (State, error) {
	switch st := State(s); st {
	case Draft, Submitted:
		return st, nil
	}
	f := i18n.Fold(s)
	for _, st := range [...]State{Draft, Submitted} {
		if l := st.Label(); f == string(st) || f == i18n.Fold(l.JA) || f == i18n.Fold(l.EN) {
			return st, nil
		}
	}
	return "", valueError(CodeValueInvalid, s)
}
