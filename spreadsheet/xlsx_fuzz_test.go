package spreadsheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// checkXLSXRead checks what ReadXLSX made of a workbook: every problem has a
// message (and a cell, when it is about one), and what it reads without
// problems writes back to a workbook that reads as the same assessment, with
// a row for every criterion, and writes as the same bytes.
func checkXLSXRead(t *testing.T, cat *criteria.Catalog, data []byte) {
	a, ps := ReadXLSX(data, cat)
	for _, p := range ps {
		if p.Message.JA == "" || p.Message.EN == "" {
			t.Fatalf("problem without a message: %+v", p)
		}
		if p.Line != 0 && !strings.Contains(p.Message.EN, "!") {
			t.Fatalf("problem at a cell without its reference: %+v", p)
		}
	}
	CheckXLSX(cat, data, nil) // must not panic either
	if a == nil || len(ps) > 0 {
		return
	}
	want := everyCriterion(cat, a)
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		var out bytes.Buffer
		if err := WriteXLSX(&out, cat, a, &XLSXOptions{Lang: l}); err != nil {
			if e, ok := err.(*dendai.Error); ok && e.Problems[0].Code == CodeCellTooLong {
				continue
			}
			t.Fatalf("WriteXLSX: %v", err)
		}
		b, ps := ReadXLSX(out.Bytes(), cat)
		if len(ps) > 0 {
			t.Fatalf("%v: reading what WriteXLSX wrote: %v", l, ps)
		}
		if diff := cmp.Diff(want, b); diff != "" {
			t.Fatalf("%v: the round trip changed the assessment (-want +got):\n%s", l, diff)
		}
		var again bytes.Buffer
		if err := WriteXLSX(&again, cat, b, &XLSXOptions{Lang: l}); err != nil || !bytes.Equal(out.Bytes(), again.Bytes()) {
			t.Fatalf("%v: writing again gives other bytes (%v)", l, err)
		}
	}
}

// FuzzReadXLSX feeds ReadXLSX whole files: the workbooks in testdata/xlsx
// and what the fuzzer makes of them (mostly broken archives).
func FuzzReadXLSX(f *testing.F) {
	cat := criteria.Checklist()
	files, _ := filepath.Glob(filepath.Join("testdata", "xlsx", "*.xlsx"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkXLSXRead(t, cat, data) })
}

// FuzzXLSXSheet feeds ReadXLSX well-formed archives of a cover sheet, whose
// rows and shared strings the fuzzer writes as XML, and a checklist sheet
// with the sample's heading row: the reach of the XML and the cells.
// Seeds are in testdata/fuzz/FuzzXLSXSheet.
func FuzzXLSXSheet(f *testing.F) {
	cat := criteria.Checklist()
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>format</t></is></c></row>`+
		`<row r="2"><c r="B2" t="inlineStr"><is><t>assessedOn</t></is></c><c r="C2"><v>46327</v></c></row>`+
		`<row r="3"><c r="B3" t="inlineStr"><is><t>subject.corporateNumber</t></is></c><c r="C3"><v>5.010001112730E+12</v></c></row>`+
		`<row r="4"><c r="A4" t="inlineStr"><is><t>ID</t></is></c></row>`+
		`<row r="5"><c r="A5"><v>46023</v></c><c r="D5" t="s"><v>1</v></c><c r="J5" t="d"><v>2027-03-31T00:00:00</v></c></row>`+
		`<row r="6"><c r="A6" t="str"><f>"1-"&amp;"2"</f><v>1-2</v></c><c r="D6" t="b"><v>1</v></c><c r="XFD6" t="e"><v>#N/A</v></c></row>`,
		`<si><t>dendai.assessment/v1</t></si><si><r><t>適</t></r><r><t>合</t></r><rPh sb="0" eb="2"><t>テキゴウ</t></rPh></si>`)
	f.Fuzz(func(t *testing.T, rows, sst string) {
		data := zipParts(t, minimalBook(rows, sst)...)
		checkXLSXRead(t, cat, data)
	})
}
