package spreadsheet

import (
	"bytes"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// soffice converts a file with LibreOffice, headless, into dir, in a
// profile of its own; it skips the test when LibreOffice is not installed.
func soffice(t *testing.T, dir, to, file string) []byte {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice) is not installed")
	}
	if testing.Short() {
		t.Skip("runs LibreOffice")
	}
	profile := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "profile")}).String()
	out, err := os.MkdirTemp(dir, "out")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", to, "--outdir", out, file)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	// One file, named after the input, or after the sheet too.
	ext, _, _ := strings.Cut(to, ":")
	found, _ := filepath.Glob(filepath.Join(out, "*."+ext))
	if len(found) != 1 {
		t.Fatalf("soffice wrote %v", found)
	}
	data, err := os.ReadFile(found[0])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestXLSXLibreOffice: LibreOffice opens the template and the result
// workbook (and prints them to PDF), shows the checklist's cells as dendai
// wrote them, and a filled workbook it saves again reads back as it was.
func TestXLSXLibreOffice(t *testing.T) {
	dir := t.TempDir()
	cat := sampleCatalog(t)
	a, _ := loadSample(t, "sample.json")
	filled := filepath.Join(dir, "filled.xlsx")
	if err := os.WriteFile(filled, writeXLSX(t, cat, a, i18n.Japanese), 0o644); err != nil {
		t.Fatal(err)
	}
	var tmpl bytes.Buffer
	if err := TemplateXLSX(&tmpl, cat, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
		t.Fatal(err)
	}
	template := filepath.Join(dir, "template.xlsx")
	os.WriteFile(template, tmpl.Bytes(), 0o644)
	p := scoring.UniformFor(cat)
	var res bytes.Buffer
	if err := WriteResultXLSX(&res, p, a, p.Score(a), &XLSXOptions{Lang: i18n.Japanese}); err != nil {
		t.Fatal(err)
	}
	result := filepath.Join(dir, "result.xlsx")
	os.WriteFile(result, res.Bytes(), 0o644)

	for _, f := range []string{template, result} {
		pdf := soffice(t, dir, "pdf", f)
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf, []byte("/MediaBox[0 0 841.88")) {
			t.Errorf("%s: not an A4 landscape PDF", filepath.Base(f))
		}
	}

	// The checklist, the second sheet, as CSV in UTF-8, cells as shown.
	csv := string(soffice(t, dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2", filled))
	for _, want := range []string{"\n1-1,経営陣の関与,", ",適合,", "\n1-10,", ",2027-09-30"} {
		if !strings.Contains(csv, want) {
			t.Errorf("LibreOffice's CSV of the checklist has no %q:\n%.600s", want, csv)
		}
	}

	// Saved again by LibreOffice, the workbook reads back as it was.
	again := soffice(t, dir, "xlsx", filled)
	got, ps := ReadXLSX(again, cat)
	if len(ps) != 0 {
		t.Errorf("problems: %v", ps)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("dendai -> LibreOffice -> dendai (-want +got):\n%s", diff)
	}
}
