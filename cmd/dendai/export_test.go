package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCSVThroughTheCommands fills nothing in: it exports the sample to CSV in
// both encodings and checks that validate, score and diff read the CSV as they
// read the JSON.
func TestCSVThroughTheCommands(t *testing.T) {
	dir := t.TempDir()
	jsonScore, _, _ := invoke(t, nil, "", "score", "--format", "json", "--policy", "risk-weighted", sample)
	for _, enc := range []string{"utf-8", "shift_jis"} {
		for _, lang := range []string{"ja", "en"} {
			out, errOut, status := invoke(t, nil, "", "export", "--to", "csv", "--encoding", enc, "--lang", lang, sample)
			if status != exitOK || errOut != "" {
				t.Fatalf("export %s %s: status %d, %s", enc, lang, status, errOut)
			}
			if enc == "utf-8" && !strings.HasPrefix(out, "\uFEFF") {
				t.Errorf("UTF-8 CSV without a byte order mark")
			}
			file := filepath.Join(dir, "sample."+enc+"."+lang+".csv")
			if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, _, status := invoke(t, nil, "", "validate", file); status != exitOK || !strings.Contains(out, "no problems found") {
				t.Errorf("validate %s: status %d\n%s", file, status, out)
			}
			csvScore, _, status := invoke(t, nil, "", "score", "--format", "json", "--policy", "risk-weighted", file)
			if status != exitOK || csvScore != jsonScore {
				t.Errorf("%s scores differently from its JSON twin (status %d)", file, status)
			}
			if _, _, status := invoke(t, nil, "", "diff", previous, file); status != exitOK {
				t.Errorf("diff with %s: status %d", file, status)
			}
		}
	}
}

func TestCSVProblemsPointToCells(t *testing.T) {
	out, _, _ := invoke(t, nil, "", "export", "--to", "csv", "--lang", "ja", sample)
	broken := strings.Replace(out, "1-30,システム開発・運用管理,システムアクセス時の認証を適切に行い、不正なシステムアクセスを防ぐ,一部適合", "1-30,システム開発・運用管理,システムアクセス時の認証を適切に行い、不正なシステムアクセスを防ぐ,たぶん", 1)
	if broken == out {
		t.Fatal("the test did not change the CSV")
	}
	stdout, _, status := invoke(t, nil, broken, "validate", "--lang", "ja", "-")
	if status != exitProblems || !strings.Contains(stdout, "-: 45行目、4列目（/responses/29/status、ID 1-30）: 「たぶん」は評価結果として使えません") {
		t.Errorf("status %d, stdout:\n%s", status, stdout)
	}
}

func TestTemplateCSV(t *testing.T) {
	for _, enc := range []string{"utf-8", "shift_jis"} {
		out, errOut, status := invoke(t, nil, "", "template", "--format", "csv", "--encoding", enc, "--catalog", "jpbank-standard")
		if status != exitOK || errOut != "" {
			t.Fatalf("status %d, %s", status, errOut)
		}
		// A blank template is a draft that asks for what is missing; the
		// standard's template is checked against the standard.
		stdout, _, status := invoke(t, nil, out, "validate", "--format", "json", "-")
		var doc struct {
			Valid    bool
			Problems []struct{ Path, Code string }
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, p := range doc.Problems {
			codes = append(codes, p.Path+" "+p.Code)
		}
		want := "/assessedOn validation.required,/subject/name validation.name_text,/subject/corporateNumber validation.required,/assessor/name validation.required"
		if status != exitProblems || strings.Join(codes, ",") != want {
			t.Errorf("%s template: status %d, problems %v", enc, status, codes)
		}
	}
}

func TestExportOSCAL(t *testing.T) {
	for _, args := range [][]string{
		{"export", "--to", "oscal-catalog"},
		{"export", "--to", "oscal-catalog", "--catalog", "jpbank-standard"},
		{"export", "--to", "oscal-catalog", "--policy", "risk-weighted"},
		{"export", "--to", "oscal-assessment-results", "--policy", "risk-weighted", sample},
	} {
		out, errOut, status := invoke(t, nil, "", args...)
		if status != exitOK || errOut != "" {
			t.Fatalf("%v: status %d, %s", args, status, errOut)
		}
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &doc); err != nil || (doc["catalog"] == nil && doc["assessment-results"] == nil) {
			t.Errorf("%v: not an OSCAL document (%v)", args, err)
		}
		again, _, _ := invoke(t, nil, "", args...)
		if again != out {
			t.Errorf("%v: two exports differ", args)
		}
	}
	if _, errOut, status := invoke(t, nil, "", "export", sample); status != exitUsage || !strings.Contains(errOut, "missing --to") {
		t.Errorf("export without --to: status %d, %s", status, errOut)
	}
}

// TestExportOSCALProblems checks that what keeps a document from being
// exported to OSCAL is listed as validate lists problems, with exit status 1.
func TestExportOSCALProblems(t *testing.T) {
	draft, _, _ := invoke(t, nil, "", "template") // a draft without a date
	for _, tt := range []struct{ lang, want string }{
		{"en", "-: 1 problem(s) found\n-: (/assessedOn): the assessment has no date, from which OSCAL timestamps are made\n"},
		{"ja", "-: 1件の問題があります\n-: （/assessedOn）: 評価日がありません。OSCAL のタイムスタンプは評価日から作ります\n"},
	} {
		out, errOut, status := invoke(t, nil, draft, "export", "--to", "oscal-assessment-results", "--lang", tt.lang, "-")
		if status != exitProblems || out != "" || !strings.HasSuffix(errOut, tt.want) {
			t.Errorf("%s: status %d, stdout %d bytes, stderr:\n%s", tt.lang, status, len(out), errOut)
		}
	}
}
