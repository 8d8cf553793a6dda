package report

import (
	"embed"
	"html/template"
	"io"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

//go:embed templates/report.html
var templates embed.FS

// page is the HTML template, parsed on first use.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(templates, "templates/report.html"))
})

// HTML returns the report as one self-contained HTML page, in l: no scripts,
// and no styles, fonts or images from elsewhere. It opens with whose
// assessment it is (the company in both languages, its corporate and
// registration numbers, the assessor, the date and state, the catalog, policy
// and dendai versions), then the gates, the score, rating and result, a radar
// chart of the group scores drawn in inline SVG, the answers by status, the
// group scores, the improvements, the work still to do when answers were
// carried over through a mapping or flagged for review, and every criterion
// under its category heading with its note. A draft, or an assessment that does
// not pass [assessment.Validate] against the policy's catalog, opens with a
// banner saying so and listing the problems. It prints on A4, with the company
// and catalog at the top of every page and page numbers at the bottom, and at
// phone widths the tables become cards.
//
// Every string from the assessment goes through html/template, so it is
// escaped for where it lands. Evidence becomes a link only when
// [assessment.EvidenceURL] says its reference is an http or https URL, read as
// a browser reads it; anything else, java\tscript: included, is shown as text.
func (r *Report) HTML(l i18n.Lang) (string, error) {
	var b strings.Builder
	if err := r.WriteHTML(&b, l); err != nil {
		return "", err
	}
	return b.String(), nil
}

// WriteHTML writes the HTML report to w.
func (r *Report) WriteHTML(w io.Writer, l i18n.Lang) error {
	return page().Execute(w, r.htmlView(l))
}

// htmlView is the view with what only the HTML report shows.
type htmlView struct {
	*view
	Headline      string
	RunningHeader string
	IdentityTitle string
	Identity      []pair
	Banner        *banner
	ScoreLabel    string
	RatingLabel   string
	OutOf         string
	NoteLabel     string
	PageLabel     string
	Sections      []criteriaRow
}

// banner says that a report is not final: a draft, or problems.
type banner struct {
	Draft    string
	Invalid  string
	NotFinal string
	Problems []string
	More     string
}

// criteriaRow is a row of the criteria table: a category heading or a criterion.
type criteriaRow struct {
	Heading bool
	Depth   int
	Title   string // the heading's group title
	Note    string // the criterion's note
	*criterionRow
}

// maxBannerProblems is how many problems the banner lists.
const maxBannerProblems = 20

// modulePath is dendai's module path, to find its version in the build info.
const modulePath = "github.com/dendai-go/dendai"

// dendaiVersion returns the version of the dendai module in the running
// binary, or "(devel)" when the build does not say.
func dendaiVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	if bi.Main.Path == modulePath && bi.Main.Version != "" {
		return bi.Main.Version
	}
	for _, d := range bi.Deps {
		if d.Path == modulePath && d.Version != "" {
			return d.Version
		}
	}
	return "(devel)"
}

func (r *Report) htmlView(l i18n.Lang) *htmlView {
	r = r.withAssessment()
	v := r.view(l)
	a, res, cat := r.Assessment, r.Result, r.catalog()
	t := func(k i18n.Key, args ...any) string { return messages.Sprintf(l, k, args...) }
	h := &htmlView{
		view: v, IdentityTitle: t(keyIdentity),
		ScoreLabel: t(keyScoreHeading), RatingLabel: t(keyRatingLabel), OutOf: t(keyScoreOutOf),
		NoteLabel: t(keyNote), PageLabel: t(keyPageOf),
	}
	catTitle := cat.Title().In(l)
	if strings.TrimSpace(a.Subject.Name.JA+a.Subject.Name.EN) == "" {
		h.Headline = t(keyHeadingNoName, catTitle)
		h.RunningHeader = catTitle
	} else {
		h.Headline = v.Heading
		h.RunningHeader = subjectName(a, l) + " · " + catTitle
	}

	dash := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "-"
		}
		return s
	}
	reg := t(keyNotRegistered)
	if rn := a.Subject.RegistrationNumber; rn.IsValid() {
		reg = rn.String()
		if l != i18n.Japanese {
			reg = t(keyWithDetail, reg, rn.Bureau().Name().In(l))
		}
	}
	who := dash(a.Assessor.Name)
	if a.Assessor.Organization != "" {
		who = t(keyWithDetail, who, a.Assessor.Organization)
	}
	date := "-"
	if a.AssessedOn.IsValid() {
		date = a.AssessedOn.String()
	}
	h.Identity = []pair{
		{t(keyCompanyJA), dash(a.Subject.Name.JA)},
		{t(keyCompanyEN), dash(a.Subject.Name.EN)},
		{t(keyCorporateNumber), dash(a.Subject.CorporateNumber.String())},
		{t(keyRegistration), reg},
		{t(keyAssessor), who},
		{t(keyEmail), dash(a.Assessor.Email)},
		{t(keyAssessedOnLabel), date},
		{t(keyStateLabel), dash(stateLabel(a.State, l))},
		{t(keyCatalogLabel), t(keyWithDetail, catTitle, string(cat.ID())+" "+cat.Version())},
		{t(keyPolicyLabel), t(keyWithDetail, r.Policy.Title().In(l), res.Policy+" "+res.PolicyVersion)},
		{t(keyDendaiVersion), dendaiVersion()},
	}
	if d := r.digest(); d != "" {
		h.Identity = append(h.Identity, pair{reviewMessages.Sprintf(l, keyDigestLabel), d})
	}

	var b banner
	if a.State != assessment.Submitted {
		b.Draft = t(keyBannerDraft, dash(stateLabel(a.State, l)))
	}
	ps := assessment.Validate(cat, a, nil)
	if n := len(ps); n > 0 {
		b.Invalid = t(keyBannerInvalid, n)
		for i, p := range ps {
			if i == maxBannerProblems {
				b.More = t(keyMoreProblems, n-i)
				break
			}
			b.Problems = append(b.Problems, problemLine(p, l))
		}
	}
	if b.Draft != "" || b.Invalid != "" {
		b.NotFinal = t(keyBannerNotFinal)
		h.Banner = &b
	}

	h.Sections = criteriaSections(cat, v.Criteria, l)
	return h
}

func problemLine(p dendai.Problem, l i18n.Lang) string {
	msg := p.Message.In(l)
	if p.Path != "" {
		return p.Path + ": " + msg
	}
	return msg
}

// criteriaSections puts the criteria rows under the headings of their groups,
// in catalog order: a heading is repeated whenever the group changes.
func criteriaSections(cat *criteria.Catalog, rows []criterionRow, l i18n.Lang) []criteriaRow {
	var out []criteriaRow
	var prev []criteria.Group
	for i := range rows {
		row := &rows[i]
		cr, ok := cat.Criterion(criteria.ID(row.ID))
		var chain []criteria.Group
		if ok {
			for g := cr.Group(); g.IsValid(); g = g.Parent() {
				chain = append([]criteria.Group{g}, chain...)
			}
		}
		same := 0
		for same < len(chain) && same < len(prev) && chain[same] == prev[same] {
			same++
		}
		for _, g := range chain[same:] {
			out = append(out, criteriaRow{Heading: true, Depth: g.Depth(), Title: g.Title().In(l)})
		}
		prev = chain
		cr2 := criteriaRow{criterionRow: row}
		if ok {
			cr2.Note = strings.TrimSpace(cr.Note().In(l))
		}
		out = append(out, cr2)
	}
	return out
}
