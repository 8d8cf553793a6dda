package report

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

func load(t testing.TB, name string, p *scoring.Policy) *Report {
	t.Helper()
	data, err := os.ReadFile("../examples/assessments/" + name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The samples name jpbank-checklist 1.0.0: report them against that
	// version, with the built-in policy for it.
	cat, ok := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion)
	if !ok {
		t.Fatalf("%s names %s %s, not built in", name, a.Catalog, a.CatalogVersion)
	}
	if p, ok = scoring.Builtin(p.Name(), cat); !ok {
		t.Fatalf("no built-in policy %s for %s %s", p.Name(), a.Catalog, a.CatalogVersion)
	}
	return &Report{Policy: p, Assessment: a, Result: p.Score(a)}
}

func TestRenderGolden(t *testing.T) {
	cases := []struct {
		file, name string
		policy     *scoring.Policy
	}{
		{"sample.json", "sample.risk-weighted", scoring.RiskWeighted()},
		{"sample-previous.json", "sample-previous.uniform", scoring.Uniform()},
	}
	for _, c := range cases {
		r := load(t, c.file, c.policy)
		for _, l := range i18n.Langs() {
			html, err := r.HTML(l)
			if err != nil {
				t.Fatal(err)
			}
			for ext, out := range map[string]string{"txt": r.Text(l), "md": r.Markdown(l), "html": html} {
				t.Run(c.name+"."+l.String()+"."+ext, func(t *testing.T) {
					testkit.Golden(t, c.name+"."+l.String()+"."+ext+".golden", []byte(out))
				})
			}
		}
	}
	prev, cur := load(t, "sample-previous.json", scoring.RiskWeighted()), load(t, "sample.json", scoring.RiskWeighted())
	d, err := scoring.Compare(prev.Result, cur.Result)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs() {
		testkit.Golden(t, "diff."+l.String()+".txt.golden", []byte(DiffText(cur.catalog(), d, l)))
	}
}

// hostile is text an attacker could put in any field of an assessment.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&` + "`*_[x](javascript:alert(3))|\n# h"

// TestHostileText puts hostile text in every field the reports show and checks
// that neither Markdown nor HTML lets it through as markup or as a link.
func TestHostileText(t *testing.T) {
	r := load(t, "sample.json", scoring.Uniform())
	a := r.Assessment
	a.Subject.Name = i18n.Text{JA: hostile, EN: hostile}
	a.Assessor.Name, a.Assessor.Organization = hostile, hostile
	for i := range a.Responses {
		resp := &a.Responses[i]
		resp.Comment, resp.Justification = hostile, hostile
		resp.Evidence = []assessment.Evidence{
			{Title: hostile, Ref: "javascript:alert(4)"},
			{Title: hostile, Ref: hostile},
			{Title: "ok", Ref: "https://example.jp/a?b=1&c=<2>"},
			{Title: "data", Ref: "data:text/html,<script>alert(5)</script>"},
		}
		if resp.Remediation != nil {
			resp.Remediation.Action, resp.Remediation.Owner = hostile, hostile
		}
		// As if projected from a hostile assessment: the sources are shown.
		resp.DerivedFrom = []assessment.Derivation{{Criterion: criteria.ID(hostile), Relationship: criteria.Subset, Status: resp.Status}}
	}
	if !strings.Contains(r.Text(i18n.English), "Where the answers came from") {
		t.Fatal("the hostile sources are not shown: the test proves nothing")
	}
	for _, l := range i18n.Langs() {
		html, err := r.HTML(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"<script", "<img", "data:text/html,<"} {
			if strings.Contains(strings.ToLower(html), bad) {
				t.Errorf("HTML (%s) contains %q", l, bad)
			}
		}
		// No tag carries an event handler or loads anything.
		if m := regexp.MustCompile(`<[a-zA-Z][^>]*\s(on[a-z]+|src)=`).FindString(html); m != "" {
			t.Errorf("HTML (%s) has a tag with a handler or a source: %q", l, m)
		}
		// The only links are the http and https evidence references.
		links := regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(html, -1)
		if len(links) == 0 {
			t.Errorf("HTML (%s) has no links at all: the test proves nothing", l)
		}
		for _, m := range links {
			if !strings.HasPrefix(m[1], "https://example.jp/") && !strings.HasPrefix(m[1], "https://example.jp/sample-pay/") {
				t.Errorf("HTML (%s) links to %q", l, m[1])
			}
		}
		if strings.Contains(html, "<link") || strings.Contains(html, "@import") || strings.Contains(html, "url(") {
			t.Errorf("HTML (%s) refers to outside assets", l)
		}
		md := r.Markdown(l)
		for _, bad := range []string{"<script", "<img"} {
			if strings.Contains(md, bad) {
				t.Errorf("Markdown (%s) contains %q", l, bad)
			}
		}
		// The only links are the http and https evidence references; an
		// escaped bracket (\]) starts none.
		mdLinks := regexp.MustCompile(`(^|[^\\])\]\(<?([^)>]*)`).FindAllStringSubmatch(md, -1)
		if len(mdLinks) == 0 {
			t.Errorf("Markdown (%s) has no links at all: the test proves nothing", l)
		}
		for _, m := range mdLinks {
			if !strings.HasPrefix(m[2], "https://example.jp/") {
				t.Errorf("Markdown (%s) links to %q", l, m[2])
			}
		}
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "# h") {
				t.Errorf("Markdown (%s): hostile text started a heading: %q", l, line)
			}
			if strings.HasPrefix(line, "|") && strings.Count(line, "|")-strings.Count(line, `\|`) > 7 {
				t.Errorf("Markdown (%s): hostile text split a table row: %q", l, line)
			}
		}
	}
}

