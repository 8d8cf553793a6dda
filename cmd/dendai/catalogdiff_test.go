package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// The two versions of a custom catalog the catalog diff tests compare: one of
// each kind of change.
const (
	diffOld = "testdata/catalog-diff.old.json"
	diffNew = "testdata/catalog-diff.new.json"
)

func TestCatalogDiffGolden(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		for _, format := range []string{"text", "json"} {
			name := "catalog-diff." + lang + "." + format + ".golden"
			t.Run(name, func(t *testing.T) {
				out, errOut, status := invoke(t, nil, "", "catalog", "diff", "--lang", lang, "--format", format, diffOld, diffNew)
				if status != exitOK || errOut != "" {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				testkit.Golden(t, name, []byte(out))
			})
		}
	}
}

// TestCatalogDiffJSON checks the JSON against the diff it comes from, field
// by field: the shape doc.go describes, with no field the command does not
// write.
func TestCatalogDiffJSON(t *testing.T) {
	out, _, status := invoke(t, nil, "", "catalog", "diff", "--format=json", diffOld, diffNew)
	if status != exitOK {
		t.Fatalf("status %d", status)
	}
	var doc catalogDiffDoc
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	old, err := criteria.Parse([]byte(mustRead(t, diffOld)), nil)
	if err != nil {
		t.Fatal(err)
	}
	new, err := criteria.Parse([]byte(mustRead(t, diffNew)), nil)
	if err != nil {
		t.Fatal(err)
	}
	d := criteria.Diff(old, new)
	ids := func(cs []diffCriterion) []criteria.ID {
		var out []criteria.ID
		for _, c := range cs {
			out = append(out, c.Criterion)
		}
		return out
	}
	if doc.Format != catalogDiffFormat || doc.Old.Version != "2026.1" || doc.New.Version != "2027.1" ||
		!cmp.Equal(ids(doc.Added), d.Added) || !cmp.Equal(ids(doc.Removed), d.Removed) ||
		len(doc.Changed) != len(d.Changed) || len(doc.Moved) != len(d.Moved) {
		t.Errorf("the JSON does not follow the diff:\n%s", out)
	}
	// Every kind of change is in the test data, so the golden files show
	// each.
	if len(d.Added) == 0 || len(d.Removed) == 0 || len(d.Moved) == 0 || d.Title.IsZero() {
		t.Errorf("the test data lacks a kind of change: %+v", d)
	}
	var ja, en, note, std bool
	for _, c := range d.Changed {
		ja, en = ja || c.Text.JA() && !c.Text.EN(), en || c.Text.EN() && !c.Text.JA()
		note, std = note || !c.Note.IsZero(), std || c.StandardChanged()
	}
	if !ja || !en || !note || !std {
		t.Errorf("the test data lacks a kind of change: Japanese only %v, English only %v, note %v, standard %v", ja, en, note, std)
	}
	// An unchanged diff has empty lists, not null.
	out, _, _ = invoke(t, nil, "", "catalog", "diff", "--format", "json", diffOld, diffOld)
	for _, k := range []string{`"added": []`, `"removed": []`, `"changed": []`, `"moved": []`} {
		if !strings.Contains(out, k) {
			t.Errorf("no %s in:\n%s", k, out)
		}
	}
}

