package spreadsheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// dumpXLSX returns the parts of a workbook as text, for golden files: each
// part's name, method and time, then its XML with a line break between
// elements.
func dumpXLSX(t testing.TB, book []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, f := range zr.File {
		fmt.Fprintf(&b, "=== %s (method %d, modified %s)\n", f.Name, f.Method, f.Modified.UTC().Format("2006-01-02 15:04:05"))
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(strings.ReplaceAll(string(data), "><", ">\n<"))
		b.WriteString("\n")
	}
	return b.Bytes()
}

// TestXLSXGolden: the template in both languages, a filled workbook and a
// result workbook, part by part; and the same input gives the same bytes.
func TestXLSXGolden(t *testing.T) {
	cat := criteria.Checklist()
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		var one, two bytes.Buffer
		if err := TemplateXLSX(&one, cat, &XLSXOptions{Lang: l}); err != nil {
			t.Fatal(err)
		}
		if err := TemplateXLSX(&two, cat, &XLSXOptions{Lang: l}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), two.Bytes()) {
			t.Errorf("%s: the template differs from one call to the next", l)
		}
		testkit.Golden(t, "xlsx/template.jpbank-checklist."+l.String()+".xlsx.golden", dumpXLSX(t, one.Bytes()))
	}
	scat := sampleCatalog(t)
	a, _ := loadSample(t, "sample.json")
	testkit.Golden(t, "xlsx/sample.ja.xlsx.golden", dumpXLSX(t, writeXLSX(t, scat, a, i18n.Japanese)))
	p := scoring.UniformFor(scat)
	var res bytes.Buffer
	if err := WriteResultXLSX(&res, p, a, p.Score(a), &XLSXOptions{Lang: i18n.English}); err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "xlsx/result.sample.en.xlsx.golden", dumpXLSX(t, res.Bytes()))
}
