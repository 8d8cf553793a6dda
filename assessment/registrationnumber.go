package assessment

import (
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/textrule"
)

// Bureau is a regional office of the Ministry of Finance, or the Okinawa General
// Bureau, whose director-general registers Electronic Payment Intermediate
// Service Providers (EPISPs) on behalf of the Financial Services Agency. Its
// name is the first part of an EPISP's registration number. The zero Bureau is
// no bureau and is not valid.
type Bureau uint8

// The bureaus that register EPISPs.
const (
	BureauHokkaido Bureau = iota + 1 // 北海道財務局
	BureauTohoku                     // 東北財務局
	BureauKanto                      // 関東財務局
	BureauHokuriku                   // 北陸財務局
	BureauTokai                      // 東海財務局
	BureauKinki                      // 近畿財務局
	BureauChugoku                    // 中国財務局
	BureauShikoku                    // 四国財務局
	BureauKyushu                     // 九州財務局
	BureauFukuoka                    // 福岡財務支局
	BureauOkinawa                    // 沖縄総合事務局
)

// Bureaus returns every bureau, north to south, in a new slice.
func Bureaus() []Bureau {
	return []Bureau{
		BureauHokkaido, BureauTohoku, BureauKanto, BureauHokuriku, BureauTokai, BureauKinki,
		BureauChugoku, BureauShikoku, BureauKyushu, BureauFukuoka, BureauOkinawa,
	}
}

// IsValid reports whether b holds a well-formed value: one of the bureaus of
// Bureaus(). The zero Bureau is not valid.
func (b Bureau) IsValid() bool { return BureauHokkaido <= b && b <= BureauOkinawa }

// String returns the Japanese name of the bureau, as it is written in a
// registration number: 関東財務局, 福岡財務支局, 沖縄総合事務局 and so on. A value
// that is not a bureau prints as Bureau(n).
func (b Bureau) String() string {
	if ja, _ := b.names(); ja != "" {
		return ja
	}
	return "Bureau(" + strconv.Itoa(int(b)) + ")"
}

// Name returns the official name of the bureau in Japanese and English:
// 関東財務局 / Kanto Local Finance Bureau, and so on.
func (b Bureau) Name() i18n.Text {
	ja, en := b.names()
	if ja == "" {
		s := b.String()
		return i18n.Text{JA: s, EN: s}
	}
	return i18n.Text{JA: ja, EN: en}
}

// names returns the Japanese and English names of b, or "" for both if b is not
// a bureau. The names are proper nouns rather than messages, so they live here
// and not in the message catalog.
func (b Bureau) names() (ja, en string) {
	switch b {
	case BureauHokkaido:
		return "北海道財務局", "Hokkaido Local Finance Bureau"
	case BureauTohoku:
		return "東北財務局", "Tohoku Local Finance Bureau"
	case BureauKanto:
		return "関東財務局", "Kanto Local Finance Bureau"
	case BureauHokuriku:
		return "北陸財務局", "Hokuriku Local Finance Bureau"
	case BureauTokai:
		return "東海財務局", "Tokai Local Finance Bureau"
	case BureauKinki:
		return "近畿財務局", "Kinki Local Finance Bureau"
	case BureauChugoku:
		return "中国財務局", "Chugoku Local Finance Bureau"
	case BureauShikoku:
		return "四国財務局", "Shikoku Local Finance Bureau"
	case BureauKyushu:
		return "九州財務局", "Kyushu Local Finance Bureau"
	case BureauFukuoka:
		return "福岡財務支局", "Fukuoka Local Finance Branch Bureau"
	case BureauOkinawa:
		return "沖縄総合事務局", "Okinawa General Bureau"
	}
	return "", ""
}

// bureauNamed returns the bureau whose Japanese name is s.
func bureauNamed(s string) (Bureau, bool) {
	switch s {
	case "北海道財務局":
		return BureauHokkaido, true
	case "東北財務局":
		return BureauTohoku, true
	case "関東財務局":
		return BureauKanto, true
	case "北陸財務局":
		return BureauHokuriku, true
	case "東海財務局":
		return BureauTokai, true
	case "近畿財務局":
		return BureauKinki, true
	case "中国財務局":
		return BureauChugoku, true
	case "四国財務局":
		return BureauShikoku, true
	case "九州財務局":
		return BureauKyushu, true
	case "福岡財務支局":
		return BureauFukuoka, true
	case "沖縄総合事務局":
		return BureauOkinawa, true
	}
	return 0, false
}

// RegistrationNumber is the registration number of an Electronic Payment
// Intermediate Service Provider (電子決済等代行業者), written
// <bureau>長（電代）第<n>号: 関東財務局長（電代）第12号 is registration 12 of the
// Director-General of the Kanto Local Finance Bureau. The register is public,
// in the Financial Services Agency's list of registered EPISPs.
//
// RegistrationNumber is a small comparable value, like netip.Addr: == and Equal
// compare two of them. The zero RegistrationNumber holds no registration, as for
// a company not yet registered, and is not valid; every other value holds a
// bureau of Bureaus() and a number from 1 to 999,999,999.
type RegistrationNumber struct {
	bureau Bureau // 0 for none
	n      uint32 // 1 to maxRegistrationNumber
}

