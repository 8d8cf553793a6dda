package assessment

import (
	"testing"

	"github.com/dendai-go/dendai/i18n"
)

func TestParseState(t *testing.T) {
	tests := []struct {
		in   string
		want State
		ok   bool
	}{
		{"draft", Draft, true},
		{"submitted", Submitted, true},
		{"Draft", Draft, true},
		{" SUBMITTED ", Submitted, true},
		{"下書き", Draft, true},
		{"提出済み", Submitted, true},
		{"ｄｒａｆｔ", Draft, true},
		{"", "", false},
		{"final", "", false},
	}
	for _, tt := range tests {
		got, err := ParseState(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseState(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestStateLabel(t *testing.T) {
	for _, st := range []State{Draft, Submitted} {
		l := st.Label()
		if l.JA == "" || l.EN == "" || !st.IsValid() {
			t.Errorf("%q: label %+v, valid %v", st, l, st.IsValid())
		}
		for _, s := range []string{l.JA, l.EN, string(st)} {
			if got, err := ParseState(s); got != st || err != nil {
				t.Errorf("ParseState(%q) = %q, %v; want %q", s, got, err, st)
			}
		}
	}
	if l := State("x").Label(); l != (i18n.Text{}) || State("x").IsValid() {
		t.Errorf("an invalid state has label %+v", l)
	}
}
