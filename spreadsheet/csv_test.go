package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// testNow is a day after the samples' dates.
func testNow() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }

// sampleCatalog returns the catalog the sample assessments in
// examples/assessments name: jpbank-checklist 1.0.0, which stays built in
// after the crosswalk was corrected in 1.1.0.
func sampleCatalog(t testing.TB) *criteria.Catalog {
	t.Helper()
	cat, ok := criteria.BuiltinVersion(criteria.ChecklistID, "1.1.0")
	if !ok {
		t.Fatal("jpbank-checklist 1.1.0 is not built in")
	}
	return cat
}

func loadSample(t testing.TB, name string) (*assessment.Assessment, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", "assessments", name))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := assessment.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	return a, enc
}

func writeCSV(t testing.TB, cat *criteria.Catalog, a *assessment.Assessment, opts *CSVOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, cat, a, opts); err != nil {
		t.Fatalf("WriteCSV: %v", err)
	}
	return buf.Bytes()
}

func encode(t testing.TB, a *assessment.Assessment) string {
	t.Helper()
	b, err := assessment.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// allOptions are the four combinations of language and encoding.
func allOptions() []*CSVOptions {
	var opts []*CSVOptions
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		for _, e := range []Encoding{UTF8BOM, ShiftJIS} {
			opts = append(opts, &CSVOptions{Lang: l, Encoding: e})
		}
	}
	return opts
}

func optName(o *CSVOptions) string { return o.Lang.String() + "/" + o.Encoding.String() }

// parseOutput splits what WriteCSV wrote into cells, as a spreadsheet would.
func parseOutput(t testing.TB, data []byte, enc Encoding) [][]string {
	t.Helper()
	if enc == ShiftJIS {
		var err error
		if data, err = japanese.ShiftJIS.NewDecoder().Bytes(data); err != nil {
			t.Fatal(err)
		}
	} else {
		if !bytes.HasPrefix(data, []byte(byteOrderMark)) {
			t.Fatal("no byte order mark")
		}
		data = data[len(byteOrderMark):]
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// sheet writes records as a UTF-8 CSV file with LF line endings, as a script or
// another spreadsheet would; a nil record is an empty line.
func sheet(t testing.TB, recs [][]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, rec := range recs {
		if rec == nil {
			w.Flush()
			buf.WriteString("\n")
			continue
		}
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return buf.Bytes()
}

// sampleSheet returns the sample assessment's CSV form as records; the empty
// row 14 is nil, so that sheet gives the rows their numbers back.
func sampleSheet(t testing.TB, name string, l i18n.Lang) [][]string {
	t.Helper()
	a, _ := loadSample(t, name)
	recs := parseOutput(t, writeCSV(t, criteria.Checklist(), a, &CSVOptions{Lang: l}), UTF8BOM)
	return slices.Insert(recs, 13, nil)
}

// Rows of the layout, counted from 1.
const (
	rowFormat     = 1
	rowAssessedOn = 6
	rowCorporate  = 9
	rowHeadings   = 15
	rowFirst      = 16 // the first criterion's row
)

func TestCSVGolden(t *testing.T) {
	cat := criteria.Checklist()
	for _, tt := range []struct {
		name string
		opts *CSVOptions
	}{
		{"template.jpbank-checklist.ja.utf8.csv.golden", &CSVOptions{Lang: i18n.Japanese}},
		{"template.jpbank-checklist.en.utf8.csv.golden", nil},
		{"template.jpbank-checklist.ja.sjis.csv.golden", &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := TemplateCSV(&buf, cat, tt.opts); err != nil {
				t.Fatal(err)
			}
			testkit.Golden(t, "csv/"+tt.name, buf.Bytes())
		})
	}
	t.Run("sample", func(t *testing.T) {
		a, _ := loadSample(t, "sample.json")
		testkit.Golden(t, "csv/sample.ja.utf8.csv.golden", writeCSV(t, cat, a, &CSVOptions{Lang: i18n.Japanese}))
	})
}

func TestTemplateCSVLayout(t *testing.T) {
	cat := criteria.Checklist()
	var buf bytes.Buffer
	if err := TemplateCSV(&buf, cat, &CSVOptions{Lang: i18n.Japanese}); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbfdendai.assessment/v1,format,")) {
		t.Errorf("the file starts %q", data[:min(40, len(data))])
	}
	if n, lf := bytes.Count(data, []byte("\r\n")), bytes.Count(data, []byte("\n")); n != lf {
		t.Errorf("%d line feeds, %d of them after a CR: want every row to end in CR LF", lf, n)
	}
	recs := parseOutput(t, data, UTF8BOM)
	// encoding/csv skips the empty row 14.
	if got, want := len(recs), 13+1+cat.Len(); got != want {
		t.Fatalf("%d rows, want %d", got, want)
	}
	var keys []string
	for _, rec := range recs[:13] {
		if len(rec) != headerCells {
			t.Errorf("header row %q has %d cells, want %d", rec, len(rec), headerCells)
		}
		keys = append(keys, rec[1])
	}
	wantKeys := []string{"format", "instructions", "catalog", "catalogVersion", "state", "assessedOn",
		"subject.name.ja", "subject.name.en", "subject.corporateNumber", "subject.registrationNumber",
		"assessor.name", "assessor.organization", "assessor.email"}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("header keys (-want +got):\n%s", diff)
	}
	headings := []string{"ID", "区分", "確認項目", "評価結果", "該当なしの理由", "根拠資料", "コメント", "改善策", "改善担当", "改善期限（YYYY-MM-DD）"}
	if diff := cmp.Diff(headings, recs[13]); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
	for i, rec := range recs[14:] {
		cr := cat.At(i)
		want := []string{string(cr.ID()), cr.Group().Title().JA, cr.Text().JA, "", "", "", "", "", "", ""}
		if diff := cmp.Diff(want, rec); diff != "" {
			t.Errorf("row of %s (-want +got):\n%s", cr.ID(), diff)
		}
	}
	if got := recs[4][2]; got != "下書き" {
		t.Errorf("state = %q, want 下書き", got)
	}
}

