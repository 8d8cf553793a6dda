package spreadsheet

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/xuri/excelize/v2"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// provenanceSample is an assessment with provenance and the catalog it is
// of.
type provenanceSample struct {
	name string
	cat  *criteria.Catalog
	a    *assessment.Assessment
}

// provenanceSamples returns the sample projected onto the standard through
// the built-in mapping (derivedFrom), the sample as of the checklist's
// version 1.0.0 migrated to the newest (three answers flagged needsReview),
// and the projection as of the standard's 1.0.0 migrated to the newest
// (both).
func provenanceSamples(t testing.TB) []provenanceSample {
	t.Helper()
	sample, _ := loadSample(t, "sample.json")
	pr, err := assessment.Project(sample, criteria.ChecklistToStandard(), criteria.Standard())
	if err != nil {
		t.Fatal(err)
	}
	migrate := func(a *assessment.Assessment, id criteria.ID, version string, to *criteria.Catalog) *assessment.Assessment {
		t.Helper()
		from, ok := criteria.BuiltinVersion(id, version)
		if !ok {
			t.Fatalf("%s %s is not built in", id, version)
		}
		old := *a
		old.CatalogVersion = version
		mg, err := assessment.Migrate(&old, from, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		return mg.Assessment
	}
	samples := []provenanceSample{
		{"projected", criteria.Standard(), pr.Assessment},
		{"migrated", criteria.Checklist(), migrate(sample, criteria.ChecklistID, "1.0.0", criteria.Checklist())},
		{"projected and migrated", criteria.Standard(), migrate(pr.Assessment, criteria.StandardID, "1.0.0", criteria.Standard())},
	}
	// Each has the provenance its name says, so that a round trip that
	// loses it cannot pass.
	for _, s := range samples {
		derived := slices.ContainsFunc(s.a.Responses, func(r assessment.Response) bool { return len(r.DerivedFrom) > 0 })
		flagged := slices.ContainsFunc(s.a.Responses, func(r assessment.Response) bool { return r.NeedsReview })
		if derived != strings.Contains(s.name, "projected") || flagged != strings.Contains(s.name, "migrated") {
			t.Fatalf("%s: derivedFrom %v, needsReview %v", s.name, derived, flagged)
		}
	}
	return samples
}

// TestProvenanceRoundTrip: an assessment with provenance goes through the
// CSV form (both languages, both encodings) and the filled workbook (both
// languages) and comes back equal, with the same digest, and writes again to
// the same bytes; the table has the two provenance columns at its end.
func TestProvenanceRoundTrip(t *testing.T) {
	for _, s := range provenanceSamples(t) {
		want, err := assessment.DigestOf(s.a)
		if err != nil {
			t.Fatal(err)
		}
		check := func(t *testing.T, got *assessment.Assessment, ps dendai.Problems) {
			t.Helper()
			if got == nil || len(ps) > 0 {
				t.Fatalf("read %v, problems %v", got != nil, ps)
			}
			if diff := cmp.Diff(s.a, got); diff != "" {
				t.Errorf("(-original +read):\n%s", diff)
			}
			if d, err := assessment.DigestOf(got); err != nil || !d.Equal(want) {
				t.Errorf("digest %v (%v), of the original %v", d, err, want)
			}
		}
		for _, opts := range allOptions() {
			t.Run(s.name+"/csv/"+optName(opts), func(t *testing.T) {
				data := writeCSV(t, s.cat, s.a, opts)
				heading := parseOutput(t, data, opts.Encoding)[rowHeadings-2]
				wantHeading := []string{messages.Sprintf(opts.Lang, keyColumnNeedsReview), messages.Sprintf(opts.Lang, keyColumnDerivedFrom)}
				if len(heading) != allColumns || !slices.Equal(heading[numColumns:], wantHeading) {
					t.Errorf("headings %q, want %d ending in %q", heading, allColumns, wantHeading)
				}
				got, ps := ReadCSV(data, s.cat)
				check(t, got, ps)
				if again := writeCSV(t, s.cat, got, opts); !bytes.Equal(again, data) {
					t.Error("CSV -> assessment -> CSV gives other bytes")
				}
			})
		}
		for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
			t.Run(s.name+"/xlsx/"+l.String(), func(t *testing.T) {
				book := writeXLSX(t, s.cat, s.a, l)
				got, ps := ReadXLSX(book, s.cat)
				check(t, got, ps)
				if again := writeXLSX(t, s.cat, got, l); !bytes.Equal(again, book) {
					t.Error("xlsx -> assessment -> xlsx gives other bytes")
				}
			})
		}
	}
}

