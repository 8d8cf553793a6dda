package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/internal/testkit"
)

const (
	sample   = "../../examples/assessments/sample.json"
	previous = "../../examples/assessments/sample-previous.json"
)

func TestScoreGolden(t *testing.T) {
	for _, policy := range []string{"uniform", "risk-weighted"} {
		for _, lang := range []string{"ja", "en"} {
			for _, format := range []string{"text", "json"} {
				name := "score.sample." + policy + "." + lang + "." + format + ".golden"
				t.Run(name, func(t *testing.T) {
					out, errOut, status := invoke(t, nil, "", "score", "--policy", policy, "--lang", lang, "--format", format, sample)
					if status != exitOK || errOut != "" {
						t.Fatalf("status %d, stderr %q", status, errOut)
					}
					testkit.Golden(t, name, []byte(out))
					again, _, _ := invoke(t, nil, "", "score", "--policy", policy, "--lang", lang, "--format", format, sample)
					if again != out {
						t.Error("the same input printed different output")
					}
				})
			}
		}
	}
}

func TestDiffGolden(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		for _, format := range []string{"text", "json"} {
			name := "diff.sample." + lang + "." + format + ".golden"
			t.Run(name, func(t *testing.T) {
				out, errOut, status := invoke(t, nil, "", "diff", "--policy", "risk-weighted", "--lang", lang, "--format", format, previous, sample)
				if status != exitOK || errOut != "" {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				testkit.Golden(t, name, []byte(out))
			})
		}
	}
}

func TestScoreCommand(t *testing.T) {
	draft := strings.Replace(mustRead(t, sample), `"state": "submitted"`, `"state": "draft"`, 1)
	draft = strings.Replace(draft, `"criterion": "2-2",
      "status": "compliant"`, `"criterion": "2-2",
      "status": "not_assessed"`, 1)
	brokenSubmitted := strings.Replace(mustRead(t, sample), `"status": "not_applicable"`, `"status": "not_applicable", "justification": ""`, 1)
	brokenSubmitted = strings.Replace(brokenSubmitted, `"justification": "スマートフォンアプリを提供していないため（サービスはWebブラウザのみで提供）"`, `"comment": "-"`, 1)
	tests := []struct {
		name   string
		stdin  string
		args   []string
		status int
		stdout string // substring
		stderr string // substring
	}{
		{name: "passes", args: []string{"score", sample}, stdout: "Score 95.5 / 100  Rating A  Result passed"},
		{name: "min score met", args: []string{"score", "--min-score", "95.5", sample}, stdout: "95.5"},
		{name: "min score not met", args: []string{"score", "--min-score=96", sample}, status: exitProblems,
			stderr: "dendai: the score 95.5 is below the minimum of 96\n"},
		{name: "bad min score", args: []string{"score", "--min-score", "abc", sample}, status: exitUsage,
			stderr: "--min-score must be a number from 0 to 100, not \"abc\""},
		{name: "require pass, passing", args: []string{"score", "--require-pass", sample}, stdout: "passed"},
		{name: "draft is scored with its gaps", stdin: draft, args: []string{"score", "--lang", "ja", "-"},
			stdout: "不合格  2-2", stderr: ""},
		{name: "draft fails --require-pass", stdin: draft, args: []string{"score", "--require-pass", "-"}, status: exitProblems,
			stderr: "dendai: the assessment fails: a gate does not hold\n"},
		{name: "submitted with problems is not scored", stdin: brokenSubmitted, args: []string{"score", "-"}, status: exitProblems,
			stderr: "a response marked not applicable needs a justification"},
		{name: "unknown policy", args: []string{"score", "--policy", "strict", sample}, status: exitUsage,
			stderr: "\"strict\" is neither a built-in policy (uniform, risk-weighted) nor an existing file"},
		{name: "require-pass takes no value", args: []string{"score", "--require-pass=yes", sample}, status: exitUsage,
			stderr: "option --require-pass takes no value"},
		{name: "risk-weighted on another catalog", args: []string{"score", "--catalog", "jpbank-standard", "--policy", "risk-weighted", sample}, status: exitUsage,
			stderr: "the built-in policy risk-weighted is written for jpbank-checklist, not jpbank-standard 1.0.1"},
		{name: "diff needs two files", args: []string{"diff", sample}, status: exitUsage,
			stderr: "missing the two assessment files to compare (old and new)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, nil, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.status, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.stderr, errOut)
			}
		})
	}
}

