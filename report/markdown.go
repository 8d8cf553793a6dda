package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// Markdown returns the report as GitHub-flavoured Markdown, in l: a summary, the
// gates, the score, the answers by status, the group scores, the improvements,
// the work still to do when answers were carried over through a mapping or
// flagged for review, and the table of every criterion. Text from the assessment is escaped so that
// it cannot add Markdown or HTML of its own.
func (r *Report) Markdown(l i18n.Lang) string {
	v := r.view(l)
	var b strings.Builder
	w := lines(&b)
	w("# ", md(v.Heading))
	w()
	w("| | |")
	w("|---|---|")
	for _, p := range v.Summary {
		w("| ", md(p.Label), " | ", md(p.Value), " |")
	}

	w()
	w("## ", md(v.GatesTitle))
	w()
	if len(v.Gates) == 0 {
		w(md(v.NoGates))
	} else {
		w("| ", v.Col.Result, " | ", v.Col.Condition, " | ", v.Col.Now, " |")
		w("|---|---|---|")
		for _, g := range v.Gates {
			mark := "✅ " + g.Mark
			if !g.Passed {
				mark = "❌ **" + g.Mark + "**"
			}
			w("| ", mark, " | ", md(g.Condition), " | ", md(g.Now), " |")
		}
	}

	w()
	w("## ", md(v.ScoreTitle))
	w()
	w("**", v.Score, "** / 100 · ", md(v.Col.Result), ": **", md(v.Result), "** · ",
		md(messages.Sprintf(l, keyRatingLabel)), ": **", md(v.Rating), "**")
	w()
	w(md(v.Coverage))
	w()
	w("| ", v.Col.Status, " | ", v.Col.Count, " |")
	w("|---|---:|")
	for _, s := range v.Statuses {
		w("| ", md(s.Label), " | ", strconv.Itoa(s.Count), " |")
	}

	w()
	w("## ", md(v.GroupsTitle))
	w()
	w("| ", v.Col.Group, " | ", v.Col.Score, " | ", v.Col.Points, " |")
	w("|---|---:|---:|")
	for _, g := range v.Groups {
		title := md(g.Title)
		if g.Depth == 0 {
			title = "**" + title + "**"
		} else {
			title = strings.Repeat("&nbsp;&nbsp;", g.Depth) + title
		}
		w("| ", title, " | ", g.Score, " | ", g.Points, " |")
	}

	w()
	w("## ", md(v.ImprovementsTitle))
	w()
	if len(v.Improvements) == 0 {
		w(md(v.NoImprovements))
	} else {
		w("| ", v.Col.ID, " | ", v.Col.Gain, " | ", v.Col.Criterion, " |")
		w("|---|---:|---|")
		for _, imp := range v.Improvements {
			text := md(imp.Text)
			if imp.Gate != "" {
				text += " **" + md(imp.Gate) + "**"
			}
			w("| ", imp.ID, " | ", imp.Gain, " | ", text, " |")
		}
		if v.More != "" {
			w()
			w(md(v.More))
		}
	}

	if v.ToDoShown {
		w()
		w("## ", md(v.ToDoTitle))
		if len(v.ToDo) == 0 {
			w()
			w(md(v.NothingToDo))
		}
		for _, list := range v.ToDo {
			w()
			w("**", md(list.Title), "**")
			w()
			for _, it := range list.Items {
				w("- ", it.ID, " ", md(it.Text))
			}
		}
		if v.SourcesNote != "" {
			w()
			w(md(v.SourcesNote))
		}
	}

	w()
	w("## ", md(v.CriteriaTitle))
	w()
	w("| ", v.Col.ID, " | ", v.Col.Criterion, " | ", v.Col.Status, " | ", v.Col.Weight, " | ", v.Col.Points, " | ", v.Col.Notes, " |")
	w("|---|---|---|---:|---:|---|")
	for _, c := range v.Criteria {
		var notes []string
		if c.Sources != "" {
			notes = append(notes, md(v.Col.Sources)+": "+md(c.Sources))
		}
		if c.Review {
			notes = append(notes, "**"+md(v.Col.Review)+"**")
		}
		for _, e := range c.Evidence {
			item := md(e.Title)
			switch {
			case e.URL != "":
				item = "[" + item + "](<" + strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(e.URL) + ">)"
			case e.Ref != "":
				item += " (" + md(e.Ref) + ")"
			}
			notes = append(notes, md(v.Col.Evidence)+": "+item)
		}
		for _, n := range []struct{ label, text string }{
			{v.Col.Justification, c.Justification}, {v.Col.Comment, c.Comment}, {v.Col.Remediation, c.Remediation},
		} {
			if strings.TrimSpace(n.text) != "" {
				notes = append(notes, md(n.label)+": "+md(n.text))
			}
		}
		w("| ", c.ID, " | ", md(c.Text), " | ", md(c.Status), " | ", c.Weight, " | ", c.Points, " | ", strings.Join(notes, "<br>"), " |")
	}
	w()
	w("---")
	w()
	w("*", md(v.Footer), "*")
	return b.String()
}

// WriteMarkdown writes the Markdown report to w.
func (r *Report) WriteMarkdown(w io.Writer, l i18n.Lang) error {
	_, err := io.WriteString(w, r.Markdown(l))
	return err
}

// lines returns a function that writes its arguments to b as one line.
func lines(b *strings.Builder) func(s ...string) {
	return func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
}

// mdEscaper makes text inert in Markdown and in the HTML that Markdown allows:
// the punctuation that starts emphasis, code, links or tables is
// backslash-escaped, < > & become entities, and line breaks become spaces so
// that a table row stays one row. Headings and lists cannot start inside a
// table cell or after the text the report puts first on a line.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "|", `\|`, "~", `\~`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;",
	"\r\n", " ", "\n", " ", "\r", " ",
)

func md(s string) string { return mdEscaper.Replace(s) }
