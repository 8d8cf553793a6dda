package assessment

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
		if !tt.ok {
			if diff := cmp.Diff(valueErr(CodeValueInvalid, tt.in), err); diff != "" {
				t.Errorf("ParseState(%q) error (-want +got):\n%s", tt.in, diff)
			}
		}
	}
}

func TestStateLabel(t *testing.T) {
	want := map[State]i18n.Text{
		Draft:     {JA: "下書き", EN: "draft"},
		Submitted: {JA: "提出済み", EN: "submitted"},
	}
	for _, st := range []State{Draft, Submitted} {
		l := st.Label()
		if diff := cmp.Diff(want[st], l); diff != "" || !st.IsValid() {
			t.Errorf("%q: valid %v, label (-want +got):\n%s", st, st.IsValid(), diff)
		}
		for _, s := range []string{l.JA, l.EN, string(st)} {
			if got, err := ParseState(s); got != st || err != nil {
				t.Errorf("ParseState(%q) = %q, %v; want %q", s, got, err, st)
			}
		}
	}
	for _, st := range []State{"", "x", "Draft"} {
		if l := st.Label(); l != (i18n.Text{}) || st.IsValid() {
			t.Errorf("the invalid state %q has label %+v, valid %v", st, l, st.IsValid())
		}
	}
}
