package main

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
)

// TestWorkbooks: the service reads a workbook as it reads JSON, and returns
// the result workbook for format=xlsx.
func TestWorkbooks(t *testing.T) {
	cat := criteria.Checklist()
	a, err := assessment.Decode(sample(t, "sample.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if err := spreadsheet.WriteXLSX(&book, cat, a, &spreadsheet.XLSXOptions{Lang: i18n.Japanese}); err != nil {
		t.Fatal(err)
	}
	h := testHandler()
	fromJSON := do(t, h, request{target: "/v1/score", body: sample(t, "sample.json")})
	fromXLSX := do(t, h, request{target: "/v1/score", body: book.Bytes()})
	if fromXLSX.Code != 200 || !bytes.Equal(fromJSON.Body.Bytes(), fromXLSX.Body.Bytes()) {
		t.Errorf("the workbook scores otherwise than its JSON twin: %d %s", fromXLSX.Code, fromXLSX.Body)
	}
	if w := do(t, h, request{target: "/v1/validate", body: book.Bytes()}); w.Code != 200 {
		t.Errorf("validate: %d %s", w.Code, w.Body)
	}

	w := do(t, h, request{target: "/v1/score?format=xlsx", body: book.Bytes(), lang: "ja"})
	if got := w.Header().Get("Content-Type"); w.Code != 200 || got != xlsxType {
		t.Fatalf("format=xlsx: %d %q", w.Code, got)
	}
	zr, err := zip.NewReader(bytes.NewReader(w.Body.Bytes()), int64(w.Body.Len()))
	if err != nil {
		t.Fatalf("format=xlsx: not a zip archive: %v", err)
	}
	var sheets int
	for _, f := range zr.File {
		if len(f.Name) > len("xl/worksheets/") && f.Name[:len("xl/worksheets/")] == "xl/worksheets/" {
			sheets++
		}
	}
	if sheets != 3 {
		t.Errorf("the result workbook has %d sheets, want 3", sheets)
	}
}