// TestTemplateCSVReadsAsTemplate reads every built-in catalog's template, in
// every language and encoding, back as assessment.Template.
func TestTemplateCSVReadsAsTemplate(t *testing.T) {
	for _, id := range criteria.BuiltinIDs() {
		cat, _ := criteria.Builtin(id)
		tmpl := assessment.Template(cat)
		tmpl.Schema = "" // a spreadsheet has no "$schema"
		want := encode(t, tmpl)
		for _, o := range allOptions() {
			t.Run(string(id)+"/"+optName(o), func(t *testing.T) {
				var buf bytes.Buffer
				if err := TemplateCSV(&buf, cat, o); err != nil {
					t.Fatal(err) // in Shift_JIS: a text of the catalog is not representable
				}
				a, ps := ReadCSV(buf.Bytes(), cat)
				if len(ps) > 0 {
					t.Fatalf("problems: %v", ps)
				}
				if diff := cmp.Diff(want, encode(t, a)); diff != "" {
					t.Errorf("(-template +read):\n%s", diff)
				}
				again := writeCSV(t, cat, a, o)
				if !bytes.Equal(buf.Bytes(), again) {
					t.Errorf("writing what was read gives other bytes:\n%s", cmp.Diff(buf.String(), string(again)))
				}
			})
		}
	}
}

// TestCSVRoundTripJSON checks that JSON -> CSV -> JSON loses nothing, and that
// CSV -> assessment -> CSV gives the same bytes.
func TestCSVRoundTripJSON(t *testing.T) {
	cat := sampleCatalog(t)
	for _, name := range []string{"sample.json", "sample-previous.json"} {
		a, want := loadSample(t, name)
		for _, o := range allOptions() {
			t.Run(name+"/"+optName(o), func(t *testing.T) {
				data := writeCSV(t, cat, a, o)
				b, ps := ReadCSV(data, cat)
				if len(ps) > 0 {
					t.Fatalf("problems: %v", ps)
				}
				if diff := cmp.Diff(string(want), encode(t, b)); diff != "" {
					t.Errorf("JSON -> CSV -> JSON (-want +got):\n%s", diff)
				}
				if again := writeCSV(t, cat, b, o); !bytes.Equal(data, again) {
					t.Errorf("CSV -> assessment -> CSV differs:\n%s", cmp.Diff(string(data), string(again)))
				}
				if _, ps := CheckCSV(cat, data, &assessment.Options{Now: testNow}); len(ps) > 0 {
					t.Errorf("CheckCSV: %v", ps)
				}
			})
		}
	}
}

// TestCSVScoresAsJSON checks that a filled-in CSV file scores exactly as its
// JSON twin.
func TestCSVScoresAsJSON(t *testing.T) {
	cat := criteria.Checklist()
	for _, name := range []string{"sample.json", "sample-previous.json"} {
		a, _ := loadSample(t, name)
		for _, p := range []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted()} {
			want, err := json.Marshal(p.Score(a))
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range allOptions() {
				b, ps := ReadCSV(writeCSV(t, cat, a, o), cat)
				if len(ps) > 0 {
					t.Fatalf("%s %s: problems: %v", name, optName(o), ps)
				}
				got, err := json.Marshal(p.Score(b))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, got) {
					t.Errorf("%s %s: the CSV form scores differently:\n%s", name, optName(o), cmp.Diff(string(want), string(got)))
				}
			}
		}
	}
}

// hostileTexts are values a spreadsheet would run as formulas, and values that
// look like the escape itself.
var hostileTexts = []string{
	`=HYPERLINK("http://x")`, "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''", "'", "'abc", "''=1",
	"=1+1\n=2", "-", "－", "2026-11-01", `=cmd|' /C calc'!A0`, "", " =1",
}

