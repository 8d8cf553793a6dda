package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/review"
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
		{"catalog with too small a --max-size", []string{"catalog", "--catalog", bigCatalog, "--max-size", "4M"}, exitProblems, "larger than --max-size allows (4194304 bytes)"},
		{"assessment over 8 MiB", []string{"validate", bigAssessment}, exitProblems, "larger than the limit of 8388608 bytes"},
		{"assessment with --max-size", []string{"validate", "--max-size=9M", bigAssessment}, exitOK, ""},
		{"score with --max-size", []string{"score", "--max-size", "9437184", bigAssessment}, exitOK, ""},
		{"both, with --max-size", []string{"validate", "--catalog", bigCatalog, "--max-size", "9M", bigAssessment}, exitOK, ""},
		{"a small limit applies too", []string{"validate", "--max-size", "1k", "../../examples/assessments/sample.json"}, exitProblems, "larger than --max-size allows (1024 bytes)"},
		{"policy over 4 MiB", []string{"score", "--policy", bigPolicy, assessed}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"policy with --max-size", []string{"score", "--policy", bigPolicy, "--max-size", "5M", "--format", "json", assessed}, exitOK, `"policy": "risk-weighted"`},
		{"policy with too small a --max-size", []string{"score", "--policy", bigPolicy, "--max-size", "4M", assessed}, exitProblems, "larger than --max-size allows (4194304 bytes)"},
		{"policy of a diff over 4 MiB", []string{"diff", "--policy", bigPolicy, assessed, assessed}, exitProblems, "larger than the limit of 4194304 bytes"},
		{"policy of a diff with --max-size", []string{"diff", "--policy", bigPolicy, "--max-size", "5M", assessed, assessed}, exitOK, ""},
		{"a small limit applies to a mapping file", []string{"export", "--to", "oscal-mapping", "--mapping", "testdata/project.mapping.json", "--max-size", "1k"}, exitProblems, "testdata/project.mapping.json: the input is larger than --max-size allows (1024 bytes)"},
		{"a built-in mapping is not limited", []string{"export", "--to", "oscal-mapping", "--mapping", "jpbank-checklist-to-standard", "--catalog", "jpbank-checklist", "--max-size", "1k"}, exitOK, `"mapping-collection"`},
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

