package criteria

import (
	"testing"
	"unicode"
)

// TestIDFormatChars checks that no ID holds an invisible character: every
// format character (Unicode category Cf, the bidirectional controls among
// them), anywhere in an ID, makes it invalid.
func TestIDFormatChars(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.Is(unicode.Cf, r) {
			continue
		}
		n++
		c := string(r)
		for _, id := range []ID{ID(c), ID(c + "1-1"), ID("1-" + c + "1"), ID("1-1" + c)} {
			if id.IsValid() {
				t.Errorf("ID(%+q).IsValid() = true", id)
			}
		}
	}
	if n < 150 {
		t.Errorf("only %d format characters tried", n)
	}
}
