package textrule

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFormatChar(t *testing.T) {
	type result struct {
		R  string
		OK bool
	}
	tests := []struct {
		in   string
		want result
	}{
		{"", result{}},
		{"1-30", result{}},
		{"山田 太郎", result{}},
		{"t.yamada@example.jp", result{}},
		{"\xff\xfe", result{}}, // invalid UTF-8 is another rule's concern
		{"1-3\u202e0", result{"U+202E", true}},
		{"\u2066a\u2069", result{"U+2066", true}},
		{"a\u200bb", result{"U+200B", true}},
		{"a\u200db", result{"U+200D", true}},
		{"a\u200fb", result{"U+200F", true}},
		{"a\u2060b", result{"U+2060", true}},
		{"\ufeff5010001112730", result{"U+FEFF", true}},
		{"soft\u00adhyphen", result{"U+00AD", true}},
		{"\u061c", result{"U+061C", true}},
		{"tag \U000E0041", result{"U+E0041", true}},
		{"a\u00a0b", result{}}, // a space, not a format character
	}
	for _, tt := range tests {
		r, ok := FormatChar(tt.in)
		got := result{OK: ok}
		if ok {
			got.R = CodePoint(r)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FormatChar(%+q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
