package jsonx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLocateIn(t *testing.T) {
	src := `{"a": {"b~c": [10, {"d/e": "x"}]}, "f": []}`
	tests := []struct {
		ptr   string
		at    string // the source text at the expected offset
		exact bool
	}{
		{"", `{"a"`, true},
		{"/a", `{"b~c"`, true},
		{"/a/b~0c", `[10`, true},
		{"/a/b~0c/0", `10`, true},
		{"/a/b~0c/1/d~1e", `"x"`, true},
		{"/a/b~0c/2", `[10`, false},
		{"/a/missing/deeper", `{"b~c"`, false},
		{"/f/0", `[]}`, false},
		{"/a/b~0c/1/d~1e/x", `"x"`, false},
		{"/a/b~0c/-1", `[10`, false},
	}
	for _, tt := range tests {
		off, exact := LocateIn(src, 0, tt.ptr)
		got := struct {
			At    string
			Exact bool
		}{src[off:min(off+len(tt.at), len(src))], exact}
		want := struct {
			At    string
			Exact bool
		}{tt.at, tt.exact}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("LocateIn(%q) (-want +got):\n%s", tt.ptr, diff)
		}
	}
}

// TestLinesMatchesPosition checks the indexed Lines against Position at every
// offset of documents with Japanese text, CRLF, a BOM and an empty last line.
func TestLinesMatchesPosition(t *testing.T) {
	for _, src := range []string{
		"", "a", "\n", "\uFEFF{\n \"a\": \"日本語\"\r\n}\n", "ab\ncd\n\nef", "\uFEFF", "\uFEFFx\ny",
	} {
		l := NewLines(src)
		for off := -1; off <= len(src)+1; off++ {
			wl, wc := Position(src, off)
			gl, gc := l.Position(off)
			if wl != gl || wc != gc {
				t.Errorf("%q at %d: Lines gives %d:%d, Position %d:%d", src, off, gl, gc, wl, wc)
			}
		}
	}
}

// TestLinesOneLongLine checks that locating many problems in order on one long
// line stays linear: 100,000 positions on a 1 MB line.
func TestLinesOneLongLine(t *testing.T) {
	src := strings.Repeat(`"日本",`, 100_000)
	l := NewLines(src)
	for i := 0; i < 100_000; i++ {
		off := i * len(`"日本",`)
		if line, col := l.Position(off); line != 1 || col != 1+5*i {
			t.Fatalf("offset %d: %d:%d, want 1:%d", off, line, col, 1+5*i)
		}
	}
}
