package assessment

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dateParts returns the parts of d, to compare with cmp.
func dateParts(d Date) [3]int { return [3]int{d.Year(), int(d.Month()), d.Day()} }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want [3]int
	}{
		{"2026-11-01", [3]int{2026, 11, 1}},
		{"2028-02-29", [3]int{2028, 2, 29}}, // a leap year
		{"2000-02-29", [3]int{2000, 2, 29}}, // divisible by 400
		{"2026-12-31", [3]int{2026, 12, 31}},
		{"2026-04-30", [3]int{2026, 4, 30}},
		{"0001-01-01", [3]int{1, 1, 1}},
		{"9999-12-31", [3]int{9999, 12, 31}},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, dateParts(d)); diff != "" {
			t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
		}
		if got := d.String(); got != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got)
		}
		if !d.IsValid() {
			t.Errorf("ParseDate(%q).IsValid() = false", tt.in)
		}
		if d != MustParseDate(tt.in) {
			t.Errorf("ParseDate(%q) != MustParseDate(%q)", tt.in, tt.in)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"2026-02-29", // not a leap year
		"1900-02-29", // divisible by 100
		"2100-02-29",
		"2026-04-31",
		"2026-01-32",
		"2026-01-00",
		"2026-00-10",
		"2026-13-01",
		"0000-01-01", // years run from 1
		"10000-01-01",
		"2026-1-01",
		"2026-01-1",
		"26-01-01",
		"２０２６-01-01", // full-width digits are not folded
		"2026－01－01",
		"2026/01/01",
		"2026.01.01",
		"20260101",
		" 2026-01-01",
		"2026-01-01 ",
		"2026-01-01\n",
		"2026-01-01T00:00:00Z",
		"+026-01-01",
		"-026-01-01",
		"2026-+1-01",
		"2026- 1-01",
		"2026-01-0a",
		"２０２６年１月１日",
		"\xff\xff\xff\xff-01-01",
	} {
		d, err := ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, d)
			continue
		}
		if diff := cmp.Diff(valueErr(CodeDateInvalid, in), err); diff != "" {
			t.Errorf("ParseDate(%q) error (-want +got):\n%s", in, diff)
		}
		if !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("ParseDate(%q): error %q does not quote the input", in, err)
		}
		if d.IsValid() {
			t.Errorf("ParseDate(%q) = %v with an error; want the zero Date", in, d)
		}
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate of a bad date did not panic")
		}
	}()
	MustParseDate("2026-02-29")
}

func TestNewDate(t *testing.T) {
	tests := []struct {
		y      int
		m      time.Month
		d      int
		want   string
		wantOK bool
	}{
		{2026, time.November, 1, "2026-11-01", true},
		{2028, time.February, 29, "2028-02-29", true},
		{1, time.January, 1, "0001-01-01", true},
		{9999, time.December, 31, "9999-12-31", true},
		{2026, time.February, 29, "", false},
		{0, time.January, 1, "", false},
		{10000, time.January, 1, "", false},
		{-1, time.January, 1, "", false},
		{2026, 0, 1, "", false},
		{2026, 13, 1, "", false},
		{2026, time.January, 0, "", false},
		{2026, time.January, 32, "", false},
		{2026, time.June, 31, "", false},
	}
	for _, tt := range tests {
		d, ok := NewDate(tt.y, tt.m, tt.d)
		if d.String() != tt.want || ok != tt.wantOK {
			t.Errorf("NewDate(%d, %d, %d) = %q, %v; want %q, %v", tt.y, tt.m, tt.d, d, ok, tt.want, tt.wantOK)
		}
	}
}

func TestDateCompare(t *testing.T) {
	// In order; the zero Date comes before every other date.
	dates := []Date{
		{},
		MustParseDate("0001-01-01"),
		MustParseDate("0001-01-02"),
		MustParseDate("2026-01-31"),
		MustParseDate("2026-02-01"),
		MustParseDate("2026-02-28"),
		MustParseDate("2026-12-31"),
		MustParseDate("2027-01-01"),
		MustParseDate("9999-12-31"),
	}
	for i, d := range dates {
		for j, e := range dates {
			want := []any{cmpInts(i, j), i < j, i > j}
			got := []any{d.Compare(e), d.Before(e), d.After(e)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%q vs %q: Compare, Before, After (-want +got):\n%s", d, e, diff)
			}
		}
	}
}

