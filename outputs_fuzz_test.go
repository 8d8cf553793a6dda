package dendai_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/oscal"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

// FuzzOutputs builds a random valid catalog, policy and pair of assessments
// from the fuzz input, used as a deterministic source of choices, and renders
// every output dendai has: the text, Markdown and HTML reports in both
// languages, the policy's text and Markdown, the CSV template in both
// encodings (read back), the JSON of the assessment, the result and the delta,
// the OSCAL documents, the text of the comparison of the two results and the
// catalog diff. None may panic, and each must hold together: HTML and text are
// valid UTF-8, Markdown tables keep their column count, JSON is valid, the
// assessment goes through its JSON and CSV forms unchanged.
//
// The seed corpus in testdata/fuzz/FuzzOutputs runs with every go test; it
// holds the known crasher, a one-criterion catalog whose improvement gains
// 100.0 points ("+100.0", wider than the text report's column once was).
func FuzzOutputs(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("dendai"))
	f.Add(bytes.Repeat([]byte{0xff}, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &gen{data: data}
		w := g.world()
		cat, err := criteria.Parse(w.catalogJSON, nil)
		if err != nil {
			t.Skipf("catalog refused: %v", err)
		}
		p, err := scoring.NewPolicy(cat, g.spec(cat))
		if err != nil {
			t.Skipf("policy refused: %v", err)
		}
		opts := &assessment.Options{Now: testkit.Now}
		a := g.assessment(cat)
		if ps := assessment.Validate(cat, a, opts); len(ps) > 0 {
			t.Skipf("assessment refused: %v", ps)
		}
		b := g.revise(cat, a)
		if ps := assessment.Validate(cat, b, opts); len(ps) > 0 {
			t.Skipf("revised assessment refused: %v", ps)
		}
		checkOutputs(t, cat, p, a, b)
		cat2, err := criteria.Parse(w.revisedJSON, nil)
		if err != nil {
			t.Skipf("revised catalog refused: %v", err)
		}
		d := criteria.Diff(cat, cat2)
		for _, c := range cat.All() {
			d.ChangeOf(c.ID())
		}
		if criteria.Diff(cat, cat).Empty() != true {
			t.Error("a catalog differs from itself")
		}
	})
}