// maxRegistrationDigits bounds the number of a registration: 9 digits, far more
// than any bureau will ever register, and within a uint32.
const (
	maxRegistrationDigits = 9
	maxRegistrationNumber = 999_999_999
)

// NewRegistrationNumber returns registration n of bureau b. It reports false if
// b is not a bureau or n is not between 1 and 999,999,999.
func NewRegistrationNumber(b Bureau, n int) (RegistrationNumber, bool) {
	if !b.IsValid() || n < 1 || n > maxRegistrationNumber {
		return RegistrationNumber{}, false
	}
	return RegistrationNumber{b, uint32(n)}, true
}

// ParseRegistrationNumber parses a registration number written
// <bureau>長（電代）第<n>号, such as 関東財務局長（電代）第12号. Parentheses may
// be full-width or ASCII, digits full-width or ASCII, and spaces (ASCII or the
// ideographic space U+3000) may appear anywhere and are ignored. The number may
// have leading zeros, which String drops.
//
// An error is a *dendai.Error holding one problem, coded CodeFormatChar if s
// holds an invisible format character such as U+200B or U+202E (the message
// names it), CodeRegistrationNumberInvalid if s does not have that shape (the message
// quotes s), CodeRegistrationNumberBureau if the shape is right but the bureau
// is not one of Bureaus(), as in 大阪財務局長（電代）第1号 (the message quotes
// the bureau's name), or CodeRegistrationNumberNumber if the number is 0 or
// longer than 9 digits (the message quotes s).
func ParseRegistrationNumber(s string) (RegistrationNumber, error) {
	if r, ok := textrule.FormatChar(s); ok {
		return RegistrationNumber{}, valueError(CodeFormatChar, s, textrule.CodePoint(r))
	}
	t := normalizeRegistration(s)
	invalid := func() error { return valueError(CodeRegistrationNumberInvalid, s) }
	name, rest, ok := strings.Cut(t, "長(電代)第")
	if !ok || name == "" {
		return RegistrationNumber{}, invalid()
	}
	digits, ok := strings.CutSuffix(rest, "号")
	if !ok || digits == "" || strings.ContainsFunc(digits, func(r rune) bool { return r < '0' || r > '9' }) {
		return RegistrationNumber{}, invalid()
	}
	b, ok := bureauNamed(name)
	if !ok {
		return RegistrationNumber{}, valueError(CodeRegistrationNumberBureau, name)
	}
	digits = strings.TrimLeft(digits, "0")
	if digits == "" || len(digits) > maxRegistrationDigits {
		return RegistrationNumber{}, valueError(CodeRegistrationNumberNumber, s)
	}
	n, _ := strconv.Atoi(digits) // cannot fail: at most 9 ASCII digits
	return RegistrationNumber{b, uint32(n)}, nil
}

// normalizeRegistration removes spaces from s and turns full-width parentheses
// and digits into ASCII ones. Other characters, invalid UTF-8 included (as
// U+FFFD), are kept, so that they fail the match that follows.
func normalizeRegistration(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u3000':
			continue
		case r == '（':
			r = '('
		case r == '）':
			r = ')'
		case '０' <= r && r <= '９':
			r = '0' + (r - '０')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MustParseRegistrationNumber is like ParseRegistrationNumber but panics on
// error; it is for tests and hard-coded numbers.
func MustParseRegistrationNumber(s string) RegistrationNumber {
	r, err := ParseRegistrationNumber(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Bureau returns the bureau that made the registration, or 0 for the zero
// RegistrationNumber.
func (r RegistrationNumber) Bureau() Bureau { return r.bureau }

// Number returns the number of the registration within its bureau, or 0 for the
// zero RegistrationNumber.
func (r RegistrationNumber) Number() int { return int(r.n) }

// IsValid reports whether r holds a registration: whether it is not the zero
// RegistrationNumber.
func (r RegistrationNumber) IsValid() bool { return r.bureau.IsValid() && r.n > 0 }

// Equal reports whether r and s are the same registration, as == does. It is
// there for go-cmp, which uses it to compare RegistrationNumbers: cmp.Diff
// needs no option for them.
func (r RegistrationNumber) Equal(s RegistrationNumber) bool { return r == s }

// String returns the registration number in its normal form, with full-width
// parentheses and ASCII digits: 関東財務局長（電代）第12号. The zero
// RegistrationNumber is "".
func (r RegistrationNumber) String() string {
	if !r.IsValid() {
		return ""
	}
	var buf [64]byte
	b, _ := r.AppendText(buf[:0])
	return string(b)
}

// AppendText implements encoding.TextAppender: it appends the normal form of r
// to b. The zero RegistrationNumber appends nothing.
func (r RegistrationNumber) AppendText(b []byte) ([]byte, error) {
	if !r.IsValid() {
		return b, nil
	}
	b = append(b, r.bureau.String()...)
	b = append(b, "長（電代）第"...)
	b = strconv.AppendUint(b, uint64(r.n), 10)
	return append(b, "号"...), nil
}

// MarshalText implements encoding.TextMarshaler. The zero RegistrationNumber
// marshals as empty text.
func (r RegistrationNumber) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseRegistrationNumber accepts, and empty text as the zero
// RegistrationNumber.
func (r *RegistrationNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = RegistrationNumber{}
		return nil
	}
	v, err := ParseRegistrationNumber(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
