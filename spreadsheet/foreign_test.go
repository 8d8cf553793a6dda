package spreadsheet

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
)

// zipOf returns a zip archive holding empty members with the given names, the
// first one stored with the given content.
func zipOf(t testing.TB, first string, content string, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	f, err := w.CreateHeader(&zip.FileHeader{Name: first, Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(content))
	for _, n := range names {
		if _, err := w.Create(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestForeignFiles checks that a workbook, an archive or a PDF given where
// CSV or JSON is expected is one problem naming what it is, whichever entry
// point reads it and whatever form it is said to be.
func TestForeignFiles(t *testing.T) {
	xlsx := zipOf(t, "[Content_Types].xml", "<Types/>", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml")
	ods := zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "META-INF/manifest.xml")
	odt := zipOf(t, "mimetype", "application/vnd.oasis.opendocument.text", "styles.xml")
	docx := zipOf(t, "[Content_Types].xml", "<Types/>", "word/document.xml")
	var empty bytes.Buffer
	zip.NewWriter(&empty).Close()
	tests := []struct {
		name string
		data []byte
		want string // the start of the English message
	}{
		{"xlsx", xlsx, "this is an Excel workbook (.xlsx)"},
		{"xlsx cut short", xlsx[:len(xlsx)/2], "this is an Excel workbook (.xlsx)"},
		{"ods", ods, "this is an OpenDocument spreadsheet (.ods)"},
		{"ods cut short", ods[:100], "this is an OpenDocument spreadsheet (.ods)"},
		{"odt", odt, "this is a zip archive"},
		{"docx", docx, "this is a zip archive"},
		{"empty zip", empty.Bytes(), "this is a zip archive"},
		{"xls", append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 512)...), "this is an old-format Excel workbook (.xls)"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "this is a PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check := func(from string, ps dendai.Problems) {
				t.Helper()
				if len(ps) != 1 {
					t.Fatalf("%s: %d problems, want 1: %v", from, len(ps), ps)
				}
				p := ps[0]
				got := dendai.Problem{Code: p.Code, Message: p.Message}
				got.Message.EN = got.Message.EN[:min(len(tt.want), len(got.Message.EN))]
				want := dendai.Problem{Code: CodeFileType, Message: got.Message}
				want.Message.EN = tt.want
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", from, diff)
				}
				if p.Message.JA == "" || p.Line != 0 || p.Path != "" {
					t.Errorf("%s: %+v", from, p)
				}
			}
			for _, f := range []Format{0, JSON, CSV} {
				doc := Check(tt.data, &Options{Format: f})
				if strings.HasPrefix(tt.name, "xlsx") {
					// Check reads a workbook; these are broken ones.
					if len(doc.Problems) != 1 || doc.Problems[0].Code != CodeWorkbook || doc.Assessment != nil {
						t.Errorf("Check(Format %d): %v, want one %s", f, doc.Problems, CodeWorkbook)
					}
					continue
				}
				if doc.Assessment != nil || doc.Catalog == nil {
					t.Errorf("Check(Format %d): assessment %v, catalog %v", f, doc.Assessment, doc.Catalog)
				}
				check("Check "+f.String(), doc.Problems)
			}
			a, ps := ReadCSV(tt.data, sampleCatalog(t))
			if a != nil {
				t.Errorf("ReadCSV: an assessment")
			}
			check("ReadCSV", ps)
			_, ps = CheckCSV(sampleCatalog(t), tt.data, nil)
			check("CheckCSV", ps)
		})
	}
}

// TestForeignTypeText checks that text files, the forms dendai reads and
// text that merely mentions the magic numbers, are not taken for foreign ones.
func TestForeignTypeText(t *testing.T) {
	for _, in := range []string{
		"", "PK", "PK\x03", "%PDF", "dendai.assessment/v1,format,", "{}", "\ufeffPK\x03\x04", " %PDF-1.7",
		"\xD0\xCF\x11\xE0", "\xff\xfeP\x00K\x00",
	} {
		if got := foreignType([]byte(in)); got != notForeign {
			t.Errorf("foreignType(%q) = %d, want none", in, got)
		}
	}
}