// checkOutputs renders every output of p's scores of a and b.
func checkOutputs(t *testing.T, cat *criteria.Catalog, p *scoring.Policy, a, b *assessment.Assessment) {
	ra, rb := p.Score(a), p.Score(b)
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		rep := &report.Report{Policy: p, Assessment: a, Result: ra}
		checkText(t, "Text", rep.Text(l))
		checkMarkdown(t, "Markdown", rep.Markdown(l))
		html, err := rep.HTML(l)
		if err != nil {
			t.Fatalf("HTML(%v): %v", l, err)
		}
		if !utf8.ValidString(html) {
			t.Errorf("HTML(%v) is not valid UTF-8", l)
		}
		checkText(t, "PolicyText", report.PolicyText(p, l))
		checkMarkdown(t, "PolicyMarkdown", report.PolicyMarkdown(p, l))
	}

	// JSON: the assessment round-trips, the result and delta are valid JSON.
	doc, err := assessment.Encode(a)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	back, err := assessment.Decode(doc, nil)
	if err != nil {
		t.Fatalf("Decode(Encode(a)): %v\n%s", err, doc)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("Decode(Encode(a)) (-want +got):\n%s", diff)
	}
	for name, v := range map[string]json.Marshaler{"Result": ra, "Assessment": a} {
		checkJSON(t, name, v)
	}
	delta, err := scoring.Compare(ra, rb)
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	checkJSON(t, "Delta", delta)
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		checkText(t, "DiffText", report.DiffText(cat, delta, l))
	}
	if ps, err := p.AppendJSON(nil); err != nil || !json.Valid(ps) {
		t.Errorf("Policy.AppendJSON = %s, %v", ps, err)
	}

	// OSCAL.
	for name, f := range map[string]func() ([]byte, error){
		"Catalog":                   func() ([]byte, error) { return oscal.Catalog(cat) },
		"PolicyCatalog":             func() ([]byte, error) { return oscal.PolicyCatalog(p) },
		"AssessmentResults":         func() ([]byte, error) { return oscal.AssessmentResults(p, a) },
		"UnscoredAssessmentResults": func() ([]byte, error) { return oscal.UnscoredAssessmentResults(cat, a) },
	} {
		out, err := f()
		if err != nil {
			t.Fatalf("oscal.%s: %v", name, err)
		}
		if !json.Valid(out) {
			t.Errorf("oscal.%s is not valid JSON", name)
		}
	}

	// CSV: what WriteCSV writes reads back without a problem, as an
	// assessment that scores the same and writes the same bytes.
	for _, o := range []spreadsheet.CSVOptions{{Lang: i18n.Japanese}, {Lang: i18n.English}, {Lang: i18n.Japanese, Encoding: spreadsheet.ShiftJIS}} {
		var buf bytes.Buffer
		if err := spreadsheet.WriteCSV(&buf, cat, a, &o); err != nil {
			var e *dendai.Error
			if o.Encoding == spreadsheet.ShiftJIS && errors.As(err, &e) && e.Problems[0].Code == spreadsheet.CodeUnrepresentable {
				continue // a character Shift_JIS lacks
			}
			t.Fatalf("WriteCSV(%+v): %v", o, err)
		}
		got, ps := spreadsheet.ReadCSV(buf.Bytes(), cat)
		if len(ps) > 0 {
			t.Fatalf("ReadCSV(WriteCSV(%+v)): %v\n%s", o, ps, buf.Bytes())
		}
		var again bytes.Buffer
		if err := spreadsheet.WriteCSV(&again, cat, got, &o); err != nil {
			t.Fatalf("WriteCSV(ReadCSV(WriteCSV(%+v))): %v", o, err)
		}
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("CSV (%+v) does not round-trip:\n%s\n---\n%s", o, buf.Bytes(), again.Bytes())
		}
		// The form writes a line break as LF, CRs before it dropped, as its
		// documentation says: the subject's name in the result is the only
		// text that shows it.
		want := *ra
		want.Subject.Name.JA, want.Subject.Name.EN = csvLineBreaks(ra.Subject.Name.JA), csvLineBreaks(ra.Subject.Name.EN)
		if diff := cmp.Diff(&want, p.Score(got)); diff != "" {
			t.Errorf("score of the CSV (%+v) (-want +got):\n%s", o, diff)
		}
	}
}

// csvLineBreaks is s as the CSV form writes it: every run of CRs before an
// LF dropped.
func csvLineBreaks(s string) string {
	for strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

func checkJSON(t *testing.T, name string, v json.Marshaler) {
	t.Helper()
	out, err := v.MarshalJSON()
	if err != nil {
		t.Fatalf("%s.MarshalJSON: %v", name, err)
	}
	if !json.Valid(out) {
		t.Errorf("%s.MarshalJSON is not valid JSON:\n%s", name, out)
	}
}

// checkText checks a terminal output: valid UTF-8.
func checkText(t *testing.T, name, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8", name)
	}
}

// checkMarkdown checks that a Markdown output is valid UTF-8 and that every
// line of a table has the cells of its heading row.
func checkMarkdown(t *testing.T, name, s string) {
	t.Helper()
	checkText(t, name, s)
	want := -1
	for i, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		n := tableCells(line)
		if want < 0 {
			want = n
		} else if n != want {
			t.Errorf("%s line %d has %d cells, its table %d:\n%s", name, i+1, n, want, line)
		}
	}
}

// tableCells counts the cells of a GFM table row: the pipes not escaped by a
// backslash, less one.
func tableCells(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

// gen makes choices from the fuzz input; past its end, every choice is 0.
type gen struct {
	data []byte
	n    int // IDs made so far, to keep them unique
}

func (g *gen) byte() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return b
}

// intn returns a number from 0 to n-1.
func (g *gen) intn(n int) int {
	if n <= 1 {
		return 0
	}
	v := int(g.byte())
	if n > 256 {
		v = v<<8 | int(g.byte())
	}
	return v % n
}

