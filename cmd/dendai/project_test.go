package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// The test data of project and migrate: a mapping of the checklist to the
// standard (its crosswalk, with relationships chosen to try each), and two
// versions of a small custom catalog with an assessment of the first and a
// mapping between them.
const (
	projectMapping    = "testdata/project.mapping.json"
	migrateOld        = "testdata/migrate.old.json"
	migrateNew        = "testdata/migrate.new.json"
	migrateAssessment = "testdata/migrate.assessment.json"
	migrateMapping    = "testdata/migrate.mapping.json"
)

// TestProjectGolden projects the sample onto the standard: the draft on
// stdout, the criteria still to answer on stderr, in both languages.
func TestProjectGolden(t *testing.T) {
	var first string
	for _, lang := range []string{"en", "ja"} {
		t.Run(lang, func(t *testing.T) {
			out, errOut, status := invoke(t, nil, "", "project", "--mapping", projectMapping, "--lang", lang, sample)
			if status != exitOK {
				t.Fatalf("status %d, stderr %q", status, errOut)
			}
			testkit.Golden(t, "project.sample.json.golden", []byte(out))
			testkit.Golden(t, "project.sample."+lang+".stderr.golden", []byte(errOut))
			if first != "" && out != first {
				t.Error("the projection depends on the language")
			}
			first = out
			// What it prints is a valid draft of the standard, which the
			// other commands take as they take any.
			a, ps := assessment.Check(criteria.Standard(), []byte(out), &assessment.Options{Now: testkit.Now})
			if len(ps) > 0 || a.State != assessment.Draft {
				t.Errorf("the projection: %v, problems %v", a.State, testkit.Codes(ps))
			}
		})
	}
	dir := t.TempDir()
	projected := filepath.Join(dir, "projected.json")
	if err := os.WriteFile(projected, []byte(first), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"validate", projected}, {"score", projected}, {"score", "--catalog", "jpbank-standard", "--format", "json", projected}} {
		if _, errOut, status := invoke(t, nil, "", args...); status != exitOK || errOut != "" {
			t.Errorf("%v: status %d, %s", args, status, errOut)
		}
	}
	// From standard input, and with --to-catalog named, the same.
	out, _, status := invoke(t, nil, mustRead(t, sample), "project", "--to-catalog", "jpbank-standard", "--mapping", projectMapping, "-")
	if status != exitOK || out != first {
		t.Errorf("from stdin with --to-catalog: status %d, same output %v", status, out == first)
	}
}

