package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/oscal"
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
		{"en", "-: 1 problem found\n-: (/assessedOn): the assessment has no date, from which OSCAL timestamps are made\n"},
		{"ja", "-: 1件の問題があります\n-: （/assessedOn）: 評価日がありません。OSCAL のタイムスタンプは評価日から作ります\n"},
	} {
		out, errOut, status := invoke(t, nil, draft, "export", "--to", "oscal-assessment-results", "--lang", tt.lang, "-")
		if status != exitProblems || out != "" || !strings.HasSuffix(errOut, tt.want) {
			t.Errorf("%s: status %d, stdout %d bytes, stderr:\n%s", tt.lang, status, len(out), errOut)
		}
	}
}

// The example mapping to a second bank and the bank's catalog.
const (
	secondBankMapping = "../../examples/secondbank/mapping.json"
	secondBankCatalog = "../../examples/secondbank/catalog.json"
)

// TestExportOSCALMapping checks export --to oscal-mapping: the mapping file's
// catalogs come from --catalog and --to-catalog, or are the built-in ones it
// names, and the document is the one package oscal writes.
func TestExportOSCALMapping(t *testing.T) {
	bank, err := os.ReadFile(secondBankCatalog)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := criteria.Parse(bank, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(secondBankMapping)
	if err != nil {
		t.Fatal(err)
	}
	m, err := criteria.ParseMapping(data, criteria.Checklist(), cat, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := oscal.MappingCollection(m)
	if err != nil {
		t.Fatal(err)
	}
	// The same mapping with the bank's catalog as its source and the
	// built-in standard as its target.
	reversed := filepath.Join(t.TempDir(), "reversed.json")
	if err := os.WriteFile(reversed, []byte(`{"format": "dendai.mapping/v1", "id": "bank-to-standard", "version": "1",
  "source": {"catalog": "tsubasa-bank", "version": "2026.1"}, "target": {"catalog": "jpbank-standard", "version": "1.0.1"},
  "entries": [{"target": "S1-1", "sources": ["G-1", "G-2"], "relationship": "equivalent"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "--to", "oscal-mapping", "--mapping", secondBankMapping, "--to-catalog", secondBankCatalog},
		{"export", "--to=oscal-mapping", "--to-catalog", secondBankCatalog, "--catalog", "jpbank-checklist", "--mapping", secondBankMapping},
		{"export", "--to", "oscal-mapping", "--mapping", reversed, "--catalog", secondBankCatalog},
	} {
		out, errOut, status := invoke(t, nil, "", args...)
		if status != exitOK || errOut != "" {
			t.Fatalf("%v: status %d, %s", args, status, errOut)
		}
		if slices.Contains(args, secondBankMapping) {
			if out != string(want) {
				t.Errorf("%v: not the document oscal.MappingCollection writes", args)
			}
			continue
		}
		var doc struct {
			MappingCollection struct {
				Metadata struct{ Title string } `json:"metadata"`
			} `json:"mapping-collection"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.MappingCollection.Metadata.Title != "Mapping of tsubasa-bank 2026.1 to jpbank-standard 1.0.1" {
			t.Errorf("%v: %+v, %v", args, doc, err)
		}
	}
}

// TestExportOSCALMappingErrors checks what export --to oscal-mapping says
// when the mapping cannot be read or exported.
func TestExportOSCALMappingErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, doc string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	unknownTarget := write("unknown-target.json", `{"format": "dendai.mapping/v1", "id": "x", "version": "1",
  "source": {"catalog": "jpbank-checklist", "version": "1.1.0"}, "target": {"catalog": "jpbank-standard", "version": "1.0.1"},
  "entries": [{"target": "S99-1", "sources": ["1-1"], "relationship": "equivalent"}]}`)
	onlyGaps := write("only-gaps.json", `{"format": "dendai.mapping/v1", "id": "gaps", "version": "1",
  "source": {"catalog": "jpbank-checklist", "version": "1.1.0"}, "target": {"catalog": "jpbank-standard", "version": "1.0.1"},
  "entries": [{"target": "S1-8", "sources": [], "relationship": "none"}]}`)
	notJSON := write("not-json.json", `{"format": "dendai.mapping/v1",`)
	tests := []struct {
		args   []string
		status int
		want   string // in stderr
	}{
		{[]string{"--mapping", secondBankMapping, "extra"}, exitUsage, "unexpected argument \"extra\"\ndendai: run dendai help for usage\n"},
		{nil, exitUsage, "missing --mapping\ndendai: run dendai help for usage\n"},
		{[]string{"--mapping", "no-such-mapping"}, exitUsage, "\"no-such-mapping\" is neither a built-in mapping (" + mappingList() + ") nor an existing file\ndendai: run dendai help for usage\n"},
		{[]string{"--mapping", "unreadable.json"}, exitUsage, "permission denied reading unreadable.json\n"},
		{[]string{"--mapping", secondBankMapping}, exitUsage, "the mapping names the catalog \"tsubasa-bank\", which is not built in: give its file with --to-catalog\ndendai: run dendai help for usage\n"},
		{[]string{"--mapping", secondBankMapping, "--to-catalog", "missing.json"}, exitUsage, "\"missing.json\" is neither a built-in catalog (jpbank-checklist, jpbank-standard) nor an existing file\ndendai: run dendai help for usage\n"},
		{[]string{"--mapping", secondBankMapping, "--to-catalog", secondBankCatalog, "--catalog", "jpbank-standard"}, exitProblems,
			secondBankMapping + ": the mapping has 55 problems\n" + secondBankMapping + ": line 5, column 13 (/source): the mapping's source is jpbank-checklist 1.1.0, but the catalog given is jpbank-standard 1.0.1\n" +
				secondBankMapping + ": line 22, column 9 (/entries/0/sources/0; ID G-1): the source catalog jpbank-standard has no criterion \"1-1\"\n"},
		{[]string{"--mapping", unknownTarget}, exitProblems, unknownTarget + ": the mapping has 1 problem\n" +
			unknownTarget + ": line 3, column 26 (/entries/0/target; ID S99-1): the target catalog jpbank-standard has no criterion \"S99-1\"\n"},
		{[]string{"--mapping", "jpbank-checklist-to-standard", "--catalog", "jpbank-standard"}, exitProblems,
			"jpbank-checklist-to-standard: line 1, column 94 (/source): the mapping's source is jpbank-checklist 1.1.0, but the catalog given is jpbank-standard 1.0.1\n"},
		{[]string{"--mapping", notJSON}, exitProblems, notJSON + ": the mapping has 1 problem\n" + notJSON + ": line 1, column 32: the document ends unexpectedly\n"},
		{[]string{"--mapping", onlyGaps}, exitProblems, onlyGaps + ": 1 problem found\n" + onlyGaps + ": the mapping \"gaps\" has no entry with sources, and an OSCAL mapping needs at least one map\n"},
	}
	for _, tt := range tests {
		args := append([]string{"export", "--to", "oscal-mapping"}, tt.args...)
		out, errOut, status := invoke(t, nil, "", args...)
		if status != tt.status || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: status %d, stdout %d bytes, stderr:\n%s\nwant status %d and stderr with:\n%s", tt.args, status, len(out), errOut, tt.status, tt.want)
		}
	}
}
