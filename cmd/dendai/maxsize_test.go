package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1", 1, true},
		{"12345", 12345, true},
		{"64k", 64 << 10, true},
		{"64K", 64 << 10, true},
		{"64KB", 64 << 10, true},
		{"64KiB", 64 << 10, true},
		{"16M", 16 << 20, true},
		{"16MiB", 16 << 20, true},
		{"1G", 1 << 30, true},
		{"1GiB", 1 << 30, true},
		{"1024M", 1 << 30, true},
		{"1025M", 0, false}, // over 1 GiB
		{"2G", 0, false},
		{"0", 0, false},
		{"0M", 0, false},
		{"", 0, false},
		{"M", 0, false},
		{"-5", 0, false},
		{"1.5M", 0, false},
		{"16 M", 0, false},
		{"16m", 0, false},
		{"16X", 0, false},
		{"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseSize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseSize(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMaxSize checks that --max-size lets a catalog, an assessment and a policy past
// their default limits be read, and that without it they are refused as too
// large.
func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	doc, err := criteria.Checklist().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	// Trailing white space makes a document big without changing it.
	bigCatalog := filepath.Join(dir, "catalog.json")
	write(t, bigCatalog, append(doc, bytes.Repeat([]byte(" "), criteria.DefaultMaxSize)...))
	sample, err := os.ReadFile("../../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	bigAssessment := filepath.Join(dir, "assessment.json")
	write(t, bigAssessment, append(sample, bytes.Repeat([]byte("\n"), 8<<20)...))
	policy, err := os.ReadFile("../../scoring/data/risk-weighted.json")
	if err != nil {
		t.Fatal(err)
	}
	bigPolicy := filepath.Join(dir, "policy.json")
	write(t, bigPolicy, append(policy, bytes.Repeat([]byte(" "), scoring.DefaultMaxSize)...))
	const assessed = "../../examples/assessments/sample.json"

	tests := []struct {
		name   string
		args   []string
		status int
		output string // a substring of stdout and stderr
	}{
		{"catalog over 4 MiB", []string{"catalog", "--catalog", bigCatalog}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"catalog with --max-size", []string{"catalog", "--catalog", bigCatalog, "--max-size", "5MiB"}, exitOK, ""},
		{"catalog with too small a --max-size", []string{"catalog", "--catalog", bigCatalog, "--max-size", "4M"}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"assessment over 8 MiB", []string{"validate", bigAssessment}, exitProblems, "larger than the limit of 8388608 bytes"},
		{"assessment with --max-size", []string{"validate", "--max-size=9M", bigAssessment}, exitOK, ""},
		{"score with --max-size", []string{"score", "--max-size", "9437184", bigAssessment}, exitOK, ""},
		{"both, with --max-size", []string{"validate", "--catalog", bigCatalog, "--max-size", "9M", bigAssessment}, exitOK, ""},
		{"a small limit applies too", []string{"validate", "--max-size", "1k", "../../examples/assessments/sample.json"}, exitProblems, "larger than the limit of 1024 bytes"},
		{"policy over 4 MiB", []string{"score", "--policy", bigPolicy, assessed}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"policy with --max-size", []string{"score", "--policy", bigPolicy, "--max-size", "5M", "--format", "json", assessed}, exitOK, `"policy": "risk-weighted"`},
		{"policy with too small a --max-size", []string{"score", "--policy", bigPolicy, "--max-size", "4M", assessed}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"policy of a diff over 4 MiB", []string{"diff", "--policy", bigPolicy, assessed, assessed}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"policy of a diff with --max-size", []string{"diff", "--policy", bigPolicy, "--max-size", "5M", assessed, assessed}, exitOK, ""},
		{"no unit known", []string{"validate", "--max-size", "9X", bigAssessment}, exitUsage, "from 1 to 1 GiB"},
		{"zero", []string{"validate", "--max-size", "0", bigAssessment}, exitUsage, "from 1 to 1 GiB"},
		{"over 1 GiB", []string{"validate", "--max-size", "2G", bigAssessment}, exitUsage, "from 1 to 1 GiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := invoke(t, map[string]string{"LANG": "en_US.UTF-8"}, "", tt.args...)
			if out := stdout + stderr; status != tt.status || !strings.Contains(out, tt.output) {
				t.Errorf("status %d, want %d; output %.500q, want it to contain %q", status, tt.status, out, tt.output)
			}
		})
	}
}

func write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