func cmpInts(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestDateZero(t *testing.T) {
	var d Date
	b, err := d.MarshalText()
	a, aerr := d.AppendText([]byte("x"))
	got := []any{d.IsValid(), d.String(), d.Year(), d.Month(), d.Day(), string(b), err, string(a), aerr}
	want := []any{false, "", 0, time.Month(0), 0, "", nil, "x", nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Date: IsValid, String, Year, Month, Day, MarshalText, AppendText (-want +got):\n%s", diff)
	}
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"2026-11-01", "0001-01-01", "9999-12-31", "2028-02-29"} {
		d := MustParseDate(s)
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s.MarshalText() = %q, %v", s, b, err)
		}
		a, err := d.AppendText([]byte("due "))
		if err != nil || string(a) != "due "+s {
			t.Errorf("%s.AppendText = %q, %v", s, a, err)
		}
		var u Date
		if err := u.UnmarshalText(b); err != nil || u != d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, u, err, d)
		}
		if err := u.UnmarshalText(nil); err != nil || u.IsValid() {
			t.Errorf("UnmarshalText(nil) = %v, %v; want the zero Date", u, err)
		}
		u = d
		if err := u.UnmarshalText([]byte("2026-02-30")); err == nil || u != d {
			t.Errorf(`UnmarshalText("2026-02-30") = %v, %v; want an error and no change`, u, err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Due  Date `json:"due"`
		Zero Date `json:"zero,omitzero"`
	}
	b, err := json.Marshal(doc{Due: MustParseDate("2027-03-31")})
	if err != nil || string(b) != `{"due":"2027-03-31"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"due":"2027-03-31","zero":""}`), &d); err != nil || d.Due.String() != "2027-03-31" || d.Zero.IsValid() {
		t.Errorf("json.Unmarshal = %+v, %v", d, err)
	}
	if err := json.Unmarshal([]byte(`{"due":"2027-02-29"}`), &d); err == nil {
		t.Error("json.Unmarshal of 2027-02-29 succeeded")
	}
}

func TestDateOf(t *testing.T) {
	jst := time.FixedZone("JST", 9*60*60)
	hst := time.FixedZone("HST", -10*60*60)
	// 2026-10-31 15:30 UTC is already 1 November in Japan.
	instant := time.Date(2026, 10, 31, 15, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"UTC", instant, "2026-10-31"},
		{"JST", instant.In(jst), "2026-11-01"},
		{"HST", instant.In(hst), "2026-10-31"},
		{"JST just after midnight", time.Date(2027, 1, 1, 0, 0, 0, 0, jst), "2027-01-01"},
		{"the same instant in UTC", time.Date(2027, 1, 1, 0, 0, 0, 0, jst).UTC(), "2026-12-31"},
		{"UTC+14 and UTC-12 a day apart", time.Date(2026, 3, 1, 1, 0, 0, 0, time.FixedZone("", 14*60*60)), "2026-03-01"},
		{"the same instant at UTC-12", time.Date(2026, 3, 1, 1, 0, 0, 0, time.FixedZone("", 14*60*60)).In(time.FixedZone("", -12*60*60)), "2026-02-27"},
		{"leap day", time.Date(2028, 2, 29, 23, 59, 59, 999_999_999, time.UTC), "2028-02-29"},
		// Outside years 1 to 9999 a time has no Date: DateOf returns the zero Date.
		{"year 0", time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC), ""},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"the zero time", time.Time{}, "0001-01-01"},
	}
	for _, tt := range tests {
		if got := DateOf(tt.t).String(); got != tt.want {
			t.Errorf("%s: DateOf(%v) = %q, want %q", tt.name, tt.t, got, tt.want)
		}
	}
}
