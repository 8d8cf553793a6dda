package i18n

// Text is a string in both of dendai's languages. Its JSON form is
// {"ja": "…", "en": "…"}.
type Text struct {
	JA string `json:"ja"`
	EN string `json:"en"`
}

// In returns the text in l.
func (t Text) In(l Lang) string {
	if l == Japanese {
		return t.JA
	}
	return t.EN
}

// IsZero reports whether both languages are empty.
func (t Text) IsZero() bool { return t.JA == "" && t.EN == "" }

// String returns the English text, so that a Text prints sensibly with %v.
func (t Text) String() string { return t.EN }