// TestProvenanceCells checks the cells written: true or nothing for
// needsReview, and a line per derivation with the stable keys, or a JSON
// object for a criterion the plain form cannot hold.
func TestProvenanceCells(t *testing.T) {
	tests := []struct {
		name           string
		r              assessment.Response
		needs, derived string
	}{
		{"none", assessment.Response{}, "", ""},
		{"flagged", assessment.Response{NeedsReview: true}, "true", ""},
		{"two derivations", assessment.Response{DerivedFrom: []assessment.Derivation{
			{Criterion: "1-14", Relationship: criteria.Equivalent, Status: assessment.PartiallyCompliant},
			{Criterion: "1-15", Relationship: criteria.Subset, Status: assessment.NotAssessed},
		}}, "", "1-14 | equivalent | partially_compliant\n1-15 | subset | not_assessed"},
		{"a criterion with a bar", assessment.Response{DerivedFrom: []assessment.Derivation{
			{Criterion: "a|b", Relationship: criteria.Intersects, Status: assessment.Compliant},
		}}, "", `{"criterion":"a|b","relationship":"intersects","status":"compliant"}`},
		{"a criterion with a line break", assessment.Response{DerivedFrom: []assessment.Derivation{
			{Criterion: "a\nb", Relationship: criteria.NoRelationship, Status: assessment.NonCompliant},
		}}, "", `{"criterion":"a\nb","relationship":"none","status":"non_compliant"}`},
		{"a blank criterion", assessment.Response{DerivedFrom: []assessment.Derivation{
			{Relationship: criteria.Superset, Status: assessment.NotApplicable},
		}}, "", " | superset | not_applicable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needs, derived, p := provenanceCells(tt.r)
			if p != nil {
				t.Fatalf("problem %v", p)
			}
			if diff := cmp.Diff([]string{tt.needs, tt.derived}, []string{needs, derived}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteProvenanceErrors: a derivation whose relationship or status has
// no text form is refused, located at its value, in both forms.
func TestWriteProvenanceErrors(t *testing.T) {
	cat := criteria.Checklist()
	tests := []struct {
		name string
		x    assessment.Derivation
		path string
		code dendai.Code
	}{
		{"relationship", assessment.Derivation{Criterion: "S1-1", Relationship: 0, Status: assessment.Compliant}, "/responses/0/derivedFrom/1/relationship", criteria.CodeMappingRelationship},
		{"status", assessment.Derivation{Criterion: "S1-1", Relationship: criteria.Subset, Status: 99}, "/responses/0/derivedFrom/1/status", assessment.CodeStatusInvalid},
	}
	for _, tt := range tests {
		a := assessment.Template(cat)
		a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "S1-2", Relationship: criteria.Equivalent, Status: assessment.Compliant}, tt.x}
		want := []dendai.Problem{{Path: tt.path, Line: rowFirst, Column: colDerivedFrom + 1, Criterion: "1-1", Code: tt.code}}
		t.Run(tt.name+"/csv", func(t *testing.T) {
			err := WriteCSV(&bytes.Buffer{}, cat, a, nil)
			if diff := cmp.Diff(want, placesOf(errProblems(t, err))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
		t.Run(tt.name+"/xlsx", func(t *testing.T) {
			err := WriteXLSX(&bytes.Buffer{}, cat, a, nil)
			ps := errProblems(t, err)
			if len(ps) != 1 || ps[0].Path != tt.path || ps[0].Code != tt.code || ps[0].Column != colDerivedFrom+1 ||
				!strings.HasPrefix(ps[0].Message.EN, "Checklist!L"+strconv.Itoa(ps[0].Line)+": ") {
				t.Errorf("got %+v", ps)
			}
		})
	}
}

// errProblems returns the problems of a *dendai.Error.
func errProblems(t *testing.T, err error) dendai.Problems {
	t.Helper()
	e, ok := err.(*dendai.Error)
	if !ok {
		t.Fatalf("error %v, want a *dendai.Error", err)
	}
	return e.Problems
}

// placesOf returns the problems without their messages, for comparison.
func placesOf(ps dendai.Problems) []dendai.Problem {
	out := make([]dendai.Problem, len(ps))
	for i, p := range ps {
		out[i] = dendai.Problem{Path: p.Path, Line: p.Line, Column: p.Column, Criterion: p.Criterion, Code: p.Code}
	}
	return out
}

// projectedSheet returns the records of the projected sample's CSV form in
// English, the empty row nil, and the index of the first response with
// derivations and its criterion.
func projectedSheet(t *testing.T) ([][]string, *criteria.Catalog, *assessment.Assessment, int) {
	t.Helper()
	s := provenanceSamples(t)[0]
	recs := parseOutput(t, writeCSV(t, s.cat, s.a, nil), UTF8BOM)
	n := slices.IndexFunc(s.a.Responses, func(r assessment.Response) bool { return len(r.DerivedFrom) > 0 })
	return slices.Insert(recs, rowHeadings-2, nil), s.cat, s.a, n
}

// TestReadProvenanceCells checks what the reader accepts in the provenance
// cells: true and false in any case, a blank cell, either bar, statuses as
// labels, blank lines, the JSON form; and headings in either language or as
// keys.
func TestReadProvenanceCells(t *testing.T) {
	tests := []struct {
		name    string
		needs   string // the needsReview cell of the row edited
		derived string // its derivedFrom cell
		heading []string
		wantN   bool
		wantD   []assessment.Derivation
	}{
		{name: "TRUE", needs: "TRUE", wantN: true},
		{name: " True ", needs: " True ", wantN: true},
		{name: "FALSE", needs: "FALSE"},
		{name: "false", needs: "false"},
		{name: "blank", needs: " "},
		{name: "full-width bars, a label and blank lines", derived: "\n 1-14｜subset｜一部適合 \r\n\n1-15 | none | N/A\n",
			wantD: []assessment.Derivation{
				{Criterion: "1-14", Relationship: criteria.Subset, Status: assessment.PartiallyCompliant},
				{Criterion: "1-15", Relationship: criteria.NoRelationship, Status: assessment.NotApplicable},
			}},
		{name: "JSON", derived: `{"status":"compliant","criterion":"1-1","relationship":"superset"}`,
			wantD: []assessment.Derivation{{Criterion: "1-1", Relationship: criteria.Superset, Status: assessment.Compliant}}},
		{name: "keys as headings", needs: "true", heading: []string{"needsReview", "derivedFrom"}, wantN: true},
		{name: "Japanese headings", needs: "true", heading: []string{"要確認", "導出元"}, wantN: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, cat, a, n := projectedSheet(t)
			row := recs[rowFirst-1+n]
			want := *a
			want.Responses = slices.Clone(a.Responses)
			row[colNeedsReview] = tt.needs
			want.Responses[n].NeedsReview = tt.wantN
			if tt.derived != "" {
				row[colDerivedFrom] = tt.derived
				want.Responses[n].DerivedFrom = tt.wantD
			}
			if tt.heading != nil {
				copy(recs[rowHeadings-1][numColumns:], tt.heading)
			}
			got, ps := ReadCSV(sheet(t, recs), cat)
			if len(ps) > 0 {
				t.Fatalf("problems %v", ps)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadProvenanceProblems: a cell the reader cannot read is a problem at
// the cell, with the JSON Pointer of the value, naming the line of a
// derivedFrom cell; CheckCSV reports it once, without what validation would
// say of the value it could not read.
func TestReadProvenanceProblems(t *testing.T) {
	tests := []struct {
		name string
		col  int
		cell string
		path string // after /responses/N
		code dendai.Code
		line string // in the English message
		ja   string // in the Japanese message
		// also is the code of a problem of the cell before the one tested:
		// the line that does not read before it.
		also dendai.Code
	}{
		{name: "needsReview yes", col: colNeedsReview, cell: "yes", path: "/needsReview", code: CodeNeedsReviewValue},
		// A line that is no derivation is a problem of the cell: it reads as
		// no derivation, so no JSON Pointer names it.
		{name: "two parts", col: colDerivedFrom, cell: "1-14 | equivalent", path: "/derivedFrom", code: CodeDerivedFrom, line: "line 1 ", ja: "「導出元」のセルの1行目「1-14 | equivalent」"},
		{name: "four parts", col: colDerivedFrom, cell: "1-1 | equivalent | compliant\n\n1-14 | equivalent | compliant | x", path: "/derivedFrom", code: CodeDerivedFrom, line: "line 3 ", ja: "「導出元」のセルの3行目"},
		// The line after one that does not read is the derivation it reads as.
		{name: "unknown relationship after a bad line", col: colDerivedFrom, cell: "x\n1-1 | equivalent | compliant\n1-14 | equal | compliant", path: "/derivedFrom/1/relationship", code: criteria.CodeMappingRelationship, line: "line 3 ", ja: "「導出元」のセルの3行目：", also: CodeDerivedFrom},
		{name: "unknown relationship", col: colDerivedFrom, cell: "1-1 | equivalent | compliant\n1-14 | equal | compliant", path: "/derivedFrom/1/relationship", code: criteria.CodeMappingRelationship, line: "line 2 ", ja: "「導出元」のセルの2行目："},
		{name: "unknown status", col: colDerivedFrom, cell: "1-14 | subset | maybe", path: "/derivedFrom/0/status", code: assessment.CodeStatusInvalid, line: "line 1 ", ja: "「導出元」のセルの1行目："},
		{name: "blank status", col: colDerivedFrom, cell: "1-14 | subset |", path: "/derivedFrom/0/status", code: assessment.CodeStatusInvalid, line: "line 1 "},
		{name: "a cell past the provenance columns", col: allColumns, cell: "x", code: CodeExtraCell},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, cat, _, n := projectedSheet(t)
			line := rowFirst + n
			row := recs[line-1]
			for len(row) <= tt.col {
				row = append(row, "")
			}
			row[tt.col] = tt.cell
			recs[line-1] = row
			data := sheet(t, recs)
			id := row[colID]
			path := ""
			if tt.path != "" {
				path = "/responses/" + strconv.Itoa(n) + tt.path
			} else {
				id = ""
			}
			want := []dendai.Problem{{Path: path, Line: line, Column: tt.col + 1, Criterion: id, Code: tt.code}}
			if tt.also != "" {
				want = slices.Insert(want, 0, dendai.Problem{Path: "/responses/" + strconv.Itoa(n) + "/derivedFrom", Line: line, Column: tt.col + 1, Criterion: id, Code: tt.also})
			}
			_, ps := ReadCSV(data, cat)
			if diff := cmp.Diff(want, placesOf(ps)); diff != "" {
				t.Errorf("ReadCSV (-want +got):\n%s", diff)
			}
			if len(ps) == len(want) {
				if last := ps[len(ps)-1].Message; !strings.Contains(last.EN, tt.line) || !strings.Contains(last.JA, tt.ja) {
					t.Errorf("the message %q does not name %q, or %q %q", last.EN, tt.line, last.JA, tt.ja)
				}
			}
			if diff := cmp.Diff(want, checkedAtCell(t, cat, data, csvPlace{line, tt.col + 1}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("CheckCSV at the cell (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProvenanceValidatedAtCell: a submitted assessment with an answer still
// flagged needsReview is refused by CheckCSV and CheckXLSX as by Validate,
// at the flag's cell: the CSV round trip no longer lets it through.
func TestProvenanceValidatedAtCell(t *testing.T) {
	s := provenanceSamples(t)[1]
	a := *s.a
	a.State = assessment.Submitted
	n := slices.IndexFunc(a.Responses, func(r assessment.Response) bool { return r.NeedsReview })
	opts := &assessment.Options{Now: testNow}
	var want []string
	for _, p := range assessment.Validate(s.cat, &a, opts) {
		want = append(want, p.Path+" "+string(p.Code))
	}
	slices.Sort(want)
	if !slices.Contains(want, "/responses/"+strconv.Itoa(n)+"/needsReview "+string(assessment.CodeNeedsReview)) {
		t.Fatalf("Validate does not refuse the flag: %v", want)
	}
	forms := []struct {
		name  string
		check func() dendai.Problems
		cell  string // the flag's cell as the English message starts
	}{
		{"csv", func() dendai.Problems {
			_, ps := CheckCSV(s.cat, writeCSV(t, s.cat, &a, nil), opts)
			return ps
		}, ""},
		{"xlsx", func() dendai.Problems {
			_, ps := CheckXLSX(s.cat, writeXLSX(t, s.cat, &a, i18n.English), opts)
			return ps
		}, "Checklist!K"},
	}
	for _, f := range forms {
		t.Run(f.name, func(t *testing.T) {
			ps := f.check()
			var got []string
			for _, p := range ps {
				got = append(got, p.Path+" "+string(p.Code))
				if p.Code == assessment.CodeNeedsReview && (p.Column != colNeedsReview+1 || !strings.HasPrefix(p.Message.EN, f.cell)) {
					t.Errorf("%s at column %d: %s", p.Path, p.Column, p.Message.EN)
				}
			}
			slices.Sort(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-Validate +%s):\n%s", f.name, diff)
			}
		})
	}
}

// TestXLSXNeedsReviewBoolean: a needsReview cell that a spreadsheet stores as
// the boolean TRUE or FALSE reads as true or false.
func TestXLSXNeedsReviewBoolean(t *testing.T) {
	s := provenanceSamples(t)[1]
	for _, v := range []bool{true, false} {
		t.Run(strconv.FormatBool(v), func(t *testing.T) {
			want := *s.a
			want.Responses = slices.Clone(s.a.Responses)
			n := slices.IndexFunc(want.Responses, func(r assessment.Response) bool { return r.NeedsReview != v })
			book := editedBook(t, s.cat, s.a, n, func(f *excelize.File, line int) {
				cell := "K" + strconv.Itoa(line)
				if err := f.SetCellBool("Checklist", cell, v); err != nil {
					t.Fatal(err)
				}
				if typ, err := f.GetCellType("Checklist", cell); err != nil || typ != excelize.CellTypeBool {
					t.Fatalf("%s is of type %v (%v), not a boolean", cell, typ, err)
				}
			})
			want.Responses[n].NeedsReview = v
			got, ps := ReadXLSX(book, s.cat)
			if len(ps) > 0 {
				t.Fatalf("problems %v", ps)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadCellLineLimit: an evidence or derivedFrom cell is read to its
// first maxCellItems lines that are not blank; the lines past them are one
// problem at the cell, naming the column, the number of lines and the limit.
// A line of derivedFrom that does not read is no derivation.
func TestReadCellLineLimit(t *testing.T) {
	lines := func(n int, f func(k int) string) string {
		var b strings.Builder
		for k := range n {
			b.WriteString(f(k) + "\n")
		}
		return b.String()
	}
	evidence := func(n int, f func(k int) assessment.Evidence) []assessment.Evidence {
		var out []assessment.Evidence
		for k := range n {
			out = append(out, f(k))
		}
		return out
	}
	doc := func(k int) string { return "Doc " + strconv.Itoa(k) + " | REF-" + strconv.Itoa(k) }
	docItem := func(k int) assessment.Evidence {
		return assessment.Evidence{Title: "Doc " + strconv.Itoa(k), Ref: "REF-" + strconv.Itoa(k)}
	}
	derivation := assessment.Derivation{Criterion: "1-14", Relationship: criteria.Equivalent, Status: assessment.Compliant}
	tests := []struct {
		name      string
		col       int
		cell      string
		evidence  []assessment.Evidence
		derived   []assessment.Derivation
		bad       int    // lines of derivedFrom that do not read
		lines     int    // the lines of the cell past the limit, 0 for none
		en, ja    string // the message of the problem past the limit
		lineCodes []dendai.Code
	}{
		{name: "100 evidence lines and blank ones", col: colEvidence, cell: "\n\n" + lines(100, doc) + "\n \n",
			evidence: evidence(100, docItem)},
		{name: "101 evidence lines", col: colEvidence, cell: lines(101, doc), evidence: evidence(100, docItem), lines: 101,
			en: "the Evidence cell has 101 lines filled in, more than the 100 (one item per line) a cell may hold: the lines past the limit are not read. Delete the lines over the limit",
			ja: "「根拠資料」のセルに101行が記入されていますが、1つのセルに記入できるのは100行（1行に1件）までのため、それより後の行は読み取っていません。上限を超える分は削除してください"},
		{name: "a thousand evidence lines of {", col: colEvidence, cell: lines(1000, func(int) string { return "{" }),
			evidence: evidence(100, func(int) assessment.Evidence { return assessment.Evidence{Title: "{"} }), lines: 1000},
		{name: "100 derivations", col: colDerivedFrom, cell: lines(100, func(int) string { return "1-14 | equivalent | compliant" }),
			derived: slices.Repeat([]assessment.Derivation{derivation}, 100)},
		{name: "150 derivations", col: colDerivedFrom, cell: lines(150, func(int) string { return "1-14 | equivalent | compliant" }),
			derived: slices.Repeat([]assessment.Derivation{derivation}, 100), lines: 150,
			en: "the Derived from cell has 150 lines filled in, more than the 100 (one item per line) a cell may hold: the lines past the limit are not read. Delete the lines over the limit",
			ja: "「導出元」のセルに150行が記入されていますが、1つのセルに記入できるのは100行（1行に1件）までのため、それより後の行は読み取っていません。上限を超える分は削除してください"},
		{name: "a thousand lines of x", col: colDerivedFrom, cell: lines(1000, func(int) string { return "x" }), bad: 100, lines: 1000},
		{name: "a thousand lines of {", col: colDerivedFrom, cell: lines(1000, func(int) string { return "{" }), bad: 100, lines: 1000},
		{name: "a bad line among derivations", col: colDerivedFrom, cell: "1-14 | equivalent | compliant\nx\r\n1-14 | equivalent | compliant",
			derived: []assessment.Derivation{derivation, derivation}, bad: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, cat, a, n := projectedSheet(t)
			line := rowFirst + n
			row := recs[line-1]
			row[tt.col] = tt.cell
			if tt.col != colDerivedFrom {
				row[colDerivedFrom] = ""
			}
			data := sheet(t, recs)
			id := a.Responses[n].Criterion
			at := "/responses/" + strconv.Itoa(n) + tableColumns[tt.col].path
			var want []dendai.Problem
			for range tt.bad {
				want = append(want, dendai.Problem{Path: at, Line: line, Column: tt.col + 1, Criterion: string(id), Code: CodeDerivedFrom})
			}
			if tt.lines > 0 {
				want = append(want, dendai.Problem{Path: at, Line: line, Column: tt.col + 1, Criterion: string(id), Code: CodeTooManyLines})
			}
			got, ps := ReadCSV(data, cat)
			if got == nil {
				t.Fatalf("no assessment: %v", ps)
			}
			if diff := cmp.Diff(want, placesOf(ps), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ReadCSV (-want +got):\n%s", diff)
			}
			r := got.Responses[n]
			if diff := cmp.Diff(tt.evidence, r.Evidence); tt.col == colEvidence && diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.derived, r.DerivedFrom); diff != "" {
				t.Errorf("derivedFrom (-want +got):\n%s", diff)
			}
			if tt.en != "" && len(ps) > 0 {
				if diff := cmp.Diff(i18n.Text{JA: tt.ja, EN: tt.en}, ps[len(ps)-1].Message); diff != "" {
					t.Errorf("message (-want +got):\n%s", diff)
				}
			}
			if tt.lines > 0 && len(ps) > 0 && !strings.Contains(ps[len(ps)-1].Message.EN, " "+strconv.Itoa(tt.lines)+" lines") {
				t.Errorf("the message %q does not say %d lines", ps[len(ps)-1].Message.EN, tt.lines)
			}
			// CheckCSV adds nothing at the cell: the validator's max=100
			// holds for what is read.
			if diff := cmp.Diff(want, checkedAtCell(t, cat, data, csvPlace{line, tt.col + 1}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("CheckCSV at the cell (-want +got):\n%s", diff)
			}
		})
	}
}

// checkedAtCell returns the problems CheckCSV finds at a cell of data,
// without their messages.
func checkedAtCell(t *testing.T, cat *criteria.Catalog, data []byte, at csvPlace) []dendai.Problem {
	t.Helper()
	_, checked := CheckCSV(cat, data, &assessment.Options{Now: testNow})
	var out []dendai.Problem
	for _, p := range placesOf(checked) {
		if p.Line == at.line && p.Column == at.col {
			out = append(out, p)
		}
	}
	return out
}

// editedBook returns the English workbook of a with edit applied to its
// Checklist sheet through excelize, as a person would edit it in Excel; edit
// is given the row of a's n-th response.
func editedBook(t *testing.T, cat *criteria.Catalog, a *assessment.Assessment, n int, edit func(f *excelize.File, line int)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, cat, a, i18n.English)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Checklist")
	if err != nil {
		t.Fatal(err)
	}
	line := slices.IndexFunc(rows, func(row []string) bool { return len(row) > 0 && row[0] == string(a.Responses[n].Criterion) }) + 1
	if line == 0 {
		t.Fatalf("no row for %s", a.Responses[n].Criterion)
	}
	edit(f, line)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// provenanceIndex returns the sample with both provenance columns filled and
// the index of a response of it with both.
func provenanceIndex(t *testing.T) (provenanceSample, int) {
	t.Helper()
	s := provenanceSamples(t)[2]
	n := slices.IndexFunc(s.a.Responses, func(r assessment.Response) bool { return r.NeedsReview && len(r.DerivedFrom) > 0 })
	if n < 0 {
		t.Fatal("no response with both needsReview and derivedFrom")
	}
	return s, n
}

// TestProvenanceColumnsEitherOrder: the provenance columns are found by
// their headings after the template's columns, in either order, in the CSV
// form and in the workbook.
func TestProvenanceColumnsEitherOrder(t *testing.T) {
	s, n := provenanceIndex(t)
	for _, swap := range []bool{false, true} {
		name := "in order"
		if swap {
			name = "swapped"
		}
		t.Run(name+"/csv", func(t *testing.T) {
			recs := parseOutput(t, writeCSV(t, s.cat, s.a, nil), UTF8BOM)
			recs = slices.Insert(recs, rowHeadings-2, nil)
			for _, row := range recs[rowHeadings-1:] {
				if swap {
					row[colNeedsReview], row[colDerivedFrom] = row[colDerivedFrom], row[colNeedsReview]
				}
			}
			if swap && recs[rowHeadings-1][colNeedsReview] != "Derived from" {
				t.Fatalf("headings %q", recs[rowHeadings-1])
			}
			got, ps := ReadCSV(sheet(t, recs), s.cat)
			if len(ps) > 0 {
				t.Fatalf("problems %v", ps)
			}
			if diff := cmp.Diff(s.a, got); diff != "" {
				t.Errorf("(-original +read):\n%s", diff)
			}
		})
		t.Run(name+"/xlsx", func(t *testing.T) {
			book := editedBook(t, s.cat, s.a, n, func(f *excelize.File, line int) {
				if !swap {
					return
				}
				rows, err := f.GetRows("Checklist")
				if err != nil {
					t.Fatal(err)
				}
				for i := range rows {
					k, l := "K"+strconv.Itoa(i+1), "L"+strconv.Itoa(i+1)
					kv, _ := f.GetCellValue("Checklist", k)
					lv, _ := f.GetCellValue("Checklist", l)
					if err := f.SetCellStr("Checklist", k, lv); err != nil {
						t.Fatal(err)
					}
					if err := f.SetCellStr("Checklist", l, kv); err != nil {
						t.Fatal(err)
					}
				}
				if v, _ := f.GetCellValue("Checklist", "K"+strconv.Itoa(line)); !strings.Contains(v, " | ") {
					t.Fatalf("K%d is %q, not the derivations", line, v)
				}
			})
			got, ps := ReadXLSX(book, s.cat)
			if len(ps) > 0 {
				t.Fatalf("problems %v", ps)
			}
			if diff := cmp.Diff(s.a, got); diff != "" {
				t.Errorf("(-original +read):\n%s", diff)
			}
		})
	}
}

// TestXLSXColumnsInserted: columns inserted before the provenance columns of
// a workbook, as Excel's Insert does, push them right; they are read where
// their headings are, up to the 40th column, and a text in an inserted
// column is an extra cell at its own reference.
func TestXLSXColumnsInserted(t *testing.T) {
	s, n := provenanceIndex(t)
	tests := []struct {
		name     string
		inserted int
		text     bool // "x" in column K of the response's row
	}{
		{"two columns", 2, false},
		{"two columns, one filled in", 2, true},
		{"to the 39th and 40th columns", 28, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := 0
			book := editedBook(t, s.cat, s.a, n, func(f *excelize.File, l int) {
				line = l
				if err := f.InsertCols("Checklist", "K", tt.inserted); err != nil {
					t.Fatal(err)
				}
				if tt.text {
					if err := f.SetCellStr("Checklist", "K"+strconv.Itoa(line), "x"); err != nil {
						t.Fatal(err)
					}
				}
			})
			got, ps := ReadXLSX(book, s.cat)
			var want []string
			if tt.text {
				want = []string{"Checklist!K" + strconv.Itoa(line) + " " + string(CodeExtraCell)}
			}
			var gotPs []string
			for _, p := range ps {
				ref, _, _ := strings.Cut(p.Message.EN, ":")
				gotPs = append(gotPs, ref+" "+string(p.Code))
			}
			if diff := cmp.Diff(want, gotPs); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(s.a, got); diff != "" {
				t.Errorf("(-original +read):\n%s", diff)
			}
		})
	}
}

// TestExtraCellMessage: a cell outside the table's columns is one problem
// whose message names the columns the table has: the template's ten, and
// the provenance columns in the table's order, wherever they are.
func TestExtraCellMessage(t *testing.T) {
	const (
		plainEN = "this cell lies beyond the template's 10 columns: move its content into a column of the template or delete it"
		plainJA = "テンプレートの10列より右のセルに記入されています。内容をテンプレートの列に移すか、削除してください"
		bothEN  = "this cell lies outside the table's columns (the template's 10 columns and the Needs review and Derived from columns): move its content into a column of the table or delete it"
		bothJA  = "表の列（テンプレートの10列と「要確認」「導出元」の列）以外のセルに記入されています。内容を表の列に移すか、削除してください"
	)
	// edit changes every row from the table's heading row on: insert
	// inserts a blank cell at index k; drop deletes the cell at k; swap
	// swaps the provenance columns.
	insert := func(k int) func([]string) []string {
		return func(row []string) []string { return slices.Insert(row, k, "") }
	}
	drop := func(k int) func([]string) []string {
		return func(row []string) []string { return slices.Delete(row, k, k+1) }
	}
	swap := func(row []string) []string {
		row[colNeedsReview], row[colDerivedFrom] = row[colDerivedFrom], row[colNeedsReview]
		return row
	}
	tests := []struct {
		name       string
		provenance bool
		edit       func([]string) []string
		col        int // the cell filled in, from 0
		en, ja     string
	}{
		{name: "no provenance", col: numColumns, en: plainEN, ja: plainJA},
		{name: "past the provenance columns", provenance: true, col: allColumns, en: bothEN, ja: bothJA},
		{name: "a column inserted before the provenance columns", provenance: true, edit: insert(numColumns), col: numColumns, en: bothEN, ja: bothJA},
		{name: "derivedFrom alone", provenance: true, edit: drop(colNeedsReview), col: numColumns + 1,
			en: "this cell lies outside the table's columns (the template's 10 columns and the Derived from column): move its content into a column of the table or delete it",
			ja: "表の列（テンプレートの10列と「導出元」の列）以外のセルに記入されています。内容を表の列に移すか、削除してください"},
		{name: "swapped", provenance: true, edit: swap, col: allColumns,
			en: "this cell lies outside the table's columns (the template's 10 columns and the Derived from and Needs review columns): move its content into a column of the table or delete it",
			ja: "表の列（テンプレートの10列と「導出元」「要確認」の列）以外のセルに記入されています。内容を表の列に移すか、削除してください"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, cat, _, n := projectedSheet(t)
			if !tt.provenance {
				recs, cat, n = sampleSheet(t, "sample.json", i18n.English), criteria.Checklist(), 0
			}
			line := rowFirst + n
			for i := rowHeadings - 1; i < len(recs); i++ {
				if tt.edit != nil && recs[i] != nil {
					recs[i] = tt.edit(recs[i])
				}
			}
			row := recs[line-1]
			for len(row) <= tt.col {
				row = append(row, "")
			}
			row[tt.col] = "x"
			recs[line-1] = row
			_, ps := ReadCSV(sheet(t, recs), cat)
			var got []dendai.Problem
			for _, p := range ps {
				got = append(got, dendai.Problem{Line: p.Line, Column: p.Column, Code: p.Code, Message: p.Message})
			}
			want := []dendai.Problem{{Line: line, Column: tt.col + 1, Code: CodeExtraCell, Message: i18n.Text{JA: tt.ja, EN: tt.en}}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
