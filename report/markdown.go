package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/mdblock"
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

	if v.Review != nil {
		v.Review.markdown(w)
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
			w("| ", md(imp.ID), " | ", imp.Gain, " | ", text, " |")
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
				w("- ", md(it.ID), " ", md(it.Text))
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
				item = "[" + item + "](<" + MarkdownURL(e.URL) + ">)"
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
		w("| ", md(c.ID), " | ", md(c.Text), " | ", md(c.Status), " | ", c.Weight, " | ", c.Points, " | ", strings.Join(notes, "<br>"), " |")
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

// MarkdownText returns s as inert inline text for GitHub-flavoured Markdown
// (GFM), the one escaping rule of dendai's Markdown outputs. Whatever s holds
// (text from an assessment, a catalog or a policy) it renders as the same
// characters, within one table cell or one line, and makes no element of its
// own:
//
//   - Line breaks (CR, LF, CRLF, U+2028, U+2029) become spaces, so that a table
//     row stays one row; other control characters and bidi controls are then
//     shown escaped as i18n.Printable shows them (\x1b, \u202e); white
//     space at both ends is dropped, so that no indented code block starts
//     and the emphasis a report puts around a text holds.
//   - The punctuation that makes inline markup or breaks a table (\ ` * _ [ ]
//     | ~) is backslash-escaped, and < > & become the entities &lt; &gt; &amp;,
//     so that no emphasis, strikethrough, code span, link, image, raw HTML or
//     entity is read.
//   - At the start, a character that would open a block (a heading, a list
//     item, a thematic break, a setext underline) is backslash-escaped.
//   - GFM's extended autolinks (www. hosts, http:// and https:// URLs, e-mail
//     addresses, mailto: and xmpp:) are made inert by a WORD JOINER (U+2060),
//     which is invisible and does not break the text: after "www" before its
//     dot, after the colon of "://", and before every "@". Backslash escapes
//     and entities would not do: GFM parsers look for e-mail addresses in the
//     text after escapes are resolved. A copied address or URL holds the
//     invisible joiner, which is the price of never being a link.
//
// The only links a report makes are to http and https evidence, through
// MarkdownURL.
func MarkdownText(s string) string {
	s = i18n.Printable(lineFolder.Replace(s))
	s = strings.TrimSpace(s)
	s = mdEscaper.Replace(s)
	s = autolinkBreaker.Replace(s)
	if strings.ContainsAny(s, "wW") {
		s = breakWWW(s)
	}
	return mdblock.Escape(s)
}

// lineFolder folds line breaks into spaces.
var lineFolder = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\u2028", " ", "\u2029", " ")

// mdEscaper escapes the characters that make inline Markdown or break a table.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "|", `\|`, "~", `\~`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;",
)

// wordJoiner is U+2060 WORD JOINER: invisible, and no line break.
const wordJoiner = "\u2060"

// autolinkBreaker puts a word joiner where it stops URL and e-mail autolinks.
var autolinkBreaker = strings.NewReplacer("://", ":"+wordJoiner+"//", "@", wordJoiner+"@")

// breakWWW puts a word joiner between "www" (in any case) and the dot after it.
func breakWWW(s string) string {
	var b strings.Builder
	for {
		i := indexFold(s, "www.")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+3])
		b.WriteString(wordJoiner)
		s = s[i+3:]
	}
}

// indexFold returns the index of the first instance of the ASCII string sub
// in s, ignoring ASCII case, or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// MarkdownURL returns u, an http or https URL, as a link destination for
// Markdown within a table: every byte but ASCII letters, digits and the
// characters - . _ ~ : / ? # @ ! $ ' * + , ; = is percent-encoded (spaces,
// < > | [ ] ( ) \ ` " { } ^, control characters, non-ASCII bytes), as is a %
// that does not start an escape; & is written &amp;, which Markdown reads
// back as &. The result is meant for the <…> form of a link
// destination: [title](<url>).
func MarkdownURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~:/?#@!$'*+,;=", c) >= 0:
			b.WriteByte(c)
		case c == '&':
			b.WriteString("&amp;")
		case c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func md(s string) string { return MarkdownText(s) }
