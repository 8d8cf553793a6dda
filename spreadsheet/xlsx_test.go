package spreadsheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
	"github.com/dendai-go/dendai/scoring"
)

func writeXLSX(t testing.TB, cat *criteria.Catalog, a *assessment.Assessment, l i18n.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, cat, a, &XLSXOptions{Lang: l}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestXLSXRoundTrip: JSON -> xlsx -> JSON gives the same assessment, and
// xlsx -> assessment -> xlsx the same bytes, in both languages; the
// workbook scores exactly as its JSON twin.
func TestXLSXRoundTrip(t *testing.T) {
	cat := sampleCatalog(t)
	// A draft without a response for every criterion reads back with a
	// not_assessed response for each: the sheet has a row for every
	// criterion, as the CSV template does. The others answer every one.
	for _, name := range []string{"sample.json", "sample-previous.json", "invalid-remediation.json"} {
		partial := name == "invalid-remediation.json"
		for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
			t.Run(name+"/"+l.String(), func(t *testing.T) {
				data, err := readSample(name)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := assessment.Decode(data, &assessment.Options{})
				if want == nil {
					t.Fatal("the sample does not decode")
				}
				book := writeXLSX(t, cat, want, l)
				got, problems := ReadXLSX(book, cat)
				if got == nil {
					t.Fatalf("ReadXLSX read nothing: %v", problems)
				}
				_, jsonErr := assessment.Decode(data, &assessment.Options{})
				if len(problems) != 0 && jsonErr == nil {
					t.Errorf("problems reading the workbook of a valid document: %v", problems)
				}
				if diff := cmp.Diff(want, got); diff != "" && !partial {
					t.Errorf("JSON -> xlsx -> JSON (-want +got):\n%s", diff)
				}
				again := writeXLSX(t, cat, got, l)
				if !bytes.Equal(book, again) {
					t.Error("xlsx -> assessment -> xlsx gives other bytes")
				}
				if second := writeXLSX(t, cat, want, l); !bytes.Equal(book, second) {
					t.Error("the same input gives other bytes")
				}
				p := scoring.UniformFor(cat)
				if diff := cmp.Diff(p.Score(want), p.Score(got)); diff != "" {
					t.Errorf("the workbook scores otherwise than its JSON twin (-json +xlsx):\n%s", diff)
				}
				// The digest is of the content: the workbook's is its JSON
				// twin's, so a review bound to one holds for the other.
				if partial {
					return
				}
				dj, err := assessment.DigestOf(want)
				if err != nil {
					t.Fatal(err)
				}
				if dx, err := assessment.DigestOf(got); err != nil || !dx.Equal(dj) {
					t.Errorf("digest of the workbook %v (%v), of its JSON twin %v", dx, err, dj)
				}
			})
		}
	}
}

// TestXLSXCheckRoutes: Check reads a workbook by content, whatever format
// was asked for, and validates it as it validates the JSON twin.
func TestXLSXCheckRoutes(t *testing.T) {
	cat := sampleCatalog(t)
	a, jsonDoc := loadSample(t, "sample.json")
	book := writeXLSX(t, cat, a, i18n.Japanese)
	if got := Detect(book); got != XLSX {
		t.Errorf("Detect = %v, want xlsx", got)
	}
	if id, v := CatalogOf(book); id != cat.ID() || v != a.CatalogVersion {
		t.Errorf("CatalogOf = %q %q, want %q %q", id, v, cat.ID(), a.CatalogVersion)
	}
	for _, f := range []Format{0, JSON, CSV, XLSX} {
		doc := Check(book, &Options{Format: f, Now: testNow})
		want := Check(jsonDoc, &Options{Now: testNow})
		if doc.Format != XLSX {
			t.Errorf("format %v: Document.Format = %v", f, doc.Format)
		}
		if diff := cmp.Diff(want.Assessment, doc.Assessment); diff != "" {
			t.Errorf("format %v: (-json +xlsx):\n%s", f, diff)
		}
		if len(doc.Problems) != 0 {
			t.Errorf("format %v: problems %v", f, doc.Problems)
		}
	}
}