func (g *gen) bool() bool { return g.byte()&1 == 1 }

// pieces are the parts texts are made of: ordinary words in both languages
// and the characters that break renderers.
var pieces = []string{
	"情報セキュリティ", "管理態勢", "Access control", "policy", " ", "、", "。",
	"\u200f", "\u202e", "\u2066", "\u0301", "e\u0301", "ｶﾀｶﾅ", "ﾞ", "\x1b[31m", "\x1b]0;x\x07", "\x00",
	"|", "\\", "`", "*", "_", "[", "](", "<script>", "&amp;", "<!--", "#", "> ", "- ", "1. ", "\n", "\r\n", "\t",
	"https://example.jp/a?b=c&d", "javascript:alert(1)", "www.example.com", "=1+1", "'", "\"", ",",
	"𠮷", "😀", "\ufeff", "\u3000", strings.Repeat("長", 300), strings.Repeat("W", 80),
}

// text returns a text of up to max pieces, possibly empty.
func (g *gen) text(max int) string {
	var b strings.Builder
	for range g.intn(max + 1) {
		b.WriteString(pieces[g.intn(len(pieces))])
	}
	return b.String()
}

// nonblank returns a text that is not blank: a word, then maybe more.
func (g *gen) nonblank(max int) string {
	return pieces[g.intn(3)] + g.text(max)
}

// id returns a new, valid ID.
func (g *gen) id(prefix string) string {
	g.n++
	const chars = "abcXYZ019-_."
	s := prefix + fmt.Sprint(g.n) + "x" // no digit after the number: unique
	for range g.intn(4) {
		s += string(chars[g.intn(len(chars))])
	}
	return s
}

func (g *gen) biText(max int) i18n.Text {
	return i18n.Text{JA: g.nonblank(max), EN: g.nonblank(max)}
}

// world is a catalog document and a revision of it.
type world struct{ catalogJSON, revisedJSON []byte }

type jsonText struct {
	JA string `json:"ja"`
	EN string `json:"en"`
}

type jsonCriterion struct {
	ID   string    `json:"id"`
	Text jsonText  `json:"text"`
	Note *jsonText `json:"note,omitempty"`
}

type jsonGroup struct {
	ID       string          `json:"id"`
	Title    jsonText        `json:"title"`
	Groups   []jsonGroup     `json:"groups,omitempty"`
	Criteria []jsonCriterion `json:"criteria,omitempty"`
}

type jsonCatalog struct {
	Format  string      `json:"format"`
	ID      string      `json:"id"`
	Version string      `json:"version"`
	Title   jsonText    `json:"title"`
	Groups  []jsonGroup `json:"groups"`
}

func (g *gen) jtext(max int) jsonText {
	t := g.biText(max)
	return jsonText{t.JA, t.EN}
}

func (g *gen) group(depth int) jsonGroup {
	gr := jsonGroup{ID: g.id("g"), Title: g.jtext(3)}
	if depth < 2 && g.intn(4) == 0 {
		for range 1 + g.intn(3) {
			gr.Groups = append(gr.Groups, g.group(depth+1))
		}
		return gr
	}
	for range 1 + g.intn(6) {
		c := jsonCriterion{ID: g.id(""), Text: g.jtext(4)}
		if g.intn(4) == 0 {
			n := g.jtext(2)
			c.Note = &n
		}
		gr.Criteria = append(gr.Criteria, c)
	}
	return gr
}

func (g *gen) world() world {
	c := jsonCatalog{Format: criteria.Format, ID: g.id("cat"), Version: "1." + fmt.Sprint(g.intn(10)), Title: g.jtext(3)}
	for range 1 + g.intn(3) {
		c.Groups = append(c.Groups, g.group(0))
	}
	doc, _ := json.Marshal(c)
	// The revision drops a criterion, rewords another and adds a third.
	last := &c.Groups[len(c.Groups)-1]
	for len(last.Groups) > 0 {
		last = &last.Groups[len(last.Groups)-1]
	}
	if len(last.Criteria) > 1 {
		last.Criteria = last.Criteria[1:]
	}
	last.Criteria[0].Text.EN += " (revised)"
	last.Criteria = append(last.Criteria, jsonCriterion{ID: g.id("new"), Text: g.jtext(2)})
	c.Version += ".1"
	rev, _ := json.Marshal(c)
	return world{doc, rev}
}

