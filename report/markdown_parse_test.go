package report

import (
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/dendai-go/dendai/i18n"
)

// gfm parses GitHub-flavoured Markdown: tables, strikethrough, autolinks
// (linkify) and task lists.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// markdownShape returns how many nodes of each kind the parsed document has,
// text nodes left out, and the destinations of its links.
func markdownShape(t testing.TB, doc string) (map[string]int, []string) {
	t.Helper()
	src := []byte(doc)
	root := gfm.Parser().Parse(text.NewReader(src))
	kinds := map[string]int{}
	var links []string
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text, *ast.String:
			return ast.WalkContinue, nil
		case *ast.Link:
			links = append(links, string(n.Destination))
			return ast.WalkContinue, nil // checked on their own: a link is made only of a valid URL
		case *extast.TableRow, *extast.TableHeader:
			kinds[n.Kind().String()+" cells "+itoa(n.ChildCount())]++
		}
		kinds[n.Kind().String()]++
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return kinds, links
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestMarkdownStructure checks that hostile texts in every place of the
// catalog, the policy and the assessment change nothing in the structure of
// the Markdown outputs, as a GFM parser reads them: the same headings,
// tables with the same rows and cells, the same emphasis, and no link,
// autolink, image, code or HTML but the report's own and the links to http
// and https evidence.
func TestMarkdownStructure(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		base := hostileReport(t, "plain")
		wantReport, _ := markdownShape(t, base.Markdown(l))
		wantPolicy, _ := markdownShape(t, PolicyMarkdown(base.Policy, l))
		for _, s := range hostileTexts {
			r := hostileReport(t, s)
			got, links := markdownShape(t, r.Markdown(l))
			if diff := diffCounts(wantReport, got); diff != "" {
				t.Errorf("Markdown with %q in %s: the structure differs (kind: want, got):\n%s", s, l, diff)
			}
			if len(links) > 1 {
				t.Errorf("Markdown with %q in %s has %d links, want at most the evidence link", s, l, len(links))
			}
			for _, dest := range links {
				if !strings.HasPrefix(dest, "https://evidence.example/doc?q=") {
					t.Errorf("Markdown with %q in %s links to %q", s, l, dest)
				}
			}
			got, links = markdownShape(t, PolicyMarkdown(r.Policy, l))
			if diff := diffCounts(wantPolicy, got); diff != "" {
				t.Errorf("PolicyMarkdown with %q in %s: the structure differs (kind: want, got):\n%s", s, l, diff)
			}
			if len(links) > 0 {
				t.Errorf("PolicyMarkdown with %q in %s links to %q", s, l, links)
			}
		}
	}
}

// diffCounts lists the kinds whose counts differ.
func diffCounts(want, got map[string]int) string {
	var b strings.Builder
	for k, n := range want {
		if got[k] != n {
			b.WriteString("  " + k + ": " + itoa(n) + ", " + itoa(got[k]) + "\n")
		}
	}
	for k, n := range got {
		if _, ok := want[k]; !ok {
			b.WriteString("  " + k + ": 0, " + itoa(n) + "\n")
		}
	}
	return b.String()
}

// inertKinds are the only node kinds a text escaped by MarkdownText may
// become, in a table cell or a paragraph.
var inertKinds = map[string]bool{
	"Document": true, "Paragraph": true, "Table": true, "TableHeader": true, "TableRow": true,
	"TableCell": true, "TableHeader cells 2": true, "TableRow cells 2": true,
}

// FuzzMarkdownText checks that MarkdownText makes no element of any text: in a
// table cell and as a paragraph of its own, a GFM parser reads only text, and
// the table keeps its two cells.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := MarkdownText(s)
		if strings.ContainsAny(m, "\r\n") {
			t.Fatalf("MarkdownText(%q) = %q holds a line break", s, m)
		}
		doc := "| a | b |\n|---|---|\n| " + m + " | x |\n\n" + m + "\n\nend " + m + "\n"
		kinds, _ := markdownShape(t, doc)
		for k := range kinds {
			if !inertKinds[k] {
				t.Errorf("MarkdownText(%q) = %q makes a %s:\n%s", s, m, k, doc)
			}
		}
		if kinds["TableRow cells 2"] != 1 {
			t.Errorf("MarkdownText(%q) = %q breaks the table row:\n%s", s, m, doc)
		}
	})
}