func TestChart(t *testing.T) {
	r := load(t, "sample.json", scoring.RiskWeighted())
	for _, l := range i18n.Langs() {
		v := r.view(l)
		c := v.Chart
		if c.Bars || len(c.Labels) != 12 || len(c.Rings) != 4 || strings.Count(c.Shape, ",") != 12 {
			t.Errorf("%s: radar of 12 categories: bars %v, %d labels, %d rings, shape %q", l, c.Bars, len(c.Labels), len(c.Rings), c.Shape)
		}
		// Every label is complete: its lines put together give the group's
		// title, with nothing cut.
		for i, lb := range c.Labels {
			var parts []string
			for _, ln := range lb.Lines[:len(lb.Lines)-1] {
				parts = append(parts, ln.Text)
				if w := displayWidth(ln.Text); w > chartWrap {
					t.Errorf("%s: label line %q is %d columns wide", l, ln.Text, w)
				}
			}
			if strings.Contains(strings.Join(parts, ""), "…") {
				t.Errorf("%s: label %d is cut: %q", l, i, parts)
			}
		}
		// The viewBox holds every label, and is narrow enough that the labels
		// print at 8 pt or more at the printed width.
		var x0, y0, w, h float64
		if _, err := fmt.Sscan(c.ViewBox, &x0, &y0, &w, &h); err != nil {
			t.Fatal(err)
		}
		if pt := chartFont * chartPrintWidth / w; pt < 8 {
			t.Errorf("%s: labels print at %.1f pt", l, pt)
		}
		for _, lb := range c.Labels {
			for _, ln := range lb.Lines {
				x, _ := strconv.ParseFloat(ln.X, 64)
				y, _ := strconv.ParseFloat(ln.Y, 64)
				left, right := x, x+textWidth(ln.Text)
				switch lb.Anchor {
				case "end":
					left, right = x-textWidth(ln.Text), x
				case "middle":
					left, right = x-textWidth(ln.Text)/2, x+textWidth(ln.Text)/2
				}
				if left < x0 || right > x0+w || y-chartFont < y0 || y > y0+h {
					t.Errorf("%s: label line %q at %s,%s is outside the viewBox %s", l, ln.Text, ln.X, ln.Y, c.ViewBox)
				}
			}
		}
	}
	// A score of 100 sits on the outer ring; the first axis points straight
	// up. An axis with no score is not drawn at 0: it is out of the shape, has
	// no dot, and its label says so.
	c := radar([]axis{{"a", 1000}, {"b", 500}, {"c", scoring.NoScore}, {"d", 0}}, "no score")
	if got := strings.Fields(c.Shape); len(got) != 3 || got[0] != "0,-150" {
		t.Errorf("shape = %q, want 3 points from 0,-150", c.Shape)
	}
	if len(c.Dots) != 3 || !c.Labels[2].NoScore || !c.Spokes[2].NoScore || c.Labels[2].Lines[1].Text != "no score" || c.Labels[3].NoScore {
		t.Errorf("no score: %d dots, label %+v, spoke %+v", len(c.Dots), c.Labels[2], c.Spokes[2])
	}
	if bars := radar([]axis{{"a", 500}}, "no score"); !bars.Bars || bars.BarRows[0].Width != "150" {
		t.Errorf("one group: %+v", bars)
	}
	if bars := radar([]axis{{"a", scoring.NoScore}}, "no score"); !bars.BarRows[0].NoScore || bars.BarRows[0].Score != "no score" {
		t.Errorf("one group with no score: %+v", bars)
	}
}

func TestWrapLabel(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"経営陣の関与", []string{"経営陣の関与"}},
		{"サービスシステムのセキュリティ機能", []string{"サービスシステムの", "セキュリティ機能"}},
		{"Security functions of service systems", []string{"Security functions of", "service systems"}},
		{"Cooperation arrangements between the bank and API-connected EPISPs", []string{"Cooperation arrangements", "between the bank and", "API-connected EPISPs"}},
		{"Management", []string{"Management"}},
	} {
		if diff := cmp.Diff(tt.want, wrapLabel(tt.s, chartWrap)); diff != "" {
			t.Errorf("wrapLabel(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{{"abc", 3}, {"経営陣の関与", 12}, {"ＡＢ", 4}, {"API利用", 7}, {"ｱｲ", 2}, {"", 0}} {
		if got := displayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	if got := truncate("経営陣の関与", 7); got != "経営陣…" {
		t.Errorf("truncate = %q", got)
	}
}
