package spreadsheet

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/i18n"
)

// TestTableColumns checks that a column deleted or renamed is the one problem
// of the file, at the heading row, with what it makes wrong in every row
// folded into it, and that the other columns are still read.
func TestTableColumns(t *testing.T) {
	cat := sampleCatalog(t)
	opts := &assessment.Options{Now: testNow}
	sample, _ := loadSample(t, "sample.json")
	type at struct {
		line, col int
		path      string
		code      dendai.Code
	}
	// without deletes columns from the heading row and the rows below it.
	without := func(recs [][]string, cols ...int) [][]string {
		for i := rowHeadings - 1; i < len(recs); i++ {
			if recs[i] == nil {
				continue
			}
			for _, j := range slices.Backward(cols) {
				recs[i] = slices.Delete(recs[i], j, j+1)
			}
		}
		return recs
	}
	tests := []struct {
		name string
		edit func([][]string) [][]string
		want []at
		same bool // whether the assessment reads as the sample
	}{
		{"ID deleted", func(r [][]string) [][]string { return without(r, colID) },
			[]at{{rowHeadings, 1, "/responses", CodeMissingColumn}}, true},
		{"category deleted", func(r [][]string) [][]string { return without(r, colCategory) },
			[]at{{rowHeadings, 2, "", CodeMissingColumn}}, true},
		{"text deleted", func(r [][]string) [][]string { return without(r, colText) },
			[]at{{rowHeadings, 3, "", CodeMissingColumn}}, true},
		{"status deleted", func(r [][]string) [][]string { return without(r, colStatus) },
			[]at{{rowHeadings, 4, "", CodeMissingColumn}}, false},
		{"reason deleted", func(r [][]string) [][]string { return without(r, colJustification) },
			[]at{{rowHeadings, 5, "", CodeMissingColumn}}, false},
		{"evidence deleted", func(r [][]string) [][]string { return without(r, colEvidence) },
			[]at{{rowHeadings, 6, "", CodeMissingColumn}}, false},
		{"action deleted", func(r [][]string) [][]string { return without(r, colAction) },
			[]at{{rowHeadings, 8, "", CodeMissingColumn}}, false},
		{"due deleted", func(r [][]string) [][]string { return without(r, colDue) },
			[]at{{rowHeadings, 10, "", CodeMissingColumn}}, false},
		{"two deleted", func(r [][]string) [][]string { return without(r, colCategory, colComment) },
			[]at{{rowHeadings, 2, "", CodeMissingColumn}, {rowHeadings, 6, "", CodeMissingColumn}}, false},
		{"ID renamed", func(r [][]string) [][]string { r[rowHeadings-1][colID] = "番号"; return r },
			[]at{{rowHeadings, 1, "", CodeColumnHeading}}, true},
		{"status renamed", func(r [][]string) [][]string { r[rowHeadings-1][colStatus] = "結果"; return r },
			[]at{{rowHeadings, 4, "", CodeColumnHeading}}, true},
		{"due cleared", func(r [][]string) [][]string { r[rowHeadings-1][colDue] = "期限"; return r },
			[]at{{rowHeadings, 10, "", CodeColumnHeading}}, true},
		{"headings in English", func(r [][]string) [][]string {
			r[rowHeadings-1] = []string{"ID", "Category", "Criterion", "Status", "Reason not applicable", "Evidence", "Comment", "Remediation action", "Remediation owner", "Remediation due"}
			return r
		}, nil, true},
		{"a column swapped", func(r [][]string) [][]string {
			for i := rowHeadings - 1; i < len(r); i++ {
				if r[i] != nil {
					r[i][colStatus], r[i][colJustification] = r[i][colJustification], r[i][colStatus]
				}
			}
			return r
		}, []at{{rowHeadings, 4, "", CodeColumnHeading}, {rowHeadings, 5, "", CodeColumnHeading}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := tt.edit(sampleSheet(t, "sample.json", i18n.Japanese))
			a, ps := CheckCSV(cat, sheet(t, recs), opts)
			if a == nil {
				t.Fatal("no assessment")
			}
			var got []at
			for _, p := range ps {
				got = append(got, at{p.Line, p.Column, p.Path, p.Code})
			}
			// A swap reads each row's values in the wrong places; what
			// that makes wrong is not this test's concern.
			if tt.name == "a column swapped" {
				got = got[:min(len(got), len(tt.want))]
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(at{})); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if tt.same {
				if diff := cmp.Diff(encode(t, sample), encode(t, a)); diff != "" {
					t.Errorf("assessment (-want +got):\n%s", diff)
				}
			}
			for _, p := range ps {
				if p.Code == CodeMissingColumn && (p.Message.JA == "" || p.Message.EN == "") {
					t.Errorf("message %+v", p.Message)
				}
			}
		})
	}
}

func TestMissingColumnMessage(t *testing.T) {
	recs := sampleSheet(t, "sample.json", i18n.Japanese)
	for i := rowHeadings - 1; i < len(recs); i++ {
		recs[i] = slices.Delete(recs[i], colStatus, colStatus+1)
	}
	_, ps := CheckCSV(sampleCatalog(t), sheet(t, recs), &assessment.Options{Now: testNow})
	if len(ps) != 1 {
		t.Fatalf("problems: %v", ps)
	}
	want := []string{
		"15行目の表の見出しに「評価結果」の列がありません。列が削除されているため、どの行でもこの列の値を読み取れません（各行でそのために生じる問題は表示していません）。テンプレートのとおりに列を戻してください。列の追加・削除・並べ替えはしないでください",
		"the table's heading row (row 15) has no \"Status\" column: it was deleted, so no row's value in it can be read (the problems that causes in each row are not listed). Put the column back as the template has it: do not add, delete or reorder columns",
	}
	if diff := cmp.Diff(want, []string{ps[0].Message.JA, ps[0].Message.EN}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
