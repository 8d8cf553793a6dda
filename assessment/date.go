package assessment

import (
	"fmt"
	"time"
)

// Date is a calendar date without a time or a zone, written YYYY-MM-DD.
//
// Date is a small comparable value, like netip.Addr: == and Equal compare two
// of them. The zero Date holds no date and is not valid; every other Date holds
// a date that exists, in the years 1 to 9999.
type Date struct {
	year  int16
	month uint8
	day   uint8
}

// NewDate returns the date y-m-d. It reports false if the date does not exist or
// its year is outside 1 to 9999.
func NewDate(y int, m time.Month, d int) (Date, bool) {
	if y < 1 || y > 9999 || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{int16(y), uint8(m), uint8(d)}, true
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	dt, _ := NewDate(y, m, d)
	return dt
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate parses a date written YYYY-MM-DD, as in JSON and the CSV template.
// The date must exist and its year be from 1 to 9999; otherwise the error is a
// *dendai.Error holding one problem, coded CodeDateInvalid, whose message
// quotes s.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateError(s)
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 0 || d < 0 {
		return Date{}, dateError(s)
	}
	dt, ok := NewDate(y, time.Month(m), d)
	if !ok {
		return Date{}, dateError(s)
	}
	return dt, nil
}

func dateError(s string) error { return valueError(CodeDateInvalid, s) }

// MustParseDate is like ParseDate but panics on error; it is for tests and
// hard-coded dates.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsValid reports whether d holds a date: whether it is not the zero Date.
func (d Date) IsValid() bool { return d != Date{} }

// Equal reports whether d and e are the same date, as == does. It is there for
// go-cmp, which uses it to compare Dates: cmp.Diff needs no option for them.
func (d Date) Equal(e Date) bool { return d == e }

// Year returns the year of the date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of the date.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of the date.
func (d Date) Day() int { return int(d.day) }

// Before reports whether d comes before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d comes after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch a, b := d.ordinal(), e.ordinal(); {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (d Date) ordinal() int { return int(d.year)<<9 | int(d.month)<<5 | int(d.day) }

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if !d.IsValid() {
		return ""
	}
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText implements encoding.TextAppender: it appends the YYYY-MM-DD form of
// d to b. The zero Date appends nothing.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if !d.IsValid() {
		return b, nil
	}
	return fmt.Appendf(b, "%04d-%02d-%02d", d.year, d.month, d.day), nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