// TestProjectCommand checks what project says when it cannot project.
func TestProjectCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mapping := mustRead(t, projectMapping)
	badMapping := write("bad.json", strings.Replace(mapping, `"target": "S1-2"`, `"target": "S1-99"`, 1))
	// The same mapping read the other way round: from the standard to the
	// checklist.
	reversed := write("reversed.json", `{"format": "dendai.mapping/v1", "id": "standard-to-checklist", "version": "1",
  "source": {"catalog": "jpbank-standard", "version": "1.0.1"}, "target": {"catalog": "jpbank-checklist", "version": "1.1.0"},
  "entries": [{"target": "1-1", "sources": ["S1-1"], "relationship": "subset"}]}`)
	toCustom := write("custom.json", `{"format": "dendai.mapping/v1", "id": "to-my-bank", "version": "1",
  "source": {"catalog": "jpbank-checklist", "version": "1.1.0"}, "target": {"catalog": "my-bank", "version": "2026.1"},
  "entries": [{"target": "SEC-1", "sources": ["1-30"], "relationship": "subset"}]}`)
	tests := []struct {
		name   string
		args   []string
		status int
		stdout string // a substring
		stderr string // the whole of stderr, DIR standing for the temporary folder
	}{
		{name: "no mapping", args: []string{"project", sample}, status: exitUsage,
			stderr: "dendai: missing --mapping\ndendai: run dendai help for usage\n"},
		{name: "no assessment", args: []string{"project", "--mapping", projectMapping}, status: exitUsage,
			stderr: "dendai: missing the assessment file (- for standard input)\ndendai: run dendai help for usage\n"},
		{name: "unknown mapping", args: []string{"project", "--mapping", "jpbank-checklist-to-acme", sample}, status: exitUsage,
			stderr: "dendai: \"jpbank-checklist-to-acme\" is neither a built-in mapping (" + mappingList() + ") nor an existing file\ndendai: run dendai help for usage\n"},
		{name: "unknown option", args: []string{"project", "--mapping", projectMapping, "--policy", "uniform", sample}, status: exitUsage,
			stderr: "dendai: unknown option --policy\ndendai: run dendai help for usage\n"},
		{name: "a mapping with problems", args: []string{"project", "--mapping", badMapping, sample}, status: exitProblems,
			stderr: "DIR/bad.json: the mapping has 1 problem\n" +
				"DIR/bad.json: line 10, column 16 (/entries/1/target; ID S1-99): the target catalog jpbank-standard has no criterion \"S1-99\"\n"},
		{name: "a mapping with problems, in Japanese", args: []string{"project", "--lang", "ja", "--mapping", badMapping, sample}, status: exitProblems,
			stderr: "DIR/bad.json: 対応付けに1件の問題があります\n" +
				"DIR/bad.json: 10行目、16列目（/entries/1/target、ID S1-99）: 対応先のカタログ jpbank-standard に基準「S1-99」はありません\n"},
		{name: "an assessment with problems", args: []string{"project", "--mapping", projectMapping, "../../examples/assessments/invalid-remediation.json"},
			status: exitProblems, stderr: "../../examples/assessments/invalid-remediation.json: 4 problems found\n"},
		{name: "a mapping onto another catalog than --to-catalog", args: []string{"project", "--mapping", reversed, "--to-catalog", "jpbank-standard", sample},
			status: exitProblems, stderr: "DIR/reversed.json: the mapping has 2 problems\n" +
				"DIR/reversed.json: line 2, column 75 (/target): the mapping's target is jpbank-checklist 1.1.0, but the catalog given is jpbank-standard 1.0.1\n" +
				"DIR/reversed.json: line 3, column 26 (/entries/0/target; ID 1-1): the target catalog jpbank-standard has no criterion \"1-1\"\n"},
		{name: "a mapping from another catalog than the assessment's", args: []string{"project", "--mapping", reversed, sample},
			status: exitProblems, stderr: "DIR/reversed.json: 1 problem found\n" +
				"DIR/reversed.json: (/catalog): the mapping maps from jpbank-standard 1.0.1, but the assessment is of jpbank-checklist 1.1.0\n"},
		{name: "a mapping onto a catalog not built in", args: []string{"project", "--mapping", toCustom, sample}, status: exitUsage,
			stderr: "dendai: the mapping names the catalog \"my-bank\", which is not built in: give its file with --to-catalog\ndendai: run dendai help for usage\n"},
		{name: "help", args: []string{"project", "--help"}, stdout: "dendai project --mapping ID|FILE"},
		{name: "help after other arguments", args: []string{"project", sample, "-h", "--lang=ja"}, stdout: "対応付けを使って"},
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

// TestCommandHelp checks the help of project and migrate in both languages,
// and that it agrees with the help of every command.
func TestCommandHelp(t *testing.T) {
	for _, name := range []string{"project", "migrate"} {
		for _, lang := range []string{"en", "ja"} {
			out, errOut, status := invoke(t, nil, "", name, "--help", "--lang", lang)
			if status != exitOK || errOut != "" {
				t.Fatalf("%s --help: status %d, stderr %q", name, status, errOut)
			}
			testkit.Golden(t, name+".help."+lang+".golden", []byte(out))
			all, _, _ := invoke(t, nil, "", "help", "--lang", lang)
			var synopses []string
			for line := range strings.Lines(all) {
				synopses = append(synopses, strings.Join(strings.Fields(line), " "))
			}
			for line := range strings.Lines(out) {
				if strings.HasPrefix(line, "  dendai ") && !slices.Contains(synopses, strings.Join(strings.Fields(line), " ")) {
					t.Errorf("%s --help --lang %s: the synopsis %q is not the help's", name, lang, line)
				}
			}
		}
	}
	if commandUsage("nope", i18n.English) != usageText(i18n.English) {
		t.Error("the help of an unknown command is not the help")
	}
}
