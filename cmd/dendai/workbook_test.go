package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/spreadsheet"
)

// TestWorkbookThroughTheCommands: template --format xlsx writes the
// workbook, export --to xlsx a filled one that validate, score, diff and
// export read as they read its JSON twin, and score --format xlsx the result
// workbook.
func TestWorkbookThroughTheCommands(t *testing.T) {
	dir := t.TempDir()
	tmpl, errOut, status := invoke(t, nil, "", "template", "--format", "xlsx", "--lang", "ja")
	if status != exitOK || errOut != "" || spreadsheet.Detect([]byte(tmpl)) != spreadsheet.XLSX {
		t.Fatalf("template --format xlsx: status %d, %s", status, errOut)
	}
	a, ps := spreadsheet.ReadXLSX([]byte(tmpl), criteria.Checklist())
	if a == nil || len(ps) != 0 || len(a.Responses) != criteria.Checklist().Len() {
		t.Errorf("the template reads back as %v, %v", a, ps)
	}

	jsonScore, _, _ := invoke(t, nil, "", "score", "--format", "json", sample)
	for _, lang := range []string{"ja", "en"} {
		book, errOut, status := invoke(t, nil, "", "export", "--to", "xlsx", "--lang", lang, sample)
		if status != exitOK || errOut != "" {
			t.Fatalf("export --to xlsx: status %d, %s", status, errOut)
		}
		file := filepath.Join(dir, "sample."+lang+".xlsx")
		if err := os.WriteFile(file, []byte(book), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, _, status := invoke(t, nil, "", "validate", file); status != exitOK || !strings.Contains(out, "no problems found") {
			t.Errorf("validate %s: status %d\n%s", file, status, out)
		}
		if got, _, status := invoke(t, nil, "", "score", "--format", "json", file); status != exitOK || got != jsonScore {
			t.Errorf("%s scores differently from its JSON twin (status %d)", file, status)
		}
		if _, _, status := invoke(t, nil, "", "diff", previous, file); status != exitOK {
			t.Errorf("diff with %s: status %d", file, status)
		}
		if again, _, status := invoke(t, nil, "", "export", "--to", "xlsx", "--lang", lang, file); status != exitOK || again != book {
			t.Errorf("export --to xlsx of the workbook: status %d, other bytes", status)
		}
		result, _, status := invoke(t, nil, "", "score", "--format", "xlsx", "--lang", lang, file)
		if status != exitOK || spreadsheet.Detect([]byte(result)) != spreadsheet.XLSX {
			t.Errorf("score --format xlsx: status %d", status)
		}
	}
}

// TestWorkbookProblemsNameCells: a problem in a workbook names its sheet and
// cell.
func TestWorkbookProblemsNameCells(t *testing.T) {
	tmpl, _, _ := invoke(t, nil, "", "template", "--format", "xlsx", "--lang", "ja")
	stdout, _, status := invoke(t, nil, tmpl, "validate", "--lang", "ja", "-")
	if status != exitProblems || !strings.Contains(stdout, "表紙!C8: 入力が必要です") {
		t.Errorf("status %d, stdout:\n%s", status, stdout)
	}
}