// decimal returns a weight or credit of up to max units, in thousandths.
func (g *gen) decimal(max int) scoring.Decimal {
	return scoring.Decimal(g.intn(max*1000+1)) * (scoring.One / 1000)
}

func (g *gen) spec(cat *criteria.Catalog) scoring.Spec {
	s := scoring.Spec{
		Name: g.id("p"), Version: "1.0.0", Catalog: cat.ID(), Title: g.biText(3),
		DefaultWeight: scoring.One + g.decimal(10),
	}
	if g.bool() {
		s.Description = g.biText(3)
	}
	// Credits never rise as the status falls.
	// Compliant earns full credit in most policies.
	c := []scoring.Decimal{scoring.One, g.decimal(1), g.decimal(1), g.decimal(1)}
	if g.intn(4) == 3 {
		c[0] = g.decimal(1)
	}
	for i := 1; i < len(c); i++ {
		c[i] = min(c[i], c[i-1])
	}
	s.Credit = scoring.Credits{Compliant: max(c[0], scoring.One/2), PartiallyCompliant: c[1], NonCompliant: c[2], NotAssessed: c[3]}
	for range g.intn(4) {
		s.Tiers = append(s.Tiers, scoring.Tier{ID: g.id("t"), Weight: g.decimal(100), Title: g.biText(2)})
	}
	for _, cr := range cat.All() {
		switch g.intn(4) {
		case 1:
			w := g.decimal(50)
			s.Criteria = append(s.Criteria, scoring.CriterionSpec{Criterion: cr.ID(), Weight: &w})
		case 2:
			if len(s.Tiers) > 0 {
				s.Criteria = append(s.Criteria, scoring.CriterionSpec{Criterion: cr.ID(), Tier: s.Tiers[g.intn(len(s.Tiers))].ID, Rationale: g.biText(2)})
			}
		}
	}
	minimums := []assessment.Status{assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant}
	for range g.intn(3) {
		gate := scoring.Gate{Minimum: minimums[g.intn(3)]}
		if len(s.Tiers) > 0 && g.bool() {
			gate.Tier = s.Tiers[g.intn(len(s.Tiers))].ID
		} else {
			gate.Criterion = cat.At(g.intn(cat.Len())).ID()
		}
		s.Gates = append(s.Gates, gate)
	}
	ratings := []string{"A", "B+", "優", "良", "<b>", "|", "\u202eZ", "**", "x\x1b"}
	score := scoring.Percent(1000)
	for range g.intn(4) {
		score -= scoring.Percent(1 + g.intn(300))
		if score <= 0 {
			break
		}
		s.Bands = append(s.Bands, scoring.Band{Rating: ratings[g.intn(len(ratings))], MinScore: score})
	}
	s.Bands = append(s.Bands, scoring.Band{Rating: ratings[g.intn(len(ratings))], MinScore: 0})
	return s
}

var statuses = []assessment.Status{assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant, assessment.NotApplicable, assessment.NotAssessed}

