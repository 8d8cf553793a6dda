package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// TestMigrateGolden migrates the assessment of the small custom catalog to
// its next version, by ID and through a mapping: the migrated assessment on
// stdout, what changed on stderr, in both languages.
func TestMigrateGolden(t *testing.T) {
	newCat, err := criteria.Parse([]byte(mustRead(t, migrateNew)), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, by := range []string{"id", "mapping"} {
		var first string
		for _, lang := range []string{"en", "ja"} {
			t.Run(by+"/"+lang, func(t *testing.T) {
				args := []string{"migrate", "--from-catalog", migrateOld, "--catalog", migrateNew, "--lang", lang, migrateAssessment}
				if by == "mapping" {
					args = append(args, "--mapping", migrateMapping)
				}
				out, errOut, status := invoke(t, nil, "", args...)
				if status != exitOK {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				testkit.Golden(t, "migrate.by-"+by+".json.golden", []byte(out))
				testkit.Golden(t, "migrate.by-"+by+"."+lang+".stderr.golden", []byte(errOut))
				if first != "" && out != first {
					t.Error("the migration depends on the language")
				}
				first = out
				a, ps := assessment.Check(newCat, []byte(out), &assessment.Options{Now: testkit.Now})
				if len(ps) > 0 || a.State != assessment.Draft {
					t.Errorf("the migrated assessment: %v, problems %v", a.State, testkit.Codes(ps))
				}
			})
		}
	}
}

// TestMigrateBuiltin migrates the sample to the built-in checklist, from the
// built-in version it names: whatever the versions, a valid assessment of
// the newest.
func TestMigrateBuiltin(t *testing.T) {
	out, errOut, status := invoke(t, nil, "", "migrate", "--catalog", "jpbank-checklist", sample)
	if status != exitOK {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	cl := criteria.Checklist()
	if !strings.HasPrefix(errOut, sample+": migrated from jpbank-checklist ") {
		t.Errorf("stderr:\n%s", errOut)
	}
	if _, ps := assessment.Check(cl, []byte(out), &assessment.Options{Now: testkit.Now}); len(ps) > 0 {
		t.Errorf("the migrated sample does not validate against %s %s: %v", cl.ID(), cl.Version(), testkit.Codes(ps))
	}
}

// TestMigrateCommand checks what migrate says when it cannot migrate.
func TestMigrateCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	backwards := write("backwards.json", strings.NewReplacer(`"version": "2026.1"`, `"version": "2027.1"`, `"version": "2027.1"}`, `"version": "2026.1"}`).Replace(mustRead(t, migrateMapping)))
	tests := []struct {
		name   string
		args   []string
		status int
		stdout string // a substring
		stderr string // the whole of stderr, DIR standing for the temporary folder
	}{
		{name: "no catalog", args: []string{"migrate", sample}, status: exitUsage,
			stderr: "dendai: missing --catalog\ndendai: run dendai help for usage\n"},
		{name: "no assessment", args: []string{"migrate", "--catalog", "jpbank-checklist"}, status: exitUsage,
			stderr: "dendai: missing the assessment file (- for standard input)\ndendai: run dendai help for usage\n"},
		{name: "an assessment of a catalog not built in", args: []string{"migrate", "--catalog", migrateNew, migrateAssessment}, status: exitUsage,
			stderr: "dendai: the assessment is of my-bank 2026.1, which is not built in: give the catalog to migrate from with --from-catalog\ndendai: run dendai help for usage\n"},
		{name: "an assessment of a catalog not built in, in Japanese", args: []string{"migrate", "--lang", "ja", "--catalog", migrateNew, migrateAssessment}, status: exitUsage,
			stderr: "dendai: この自己評価はカタログ my-bank 2026.1 に対するものですが、これは組み込みカタログではありません。--from-catalog で移行元のカタログを指定してください\ndendai: 使い方は dendai help で確認できます\n"},
		{name: "an assessment of another catalog than --from-catalog", args: []string{"migrate", "--from-catalog", migrateNew, "--catalog", migrateNew, migrateAssessment}, status: exitProblems,
			stderr: "testdata/migrate.assessment.json: 3 problems found\n" +
				"testdata/migrate.assessment.json: line 4, column 21 (/catalogVersion): the assessment is against version 2026.1 of the catalog, but the catalog is version 2027.1\n" +
				"testdata/migrate.assessment.json: line 18, column 16 (/responses; ID PPL-3): criterion \"PPL-3\" has no response; a submitted assessment must answer every criterion\n" +
				"testdata/migrate.assessment.json: line 48, column 20 (/responses/4/criterion; ID PPL-2): catalog \"my-bank\" has no criterion \"PPL-2\"\n"},
		{name: "an assessment with problems", args: []string{"migrate", "--catalog", "jpbank-checklist", "../../examples/assessments/invalid-remediation.json"},
			status: exitProblems, stderr: "../../examples/assessments/invalid-remediation.json: 4 problems found\n"},
		{name: "another catalog, no mapping", args: []string{"migrate", "--catalog", "jpbank-standard", sample}, status: exitProblems,
			stderr: "../../examples/assessments/sample.json: 1 problem found\n" +
				"../../examples/assessments/sample.json: jpbank-checklist and jpbank-standard are different catalogs: migrating from one to the other needs a mapping between them\n"},
		{name: "a mapping the other way", args: []string{"migrate", "--from-catalog", migrateOld, "--catalog", migrateNew, "--mapping", backwards, migrateAssessment}, status: exitProblems,
			stderr: "DIR/backwards.json: the mapping has 2 problems\n" +
				"DIR/backwards.json: line 5, column 13 (/source): the mapping's source is my-bank 2027.1, but the catalog given is my-bank 2026.1\n" +
				"DIR/backwards.json: line 6, column 13 (/target): the mapping's target is my-bank 2026.1, but the catalog given is my-bank 2027.1\n"},
		{name: "unknown catalog", args: []string{"migrate", "--catalog", "nope", sample}, status: exitUsage,
			stderr: "dendai: \"nope\" is neither a built-in catalog (jpbank-checklist, jpbank-standard) nor an existing file\ndendai: run dendai help for usage\n"},
		{name: "help", args: []string{"migrate", "-h"}, stdout: "dendai migrate [--from-catalog ID|FILE] --catalog ID|FILE"},
		{name: "help in Japanese", args: []string{"migrate", "--lang", "ja", "--help"}, stdout: "自己評価をカタログの新しいバージョンに移行します"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, nil, "", tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.status, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdout, out)
			}
			if tt.status != exitOK && out != "" {
				t.Errorf("stdout on failure:\n%s", out)
			}
			want := strings.ReplaceAll(tt.stderr, "DIR", dir)
			if tt.name == "an assessment with problems" {
				errOut, _, _ = strings.Cut(errOut, "\n")
				errOut += "\n"
			}
			if diff := cmp.Diff(want, errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}
