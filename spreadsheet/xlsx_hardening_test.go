package spreadsheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/xuri/excelize/v2"
)

// zipParts returns a zip archive of the given parts, deflated, in order.
func zipParts(t testing.TB, parts ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	for _, p := range parts {
		f, err := w.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(f, p[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// minimalBook returns the parts of a workbook with one sheet of the given
// XML rows, and shared strings.
func minimalBook(rows, sst string) [][2]string {
	return [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet 1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sst + `</sst>`},
		{"xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`},
	}
}

// withDeclaredSize returns a copy of a zip archive whose directory says
// that the member name is size bytes unzipped, as a crafted archive may.
func withDeclaredSize(t testing.TB, data []byte, name string, size uint64) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, f := range zr.File {
		raw, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		h := f.FileHeader
		if f.Name == name {
			h.UncompressedSize64 = size
		}
		out, err := w.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(out, raw); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestXLSXHostile: each kind of hostile or broken workbook is one problem,
// with the code and the start of the message given.
func TestXLSXHostile(t *testing.T) {
	// Letters that do not compress, so that the ratio does not stop them
	// first.
	noise := make([]byte, 2<<20)
	for i, seed := 0, uint32(1); i < len(noise); i++ {
		seed = seed*1664525 + 1013904223
		noise[i] = 'a' + byte(seed>>24)%26
	}
	bigRow := `<row r="1"><c r="A1" t="inlineStr"><is><t>` + string(noise) + `</t></is></c></row>`
	var manyRows strings.Builder
	for i := 1; i <= 40000; i++ {
		fmt.Fprintf(&manyRows, `<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="B%d" t="s"><v>0</v></c></row>`, i, i, i)
	}
	manyParts := minimalBook("", "")
	for i := range MaxXLSXParts {
		manyParts = append(manyParts, [2]string{fmt.Sprintf("xl/media/x%d.bin", i), ""})
	}
	entity := minimalBook(`<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>`, "")
	entity[5][1] = `<!DOCTYPE worksheet [<!ENTITY lol "lollollollollol">]>` + entity[5][1]
	encryptedFile := append(append([]byte{}, ole2Magic...), make([]byte, 1024)...)
	copy(encryptedFile[600:], encryptionInfo)
	tests := []struct {
		name string
		data []byte
		code dendai.Code
		want string // the start of the English message, after the cell if any
	}{
		{"zip bomb", zipParts(t, minimalBook(`<row r="1"><c r="A1"><v>1</v></c></row>`+strings.Repeat(" ", 10<<20), "")...), CodeWorkbookLimit, "the workbook is "},
		{"part over the limit", withDeclaredSize(t, zipParts(t, minimalBook("", "")...), "xl/worksheets/sheet1.xml", MaxXLSXPartSize+1), CodeWorkbookLimit, "the workbook's part xl/worksheets/sheet1.xml is"},
		{"too many parts", zipParts(t, manyParts...), CodeWorkbookLimit, fmt.Sprintf("the workbook has %d parts", MaxXLSXParts+6)},
		{"one enormous text", zipParts(t, minimalBook(bigRow, "")...), CodeWorkbookLimit, "the workbook's part xl/worksheets/sheet1.xml has a run of text longer"},
		{"huge sheet", zipParts(t, minimalBook(manyRows.String(), "<si><t>x</t></si>")...), CodeWorkbookLimit, "the workbook's cells and shared strings hold more text"},
		{"entity", zipParts(t, entity...), CodeWorkbook, "the file cannot be read as an Excel workbook (xl/worksheets/sheet1.xml"},
		{"not xml", zipParts(t, minimalBook("<row><c", "")...), CodeWorkbook, "the file cannot be read as an Excel workbook (xl/worksheets/sheet1.xml"},
		{"missing shared string", zipParts(t, minimalBook(`<row r="1"><c r="A1" t="s"><v>7</v></c></row>`, "")...), CodeWorkbook, "the file cannot be read"},
		{"no workbook part", zipParts(t, minimalBook("", "")[:2]...)[:], CodeFileType, "this is a zip archive"},
		{"encrypted", encryptedFile, CodeEncrypted, "this workbook is protected with a password"},
		{"not dendai's", zipParts(t, minimalBook(`<row r="3"><c r="B3" t="s"><v>0</v></c></row>`, "<si><t>Yes</t></si>")...), CodeFormat, "'Sheet 1'!A3: the first cell is \"\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ps := ReadXLSX(tt.data, sampleCatalog(t))
			if a != nil {
				t.Error("an assessment")
			}
			if len(ps) != 1 || ps[0].Code != tt.code || !strings.HasPrefix(ps[0].Message.EN, tt.want) {
				t.Fatalf("problems %v, want one %s starting %q", ps, tt.code, tt.want)
			}
			if ps[0].Message.JA == "" || ps[0].Message.In(i18n.Japanese) == ps[0].Message.EN {
				t.Errorf("no Japanese message: %+v", ps[0])
			}
		})
	}
}

// TestXLSXMemory measures the heap a hostile workbook takes while it is
// read: the zip bomb is refused from the archive's directory, and the huge
// sheet stops when what it keeps passes its budget.
func TestXLSXMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("measures memory, which the race detector's bookkeeping would swamp")
	}
	var manyRows strings.Builder
	for i := 1; i <= 600000; i++ {
		fmt.Fprintf(&manyRows, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>`, i, i, i%1000)
	}
	var sst strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&sst, "<si><t>%d</t></si>", i)
	}
	cat, a := generatedBook(t, 5700)
	var legit bytes.Buffer
	if err := WriteXLSX(&legit, cat, a, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"zip bomb", zipParts(t, minimalBook(strings.Repeat(" ", 100<<20), "")...)},
		{"huge sheet", zipParts(t, minimalBook(manyRows.String(), sst.String())...)},
		{"5,700 criteria", legit.Bytes()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := sampleCatalog(t)
			if tt.name == "5,700 criteria" {
				c = cat
			}
			peak := peakHeap(func() { ReadXLSX(tt.data, c) })
			t.Logf("input %d bytes, peak heap growth %d bytes (%.1fx)", len(tt.data), peak, float64(peak)/float64(len(tt.data)))
			// The budget of what is kept, plus the decompressor's and the
			// decoder's buffers.
			if limit := uint64(xlsxTextBudget*len(tt.data) + xlsxTextFloor + 8<<20); peak > limit {
				t.Errorf("peak heap growth %d bytes, over %d", peak, limit)
			}
		})
	}
}

// peakHeap returns the most the live heap grew over its size before f while
// f ran, sampled at every garbage collection of a GOGC=1 heap: a bound on
// what f kept alive at once.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	done := make(chan uint64)
	go func() {
		var peak uint64
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				done <- peak
				return
			default:
			}
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > before.HeapAlloc && m.HeapAlloc-before.HeapAlloc > peak {
				peak = m.HeapAlloc - before.HeapAlloc
			}
			runtime.Gosched()
		}
	}()
	f()
	close(stop)
	return <-done
}

// TestXLSXEncryptedByExcelize reads a really encrypted workbook: the
// template, saved by excelize with a password (ECMA-376 agile encryption, as
// Excel writes it), is refused as encrypted, with how to remove the
// password, in both languages.
func TestXLSXEncryptedByExcelize(t *testing.T) {
	var plain bytes.Buffer
	if err := TemplateXLSX(&plain, sampleCatalog(t), nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&plain)
	if err != nil {
		t.Fatal(err)
	}
	var locked bytes.Buffer
	if _, err := f.WriteTo(&locked, excelize.Options{Password: "tsubasa"}); err != nil {
		t.Fatal(err)
	}
	if !encrypted(locked.Bytes()) {
		t.Fatalf("excelize's encrypted workbook (%d bytes) is not recognised as one", locked.Len())
	}
	a, ps := ReadXLSX(locked.Bytes(), sampleCatalog(t))
	if a != nil || len(ps) != 1 || ps[0].Code != CodeEncrypted {
		t.Fatalf("ReadXLSX = %v, %v; want one %s", a, ps, CodeEncrypted)
	}
	doc := Check(locked.Bytes(), nil)
	if len(doc.Problems) != 1 || doc.Problems[0].Code != CodeEncrypted {
		t.Errorf("Check: %v, want one %s", doc.Problems, CodeEncrypted)
	}
	for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
		if m := ps[0].Message.In(l); !strings.Contains(m, "パスワード") && !strings.Contains(m, "password") {
			t.Errorf("%s message does not say to remove the password: %q", l, m)
		}
	}
}
