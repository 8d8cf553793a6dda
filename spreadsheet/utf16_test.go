package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// unicodeText writes records as Excel saves "Unicode text": UTF-16 with a
// byte order mark, cells separated by comma (a tab for Excel), rows ended
// with CR LF.
func unicodeText(t testing.TB, recs [][]string, e unicode.Endianness, comma rune) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = comma, true
	for _, rec := range recs {
		if rec == nil {
			w.Flush()
			buf.WriteString("\r\n")
			continue
		}
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReadCSVUTF16 checks that a file Excel saved as Unicode text (UTF-16LE,
// tab-separated) reads as the CSV template does, in either byte order, with
// tabs or commas, and that its problems keep their rows and columns.
func TestReadCSVUTF16(t *testing.T) {
	cat := sampleCatalog(t)
	want, _ := loadSample(t, "sample.json")
	recs := sampleSheet(t, "sample.json", i18n.Japanese)
	for _, tt := range []struct {
		name  string
		e     unicode.Endianness
		comma rune
	}{
		{"UTF-16LE tabs", unicode.LittleEndian, '\t'},
		{"UTF-16BE tabs", unicode.BigEndian, '\t'},
		{"UTF-16LE commas", unicode.LittleEndian, ','},
		{"UTF-16BE commas", unicode.BigEndian, ','},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := unicodeText(t, recs, tt.e, tt.comma)
			a, ps := ReadCSV(data, cat)
			if len(ps) > 0 {
				t.Fatalf("problems: %v", ps)
			}
			if diff := cmp.Diff(encode(t, want), encode(t, a)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if id, version := CatalogOf(data); id != want.Catalog || version != want.CatalogVersion {
				t.Errorf("CatalogOf = %q, %q; want %q, %q", id, version, want.Catalog, want.CatalogVersion)
			}
			doc := Check(data, &Options{Now: testNow})
			if doc.Format != CSV || doc.Assessment == nil {
				t.Errorf("Check: format %v, assessment %v, problems %v", doc.Format, doc.Assessment, doc.Problems)
			}

			// Problems keep their rows and columns.
			bad := make([][]string, len(recs))
			for i, r := range recs {
				bad[i] = append([]string(nil), r...)
			}
			bad[rowCorporate-1][2] = "5.01E+12"
			bad[rowFirst-1][3] = "yes"
			_, ps = ReadCSV(unicodeText(t, bad, tt.e, tt.comma), cat)
			type at struct {
				line, col int
				code      dendai.Code
				id        criteria.ID
			}
			var got []at
			for _, p := range ps {
				got = append(got, at{p.Line, p.Column, p.Code, criteria.ID(p.Criterion)})
			}
			wantAt := []at{
				{rowCorporate, 3, assessment.CodeCorporateNumberExponent, ""},
				{rowFirst, colStatus + 1, assessment.CodeStatusInvalid, "1-1"},
			}
			if diff := cmp.Diff(wantAt, got, cmp.AllowUnexported(at{})); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadCSVUTF16Invalid checks that bytes UTF-16 cannot read (a lone
// surrogate, an odd trailing byte) are a problem at their cell.
func TestReadCSVUTF16Invalid(t *testing.T) {
	cat := sampleCatalog(t)
	recs := sampleSheet(t, "sample.json", i18n.Japanese)
	recs[rowFirst-1][colComment] = "BAD"
	data := unicodeText(t, recs, unicode.LittleEndian, '\t')
	bad := bytes.Replace(data, []byte("B\x00A\x00D\x00"), []byte("\x00\xD8A\x00D\x00"), 1) // a lone high surrogate
	_, ps := ReadCSV(bad, cat)
	if len(ps) == 0 {
		t.Fatal("no problem")
	}
	got := dendai.Problem{Line: ps[0].Line, Column: ps[0].Column, Code: ps[0].Code}
	if diff := cmp.Diff(dendai.Problem{Line: rowFirst, Column: colComment + 1, Code: CodeInvalidBytes}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if want := "the cell has bytes that are not valid UTF-16LE"; ps[0].Message.EN != want {
		t.Errorf("message %q, want %q", ps[0].Message.EN, want)
	}
}

func TestSeparator(t *testing.T) {
	for in, want := range map[string]rune{
		"dendai.assessment/v1\tformat\t\r\nx,y": '\t',
		"dendai.assessment/v1,format,\r\nx\ty":  ',',
		"a,b\tc":                                ',',
		"a\tb,c":                                '\t',
		"":                                      ',',
		"\t":                                    '\t',
	} {
		if got := separator(in); got != want {
			t.Errorf("separator(%q) = %q, want %q", in, got, want)
		}
	}
}