func TestCatalogDiffCommand(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte(brokenCatalog), 0o644); err != nil {
		t.Fatal(err)
	}
	cl, st := criteria.Checklist(), criteria.Standard()
	versions := strings.Join(criteria.BuiltinVersions(criteria.ChecklistID), ", ")
	tests := []struct {
		name   string
		stdin  string
		args   []string
		status int
		stdout string // the whole stdout, or a substring when contains is set
		stderr string // the whole stderr, with DIR for the temporary directory
		substr bool
	}{
		{name: "a built-in catalog with itself", args: []string{"catalog", "diff", "jpbank-checklist", "jpbank-checklist"},
			stdout: "Catalog diff: jpbank-checklist " + cl.Version() + " → " + cl.Version() + "\nThe title and the criteria are the same.\n"},
		{name: "in Japanese", args: []string{"catalog", "diff", "--lang", "ja", "jpbank-standard", "jpbank-standard"},
			stdout: "カタログの差分: jpbank-standard " + st.Version() + " → " + st.Version() + "\nタイトルと基準に違いはありません\n"},
		{name: "a built-in version", args: []string{"catalog", "diff", "jpbank-checklist@" + cl.Version(), "jpbank-checklist"},
			stdout: "Catalog diff: jpbank-checklist " + cl.Version() + " → " + cl.Version() + "\nThe title and the criteria are the same.\n"},
		{name: "a file with itself from standard input", stdin: mustRead(t, diffOld), args: []string{"catalog", "diff", "-", diffOld},
			stdout: "Catalog diff: my-bank 2026.1 → 2026.1\nThe title and the criteria are the same.\n"},
		{name: "two catalogs", args: []string{"catalog", "diff", "jpbank-checklist", "jpbank-standard"}, substr: true,
			stdout: "Catalog diff: jpbank-checklist " + cl.Version() + " → jpbank-standard " + st.Version() + "\n\nTitle changed\n"},
		{name: "two catalogs, every criterion added and removed", args: []string{"catalog", "diff", "jpbank-checklist", "jpbank-standard"}, substr: true,
			stdout: "\nAdded criteria: 51\n  S1-1 (S1)  "},
		{name: "an unknown version", args: []string{"catalog", "diff", "jpbank-checklist@0.1", "jpbank-checklist"}, status: exitUsage,
			stderr: "dendai: the built-in catalog jpbank-checklist has no version \"0.1\" (built-in versions: " + versions + ")\ndendai: run dendai help for usage\n"},
		{name: "an unknown version in Japanese", args: []string{"catalog", "diff", "--lang=ja", "jpbank-checklist", "jpbank-checklist@0.1"}, status: exitUsage,
			stderr: "dendai: 組み込みカタログ jpbank-checklist にバージョン「0.1」はありません（組み込みのバージョン: " + versions + "）\ndendai: 使い方は dendai help で確認できます\n"},
		{name: "not a built-in catalog", args: []string{"catalog", "diff", "my-bank@2026.1", diffNew}, status: exitUsage,
			stderr: "dendai: \"my-bank@2026.1\" is neither a built-in catalog (jpbank-checklist, jpbank-standard) nor an existing file\ndendai: run dendai help for usage\n"},
		{name: "a broken catalog", args: []string{"catalog", "diff", diffOld, broken}, status: exitProblems, substr: true,
			stderr: "DIR/broken.json: the catalog has 4 problems\n"},
		{name: "one catalog", args: []string{"catalog", "diff", diffOld}, status: exitUsage,
			stderr: "dendai: missing the two catalogs to compare (old and new)\ndendai: run dendai help for usage\n"},
		{name: "three catalogs", args: []string{"catalog", "diff", diffOld, diffNew, diffOld}, status: exitUsage,
			stderr: "dendai: unexpected argument \"" + diffOld + "\"\ndendai: run dendai help for usage\n"},
		{name: "a bad format", args: []string{"catalog", "diff", "--format", "md", diffOld, diffNew}, status: exitUsage,
			stderr: "dendai: option --format does not accept \"md\" (choose from text, json)\ndendai: run dendai help for usage\n"},
		{name: "the catalog command still takes its options", args: []string{"catalog", "--catalog", diffOld, "--format", "md"}, substr: true,
			stdout: "# Connection criteria\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, nil, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.status, errOut)
			}
			want := strings.ReplaceAll(tt.stderr, "DIR", dir)
			if tt.substr {
				if !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, want) {
					t.Errorf("stdout does not contain %q or stderr %q:\n%s\n%s", tt.stdout, want, out, errOut)
				}
				return
			}
			if diff := cmp.Diff(tt.stdout, out); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNewerVersionNotice checks the notice validate and score give on stderr
