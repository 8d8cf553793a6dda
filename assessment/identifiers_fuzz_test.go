package assessment

import (
	"testing"
)

// The seed corpora are in testdata/fuzz/<FuzzName>, so that plain go test runs
// them; go test -fuzz=^FuzzParseStatus$ ./assessment explores further.

// checkValueError fails unless err is a *dendai.Error holding one problem,
// with no place, with a code of the table and a message in both languages.
func checkValueError(t *testing.T, in string, err error) {
	t.Helper()
	p, ok := valueProblem(err)
	if !ok {
		t.Fatalf("parsing %q: error %v (%T), want a *dendai.Error with one problem", in, err, err)
	}
	if p.Code == "" || p.Message.JA == "" || p.Message.EN == "" || p.Message.EN == string(p.Code) {
		t.Fatalf("parsing %q: incomplete problem %#v", in, p)
	}
}

func FuzzParseCorporateNumber(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCorporateNumber(s)
		if err != nil {
			checkValueError(t, s, err)
			if c != (CorporateNumber{}) {
				t.Fatalf("ParseCorporateNumber(%q) = %q with an error", s, c)
			}
			return
		}
		str := c.String()
		if len(str) != 13 || !c.IsValid() || refCheckDigit(c.Base()) != c.CheckDigit() || str[1:] != c.Base() {
			t.Fatalf("ParseCorporateNumber(%q) = %q (valid %v, check digit %d, base %q)", s, str, c.IsValid(), c.CheckDigit(), c.Base())
		}
		c2, err := ParseCorporateNumber(str)
		if err != nil || c2 != c || c2.String() != str {
			t.Fatalf("ParseCorporateNumber(%q) = %q, but that parses as %q, %v", s, str, c2, err)
		}
	})
}

func FuzzParseRegistrationNumber(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRegistrationNumber(s)
		if err != nil {
			checkValueError(t, s, err)
			if r != (RegistrationNumber{}) {
				t.Fatalf("ParseRegistrationNumber(%q) = %q with an error", s, r)
			}
			return
		}
		str := r.String()
		if !r.IsValid() || !r.Bureau().IsValid() || r.Number() < 1 || r.Number() > maxRegistrationNumber {
			t.Fatalf("ParseRegistrationNumber(%q) = %q: bureau %d, number %d", s, str, uint8(r.Bureau()), r.Number())
		}
		r2, err := ParseRegistrationNumber(str)
		if err != nil || r2 != r || r2.String() != str {
			t.Fatalf("ParseRegistrationNumber(%q) = %q, but that parses as %q, %v", s, str, r2, err)
		}
		if n, ok := NewRegistrationNumber(r.Bureau(), r.Number()); !ok || n != r {
			t.Fatalf("NewRegistrationNumber(%v, %d) = %q, %v; want %q", r.Bureau(), r.Number(), n, ok, str)
		}
	})
}

func FuzzParseStatus(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseStatus(s)
		if err != nil {
			checkValueError(t, s, err)
			return
		}
		if !st.IsValid() {
			t.Fatalf("ParseStatus(%q) = invalid %d", s, uint8(st))
		}
		str := st.String()
		st2, err := ParseStatus(str)
		if err != nil || st2 != st || st2.String() != str {
			t.Fatalf("ParseStatus(%q) = %q, but that parses as %q, %v", s, str, st2, err)
		}
		// The label parses back too, in both languages.
		for _, l := range []string{st.Label().JA, st.Label().EN} {
			if st3, err := ParseStatus(l); err != nil || st3 != st {
				t.Fatalf("ParseStatus(%q) = %v, %v; want %v", l, st3, err, st)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %q with an error", s, d)
			}
			checkValueError(t, s, err)
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = the zero Date without an error", s)
		}
		// ParseDate takes only the normal form, so printing gives back the input.
		str := d.String()
		if str != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, str)
		}
		d2, err := ParseDate(str)
		if err != nil || d2 != d || d2.String() != str {
			t.Fatalf("ParseDate(%q) = %q, but that parses as %q, %v", s, str, d2, err)
		}
		if n, ok := NewDate(d.Year(), d.Month(), d.Day()); !ok || n != d {
			t.Fatalf("NewDate(%d, %d, %d) = %q, %v; want %q", d.Year(), d.Month(), d.Day(), n, ok, str)
		}
	})
}

func FuzzParseState(f *testing.F) {
	for _, s := range []string{"draft", "submitted", "下書き", "提出済み", " SUBMITTED ", "ｄｒａｆｔ", "", "final"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseState(s)
		if err != nil {
			checkValueError(t, s, err)
			if st != "" {
				t.Fatalf("ParseState(%q) = %q with an error", s, st)
			}
			return
		}
		if !st.IsValid() {
			t.Fatalf("ParseState(%q) = invalid %q", s, st)
		}
		// The wire spelling and the labels parse back, in both languages.
		for _, l := range []string{string(st), st.Label().JA, st.Label().EN} {
			if st2, err := ParseState(l); err != nil || st2 != st {
				t.Fatalf("ParseState(%q) = %q, %v; want %q", l, st2, err, st)
			}
		}
	})
}
