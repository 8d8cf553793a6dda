package mdblock

import "testing"

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"+", `\+`},
		{"---", `\---`},
		{"= = =", `\= = =`},
		{"1. item", `1\. item`},
		{"12) item", `12\) item`},
		{"1.0.1", "1.0.1"},
		{"-5", "-5"},
		{"12345678901. x", "12345678901. x"},
		{"text # not a heading", "text # not a heading"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