func (g *gen) response(id criteria.ID, on assessment.Date) assessment.Response {
	r := assessment.Response{Criterion: id, Status: statuses[g.intn(len(statuses))]}
	for range g.intn(3) {
		e := assessment.Evidence{Title: strings.TrimSpace(g.nonblank(2))}
		switch g.intn(3) {
		case 1:
			e.Ref = "https://example.jp/" + fmt.Sprint(g.intn(1000)) + "?q=" + g.text(1)
		case 2:
			e.Ref = "DOC-" + fmt.Sprint(g.intn(1000))
		}
		r.Evidence = append(r.Evidence, e)
	}
	if r.Status == assessment.NotApplicable || g.intn(4) == 0 {
		r.Justification = g.nonblank(3)
	}
	if g.bool() {
		r.Comment = g.text(5)
	}
	if r.Status == assessment.PartiallyCompliant || r.Status == assessment.NonCompliant || g.intn(5) == 0 {
		due := addDays(on, g.intn(400))
		r.Remediation = &assessment.Remediation{Action: g.nonblank(3), Owner: g.text(2), Due: due}
	}
	// Provenance, as Project and Migrate leave it: the CSV form and the
	// workbook carry it in columns of their own.
	if g.intn(6) == 0 {
		r.NeedsReview = true // cleared below for a submitted assessment
	}
	if g.intn(6) == 0 {
		rels := criteria.Relationships()
		for range 1 + g.intn(3) {
			r.DerivedFrom = append(r.DerivedFrom, assessment.Derivation{
				Criterion:    criteria.ID(fmt.Sprintf("S%d-%d", 1+g.intn(12), 1+g.intn(20))),
				Relationship: rels[g.intn(len(rels))],
				Status:       statuses[g.intn(len(statuses))],
			})
		}
	}
	return r
}

func (g *gen) assessment(cat *criteria.Catalog) *assessment.Assessment {
	on, _ := assessment.NewDate(2026, time.Month(1+g.intn(9)), 1+g.intn(28))
	a := &assessment.Assessment{
		Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft, AssessedOn: on,
		Subject: assessment.Subject{
			Name:            i18n.Text{JA: g.nonblank(3), EN: g.nonblank(3)},
			CorporateNumber: assessment.MustParseCorporateNumber("5010001112730"),
		},
		Assessor: assessment.Assessor{Name: g.nonblank(2), Organization: g.text(2)},
	}
	if g.bool() {
		a.Subject.RegistrationNumber = assessment.MustParseRegistrationNumber("関東財務局長（電代）第12号")
	}
	if g.bool() {
		a.Assessor.Email = "a" + fmt.Sprint(g.intn(100)) + "@example.jp"
	}
	for _, cr := range cat.All() {
		if g.intn(5) > 0 {
			a.Responses = append(a.Responses, g.response(cr.ID(), on))
		}
	}
	if g.bool() {
		// A submitted assessment answers every criterion.
		a.State = assessment.Submitted
		answered := map[criteria.ID]bool{}
		for i := range a.Responses {
			answered[a.Responses[i].Criterion] = true
			if a.Responses[i].Status == assessment.NotAssessed {
				a.Responses[i].Status = assessment.Compliant
			}
			a.Responses[i].NeedsReview = false // not allowed in a submitted assessment
		}
		for _, cr := range cat.All() {
			if !answered[cr.ID()] {
				a.Responses = append(a.Responses, assessment.Response{Criterion: cr.ID(), Status: assessment.Compliant})
			}
		}
	}
	return a
}

// revise returns a later assessment of the same subject: some statuses
// changed, on a later date.
func (g *gen) revise(cat *criteria.Catalog, a *assessment.Assessment) *assessment.Assessment {
	b := *a
	b.AssessedOn = addDays(a.AssessedOn, g.intn(30))
	b.Responses = nil
	for _, r := range a.Responses {
		if g.intn(3) == 0 {
			r = g.response(r.Criterion, b.AssessedOn)
			if a.State == assessment.Submitted && r.Status == assessment.NotAssessed {
				r.Status = assessment.Compliant
			}
			if a.State == assessment.Submitted {
				r.NeedsReview = false
			}
		}
		if rem := r.Remediation; rem != nil && rem.Due.Before(b.AssessedOn) {
			c := *rem
			c.Due = b.AssessedOn
			r.Remediation = &c
		}
		b.Responses = append(b.Responses, r)
	}
	return &b
}

// addDays returns the date n days after d.
func addDays(d assessment.Date, n int) assessment.Date {
	return assessment.DateOf(time.Date(d.Year(), d.Month(), d.Day()+n, 0, 0, 0, 0, time.UTC))
}
