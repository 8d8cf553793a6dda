package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExportKeepsProvenance: an assessment made by project (derivedFrom) or
// migrate (needsReview), exported as CSV or as a workbook, validates with
// the digest of its JSON: the spreadsheet forms lose neither.
func TestExportKeepsProvenance(t *testing.T) {
	const sample = "../../examples/assessments/sample.json"
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	// The sample as of the checklist's 1.0.0, whose migration to the
	// newest version flags the answers of the criteria changed since.
	old := strings.Replace(string(data), `"catalogVersion": "1.1.0"`, `"catalogVersion": "1.0.0"`, 1)
	if old == string(data) {
		t.Fatal("the sample does not name version 1.1.0")
	}
	digest := regexp.MustCompile(`digest: (sha256:[0-9a-f]{64})`)
	tests := []struct {
		name  string
		stdin string
		args  []string
		field string // what the JSON must have, for the test to mean anything
	}{
		{"project", "", []string{"project", "--mapping", "jpbank-checklist-to-standard", sample}, `"derivedFrom"`},
		{"migrate", old, []string{"migrate", "--catalog", "jpbank-checklist", "-"}, `"needsReview": true`},
	}
	for _, tt := range tests {
		made, errOut, status := invoke(t, nil, tt.stdin, tt.args...)
		if status != exitOK || !strings.Contains(made, tt.field) {
			t.Fatalf("%s: status %d, no %s in the output; stderr %q", tt.name, status, tt.field, errOut)
		}
		out, errOut, status := invoke(t, nil, made, "validate", "-")
		want := digest.FindStringSubmatch(out)
		if status != exitOK || want == nil {
			t.Fatalf("%s: validate the JSON: status %d, %q %q", tt.name, status, out, errOut)
		}
		for _, to := range []string{"csv", "xlsx"} {
			t.Run(tt.name+"/"+to, func(t *testing.T) {
				exported, errOut, status := invoke(t, nil, made, "export", "--to", to, "-")
				if status != exitOK {
					t.Fatalf("export: status %d, %q", status, errOut)
				}
				out, errOut, status := invoke(t, nil, exported, "validate", "-")
				got := digest.FindStringSubmatch(out)
				if status != exitOK || got == nil {
					t.Fatalf("validate the %s: status %d, %q %q", to, status, out, errOut)
				}
				if diff := cmp.Diff(want[1], got[1]); diff != "" {
					t.Errorf("digest (-JSON +%s):\n%s", to, diff)
				}
			})
		}
	}
}