func TestCSVFormulaInjection(t *testing.T) {
	cat := criteria.Checklist()
	a, _ := loadSample(t, "sample.json")
	a.Subject.Name = i18n.Text{JA: `=HYPERLINK("http://x","株式会社")`, EN: "+Sample"}
	a.Assessor = assessment.Assessor{Name: "-山田", Organization: "@org", Email: "=a@example.jp"}
	for i, s := range hostileTexts {
		r := &a.Responses[i]
		r.Comment = s
		r.Justification = s
		r.Evidence = []assessment.Evidence{{Title: s, Ref: s}, {Title: "x" + s, Ref: s}}
		r.Remediation = &assessment.Remediation{Action: s, Owner: s, Due: assessment.MustParseDate("2027-01-31")}
	}
	want := encode(t, a)
	for _, o := range allOptions() {
		t.Run(optName(o), func(t *testing.T) {
			data := writeCSV(t, cat, a, o)
			for i, rec := range parseOutput(t, data, o.Encoding) {
				for j, c := range rec {
					if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
						t.Errorf("record %d, cell %d starts with %q: %q", i+1, j+1, c[0], c)
					}
				}
			}
			b, ps := ReadCSV(data, cat)
			if len(ps) > 0 {
				t.Fatalf("problems: %v", ps)
			}
			if diff := cmp.Diff(want, encode(t, b)); diff != "" {
				t.Errorf("hostile texts do not read back (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFormulaEscapeExhaustive checks restoreFormula(neutraliseFormula(s)) == s, and
// that no neutralised text starts a formula, for every string of up to five
// characters from an alphabet of the characters that matter.
func TestFormulaEscapeExhaustive(t *testing.T) {
	alphabet := []string{"=", "+", "-", "@", "\t", "\r", "'", "a", " ", "\n"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		got := neutraliseFormula(s)
		if got != "" && formulaStart(got[0]) {
			t.Errorf("neutraliseFormula(%q) = %q starts a formula", s, got)
		}
		if back := restoreFormula(got); back != s {
			t.Errorf("restoreFormula(neutraliseFormula(%q)) = %q", s, back)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
}

func TestNormaliseLineBreaks(t *testing.T) {
	for in, want := range map[string]string{
		"":             "",
		"a\r\nb":       "a\nb",
		"a\rb":         "a\rb",
		"a\r\r\nb":     "a\nb",
		"\r":           "\r",
		"a\r\n\r\nb\r": "a\n\nb\r",
		"\n\r":         "\n\r",
	} {
		got := normaliseLineBreaks(in)
		if got != want {
			t.Errorf("normaliseLineBreaks(%q) = %q, want %q", in, got, want)
		}
		if again := normaliseLineBreaks(got); again != got {
			t.Errorf("normaliseLineBreaks is not idempotent on %q: %q", got, again)
		}
	}
}

func TestEvidenceCell(t *testing.T) {
	type ev = assessment.Evidence
	tests := []struct {
		name  string
		items []ev
		cell  string
	}{
		{"title and ref", []ev{{Title: "情報セキュリティ基本方針 第3版", Ref: "https://example.jp/p.pdf"}}, "情報セキュリティ基本方針 第3版 | https://example.jp/p.pdf"},
		{"title only", []ev{{Title: "議事録"}}, "議事録"},
		{"several", []ev{{Title: "A", Ref: "R1"}, {Title: "B"}}, "A | R1\nB"},
		{"title with a bar and a ref", []ev{{Title: "A | B", Ref: "R"}}, "A | B | R"},
		{"title with a bar, no ref", []ev{{Title: "A | B"}}, "A | B |"},
		{"title with a full-width bar", []ev{{Title: "規程｜第3条"}}, "規程｜第3条 |"},
		{"ref with a bar", []ev{{Title: "A", Ref: "x|y"}}, `{"title":"A","ref":"x|y"}`},
		{"line break in the title", []ev{{Title: "A\nB", Ref: "R"}}, `{"title":"A\nB","ref":"R"}`},
		{"surrounding spaces", []ev{{Title: " A ", Ref: "R"}}, `{"title":" A ","ref":"R"}`},
		{"empty title", []ev{{Title: "", Ref: "R"}}, " | R"},
		{"empty item", []ev{{}}, " |"},
		{"title like JSON", []ev{{Title: `{"title":"x"}`}}, `{"title":"x"} |`},
		{"title like JSON with a ref", []ev{{Title: `{"title":"x"}`, Ref: "R"}}, `{"title":"x"} | R`},
		{"title and ref like JSON", []ev{{Title: `{"title":"x"`, Ref: `"ref":"y"}`}}, `{"title":"x" | "ref":"y"}`},
		{"title and ref making JSON", []ev{{Title: `{"title":"a`, Ref: `b"}`}}, `{"title":"{\"title\":\"a","ref":"b\"}"}`},
		{"brace but not JSON", []ev{{Title: "{draft}", Ref: "R"}}, "{draft} | R"},
		{"html", []ev{{Title: "<b>&</b>", Ref: "R"}}, "<b>&</b> | R"},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := evidenceCell(tt.items)
			if got != tt.cell {
				t.Errorf("evidenceCell = %q, want %q", got, tt.cell)
			}
			items, _ := parseEvidence(got)
			if diff := cmp.Diff(tt.items, items); diff != "" {
				t.Errorf("parseEvidence(%q) (-want +got):\n%s", got, diff)
			}
		})
	}
}

// TestParseEvidenceTyped reads evidence as a person types it in a spreadsheet.
func TestParseEvidenceTyped(t *testing.T) {
	type ev = assessment.Evidence
	tests := []struct {
		cell string
		want []ev
	}{
		{"資料A|REF-1", []ev{{Title: "資料A", Ref: "REF-1"}}},
		{"資料B　｜　REF-2", []ev{{Title: "資料B", Ref: "REF-2"}}},
		{"資料A\r\n\r\n 資料B \n", []ev{{Title: "資料A"}, {Title: "資料B"}}},
		{"  \n ", nil},
		{`{"title":"T","ref":"R"}`, []ev{{Title: "T", Ref: "R"}}},
		{`{"title":"T"}`, []ev{{Title: "T"}}},
		{`{"title":"T","other":1}`, []ev{{Title: `{"title":"T","other":1}`}}},
		{`{"title":"T"} x`, []ev{{Title: `{"title":"T"} x`}}},
		{`{"ref":"R"}`, []ev{{Title: `{"ref":"R"}`}}},
		{`C:\共有\規程.pdf`, []ev{{Title: `C:\共有\規程.pdf`}}},
	}
	for _, tt := range tests {
		items, _ := parseEvidence(tt.cell)
		if diff := cmp.Diff(tt.want, items); diff != "" {
			t.Errorf("parseEvidence(%q) (-want +got):\n%s", tt.cell, diff)
		}
	}
}

func TestWriteCSVShiftJISUnrepresentable(t *testing.T) {
	cat := criteria.Checklist()
	for _, tt := range []struct {
		text string
		char string
	}{
		{"𠮷野家で打合せ", "𠮷"},
		{"対応済み 👍", "👍"},
		{"費用 ¥1,000", "¥"},
		{"〜", "〜"}, // WAVE DASH; CP932 has FULLWIDTH TILDE instead
	} {
		a, _ := loadSample(t, "sample.json")
		a.Responses[2].Comment = tt.text
		var buf bytes.Buffer
		err := WriteCSV(&buf, cat, a, &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS})
		var ce *dendai.Error
		if !errors.As(err, &ce) {
			t.Fatalf("%q: err = %v, want a *dendai.Error", tt.text, err)
		}
		want := dendai.Problem{
			Path: "/responses/2/comment", Line: rowFirst + 2, Column: colComment + 1, Criterion: "1-3",
			Code: CodeUnrepresentable, Message: ce.Problems[0].Message,
		}
		if diff := cmp.Diff(want, ce.Problems[0]); diff != "" {
			t.Errorf("%q: problem (-want +got):\n%s", tt.text, diff)
		}
		if !strings.Contains(ce.Problems[0].Message.JA, tt.char) || !strings.Contains(err.Error(), tt.char) {
			t.Errorf("%q: the message does not name %q: %v", tt.text, tt.char, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%q: %d bytes written despite the error", tt.text, buf.Len())
		}
		// UTF-8 writes it.
		data := writeCSV(t, cat, a, &CSVOptions{Lang: i18n.Japanese})
		b, ps := ReadCSV(data, cat)
		if len(ps) > 0 || b.Responses[2].Comment != tt.text {
			t.Errorf("%q in UTF-8: read back %q, %v", tt.text, b.Responses[2].Comment, ps)
		}
	}
}

func TestWriteCSVErrors(t *testing.T) {
	cat := criteria.Checklist()
	a := assessment.Template(cat)
	a.Assessor.Name = "山田\xff"
	err := WriteCSV(&bytes.Buffer{}, cat, a, nil)
	var ce *dendai.Error
	if !errors.As(err, &ce) || ce.Problems[0].Code != CodeInvalidUTF8 || ce.Problems[0].Path != "/assessor/name" || ce.Problems[0].Line != 11 || ce.Problems[0].Column != 3 {
		t.Errorf("invalid UTF-8: err = %v", err)
	}

	a = assessment.Template(cat)
	a.Responses[0].Evidence = []assessment.Evidence{{Title: "x\xff"}}
	if err := WriteCSV(&bytes.Buffer{}, cat, a, nil); !errors.As(err, &ce) || ce.Problems[0].Code != CodeInvalidUTF8 || ce.Problems[0].Path != "/responses/0/evidence" {
		t.Errorf("invalid UTF-8 in evidence: err = %v", err)
	}

	a = assessment.Template(cat)
	a.Responses[1].Status = assessment.Status(42)
	if err := WriteCSV(&bytes.Buffer{}, cat, a, nil); !errors.As(err, &ce) || ce.Problems[0].Code != assessment.CodeStatusInvalid || ce.Problems[0].Line != rowFirst+1 {
		t.Errorf("invalid status: err = %v", err)
	}

	if err := WriteCSV(&bytes.Buffer{}, cat, assessment.Template(cat), &CSVOptions{Encoding: 7}); err == nil {
		t.Error("unknown encoding: no error")
	}
	if err := WriteCSV(&bytes.Buffer{}, nil, a, nil); err == nil {
		t.Error("nil catalog: no error")
	}
	if err := TemplateCSV(&bytes.Buffer{}, nil, nil); err == nil {
		t.Error("TemplateCSV(nil catalog): no error")
	}
}

func TestWriteCSVUnknownCriterion(t *testing.T) {
	// Every response gets a row, even one the catalog does not know.
	cat := criteria.Checklist()
	a := assessment.Template(cat)
	a.Responses = append(a.Responses, assessment.Response{Criterion: "9-9", Status: assessment.Compliant})
	recs := parseOutput(t, writeCSV(t, cat, a, nil), UTF8BOM)
	last := recs[len(recs)-1]
	if diff := cmp.Diff([]string{"9-9", "", "", "Compliant", "", "", "", "", "", ""}, last); diff != "" {
		t.Errorf("last row (-want +got):\n%s", diff)
	}
}

func TestEncodingNames(t *testing.T) {
	for _, e := range []Encoding{UTF8BOM, ShiftJIS} {
		got, err := ParseEncoding(strings.ToUpper(e.String()))
		if err != nil || got != e {
			t.Errorf("ParseEncoding(%q) = %v, %v", e.String(), got, err)
		}
	}
	for s, want := range map[string]Encoding{"utf8": UTF8BOM, "SJIS": ShiftJIS, "cp932": ShiftJIS, "Windows-31J": ShiftJIS, "shift-jis": ShiftJIS} {
		if got, err := ParseEncoding(s); err != nil || got != want {
			t.Errorf("ParseEncoding(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := ParseEncoding("latin1"); err == nil {
		t.Error("ParseEncoding(latin1): no error")
	}
	if got := Encoding(9).String(); got != "Encoding(9)" {
		t.Errorf("Encoding(9).String() = %q", got)
	}
}

// TestReadCSVSpreadsheetForms reads what a person and a spreadsheet make of the
// template: marks for statuses, Excel's dates, IDs turned into dates, rows
// padded to the same width, headings in the other language or as keys, LF line
// endings and no byte order mark.
func TestReadCSVSpreadsheetForms(t *testing.T) {
	cat := criteria.Checklist()
	recs := sampleSheet(t, "sample.json", i18n.Japanese)
	a, _ := loadSample(t, "sample.json")
	want := encode(t, a)

	wide := 12
	for i, rec := range recs {
		if rec != nil {
			recs[i] = append(rec, make([]string, wide-len(rec))...) // Excel pads every row
		}
	}
	recs[rowAssessedOn-1][2] = "2026/11/1"
	recs[rowCorporate-1][2] = "5-0100-0111-2730"
	recs[rowHeadings-1][1] = "Category"        // English
	recs[rowHeadings-1][3] = "STATUS"          // the key, in capitals
	recs[rowHeadings-1][9] = "remediation.due" // the key
	recs[rowFirst-1][0] = "1月1日"               // Excel made a date of 1-1; the text tells the criterion
	for i := rowFirst - 1; i < len(recs); i++ {
		switch recs[i][3] {
		case "適合":
			recs[i][3] = "○"
		case "一部適合":
			recs[i][3] = " △ "
		case "該当なし":
			recs[i][3] = "－"
		}
		if d := recs[i][9]; d != "" {
			recs[i][9] = strings.ReplaceAll(d, "-", "/")
		}
	}
	b, ps := ReadCSV(sheet(t, recs), cat)
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if diff := cmp.Diff(want, encode(t, b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadCSVStatuses reads every spelling ParseStatus accepts, and the empty
// cell.
func TestReadCSVStatuses(t *testing.T) {
	cat := criteria.Checklist()
	for in, want := range map[string]assessment.Status{
		"":                    assessment.NotAssessed,
		"  ":                  assessment.NotAssessed,
		"未評価":                 assessment.NotAssessed,
		"Not assessed":        assessment.NotAssessed,
		"適合":                  assessment.Compliant,
		"◯":                   assessment.Compliant,
		"compliant":           assessment.Compliant,
		"Compliant":           assessment.Compliant,
		"一部適合":                assessment.PartiallyCompliant,
		"Partially compliant": assessment.PartiallyCompliant,
		"×":                   assessment.NonCompliant,
		"✕":                   assessment.NonCompliant,
		"Non-compliant":       assessment.NonCompliant,
		"不適合":                 assessment.NonCompliant,
		"－":                   assessment.NotApplicable,
		"-":                   assessment.NotApplicable,
		"'-":                  assessment.NotApplicable, // neutralised by a tool like WriteCSV
		"N/A":                 assessment.NotApplicable,
		"対象外":                 assessment.NotApplicable,
		"該当なし":                assessment.NotApplicable,
	} {
		recs := sampleSheet(t, "sample.json", i18n.English)
		recs[rowFirst-1][3] = in
		a, ps := ReadCSV(sheet(t, recs), cat)
		if len(ps) > 0 {
			t.Errorf("%q: problems: %v", in, ps)
			continue
		}
		if got := a.Responses[0].Status; got != want {
			t.Errorf("%q reads as %v, want %v", in, got, want)
		}
	}
}

func TestReadCSVProblems(t *testing.T) {
	cat := criteria.Checklist()
	type want struct {
		line, col int
		path      string
		id        criteria.ID
		code      dendai.Code
	}
	tests := []struct {
		name string
		edit func(recs [][]string) [][]string
		want []want
	}{
		{"status", func(recs [][]string) [][]string {
			recs[rowFirst][3] = "はい"
			return recs
		}, []want{{rowFirst + 1, 4, "/responses/1/status", "1-2", assessment.CodeStatusInvalid}}},
		{"dates", func(recs [][]string) [][]string {
			recs[rowAssessedOn-1][2] = "2026-02-30"
			recs[rowFirst+28][9] = "来年3月"
			return recs
		}, []want{
			{rowAssessedOn, 3, "/assessedOn", "", assessment.CodeDateInvalid},
			{rowFirst + 29, 10, "/responses/29/remediation/due", "1-30", assessment.CodeDateInvalid},
		}},
		{"numbers", func(recs [][]string) [][]string {
			recs[rowCorporate-1][2] = "5.01E+12"
			recs[rowCorporate][2] = "大阪財務局長（電代）第1号"
			return recs
		}, []want{
			{rowCorporate, 3, "/subject/corporateNumber", "", assessment.CodeCorporateNumberExponent},
			{rowCorporate + 1, 3, "/subject/registrationNumber", "", assessment.CodeRegistrationNumberBureau},
		}},
		{"unknown and duplicate criteria, blank ID", func(recs [][]string) [][]string {
			recs[rowFirst][0], recs[rowFirst][2] = "9-9", ""
			recs[rowFirst+1][0], recs[rowFirst+1][2] = "1-1", ""
			recs[rowFirst+2][0], recs[rowFirst+2][2] = "", ""
			return recs
		}, []want{
			{rowFirst + 1, 1, "/responses/1/criterion", "9-9", CodeUnknownCriterion},
			{rowFirst + 2, 1, "/responses/2/criterion", "1-1", CodeDuplicateRow},
			{rowFirst + 3, 1, "/responses/3/criterion", "", CodeMissingCriterion},
		}},
		{"header fields", func(recs [][]string) [][]string {
			recs[rowCorporate-1][1] = "subject.houjinBangou"
			recs[rowCorporate][1] = "CATALOG" // keys are matched without regard to case
			return recs
		}, []want{
			{rowCorporate, 2, "", "", CodeUnknownField},
			{rowCorporate + 1, 2, "", "", CodeDuplicateField},
			{rowHeadings, 2, "/subject/corporateNumber", "", CodeMissingField},
			{rowHeadings, 2, "/subject/registrationNumber", "", CodeMissingField},
		}},
		{"a deleted header row", func(recs [][]string) [][]string {
			return slices.Delete(recs, rowAssessedOn-1, rowAssessedOn)
		}, []want{{rowHeadings - 1, 2, "/assessedOn", "", CodeMissingField}}},
		{"cells beyond the template", func(recs [][]string) [][]string {
			recs[rowFormat-1] = append(recs[rowFormat-1], "", "メモ")
			recs[rowFirst] = append(recs[rowFirst], "", "=1")
			return recs
		}, []want{
			{rowFormat, 5, "", "", CodeExtraCell},
			{rowFirst + 1, 12, "", "", CodeExtraCell},
		}},
		{"a column inserted", func(recs [][]string) [][]string {
			for i := rowHeadings - 1; i < len(recs); i++ {
				if i >= rowFirst-1 {
					recs[i] = recs[i][:colStatus+1] // keep the data out of it
				}
				recs[i] = slices.Insert(recs[i], 4, "")
			}
			recs[rowHeadings-1][4] = "備考"
			return recs
		}, []want{
			{rowHeadings, 5, "", "", CodeColumnHeading},
			{rowHeadings, 6, "", "", CodeColumnHeading},
			{rowHeadings, 7, "", "", CodeColumnHeading},
			{rowHeadings, 8, "", "", CodeColumnHeading},
			{rowHeadings, 9, "", "", CodeColumnHeading},
			{rowHeadings, 10, "", "", CodeColumnHeading},
			{rowHeadings, 11, "", "", CodeExtraCell},
		}},
		{"no table", func(recs [][]string) [][]string {
			return recs[:rowHeadings-1]
		}, []want{{rowHeadings - 2, 1, "/responses", "", CodeMissingTable}}},
		{"multi-line cells and blank lines keep row numbers", func(recs [][]string) [][]string {
			recs[rowFirst-1][6] = "一行目\n二行目\n\n四行目"
			recs = slices.Insert(recs, rowFirst+1, nil, nil) // two empty rows
			recs[rowFirst+3][3] = "?"
			return recs
		}, []want{{rowFirst + 4, 4, "/responses/2/status", "1-3", assessment.CodeStatusInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := tt.edit(sampleSheet(t, "sample.json", i18n.Japanese))
			a, ps := ReadCSV(sheet(t, recs), cat)
			if a == nil {
				t.Fatal("no assessment")
			}
			var got []want
			for _, p := range ps {
				got = append(got, want{p.Line, p.Column, p.Path, criteria.ID(p.Criterion), p.Code})
				if p.Message.JA == "" || p.Message.EN == "" || strings.Contains(p.Message.EN+p.Message.JA, "%!") {
					t.Errorf("bad message: %+v", p.Message)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadCSVRefused covers files ReadCSV reads no assessment from.
func TestReadCSVRefused(t *testing.T) {
	cat := criteria.Checklist()
	template := func() []byte {
		var buf bytes.Buffer
		if err := TemplateCSV(&buf, cat, nil); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	tests := []struct {
		name      string
		data      []byte
		line, col int
		code      dendai.Code
	}{
		{"empty", nil, 0, 0, CodeEmpty},
		{"blank", []byte("\ufeff\r\n,,\r\n"), 0, 0, CodeEmpty},
		{"not ours", []byte("名前,メール\r\n山田,a@example.jp\r\n"), 1, 1, CodeFormat},
		{"another version", []byte("dendai.assessment/v2,format,\r\n"), 1, 1, CodeFormat},
		{"bare quote", []byte("dendai.assessment/v1,format,x\r\n\r\nカタログ,catalog,jp\"bank\r\n"), 3, 3, CodeBareQuote},
		{"unclosed quote", []byte("dendai.assessment/v1,format,x\r\nカタログ,catalog,\"jpbank\r\n\r\n"), 2, 3, CodeQuote},
		{"text after a quote", []byte("dendai.assessment/v1,\"format\"x,\r\n"), 1, 2, CodeQuote},
		{"too large", append(template(), make([]byte, assessment.DefaultMaxSize)...), 0, 0, dendai.CodeInputTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ps := ReadCSV(tt.data, cat)
			if a != nil {
				t.Error("an assessment was read")
			}
			if len(ps) != 1 || ps[0].Line != tt.line || ps[0].Column != tt.col || ps[0].Code != tt.code {
				t.Errorf("problems = %+v, want one %s at %d:%d", ps, tt.code, tt.line, tt.col)
			}
		})
	}
}

func TestReadCSVEncodings(t *testing.T) {
	cat := criteria.Checklist()
	a, want := loadSample(t, "sample.json")
	utf8 := writeCSV(t, cat, a, &CSVOptions{Lang: i18n.Japanese})
	sjis := writeCSV(t, cat, a, &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS})
	noBOM := bytes.TrimPrefix(utf8, []byte(byteOrderMark))
	for name, data := range map[string][]byte{"UTF-8 with BOM": utf8, "UTF-8": noBOM, "Shift_JIS": sjis} {
		b, ps := ReadCSV(data, cat)
		if len(ps) > 0 {
			t.Errorf("%s: problems: %v", name, ps)
			continue
		}
		if diff := cmp.Diff(string(want), encode(t, b)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}

	// Bytes the encoding cannot read: in Shift_JIS, a lead byte without its
	// trail byte; after a byte order mark, invalid UTF-8.
	recs := sampleSheet(t, "sample.json", i18n.Japanese)
	recs[rowFirst-1][6] = "BAD"
	broken := bytes.Replace(sheet(t, recs), []byte("BAD"), []byte("\x82"), 1)
	sj, err := japanese.ShiftJIS.NewEncoder().Bytes(bytes.Replace(sheet(t, recs), []byte("BAD"), []byte("\x00BAD\x00"), 1))
	if err != nil {
		t.Fatal(err)
	}
	sj = bytes.Replace(sj, []byte("\x00BAD\x00"), []byte("\x82"), 1)
	for name, tt := range map[string]struct {
		data []byte
		col  int
		enc  string
	}{
		"Shift_JIS":      {sj, colComment + 1, "Shift_JIS"},
		"UTF-8 with BOM": {append([]byte(byteOrderMark), broken...), colComment + 1, "UTF-8"},
	} {
		_, ps := ReadCSV(tt.data, cat)
		if len(ps) == 0 || ps[0].Code != CodeInvalidBytes || ps[0].Line != rowFirst || ps[0].Column != tt.col || !strings.Contains(ps[0].Message.EN, tt.enc) {
			t.Errorf("%s: problems = %v", name, ps)
		}
	}
}

func TestCheckCSV(t *testing.T) {
	cat := sampleCatalog(t)
	opts := &assessment.Options{Now: testNow}
	type want struct {
		line, col int
		path      string
		code      dendai.Code
	}
	tests := []struct {
		name string
		edit func(recs [][]string) [][]string
		want []want
	}{
		{"valid", func(recs [][]string) [][]string { return recs }, nil},
		{"validation problems located", func(recs [][]string) [][]string {
			recs[rowFirst-1][3] = "×"                   // non-compliant without a plan
			recs[rowFirst][3] = "該当なし"                  // not applicable without a reason
			recs[rowAssessedOn-1][2] = "2027-01-01"     // after today
			recs[rowAssessedOn+6][2] = "not an address" // assessor.email
			return recs
		}, []want{
			{rowAssessedOn, 3, "/assessedOn", assessment.CodeDateInFuture},
			{rowAssessedOn + 7, 3, "/assessor/email", assessment.CodeValidationEmail},
			{rowFirst, 8, "/responses/0/remediation", assessment.CodeRemediationRequired},
			{rowFirst + 1, 5, "/responses/1/justification", assessment.CodeJustificationRequired},
		}},
		{"a refused value is not reported again", func(recs [][]string) [][]string {
			recs[rowFirst-1][3] = "??" // reads as not assessed, which a submitted assessment cannot have
			recs[rowFirst][0], recs[rowFirst][2] = "1-1", ""
			return recs
		}, []want{
			{rowHeadings, 1, "/responses", assessment.CodeMissingResponse},
			{rowFirst, 4, "/responses/0/status", assessment.CodeStatusInvalid},
			{rowFirst + 1, 1, "/responses/1/criterion", CodeDuplicateRow},
		}},
		{"a missing row", func(recs [][]string) [][]string {
			return slices.Delete(recs, rowFirst+4, rowFirst+5)
		}, []want{{rowHeadings, 1, "/responses", assessment.CodeMissingResponse}}},
		{"values under a cell and unknown states", func(recs [][]string) [][]string {
			recs[4][2] = "回答済み"
			recs[rowFirst-1][5] = "規程 | javascript:alert(1)\n議事録 | BOD-1"
			return recs
		}, []want{
			{5, 3, "/state", assessment.CodeValidationOneOf},
			{rowFirst, 6, "/responses/0/evidence/0/ref", assessment.CodeValidationEvidenceRef},
		}},
		{"catalog mismatch", func(recs [][]string) [][]string {
			recs[3][2] = "0.9.0"
			return recs
		}, []want{{4, 3, "/catalogVersion", assessment.CodeVersionMismatch}}},
		{"blank required fields", func(recs [][]string) [][]string {
			recs[6][2], recs[7][2] = "", "" // no name in either language
			recs[rowCorporate-1][2] = ""
			return recs
		}, []want{
			{7, 3, "/subject/name", assessment.CodeValidationNameText},
			{rowCorporate, 3, "/subject/corporateNumber", assessment.CodeValidationRequired},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := tt.edit(sampleSheet(t, "sample.json", i18n.Japanese))
			a, ps := CheckCSV(cat, sheet(t, recs), opts)
			if a == nil {
				t.Fatal("no assessment")
			}
			var got []want
			for _, p := range ps {
				got = append(got, want{p.Line, p.Column, p.Path, p.Code})
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if !slices.IsSortedFunc(ps, func(a, b dendai.Problem) int {
				if a.Line != b.Line {
					return a.Line - b.Line
				}
				return a.Column - b.Column
			}) {
				t.Error("problems not sorted by row and column")
			}
		})
	}

	t.Run("size limit", func(t *testing.T) {
		a, ps := CheckCSV(cat, sheet(t, sampleSheet(t, "sample.json", i18n.Japanese)), &assessment.Options{MaxSize: 100})
		if a != nil || len(ps) != 1 || ps[0].Code != dendai.CodeInputTooLarge {
			t.Errorf("CheckCSV over the limit = %v, %v", a, ps)
		}
	})
}

// TestCSVTooManyProblems checks that a hostile file cannot make an unbounded
// list of problems.
func TestCSVTooManyProblems(t *testing.T) {
	cat := criteria.Checklist()
	var b strings.Builder
	b.WriteString("dendai.assessment/v1,format\r\n")
	for range 10000 {
		b.WriteString("x,nope,y\r\n")
	}
	_, ps := CheckCSV(cat, []byte(b.String()), nil)
	if len(ps) != dendai.MaxProblems+1 || ps[len(ps)-1].Code != dendai.CodeTooManyProblems {
		t.Errorf("%d problems, the last %v", len(ps), ps[len(ps)-1].Code)
	}
}

// TestLookupCSVDate checks that lookupCSVDate, which reads dates past the
// problem cap without building errors, reads what assessment.ParseDate reads
// and Excel's Japanese rewriting, and nothing else.
func TestLookupCSVDate(t *testing.T) {
	for _, s := range []string{
		"2026-11-01", "2026-02-29", "2028-02-29", "0000-01-01", "9999-12-31", "2026-1-1",
		"2026-11-01 ", "2026-11-0a", "2026-13-01", "2026/11/1", "2026/1/01", "2026/011/1",
		"26/11/1", "2026/11", "2026/11/1/1", "2026-11/01", "", "46296", "２０２６-11-01",
	} {
		want, err := assessment.ParseDate(s)
		ok := err == nil
		if !ok {
			want, ok = slashDate(s)
		}
		got, gotOK := lookupCSVDate(s)
		if got != want || gotOK != ok {
			t.Errorf("lookupCSVDate(%q) = %v, %v; want %v, %v", s, got, gotOK, want, ok)
		}
	}
}

// slashDate reads YYYY/M/D as Excel rewrites a date in Japan, the test's own
// reading.
func slashDate(s string) (assessment.Date, bool) {
	var y, m, d int
	var rest string
	if n, _ := fmt.Sscanf(s, "%4d/%d/%d%s", &y, &m, &d, &rest); n != 3 || len(strings.Split(s, "/")[0]) != 4 {
		return assessment.Date{}, false
	}
	for _, p := range strings.Split(s, "/")[1:] {
		if len(p) < 1 || len(p) > 2 || strings.Trim(p, "0123456789") != "" {
			return assessment.Date{}, false
		}
	}
	return assessment.NewDate(y, time.Month(m), d)
}
