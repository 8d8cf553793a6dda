package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// TestValidateGolden runs validate on every example assessment, in both
// languages and both formats, against golden files.
func TestValidateGolden(t *testing.T) {
	files, err := filepath.Glob("../../examples/assessments/*.json")
	if err != nil || len(files) < 4 {
		t.Fatalf("example assessments: %v, %v", files, err)
	}
	for _, file := range files {
		base := strings.TrimSuffix(filepath.Base(file), ".json")
		wantStatus := exitProblems
		if strings.HasPrefix(base, "sample") {
			wantStatus = exitOK
		}
		for _, lang := range []string{"ja", "en"} {
			for _, format := range []string{"text", "json"} {
				name := "validate." + base + "." + lang + "." + format + ".golden"
				t.Run(name, func(t *testing.T) {
					out, errOut, status := invoke(t, nil, "", "validate", "--lang", lang, "--format", format, file)
					if status != wantStatus || errOut != "" {
						t.Fatalf("status %d (want %d), stderr %q", status, wantStatus, errOut)
					}
					if format == "json" {
						var doc struct {
							Valid    bool
							Problems []struct{ Path, Code, Message string }
						}
						if err := json.Unmarshal([]byte(out), &doc); err != nil {
							t.Fatal(err)
						}
						if doc.Valid != (wantStatus == exitOK) || doc.Valid != (len(doc.Problems) == 0) {
							t.Errorf("valid = %v with %d problems", doc.Valid, len(doc.Problems))
						}
					}
					testkit.Golden(t, name, []byte(out))
				})
			}
		}
	}
}

func TestTemplate(t *testing.T) {
	for _, cat := range []string{"jpbank-checklist", "jpbank-standard"} {
		out, errOut, status := invoke(t, nil, "", "template", "--catalog", cat)
		if status != exitOK || errOut != "" {
			t.Fatalf("status %d, stderr %q", status, errOut)
		}
		a, err := assessment.Decode([]byte(out), nil)
		if err != nil {
			t.Fatalf("the template does not decode: %v", err)
		}
		c, _ := criteria.Builtin(criteria.ID(cat))
		var ids []criteria.ID
		for _, r := range a.Responses {
			if r.Status != assessment.NotAssessed {
				t.Errorf("%s: status %v, want not_assessed", r.Criterion, r.Status)
			}
			ids = append(ids, r.Criterion)
		}
		var want []criteria.ID
		for _, cr := range c.All() {
			want = append(want, cr.ID())
		}
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("%s template criteria (-want +got):\n%s", cat, diff)
		}
		if a.State != assessment.Draft || a.Catalog != c.ID() || a.CatalogVersion != c.Version() {
			t.Errorf("%s template header: %+v", cat, a)
		}
	}
	out, _, _ := invoke(t, nil, "", "template")
	testkit.Golden(t, "template.jpbank-checklist.json.golden", []byte(out))
}

func TestValidateUsage(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		status int
		stdout string
		stderr string
	}{
		{name: "no file", args: []string{"validate"}, status: exitUsage,
			stderr: "dendai: missing the assessment file (- for standard input)\ndendai: run dendai help for usage\n"},
		{name: "two files", args: []string{"validate", "a.json", "b.json"}, status: exitUsage,
			stderr: "dendai: unexpected argument \"b.json\"\ndendai: run dendai help for usage\n"},
		{name: "missing file", args: []string{"validate", "--lang", "ja", "nope.json"}, status: exitUsage,
			stderr: "dendai: ファイル nope.json が見つかりません\n"},
		{name: "stdin", stdin: `{"format":"dendai.assessment/v1",`, args: []string{"validate", "-"}, status: exitProblems,
			stdout: "-: 1 problem found\n-: line 1, column 34: the document ends unexpectedly\n"},
		{name: "template validates as a draft", args: []string{"validate", "-"}, status: exitProblems,
			stdin: mustTemplate(t), stdout: "(/assessedOn): a value is required\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, nil, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d", status, tt.status)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdout, out)
			}
			if diff := cmp.Diff(tt.stderr, errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

func mustTemplate(t *testing.T) string {
	out, _, _ := invoke(t, nil, "", "template")
	return out
}