// TestMaxSizeEveryReader checks --max-size on every command that reads a
// catalog, mapping, policy, assessment or review, and every loader they use:
// each document, just over its default limit (padded with trailing white
// space, which changes nothing else), is refused without the option, with
// the problem input.too_large naming that limit, and read with --max-size
// 1 MiB above it.
func TestMaxSizeEveryReader(t *testing.T) {
	dir := t.TempDir()
	// big writes the file src padded past limit to dir and returns its name.
	big := func(name string, src []byte, limit int) string {
		t.Helper()
		path := filepath.Join(dir, name)
		write(t, path, append(slices.Clip(src), bytes.Repeat([]byte(" "), limit+1-len(src))...))
		return path
	}
	read := func(name string) []byte {
		t.Helper()
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	checklist, err := criteria.Checklist().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	const (
		catalogLimit    = criteria.DefaultMaxSize
		mappingLimit    = criteria.DefaultMaxSize // a mapping is read with criteria.Options
		policyLimit     = scoring.DefaultMaxSize
		assessmentLimit = assessment.DefaultMaxSize
		reviewLimit     = review.DefaultMaxSize
	)
	var (
		bigCatalog    = big("catalog.json", checklist, catalogLimit)
		bigPolicy     = big("policy.json", read("../../scoring/data/risk-weighted.json"), policyLimit)
		bigAssessment = big("assessment.json", read(sample), assessmentLimit)
		bigPrevious   = big("previous.json", read(samplePrevious), assessmentLimit)
		bigProjection = big("project.mapping.json", read(projectMapping), mappingLimit)
		bigMigration  = big("migrate.mapping.json", read("testdata/migrate.mapping.json"), mappingLimit)
		bigReview     = big("review.json", read(sampleReview), reviewLimit)
		bigPrevReview = big("previous.review.json", read(samplePreviousReview), reviewLimit)
	)

	tests := []struct {
		name  string
		args  []string
		limit int // the default limit of the big document in args
		// stdout is a substring of the standard output once --max-size
		// lets the document in.
		stdout string
		// refused, when set, is a further substring of the output when
		// the document is refused.
		refused string
	}{
		{"template, catalog", []string{"template", "--catalog", bigCatalog}, catalogLimit, `"catalog": "jpbank-checklist"`, ""},
		{"template --format csv, catalog", []string{"template", "--format", "csv", "--catalog", bigCatalog}, catalogLimit, "1-1", ""},
		{"catalog diff, old catalog", []string{"catalog", "diff", bigCatalog, "jpbank-checklist"}, catalogLimit, "The title and the criteria are the same.", ""},
		{"catalog diff, new catalog", []string{"catalog", "diff", "--format", "json", "jpbank-checklist", bigCatalog}, catalogLimit, `"format": "dendai.catalog-diff/v1"`, ""},
		{"policy, policy", []string{"policy", "--policy", bigPolicy}, policyLimit, "risk-weighted", ""},
		{"policy, catalog", []string{"policy", "--catalog", bigCatalog, "--format", "json"}, catalogLimit, `"name": "uniform"`, ""},
		{"export --to csv, assessment", []string{"export", "--to", "csv", bigAssessment}, assessmentLimit, "1-1", ""},
		{"export --to csv, policy", []string{"export", "--to", "csv", "--policy", bigPolicy, sample}, policyLimit, "1-1", ""},
		{"export --to oscal-catalog, catalog", []string{"export", "--to", "oscal-catalog", "--catalog", bigCatalog}, catalogLimit, `"catalog"`, ""},
		{"export --to oscal-catalog, policy", []string{"export", "--to", "oscal-catalog", "--policy", bigPolicy}, policyLimit, `"catalog"`, ""},
		{"export --to oscal-mapping, mapping", []string{"export", "--to", "oscal-mapping", "--mapping", bigProjection}, mappingLimit, `"mapping-collection"`, ""},
		{"project, mapping", []string{"project", "--mapping", bigProjection, sample}, mappingLimit, `"catalog": "jpbank-standard"`, ""},
		{"project, assessment", []string{"project", "--mapping", projectMapping, bigAssessment}, assessmentLimit, `"catalog": "jpbank-standard"`, ""},
		{"project, target catalog", []string{"project", "--mapping", "jpbank-checklist-to-standard", "--catalog", bigCatalog, sample}, catalogLimit, `"catalog": "jpbank-standard"`, ""},
		{"migrate, mapping", []string{"migrate", "--from-catalog", migrateOld, "--catalog", migrateNew, "--mapping", bigMigration, migrateAssessment}, mappingLimit, `"catalogVersion": "2027.1"`, ""},
		{"migrate, catalog", []string{"migrate", "--catalog", bigCatalog, sample}, catalogLimit, `"catalog": "jpbank-checklist"`, ""},
		{"review init, assessment", []string{"review", "init", "--reviewer", "佐藤 花子", bigAssessment}, assessmentLimit, `"format": "dendai.review/v1"`, ""},
		{"review init, policy", []string{"review", "init", "--reviewer", "佐藤 花子", "--policy", bigPolicy, sample}, policyLimit, `"policy": "risk-weighted"`, ""},
		{"review check, review", []string{"review", "check", bigReview, sample}, reviewLimit, "no problems found", ""},
		{"review check --format json, review", []string{"review", "check", "--format", "json", bigReview, sample}, reviewLimit, `"valid": true`, `"code": "input.too_large"`},
		{"review check, assessment", []string{"review", "check", sampleReview, bigAssessment}, assessmentLimit, "no problems found", ""},
		{"review followup, review", []string{"review", "followup", bigPrevReview, samplePrevious, sample}, reviewLimit, "1-14", ""},
		{"review followup, assessment", []string{"review", "followup", samplePreviousReview, bigPrevious, sample}, assessmentLimit, "1-14", ""},
		{"score --review, review", []string{"score", "--review", bigReview, sample}, reviewLimit, "Score", ""},
	}
	en := map[string]string{"LANG": "en_US.UTF-8"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := invoke(t, en, "", tt.args...)
			tooLarge := dendai.TooLarge(tt.limit).Describe(i18n.English)
			if out := stdout + stderr; status != exitProblems || !strings.Contains(out, tooLarge) || !strings.Contains(out, tt.refused) {
				t.Errorf("without --max-size: status %d, want %d; output %.500q, want it to contain %q and %q", status, exitProblems, out, tooLarge, tt.refused)
			}
			args := append(slices.Clone(tt.args), "--max-size", strconv.Itoa(tt.limit+1<<20))
			stdout, stderr, status = invoke(t, en, "", args...)
			if status != exitOK || !strings.Contains(stdout, tt.stdout) {
				t.Errorf("with --max-size: status %d, want %d; stdout %.300q, want it to contain %q; stderr %.500q", status, exitOK, stdout, tt.stdout, stderr)
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

// countingZeros is an endless input of zero bytes that counts what is read.
type countingZeros struct{ n int64 }

func (z *countingZeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// TestInputReadBounded checks that the command reads no more of an input than
// its limit and one byte, from standard input and from a file, and refuses
// what is past it: an endless input is refused, not read until memory runs
// out.
func TestInputReadBounded(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		limit int64
		want  string
	}{
		{"stdin, --max-size", []string{"validate", "--max-size", "1k", "-"}, 1024, "-: the input is larger than --max-size allows (1024 bytes)\n"},
		{"stdin, no --max-size", []string{"validate", "-"}, 32 << 20, "-: the input is larger than 33554432 bytes, the most dendai reads of one input (--max-size changes the limit)\n"},
		{"file, --max-size", []string{"score", "--max-size", "64k", "endless.json"}, 64 << 10, "endless.json: the input is larger than --max-size allows (65536 bytes)\n"},
		{"policy file, no --max-size", []string{"score", "--policy", "endless.json", "../../examples/assessments/sample.json"}, 32 << 20, "endless.json: the input is larger than 33554432 bytes, the most dendai reads of one input (--max-size changes the limit)\n"},
		{"japanese", []string{"validate", "--lang", "ja", "--max-size", "1k", "-"}, 1024, "-: 入力が --max-size の上限（1024 バイト）を超えています\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := &countingZeros{}
			var read int64
			var out, errOut bytes.Buffer
			status := run(tt.args, env{
				stdin: stdin, stdout: &out, stderr: &errOut,
				getenv: func(string) string { return "" },
				readFile: func(name string, limit int64) ([]byte, error) {
					if name != "endless.json" {
						return readFileLimited(name, limit)
					}
					z := &countingZeros{}
					data, err := io.ReadAll(io.LimitReader(z, limit))
					read = z.n
					return data, err
				},
				now: func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) },
			})
			read += stdin.n
			if status != exitProblems || errOut.String() != tt.want {
				t.Errorf("status %d, stderr %q; want %d, %q", status, errOut.String(), exitProblems, tt.want)
			}
			// io.ReadAll reads in blocks: it may ask for a little more than
			// it keeps, but never far past the limit.
			if read > tt.limit+64<<10 {
				t.Errorf("read %d bytes of the input, limit %d", read, tt.limit)
			}
		})
	}
}
