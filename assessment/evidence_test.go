package assessment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestEvidenceRef checks the one decision on evidence references against what
// a browser's URL parser (the WHATWG URL Standard) makes of each: the scheme
// it finds after stripping C0 controls and spaces around the reference and
// removing tabs and newlines within it.
func TestEvidenceRef(t *testing.T) {
	type result struct {
		Kind   refKind
		URL    string
		Scheme string
	}
	plain := result{Kind: refPlain}
	refused := func(scheme string) result { return result{Kind: refRefused, Scheme: scheme} }
	link := func(u string) result {
		scheme := "https"
		if u[4] == ':' {
			scheme = "http"
		}
		return result{Kind: refLink, URL: u, Scheme: scheme}
	}
	tests := []struct {
		ref  string
		want result
	}{
		// The three forms of issue 10, and their kin: a browser reads each as
		// javascript:.
		{"java\tscript:alert(1)", refused("javascript")},
		{"java\nscript:alert(1)", refused("javascript")},
		{"java\rscript:alert(1)", refused("javascript")},
		{"\x00javascript:alert(1)", refused("javascript")},
		{"\x01\x08\x1f javascript:alert(1)", refused("javascript")},
		{"javascript\t:alert(1)", refused("javascript")},
		{" JavaScript:alert(document.cookie)", refused("javascript")},
		{"\u3000javascript:alert(1)\u3000", refused("javascript")},
		{"jAvAsCrIpT:alert(1)", refused("javascript")},
		{"vbscript:msgbox(1)", refused("vbscript")},
		{"data:text/html,<b>x</b>", refused("data")},
		{"file:///etc/passwd", refused("file")},
		{"ms-msdt:/id", refused("ms-msdt")},
		{"urn:isbn:0451450523", refused("urn")},
		{"doc:SEC-001", refused("doc")},
		{"SEC:001", refused("sec")},
		{"a.b+c-d:x", refused("a.b+c-d")},
		{"mailto:a@example.jp", refused("mailto")},
		// http and https need something after their "//".
		{"http:x", refused("http")},
		{"http:/x", refused("http")},
		{"https://", refused("https")},
		{"https://\t\n", refused("https")},
		{`https:\\example.jp`, refused("https")},
		{"httpx://x", refused("httpx")},
		// Links, as a browser reads them.
		{"https://example.jp/policy.pdf", link("https://example.jp/policy.pdf")},
		{"HTTPS://Example.jp/A", link("https://Example.jp/A")},
		{"Http://x", link("http://x")},
		{"  https://example.jp/a b\n", link("https://example.jp/a b")},
		{"ht\ttps://exa\nmple.jp/", link("https://example.jp/")},
		{"\x00https://example.jp\x1f", link("https://example.jp")},
		{"https:///x", link("https:///x")},
		// Plain references: no scheme, whatever colons they hold.
		{"", plain},
		{"SEC-REG-001", plain},
		{"第3条: 規程", plain},
		{"2024:規程-3", plain},
		{"規程:3", plain},
		{"./SEC:001", plain},
		{"SEC 001: 規程", plain},
		{"SEC_001:x", plain},
		{":x", plain},
		{"1:x", plain},
		{"+a:x", plain},
		{"ｊａｖａｓｃｒｉｐｔ:x", plain},
		{"java\u200bscript:x", plain}, // a browser stops the scheme at U+200B too
		{"java\vscript:x", plain},     // VT is stripped around, never removed within
		{"javascript", plain},
		{"\xffjavascript:x", plain},
	}
	for _, tt := range tests {
		var got result
		got.Kind, got.URL, got.Scheme = evidenceRef(tt.ref)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("evidenceRef(%+q) (-want +got):\n%s", tt.ref, diff)
		}
		u, ok := EvidenceURL(tt.ref)
		if ok != (tt.want.Kind == refLink) || u != tt.want.URL {
			t.Errorf("EvidenceURL(%+q) = %q, %t", tt.ref, u, ok)
		}
		if validRef(tt.ref) != (tt.want.Kind != refRefused) {
			t.Errorf("validRef(%+q) = %t", tt.ref, validRef(tt.ref))
		}
	}
}

// TestFits checks the character count of the fast path against
// utf8.RuneCountInString, across every alignment of the eight-byte reads.
func TestFits(t *testing.T) {
	for _, unit := range []string{"a", "é", "あ", "𠮷", "aあ𠮷é"} {
		for n := range 40 {
			s := strings.Repeat(unit, n)
			runes := utf8.RuneCountInString(s)
			if got := len(s) - continuationBytes(s); got != runes {
				t.Errorf("%d × %q: %d characters, want %d", n, unit, got, runes)
			}
			for _, max := range []int{runes - 1, runes, runes + 1} {
				if max >= 0 && fits(s, max) != (runes <= max) {
					t.Errorf("fits(%d × %q, %d) = %t", n, unit, max, fits(s, max))
				}
			}
		}
	}
	if fits("ab\xff", 10) || fits(strings.Repeat("あ", 10)+"\xe3\x81", 20) {
		t.Error("fits accepts invalid UTF-8")
	}
}
