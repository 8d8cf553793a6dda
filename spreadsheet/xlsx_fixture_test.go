package spreadsheet

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/scoring"
)

// The workbooks in testdata/xlsx were written by other programs from
// dendai's template, as make_fixtures.sh describes: filled in by openpyxl
// (statuses from the dropdown's labels and one mark, the corporate number
// typed as a number, dates as dates, in the 1900 and the 1904 date systems),
// then rewritten by LibreOffice Calc, which also saved the .ods and .xls.

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "xlsx", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestXLSXOtherPrograms: a workbook filled in by another program validates
// and scores exactly as its JSON twin.
func TestXLSXOtherPrograms(t *testing.T) {
	for _, name := range []string{"openpyxl-filled", "openpyxl-filled-1904", "libreoffice-filled"} {
		t.Run(name, func(t *testing.T) {
			book := readFixture(t, name+".xlsx")
			twin := readFixture(t, name+".json")
			doc := Check(book, &Options{Now: testNow})
			want := Check(twin, &Options{Now: testNow})
			if len(want.Problems) != 0 {
				t.Fatalf("the JSON twin has problems: %v", want.Problems)
			}
			if doc.Format != XLSX || len(doc.Problems) != 0 {
				t.Fatalf("format %v, problems %v", doc.Format, doc.Problems)
			}
			if diff := cmp.Diff(want.Assessment, doc.Assessment); diff != "" {
				t.Errorf("(-json +xlsx):\n%s", diff)
			}
			p := scoring.UniformFor(doc.Catalog)
			if diff := cmp.Diff(p.Score(want.Assessment), p.Score(doc.Assessment)); diff != "" {
				t.Errorf("score (-json +xlsx):\n%s", diff)
			}
		})
	}
}

// TestXLSXMangled: a formula in an answer cell is a problem at its cell and
// is not read; an ID Excel turned into a date is read back when only one
// criterion fits, and is a problem otherwise.
func TestXLSXMangled(t *testing.T) {
	book := readFixture(t, "openpyxl-mangled.xlsx")
	doc := Check(book, &Options{Now: testNow})
	type found struct {
		Code         dendai.Code
		Path         string
		Line, Column int
		Ref          string
	}
	var got []found
	for _, p := range doc.Problems {
		ref, _, _ := strings.Cut(p.Message.EN, ": ")
		got = append(got, found{p.Code, p.Path, p.Line, p.Column, ref})
	}
	row20, row21 := 0, 0
	for _, f := range got {
		if f.Code == CodeFormula {
			row20 = f.Line
		}
		if f.Code == CodeIDDate {
			row21 = f.Line
		}
	}
	want := []found{
		// 1-21 has no row that can be told to be its own.
		{assessment.CodeMissingResponse, "/responses", 1, 1, "チェックリスト!A1"},
		{CodeFormula, "/responses/19/status", row20, 4, "チェックリスト!D" + strconv.Itoa(row20)},
		{CodeIDDate, "/responses/20/criterion", row21, 1, "チェックリスト!A" + strconv.Itoa(row21)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if row20 == 0 || row21 <= row20 {
		t.Errorf("rows %d and %d: want 1-20 before 1-21", row20, row21)
	}
	a := doc.Assessment
	if a == nil {
		t.Fatal("no assessment")
	}
	if r := a.Responses[11]; r.Criterion != "1-12" || r.Status != assessment.Compliant {
		t.Errorf("the row of 1-12, its ID a date and its text deleted: %+v", r)
	}
	if r := a.Responses[19]; r.Criterion != "1-20" || r.Status != assessment.NotAssessed {
		t.Errorf("the row of 1-20, a formula for its status: %+v", r)
	}
}

// TestXLSXForeignFixtures: what LibreOffice saved as .ods and .xls is named
// as such.
func TestXLSXForeignFixtures(t *testing.T) {
	for name, want := range map[string]string{
		"libreoffice-filled.ods": "this is an OpenDocument spreadsheet (.ods)",
		"libreoffice-filled.xls": "this is an old-format Excel workbook (.xls)",
	} {
		doc := Check(readFixture(t, name), nil)
		if len(doc.Problems) != 1 || doc.Problems[0].Code != CodeFileType || !strings.HasPrefix(doc.Problems[0].Message.EN, want) {
			t.Errorf("%s: %v", name, doc.Problems)
		}
	}
}
