package report

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// hostileTexts are texts that would do harm if an output passed them on as
// they are: terminal escapes, line forgery, bidi reordering, and the
// Markdown that would break a table, make a link or start a block.
var hostileTexts = []string{
	"\x1b[2J\x1b[H cleared",
	"\x1b]52;c;ZXZpbA==\x07 clipboard",
	"\u009b31m C1 CSI", // U+009B as UTF-8; a lone 0x9B byte is invalid UTF-8, which Validate refuses
	"real\rFORGED line",
	"two\nlines\r\nand\u2028more",
	"\u202egnp.exe",
	"cell|split|",
	"www.evil.example and WWW.EVIL.EXAMPLE",
	"see https://evil.example/x?a=1|b and http://evil.example",
	"mail a@b.example or mailto:a@b.example or xmpp:a@b.example",
	"# heading",
	"## heading",
	"```\ncode\n```",
	"~~~\ncode",
	"    indented code",
	"- item",
	"+ item",
	"* item",
	"1. item",
	"2) item",
	"> quote",
	"---",
	"===",
	"<b>html</b> <script>x</script> <!-- c -->",
	"[link](https://evil.example) ![img](https://evil.example/i.png) [ref]: https://evil.example",
	"*em* **strong** _em_ ~~strike~~ ~one~",
	"&amp; &lt; &#x41; & a",
	"`code` ``code``",
	"\\*escaped\\* \\",
	"trailing two spaces  \nbreak",
	"<https://evil.example>",
	"[^1] footnote",
	"- [ ] task",
	"| a | b |\n|---|---|",
	"\u00a0\u3000\ufeffname\u3000\u00a0",
}

// hostileReport returns a report whose every text, in the catalog, the policy
// and the assessment, is s.
func hostileReport(t testing.TB, s string) *Report {
	t.Helper()
	q, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	text := `{"ja":` + string(q) + `,"en":` + string(q) + `}`
	doc := `{"format":"dendai.catalog/v1","id":"hostile","version":"1","title":` + text + `,"publisher":` + text +
		`,"groups":[{"id":"g","title":` + text + `,"criteria":[{"id":"c-1","text":` + text + `,"note":` + text + `},` +
		`{"id":"c-2","text":` + text + `}]}]}`
	cat, err := criteria.Parse([]byte(doc), nil)
	if err != nil {
		t.Fatalf("criteria.Parse: %v", err)
	}
	tt := i18n.Text{JA: s, EN: s}
	rating := "A"
	p, err := scoring.NewPolicy(cat, scoring.Spec{
		Name: "hostile", Version: "1", Catalog: "hostile", Title: tt, Description: tt,
		Credit:        scoring.Credits{Compliant: scoring.One, PartiallyCompliant: scoring.One / 2},
		Tiers:         []scoring.Tier{{ID: "t", Weight: scoring.One, Title: tt}},
		DefaultWeight: scoring.One,
		Criteria:      []scoring.CriterionSpec{{Criterion: "c-1", Tier: "t", Rationale: tt}},
		Gates:         []scoring.Gate{{Tier: "t", Minimum: assessment.Compliant}, {Criterion: "c-2", Minimum: assessment.Compliant}},
		Bands:         []scoring.Band{{Rating: rating, MinScore: 0}},
	})
	if err != nil {
		t.Fatalf("scoring.NewPolicy: %v", err)
	}
	due, _ := assessment.NewDate(2027, 1, 1)
	on, _ := assessment.NewDate(2026, 11, 1)
	a := &assessment.Assessment{
		Catalog: "hostile", CatalogVersion: "1", State: assessment.Submitted, AssessedOn: on,
		Subject:  assessment.Subject{Name: tt},
		Assessor: assessment.Assessor{Name: s, Organization: s, Email: s},
		Responses: []assessment.Response{
			{
				Criterion: "c-1", Status: assessment.PartiallyCompliant, Comment: s, Justification: s,
				Evidence: []assessment.Evidence{
					{Title: s, Ref: s},
					{Title: s, Ref: "https://evidence.example/doc?q=" + s},
				},
				Remediation: &assessment.Remediation{Action: s, Owner: s, Due: due},
				NeedsReview: true,
			},
			{Criterion: "c-2", Status: assessment.NotApplicable, Justification: s, Comment: s},
		},
	}
	return &Report{Policy: p, Assessment: a, Result: p.Score(a)}
}

// TestTerminalOutputsAreInert checks that the text outputs hold no control
// character, no bidi control and no line separator from the data: every line
// they write is one line on a terminal.
func TestTerminalOutputsAreInert(t *testing.T) {
	for _, s := range hostileTexts {
		r := hostileReport(t, s)
		other := hostileReport(t, s)
		d, err := scoring.Compare(r.Result, other.Result)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
			for name, out := range map[string]string{
				"Text":       r.Text(l),
				"DiffText":   DiffText(r.catalog(), d, l),
				"PolicyText": PolicyText(r.Policy, l),
			} {
				for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					for _, c := range line {
						if unicode.IsControl(c) || unicode.Is(unicode.Bidi_Control, c) || c == '\u2028' || c == '\u2029' {
							t.Errorf("%s(%q) in %s, line %d holds %U: %q", name, s, l, i+1, c, line)
							break
						}
					}
				}
			}
		}
	}
}

func TestMarkdownText(t *testing.T) {
	const wj = "\u2060"
	tests := []struct{ in, want string }{
		{"plain text 1.0.1 -5 a#b", "plain text 1.0.1 -5 a#b"},
		{"\x1b[2J", `\\x1b\[2J`},
		{"\x1b]52;c;ZXZpbA==\x07", `\\x1b\]52;c;ZXZpbA==\\a`},
		{"real\rFORGED", "real FORGED"},
		{"a\r\nb\nc\u2028d", "a b c d"},
		{"\u202eevil", `\\u202eevil`},
		{"a|b", `a\|b`},
		{"www.evil.example", "www" + wj + ".evil.example"},
		{"WwW.evil.example", "WwW" + wj + ".evil.example"},
		{"https://evil.example/?a", "https:" + wj + "//evil.example/?a"},
		{"a@b.example", "a" + wj + "@b.example"},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"+", `\+`},
		{"---", `\---`},
		{"= = =", `\= = =`},
		{"1. item", `1\. item`},
		{"12) item", `12\) item`},
		{"    indented", "indented"},
		{"```code```", "\\`\\`\\`code\\`\\`\\`"},
		{"~~x~~ & &amp; <b>", `\~\~x\~\~ &amp; &amp;amp; &lt;b&gt;`},
		{"*a* _b_ [c](d) \\", `\*a\* \_b\_ \[c\](d) \\`},
		{"> quote", "&gt; quote"},
	}
	for _, tt := range tests {
		if got := MarkdownText(tt.in); got != tt.want {
			t.Errorf("MarkdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a/b?x=1&y=2#f", "https://example.com/a/b?x=1&amp;y=2#f"},
		{"https://example.com/?q=a|b c", "https://example.com/?q=a%7Cb%20c"},
		{"https://example.com/<x>(y)`\\\"", "https://example.com/%3Cx%3E%28y%29%60%5C%22"},
		{"https://example.com/%41%zz%", "https://example.com/%41%25zz%25"},
		{"https://example.com/資料\n\x1b", "https://example.com/%E8%B3%87%E6%96%99%0A%1B"},
		{"https://example.com/[x]", "https://example.com/%5Bx%5D"},
	}
	for _, tt := range tests {
		if got := MarkdownURL(tt.in); got != tt.want {
			t.Errorf("MarkdownURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
