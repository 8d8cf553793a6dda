package scoring

import (
	"strconv"
	"strings"
)

// Decimal is an exact decimal number: a count of millionths, so that 7.5 is
// 7_500_000, or 7*One + One/2. Weights and credits have at most three
// decimals, so their products, the points a criterion earns, are exact too.
// Its text and JSON forms are a plain number with no trailing zeros.
type Decimal int64

// One is the Decimal 1.
const One Decimal = 1_000_000

// unit is One, in this package's arithmetic.
const unit = One

// parseDecimal reads a non-negative JSON number literal with at most nine
// digits before the point and three after it. Exponents are refused: policies
// are written by people.
func parseDecimal(lit string) (Decimal, bool) {
	intPart, frac, hasFrac := strings.Cut(lit, ".")
	if intPart == "" || len(intPart) > 9 || strings.ContainsAny(lit, "eE+-") ||
		(hasFrac && (frac == "" || len(frac) > 3)) {
		return 0, false
	}
	n, err := strconv.ParseUint(intPart, 10, 64)
	if err != nil {
		return 0, false
	}
	d := Decimal(n) * unit
	scale := Decimal(100_000)
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return 0, false
		}
		d += Decimal(frac[i]-'0') * scale
		scale /= 10
	}
	return d, true
}

// String returns the number in decimal notation: "7.5", "10", "0.125".
func (d Decimal) String() string { return string(d.appendText(nil)) }

// AppendText appends the decimal notation of d to b, as String writes it. It
// implements encoding.TextAppender and never fails.
func (d Decimal) AppendText(b []byte) ([]byte, error) { return d.appendText(b), nil }

// MarshalText returns the decimal notation of d, as String writes it. It
// implements encoding.TextMarshaler and never fails.
func (d Decimal) MarshalText() ([]byte, error) { return d.appendText(nil), nil }

func (d Decimal) appendText(b []byte) []byte {
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u // exact for the smallest Decimal too
	}
	b = strconv.AppendUint(b, u/uint64(unit), 10)
	frac := u % uint64(unit)
	if frac == 0 {
		return b
	}
	var digits [6]byte
	for i := 5; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := 6
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// MarshalJSON writes d as a JSON number.
func (d Decimal) MarshalJSON() ([]byte, error) { return d.appendText(nil), nil }

// Float64 returns d as a float64, for display and plotting; computations use d.
func (d Decimal) Float64() float64 { return float64(d) / float64(unit) }

// Percent is a score from 0 to 100 with one decimal, counted in tenths: 875 is
// 87.5. NoScore means there is nothing to score: every criterion is not
// applicable or weighs nothing.
type Percent int16

// NoScore is the Percent of a set of criteria with nothing to score.
const NoScore Percent = -1

// maxPercent is the largest Percent, 3276.7.
const maxPercent = 1<<15 - 1

// percent returns 100 × earned / possible rounded to one decimal, halves rounded
// up, computed exactly in integers.
func percent(earned, possible Decimal) Percent {
	if possible <= 0 {
		return NoScore
	}
	// tenths = floor((1000 × earned + possible/2) / possible), in 128-bit
	// arithmetic so that no sum of weights can overflow.
	return Percent(mulDiv(uint64(earned)*2, 1000, uint64(possible), uint64(possible)*2))
}

// String returns "87.5", or "-" for NoScore.
func (p Percent) String() string {
	if p < 0 {
		return "-"
	}
	return string(p.appendText(nil))
}

// AppendText appends the score as String writes it: with one decimal ("87.5",
// "100.0"), or "-" for NoScore. It implements encoding.TextAppender and never
// fails.
func (p Percent) AppendText(b []byte) ([]byte, error) { return p.appendText(b), nil }

// MarshalText returns the score as String writes it. It implements
// encoding.TextMarshaler and never fails.
func (p Percent) MarshalText() ([]byte, error) { return p.appendText(nil), nil }

func (p Percent) appendText(b []byte) []byte {
	if p < 0 {
		return append(b, '-')
	}
	b = strconv.AppendInt(b, int64(p/10), 10)
	return append(b, '.', byte('0'+p%10))
}

// MarshalJSON writes the score as a number with one decimal, or null for NoScore.
func (p Percent) MarshalJSON() ([]byte, error) {
	if p < 0 {
		return []byte("null"), nil
	}
	return p.appendText(nil), nil
}

// Float64 returns the score as a number from 0 to 100, or -1 for NoScore.
func (p Percent) Float64() float64 {
	if p < 0 {
		return -1
	}
	return float64(p) / 10
}