// TestDiffSubjects checks that diff refuses assessments of two companies
// unless --allow-different-subjects is given.
func TestDiffSubjects(t *testing.T) {
	other := filepath.Join(t.TempDir(), "other.json")
	doc := strings.Replace(mustRead(t, sample), `"corporateNumber": "5010001112730"`, `"corporateNumber": "2021001052596"`, 1)
	if err := os.WriteFile(other, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		stdout string
		stderr string
	}{
		{name: "same company", args: []string{"diff", previous, sample}, stdout: "Current: Sample Pay Inc. (corporate number 5010001112730"},
		{name: "different companies", args: []string{"diff", previous, other}, status: exitProblems,
			stderr: "(corporate number 5010001112730) and " + other + " (corporate number 2021001052596) assess different companies"},
		{name: "different companies allowed", args: []string{"diff", "--allow-different-subjects", previous, other},
			stdout: "Current: Sample Pay Inc. (corporate number 2021001052596"},
		{name: "different companies, JSON", args: []string{"diff", "--format", "json", "--allow-different-subjects", previous, other},
			stdout: `"corporateNumber": "2021001052596"`},
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
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.stderr, errOut)
			}
			if tt.status != exitOK && out != "" {
				t.Errorf("stdout is not empty on failure:\n%s", out)
			}
		})
	}
}

// TestScoreJSONIsResult checks the JSON output against the contract's fields.
func TestScoreJSONIsResult(t *testing.T) {
	out, _, _ := invoke(t, nil, "", "score", "--format", "json", sample)
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, k := range []string{"format", "catalog", "catalogVersion", "policy", "policyVersion", "score", "rating", "passed", "coverage", "gates", "groups", "criteria", "improvements"} {
		if _, ok := doc[k]; ok {
			keys = append(keys, k)
		}
	}
	if diff := cmp.Diff(13, len(keys)); diff != "" || doc["format"] != "dendai.result/v1" || doc["score"] != 95.5 {
		t.Errorf("result JSON lacks contract fields: have %v, format %v, score %v", keys, doc["format"], doc["score"])
	}
}

func TestPolicyCommand(t *testing.T) {
	embedded := mustRead(t, "../../scoring/data/risk-weighted.json")
	out, errOut, status := invoke(t, nil, "", "policy", "--policy", "risk-weighted", "--format", "json")
	if status != exitOK || errOut != "" || out != embedded {
		t.Errorf("policy --format json: status %d, stderr %q, same as the embedded file: %v", status, errOut, out == embedded)
	}
	out, _, _ = invoke(t, nil, "", "policy", "--policy", "risk-weighted", "--lang", "ja")
	for _, want := range []string{"評価方針: リスク加重（risk-weighted 1.1.0）", "ティアと重み", "最重要（critical） 10", "2-2 反社会的勢力に該当しないことを確約する（適合以上が必要）"} {
		if !strings.Contains(out, want) {
			t.Errorf("policy text lacks %q", want)
		}
	}
	md, _, _ := invoke(t, nil, "", "policy", "--policy", "uniform", "--format", "md", "--lang", "en")
	if doc := mustRead(t, "../../docs/policies/uniform.en.md"); md != doc {
		t.Error("policy --format md differs from docs/policies/uniform.en.md")
	}
}

