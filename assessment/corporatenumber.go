package assessment

import (
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/textrule"
)

// CorporateNumber is a corporate number (法人番号): the 13-digit number the
// National Tax Agency (国税庁) assigns, under the My Number Act (番号法), to
// every registered company, to government bodies and to some other
// organisations, and publishes at https://www.houjin-bangou.nta.go.jp/.
//
// The number is a 12-digit base (for a registered company, its 会社法人等番号
// in the commercial register) preceded by a check digit. The Ministry of Finance
// ordinance on corporate numbers (法人番号の指定等に関する省令, article 2)
// defines the check digit as
//
//	9 − ((Σ_{n=1..12} Pn × Qn) mod 9)
//
// where Pn is the n-th digit of the base counted from the right and Qn is 1
// when n is odd and 2 when n is even. The check digit is therefore 1 to 9,
// never 0. For 5010001112730 the base is 010001112730, the sum is 22, and
// 9 − 22 mod 9 = 5. The check catches any single wrong digit and any swap of
// two adjacent digits, except that it cannot tell 0 from 9.
//
// CorporateNumber is a small comparable value, like netip.Addr: == and Equal
// compare two of them. The zero CorporateNumber holds no number and is not
// valid; every other value holds a number whose check digit is right.
type CorporateNumber struct {
	// n is the 13-digit number, check digit first, or 0 for none. Since the
	// check digit is never 0, no valid number is 0.
	n uint64
}

// corporateNumberDigits is the length of a corporate number.
const corporateNumberDigits = 13

// ParseCorporateNumber parses a corporate number. Besides the 13 ASCII digits it
// accepts what people type and copy from documents: full-width digits (０-９),
// and spaces (ASCII or the ideographic space U+3000) and hyphens (ASCII '-' and
// the full-width '－', '‐', '‑', '−' and '―') anywhere, which it ignores.
// The long vowel mark 'ー' is not a hyphen and is refused like any other
// character.
//
// An error is a *dendai.Error holding one problem, whose message quotes s and
// whose Code says what is wrong, checked in this order: an invisible format
// character such as U+200B or U+FEFF (CodeFormatChar, whose message names
// it), another character that is
// neither a digit nor ignored (CodeCorporateNumberDigits, or
// CodeCorporateNumberExponent when s is a number in exponent form such as
// 5.01E+12 or 5.010001E+12, as Excel shows and saves a 13-digit number it
// took for a number: its message says how to keep the number as text), a
// number of digits
// other than 13 (CodeCorporateNumberLength), a wrong check digit
// (CodeCorporateNumberCheckDigit).
func ParseCorporateNumber(s string) (CorporateNumber, error) {
	if r, ok := textrule.FormatChar(s); ok {
		return CorporateNumber{}, valueError(CodeFormatChar, s, textrule.CodePoint(r))
	}
	var n uint64
	count := 0
	for _, r := range s {
		var d uint64
		switch {
		case '0' <= r && r <= '9':
			d = uint64(r - '0')
		case '０' <= r && r <= '９':
			d = uint64(r - '０')
		case isCorporateNumberSeparator(r):
			continue
		default: // includes invalid UTF-8, which range reads as U+FFFD
			if exponentForm(s) {
				return CorporateNumber{}, valueError(CodeCorporateNumberExponent, s)
			}
			return CorporateNumber{}, valueError(CodeCorporateNumberDigits, s)
		}
		if count < corporateNumberDigits {
			n = n*10 + d
		}
		count++
	}
	if count != corporateNumberDigits {
		return CorporateNumber{}, valueError(CodeCorporateNumberLength, s, count)
	}
	c := CorporateNumber{n}
	if c.CheckDigit() != corporateCheckDigit(c.base()) {
		return CorporateNumber{}, valueError(CodeCorporateNumberCheckDigit, s)
	}
	return c, nil
}

// exponentForm reports whether s, folded, is a number in the exponent form a
// spreadsheet writes: digits, optionally a point and more digits, then E, an
// optional sign and digits (5.01E+12, 5E12).
func exponentForm(s string) bool {
	f := i18n.Fold(s)
	mant, exp, ok := strings.Cut(f, "e")
	if !ok {
		return false
	}
	whole, frac, _ := strings.Cut(mant, ".")
	exp = strings.TrimPrefix(strings.TrimPrefix(exp, "+"), "-")
	return allDigits(whole) && whole != "" && (frac == "" || allDigits(frac)) && exp != "" && allDigits(exp)
}

// allDigits reports whether s has only ASCII digits.
func allDigits(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}

// isCorporateNumberSeparator reports whether r is a space or a hyphen, which a
// corporate number may contain for legibility.
func isCorporateNumberSeparator(r rune) bool {
	switch r {
	case ' ', '\u3000', // space, ideographic space
		'-', '\uFF0D', '\u2010', '\u2011', '\u2212', '\u2015': // -, －, ‐, ‑, −, ―
		return true
	}
	return false
}

// corporateCheckDigit returns the check digit of a 12-digit base: 9 − (Σ Pn×Qn
// mod 9), Pn the n-th digit from the right, Qn 1 for odd n and 2 for even n.
func corporateCheckDigit(base uint64) int {
	sum := uint64(0)
	for n := 1; n <= corporateNumberDigits-1; n++ {
		p := base % 10
		base /= 10
		if n%2 == 0 {
			p *= 2
		}
		sum += p
	}
	return 9 - int(sum%9)
}

// MustParseCorporateNumber is like ParseCorporateNumber but panics on error; it
// is for tests and hard-coded numbers.
func MustParseCorporateNumber(s string) CorporateNumber {
	c, err := ParseCorporateNumber(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsValid reports whether c holds a number: whether it is not the zero
// CorporateNumber. A CorporateNumber can only be built from a number whose
// check digit is right.
func (c CorporateNumber) IsValid() bool { return c.n != 0 }

// Equal reports whether c and d are the same number, as == does. It is there
// for go-cmp, which uses it to compare CorporateNumbers: cmp.Diff needs no
// option for them.
func (c CorporateNumber) Equal(d CorporateNumber) bool { return c == d }

// CheckDigit returns the first digit of c, the check digit, or 0 for the zero
// CorporateNumber.
func (c CorporateNumber) CheckDigit() int {
	if !c.IsValid() {
		return 0
	}
	return int(c.n / 1e12)
}

// base returns the last 12 digits as a number.
func (c CorporateNumber) base() uint64 { return c.n % 1e12 }

// Base returns the 12 digits after the check digit, or "" for the zero
// CorporateNumber.
func (c CorporateNumber) Base() string {
	if !c.IsValid() {
		return ""
	}
	var buf [corporateNumberDigits]byte
	b, _ := c.AppendText(buf[:0])
	return string(b[1:])
}

// String returns the number as 13 ASCII digits, or "" for the zero
// CorporateNumber.
func (c CorporateNumber) String() string {
	var buf [corporateNumberDigits]byte
	b, _ := c.AppendText(buf[:0])
	return string(b)
}

// AppendText implements encoding.TextAppender: it appends the 13 digits of c to
// b. The zero CorporateNumber appends nothing.
func (c CorporateNumber) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, nil
	}
	var digits [corporateNumberDigits]byte
	n := c.n
	for i := len(digits) - 1; i >= 0; i-- {
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, digits[:]...), nil
}

// MarshalText implements encoding.TextMarshaler. The zero CorporateNumber
// marshals as empty text.
func (c CorporateNumber) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseCorporateNumber accepts, and empty text as the zero CorporateNumber.
func (c *CorporateNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CorporateNumber{}
		return nil
	}
	v, err := ParseCorporateNumber(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
