package report

import (
	"embed"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/dendai-go/dendai/i18n"
)

//go:embed templates/report.html
var templates embed.FS

// page is the HTML template, parsed on first use.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(templates, "templates/report.html"))
})

// HTML returns the report as one self-contained HTML page, in l: no scripts,
// and no styles, fonts or images from elsewhere. It opens with the gates, then
// the score, a radar chart of the group scores drawn in inline SVG, the answers
// by status, the group scores, the improvements, the work still to do when
// answers were carried over through a mapping or flagged for review, and the
// table of every criterion; it prints on paper as well as it shows on screen.
//
// Every string from the assessment goes through html/template, so it is
// escaped for where it lands. Evidence becomes a link only when its reference
// is an absolute http or https URL; anything else, a javascript: URL included,
// is shown as text.
func (r *Report) HTML(l i18n.Lang) (string, error) {
	var b strings.Builder
	if err := r.WriteHTML(&b, l); err != nil {
		return "", err
	}
	return b.String(), nil
}

// WriteHTML writes the HTML report to w.
func (r *Report) WriteHTML(w io.Writer, l i18n.Lang) error {
	return page().Execute(w, r.view(l))
}