// TestExitRule checks the one exit rule of the commands that read an
// assessment: a document with problems is exit 1, nothing on stdout and its
// problems on stderr, or the problems JSON on stdout with --format json.
func TestExitRule(t *testing.T) {
	files, err := filepath.Glob("../../examples/assessments/invalid-*.json")
	if err != nil || len(files) == 0 {
		t.Fatal("no invalid examples", err)
	}
	commands := []struct {
		args     []string
		jsonFlag bool
	}{
		{[]string{"validate"}, true},
		{[]string{"score"}, true},
		{[]string{"diff", sample}, true},
		{[]string{"export", "--to", "oscal-assessment-results"}, false},
		{[]string{"export", "--to", "csv"}, false},
		{[]string{"project", "--mapping", projectMapping}, false},
		{[]string{"migrate", "--from-catalog", "jpbank-checklist", "--catalog", "jpbank-checklist"}, false},
	}
	for _, f := range files {
		for _, cmd := range commands {
			name := strings.Join(cmd.args, " ") + " " + filepath.Base(f)
			t.Run(name, func(t *testing.T) {
				out, errOut, status := invoke(t, nil, "", slices.Concat(cmd.args, []string{"--lang", "en", f})...)
				if status != exitProblems || out != "" && cmd.args[0] != "validate" || !strings.Contains(out+errOut, f+": ") {
					t.Errorf("status %d, stdout:\n%s\nstderr:\n%s", status, out, errOut)
				}
				if !cmd.jsonFlag {
					return
				}
				out, _, status = invoke(t, nil, "", slices.Concat(cmd.args, []string{"--format", "json", f})...)
				var doc struct {
					Valid    *bool
					Problems []struct{ Code string }
				}
				if status != exitProblems || json.Unmarshal([]byte(out), &doc) != nil || doc.Valid == nil || *doc.Valid || len(doc.Problems) == 0 {
					t.Errorf("--format json: status %d, stdout:\n%s", status, out)
				}
			})
		}
	}
}

// TestOutputFile checks --output FILE: the document goes to the file,
// created or truncated, and nothing is written when the command fails; "-"
// is the standard output.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out")
	want, _, _ := invoke(t, nil, "", "score", "--lang", "en", sample)
	os.WriteFile(name, []byte("something longer than nothing, to be truncated\n"+want), 0o600)
	out, errOut, status := invoke(t, nil, "", "score", "--lang", "en", "--output", name, sample)
	got, _ := os.ReadFile(name)
	if status != exitOK || out != "" || errOut != "" || string(got) != want {
		t.Errorf("status %d, stdout %q, stderr %q, file:\n%s", status, out, errOut, got)
	}
	for _, args := range [][]string{
		{"template"}, {"catalog"}, {"policy"}, {"diff", sample, sample},
		{"export", "--to", "oscal-catalog"}, {"project", "--mapping", projectMapping, sample},
		{"migrate", "--catalog", "jpbank-checklist", sample},
	} {
		file := filepath.Join(dir, args[0])
		want, _, _ := invoke(t, nil, "", slices.Concat(args, []string{"--output", "-"})...)
		out, _, status := invoke(t, nil, "", slices.Concat(args, []string{"--output", file})...)
		got, err := os.ReadFile(file)
		fi, _ := os.Stat(file)
		if status != exitOK || out != "" || err != nil || string(got) != want || want == "" || fi.Mode().Perm() != 0o644&^umask(t) {
			t.Errorf("%s: status %d, stdout %q, file %v", args[0], status, out, err)
		}
	}
	// A failing command writes nothing, and its problems JSON goes to the
	// standard output.
	failed := filepath.Join(dir, "failed")
	out, _, status = invoke(t, nil, "", "score", "--format", "json", "--output", failed, "../../examples/assessments/invalid-incomplete.json")
	if _, err := os.Stat(failed); status != exitProblems || err == nil || !strings.Contains(out, `"valid": false`) {
		t.Errorf("failed score: status %d, file %v, stdout:\n%s", status, err, out)
	}
	if _, errOut, status := invoke(t, nil, "", "validate", "--output", failed, sample); status != exitUsage || !strings.Contains(errOut, "--output") {
		t.Errorf("validate --output: status %d, %s", status, errOut)
	}
}

// umask returns the process's umask, which files are created under.
func umask(t *testing.T) os.FileMode {
	name := filepath.Join(t.TempDir(), "probe")
	os.WriteFile(name, nil, 0o777)
	fi, _ := os.Stat(name)
	return 0o777 &^ fi.Mode().Perm()
}
