// Package jsonw appends JSON values to byte slices, exactly as encoding/json
// writes them, for the hand-written encoders of dendai's documents: they write
// each document once, with no reflection and no second pass over the output.
package jsonw

import "unicode/utf8"

const hex = "0123456789abcdef"

// plainLo and plainHi are bit sets of the ASCII bytes a JSON string holds as
// they are, with HTML escaping: 0x20 to 0x3f and 0x40 to 0x7f, but for '"',
// '&', '<', '>' and '\\'. Constants, so that the package has nothing to
// initialise when a program starts.
const (
	plainLo uint64 = 0xffffffff_00000000 &^ (1<<'"' | 1<<'&' | 1<<'<' | 1<<'>')
	plainHi uint64 = 0xffffffff_ffffffff &^ (1 << ('\\' - 64))
)

// plain reports whether the ASCII byte c needs no escaping.
func plain(c byte, html bool) bool {
	switch {
	case c < 64:
		return plainLo>>c&1 != 0 || (!html && (c == '<' || c == '>' || c == '&'))
	default:
		return plainHi>>(c-64)&1 != 0
	}
}

// String appends s to b as a JSON string, as encoding/json writes it: control
// characters escaped (\b, \f, \n, \r and \t by name, the others as \u00XX),
// invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped, and, when
// html is set, '<', '>' and '&' escaped as \u003c, \u003e and \u0026 (as
// json.Marshal does; an encoder with SetEscapeHTML(false) leaves them).
func String[S ~string | ~[]byte](b []byte, s S, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plain(c, html) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := decodeRune(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// decodeRune decodes the first rune of s without converting a []byte to a
// string that escapes to the heap.
func decodeRune[S ~string | ~[]byte](s S) (rune, int) {
	var buf [utf8.UTFMax]byte
	n := copy(buf[:], s[:min(len(s), utf8.UTFMax)])
	return utf8.DecodeRune(buf[:n])
}