// TestXLSXValidationAtCells: the problems of an invalid assessment are the
// JSON twin's, each at its cell, with the sheet and cell in the message.
func TestXLSXValidationAtCells(t *testing.T) {
	cat := sampleCatalog(t)
	data, err := readSample("invalid-remediation.json")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := assessment.Decode(data, nil)
	book := writeXLSX(t, cat, a, i18n.Japanese)
	_, got := CheckXLSX(cat, book, &assessment.Options{Now: testNow})
	_, want := assessment.Check(cat, data, &assessment.Options{Now: testNow})
	if len(want) == 0 {
		t.Fatal("the sample has no problems")
	}
	key := func(ps dendai.Problems) map[string]dendai.Code {
		// By criterion and the path within the response: the workbook
		// has a row for every criterion, so the indexes differ.
		m := map[string]dendai.Code{}
		for _, p := range ps {
			k := p.Path
			if rest, ok := strings.CutPrefix(p.Path, "/responses/"); ok {
				_, under, _ := strings.Cut(rest, "/")
				k = p.Criterion + " " + under
			}
			m[k] = p.Code
		}
		return m
	}
	if diff := cmp.Diff(key(want), key(got)); diff != "" {
		t.Errorf("problems by path (-json +xlsx):\n%s", diff)
	}
	for _, p := range got {
		if p.Line == 0 || p.Column == 0 {
			t.Errorf("%s %s: no cell", p.Path, p.Code)
			continue
		}
		name, _ := columnName(p.Column)
		ref := "チェックリスト!" + name
		if p.Path == "/assessedOn" || p.Path == "/subject/corporateNumber" {
			ref = "表紙!" + name
		}
		if !bytes.HasPrefix([]byte(p.Message.JA), []byte(ref)) {
			t.Errorf("%s: message %q does not start with %s", p.Path, p.Message.JA, ref)
		}
	}
}

func readSample(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("..", "examples", "assessments", name))
}

// TestXLSXCellByCell: a sheet too large for excelize's stream writer is
// written cell by cell, and reads back the same.
func TestXLSXCellByCell(t *testing.T) {
	cat := sampleCatalog(t)
	a, _ := loadSample(t, "sample.json")
	for _, limit := range []int{streamLimit, -1} {
		var buf bytes.Buffer
		err := writeWorkbook(&buf, &XLSXOptions{Lang: i18n.Japanese}, cat.Title(),
			func(wb *workbook) error { wb.streamLimit = limit; return wb.cover(cat, a) },
			func(wb *workbook) error { return wb.checklist(cat, a) })
		if err != nil {
			t.Fatal(err)
		}
		got, ps := ReadXLSX(buf.Bytes(), cat)
		if len(ps) != 0 {
			t.Errorf("limit %d: %v", limit, ps)
		}
		if diff := cmp.Diff(a, got); diff != "" {
			t.Errorf("limit %d (-want +got):\n%s", limit, diff)
		}
		if limit == streamLimit && !bytes.Equal(buf.Bytes(), writeXLSX(t, cat, a, i18n.Japanese)) {
			t.Error("writeWorkbook with the limit is not WriteXLSX")
		}
	}
}

// TestXLSXMessages: every code and label of the workbooks has its message
// in both languages (msgtest.Check in TestMessages checks them all).
func TestXLSXMessages(t *testing.T) {
	msgtest.Has(t, messages, CodeWorkbook, CodeWorkbookLimit, CodeEncrypted, CodeFormula, CodeIDDate, CodeCellTooLong)
	msgtest.Has(t, messages, keyWorkbookNotZip, keyLimitParts, keyLimitPart, keyLimitUnzipped, keyLimitRatio, keyLimitRun,
		keyLimitText, keySheetCover, keySheetChecklist, keyFieldPublisher, keyFieldLegalBasis, keyXLSXInstructions,
		keyDateTitle, keyDateError, keyStatusInput, keyStatusError, keySheetSummary, keySheetCriteria, keySheetImprovements)
}

// TestXLSXWriteRefuses: a text a cell cannot hold, or that is not UTF-8, is
// a problem at its sheet and cell, and nothing is written.
func TestXLSXWriteRefuses(t *testing.T) {
	cat := sampleCatalog(t)
	for _, tt := range []struct {
		name, comment string
		code          dendai.Code
	}{
		{"too long", strings.Repeat("あ", maxCellText+1), CodeCellTooLong},
		{"not UTF-8", "\xff", CodeInvalidUTF8},
	} {
		a, _ := loadSample(t, "sample.json")
		a.Responses[2].Comment = tt.comment
		var buf bytes.Buffer
		err := WriteXLSX(&buf, cat, a, &XLSXOptions{Lang: i18n.English})
		e, ok := err.(*dendai.Error)
		if !ok || len(e.Problems) != 1 {
			t.Fatalf("%s: %v", tt.name, err)
		}
		p := e.Problems[0]
		got := []any{p.Code, p.Path, p.Column, strings.HasPrefix(p.Message.EN, "Checklist!G")}
		if diff := cmp.Diff([]any{tt.code, "/responses/2/comment", colComment + 1, true}, got); diff != "" || buf.Len() != 0 {
			t.Errorf("%s (-want +got):\n%s%d bytes written", tt.name, diff, buf.Len())
		}
	}
}