// for an assessment of an earlier built-in version, in both languages, and
// that it changes neither stdout nor the exit status. An assessment of the
// newest version gets none.
func TestNewerVersionNotice(t *testing.T) {
	dir := t.TempDir()
	sample := "../../examples/assessments/sample.json"
	for _, id := range criteria.BuiltinIDs() {
		newest, _ := criteria.Builtin(id)
		for _, v := range criteria.BuiltinVersions(id) {
			cat, ok := criteria.BuiltinVersion(id, v)
			if !ok {
				t.Fatalf("%s@%s is not built in", id, v)
			}
			a := assessment.Template(cat)
			b, err := assessment.Encode(a)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, string(id)+"-"+v+".json")
			if err := os.WriteFile(file, b, 0o644); err != nil {
				t.Fatal(err)
			}
			var want map[string]string
			if v != newest.Version() {
				want = map[string]string{
					"en": file + ": " + string(id) + " " + newest.Version() + " is newer than " + v + ", the version this assessment names (dendai migrate --catalog " + string(id) + " moves it to " + newest.Version() + ")\n",
					"ja": file + ": " + string(id) + " には、この自己評価が対象とするバージョン " + v + " より新しいバージョン " + newest.Version() + " があります（dendai migrate --catalog " + string(id) + " で " + newest.Version() + " に移行できます）\n",
				}
			}
			for _, lang := range []string{"en", "ja"} {
				for _, cmd := range [][]string{
					{"validate", "--lang", lang, file},
					{"validate", "--lang", lang, "--format", "json", file},
					{"score", "--lang", lang, "--format", "json", file},
				} {
					out, errOut, status := invoke(t, nil, "", cmd...)
					if !strings.Contains(errOut, want[lang]) {
						t.Errorf("%s %s: stderr does not have the notice %q:\n%s", id, cmd, want[lang], errOut)
					}
					// The notice changes nothing else: the outcome is that of
					// the same catalog version given explicitly, which gets the
					// notice too.
					explicit := append([]string{cmd[0], "--catalog", string(id) + "@" + v}, cmd[1:]...)
					out2, errOut2, status2 := invoke(t, nil, "", explicit...)
					if out != out2 || status != status2 || errOut != errOut2 {
						t.Errorf("%s %s: the outcome differs from --catalog %s@%s: status %d, %d\n%s\n%s", id, cmd, id, v, status, status2, errOut, errOut2)
					}
				}
			}
		}
	}
	// The example assessments name the newest version: no notice.
	for _, cmd := range [][]string{{"validate", sample}, {"score", sample}} {
		if _, errOut, status := invoke(t, nil, "", cmd...); status != exitOK || errOut != "" {
			t.Errorf("%s: status %d, stderr %q", cmd, status, errOut)
		}
	}
}

// TestVersionedCatalogOption checks ID@VERSION in --catalog of the other
// commands.
func TestVersionedCatalogOption(t *testing.T) {
	cl := criteria.Checklist()
	ref := "jpbank-checklist@" + cl.Version()
	for _, cmd := range [][]string{
		{"catalog", "--format", "json", "--catalog", ref},
		{"template", "--catalog", ref},
		{"policy", "--format", "json", "--catalog", ref},
	} {
		out, errOut, status := invoke(t, nil, "", cmd...)
		plain, _, _ := invoke(t, nil, "", append(cmd[:len(cmd)-1:len(cmd)-1], "jpbank-checklist")...)
		if status != exitOK || errOut != "" || out != plain {
			t.Errorf("%s: status %d, stderr %q; same output as the plain ID: %v", cmd, status, errOut, out == plain)
		}
	}
	_, errOut, status := invoke(t, nil, "", "validate", "--catalog", "jpbank-standard@9", "../../examples/assessments/sample.json")
	if status != exitUsage || !bytes.Contains([]byte(errOut), []byte(`has no version "9"`)) {
		t.Errorf("validate with an unknown version: status %d, stderr %q", status, errOut)
	}
}
