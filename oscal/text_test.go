package oscal

import (
	"testing"

	"github.com/dendai-go/dendai/criteria"
)

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" \t\n ", ""},
		{"a", "a"},
		{"  a \n b\t\tc \r\n", "a b c"},
		{"山田\u3000太郎", "山田\u3000太郎"}, // an ideographic space inside is kept
		// ECMA-262's \s, which the OSCAL schemas' patterns use, is trimmed.
		{"\u3000x\u3000", "x"},
		{"\ufeff\u00a0x\u202f\u2028", "x"},
		{"\u2000\u200a\u1680\u205f\v\fx", "x"},
		{"a\u2028b\u2029c", "a b c"},
		{"\u0085x\u0085", "\u0085x\u0085"}, // not \s in ECMA-262
		{"\u200bx\u200b", "\u200bx\u200b"}, // a zero-width space is not \s either
	}
	for _, tt := range tests {
		if got := line(tt.in); got != tt.want {
			t.Errorf("line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text。", "plain text。"},
		{"*a* _b_ `c`", `\*a\* \_b\_ \` + "`c\\`"},
		{"[x](y) <b> {{ insert }} \\", `\[x\](y) \<b\> \{\{ insert \}\} \\`},
		{"\n one\n\ntwo \n", "one\n\ntwo"},
		// No Markdown structure survives: headings, lists, quotes, code,
		// tables, thematic breaks, setext underlines, hard breaks.
		{"# heading\n## two", "\\# heading\n\\## two"},
		{"- a\n+ b\n* c\n1. d\n2) e", "\\- a\n\\+ b\n\\* c\n1\\. d\n2\\) e"},
		{"> quote", "\\> quote"},
		{"```\ncode\n```", "\\`\\`\\`\ncode\n\\`\\`\\`"},
		{"~~~\ncode", "\\~\\~\\~\ncode"},
		{"text\n    indented", "text\nindented"},
		{"Title\n===\nTitle\n---", "Title\n\\===\nTitle\n\\---"},
		{"| a | b |\n|---|---|", "\\| a \\| b \\|\n\\|---\\|---\\|"},
		{"hard  \nbreak\r\nCRLF\rCR", "hard\nbreak\nCRLF\nCR"},
		{"~~s~~ &amp; 1.0.1 -5", "\\~\\~s\\~\\~ \\&amp; 1.0.1 -5"},
		{"\u3000\u3000全角で字下げ", "全角で字下げ"},
	}
	for _, tt := range tests {
		if got := markdown(tt.in); got != tt.want {
			t.Errorf("markdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"a\n*b*", `a \*b\*`},
		{"# heading", `\# heading`},
		{" - item\u3000", `\- item`},
		{"1. item", `1\. item`},
		{"---", `\---`},
		{"a | b", `a \| b`},
	} {
		if got := markupLine(tt.in); got != tt.want {
			t.Errorf("markupLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestControlID(t *testing.T) {
	tests := []struct {
		id   criteria.ID
		want string
	}{
		{"1-30", "c1-30"},
		{"2-1", "c2-1"},
		{"S1-1", "S1-1"},
		{"S10-15", "S10-15"},
		{"ac-2.1", "ac-2.1"},
		{"9", "c9"},
	}
	for _, tt := range tests {
		if got := ControlID(tt.id); got != tt.want {
			t.Errorf("ControlID(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
	if got := groupID("1"); got != "g1" {
		t.Errorf(`groupID("1") = %q, want "g1"`, got)
	}
}

func TestPlausibleEmail(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"t.yamada@example.jp", true},
		{"a+b@sub.example.co.jp", true},
		{"", false},
		{"no-at.example.jp", false},
		{"a@b@c.jp", false},
		{".a@example.jp", false},
		{"a..b@example.jp", false},
		{"やまだ@example.jp", false},
		{"a@-example.jp", false},
		{"a@example..jp", false},
		{"a b@example.jp", false},
	}
	for _, tt := range tests {
		if got := plausibleEmail(tt.in); got != tt.want {
			t.Errorf("plausibleEmail(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWebRef(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.jp/policy.pdf", "https://example.jp/policy.pdf", true},
		{" http://example.jp/a?b=c#d ", "http://example.jp/a?b=c#d", true},
		{"https://example.jp/規程.pdf", "https://example.jp/%E8%A6%8F%E7%A8%8B.pdf", true},
		{"SEC-REG-001", "", false},
		{"ftp://example.jp/a", "", false},
		{"https://", "", false},
		{"https://example.jp/a b", "", false},
		{`https://example.jp\a`, "", false},
	}
	for _, tt := range tests {
		got, ok := webRef(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("webRef(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
