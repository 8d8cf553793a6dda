package scoring

import "math/bits"

// mulDiv returns (a × b + add) / d for a quotient known to fit in 64 bits.
func mulDiv(a, b, add, d uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	lo, carry := bits.Add64(lo, add, 0)
	hi += carry
	q, _ := bits.Div64(hi, lo, d)
	return q
}
