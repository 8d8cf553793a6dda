package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
	"github.com/google/go-cmp/cmp"
)

// today is the fixed clock of the tests: invalid-identifiers.json, dated
// 2027-05-01, stays in the future.
var today = time.Date(2026, 11, 22, 12, 0, 0, 0, time.FixedZone("JST", 9*60*60))

func TestMain(m *testing.M) {
	now = func() time.Time { return today }
	os.Exit(m.Run())
}

// testDir makes a directory with copies of ../assessments, the sample as a
// UTF-8 CSV file, the previous sample as a Shift_JIS CSV file in Japanese, a
// broken file, and entries the program must pass over.
func testDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	paths, err := filepath.Glob(filepath.Join("..", "assessments", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no assessments in ../assessments: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, filepath.Base(p)), data)
	}
	for _, c := range []struct {
		from, to string
		opts     *spreadsheet.CSVOptions
	}{
		{"sample.json", "sample.csv", nil},
		{"sample-previous.json", "SAMPLE-PREVIOUS-SJIS.CSV", &spreadsheet.CSVOptions{Lang: i18n.Japanese, Encoding: spreadsheet.ShiftJIS}},
	} {
		a := readAssessment(t, filepath.Join("..", "assessments", c.from))
		var b bytes.Buffer
		if err := spreadsheet.WriteCSV(&b, criteria.Checklist(), a, c.opts); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, c.to), b.Bytes())
	}
	write(t, filepath.Join(dir, "broken.json"), []byte(`{"format": "dendai.assessment/v1",`))
	write(t, filepath.Join(dir, "notes.txt"), []byte("not an assessment"))
	if err := os.Mkdir(filepath.Join(dir, "nested.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "nested.json", "sample.json"), []byte("{}"))
	return dir
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readAssessment(t testing.TB, path string) *assessment.Assessment {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// runBatch runs the program and returns its exit status and outputs.
func runBatch(ctx context.Context, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code = run(ctx, args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

const histogramEmpty = `    0–10                                           0
   10–20                                           0
   20–30                                           0
   30–40                                           0
   40–50                                           0
   50–60                                           0
   60–70                                           0
   70–80                                           0
   80–90                                           0
`

func TestDirectory(t *testing.T) {
	dir := testDir(t)
	const incomplete = `{"name":"invalid-incomplete.json","error":"a submitted assessment with 56 problems is not scored; the first: line 12, column 16 (/responses; ID 1-4): criterion \"1-4\" has no response; a submitted assessment must answer every criterion","problems":56}` + "\n"
	const broken = `{"name":"broken.json","error":"line 1, column 35: the document ends unexpectedly","problems":1}` + "\n"
	// Names sort byte by byte: capitals first.
	uniformLines := `{"name":"SAMPLE-PREVIOUS-SJIS.CSV","score":92.0,"rating":"A","passed":true,"problems":0}` + "\n" +
		broken +
		`{"name":"invalid-identifiers.json","score":3.5,"rating":"D","passed":false,"problems":8}` + "\n" +
		incomplete +
		`{"name":"invalid-remediation.json","score":1.8,"rating":"D","passed":false,"problems":4}` + "\n" +
		`{"name":"sample-previous.json","score":92.0,"rating":"A","passed":true,"problems":0}` + "\n" +
		`{"name":"sample.csv","score":95.5,"rating":"A","passed":true,"problems":0}` + "\n" +
		`{"name":"sample.json","score":95.5,"rating":"A","passed":true,"problems":0}` + "\n"
	uniformSummary := `8 documents: 6 scored (4 valid, 2 drafts with problems), 2 invalid
passed: 4 of 6 scored (66.7%)
score: mean 63.4, min 1.8, max 95.5
ratings: A 4, B 0, C 0, D 2
histogram:
    0–10  ████████████████████                     2
   10–20                                           0
   20–30                                           0
   30–40                                           0
   40–50                                           0
   50–60                                           0
   60–70                                           0
   70–80                                           0
   80–90                                           0
   90–100 ████████████████████████████████████████ 4
`
	riskLines := `{"name":"SAMPLE-PREVIOUS-SJIS.CSV","score":91.7,"rating":"A","passed":false,"problems":0}` + "\n" +
		broken +
		`{"name":"invalid-identifiers.json","score":2.6,"rating":"D","passed":false,"problems":8}` + "\n" +
		incomplete +
		`{"name":"invalid-remediation.json","score":2.3,"rating":"D","passed":false,"problems":4}` + "\n" +
		`{"name":"sample-previous.json","score":91.7,"rating":"A","passed":false,"problems":0}` + "\n" +
		`{"name":"sample.csv","score":95.7,"rating":"A","passed":true,"problems":0}` + "\n" +
		`{"name":"sample.json","score":95.7,"rating":"A","passed":true,"problems":0}` + "\n" +
		`{"summary":{"count":8,"scored":6,"valid":4,"withProblems":2,"invalid":2,"passed":2,"passRate":33.3,"mean":63.3,"min":2.3,"max":95.7,"noScore":0,"ratings":{"A":4,"B":0,"C":0,"D":2},"histogram":[2,0,0,0,0,0,0,0,0,4]}}` + "\n"

	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"one worker", []string{"-workers", "1", dir}, exitInvalid, uniformLines, uniformSummary},
		{"three workers", []string{"-workers", "3", dir}, exitInvalid, uniformLines, uniformSummary},
		{"risk-weighted", []string{"-policy", "risk-weighted", "-summary-json", dir}, exitInvalid, riskLines, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runBatch(t.Context(), nil, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			if diff := cmp.Diff(tt.wantStdout, stdout); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if tt.wantStderr != "" {
				if diff := cmp.Diff(tt.wantStderr, stderr); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestProgress(t *testing.T) {
	code, _, stderr := runBatch(t.Context(), nil, "-progress", testDir(t))
	if code != exitInvalid {
		t.Errorf("exit status %d, want %d", code, exitInvalid)
	}
	// Any number of progress lines, the last with the final counts, then a
	// newline and the summary.
	re := regexp.MustCompile(`^(\rscored \d+ \(\d+/s\), \d+ invalid *)*\rscored 6 \(\d+/s\), 2 invalid *\n8 documents:`)
	if !re.MatchString(stderr) {
		t.Errorf("stderr does not match %s:\n%q", re, stderr)
	}
}

// gen makes assessments of the checklist that vary in state, status and
// completeness, with a fixed seed: some valid, some drafts with problems,
// some submitted with problems.
type gen struct {
	rng  *rand.Rand
	cat  *criteria.Catalog
	base *assessment.Assessment
	// sparse makes drafts that answer about one criterion in eight: cheaper
	// to check, for the tests that need many documents.
	sparse bool
}

func newGen(t testing.TB, seed uint64) *gen {
	return &gen{
		rng:  rand.New(rand.NewPCG(seed, 0)),
		cat:  criteria.Checklist(),
		base: readAssessment(t, filepath.Join("..", "assessments", "sample.json")),
	}
}

// next returns the next assessment as one line of compact JSON, without the
// newline.
func (g *gen) next() []byte {
	r := g.rng
	a := *g.base
	a.CatalogVersion = g.cat.Version() // the sample names an earlier version
	a.State = assessment.Submitted
	draft := g.sparse || r.IntN(10) < 3
	if draft {
		a.State = assessment.Draft
	}
	faulty := r.IntN(8) == 0 // one problem planted in one document of eight
	level := r.Float64()     // how compliant the company is
	due := assessment.MustParseDate("2027-03-31")
	a.Responses = make([]assessment.Response, 0, g.cat.Len())
	for _, cr := range g.cat.All() {
		if g.sparse && r.IntN(8) != 0 || draft && r.IntN(8) == 0 {
			continue // a draft may leave criteria out
		}
		resp := assessment.Response{Criterion: cr.ID(), Status: assessment.Compliant}
		if r.Float64() > level {
			switch n := r.IntN(20); {
			case n < 10:
				resp.Status = assessment.PartiallyCompliant
			case n < 16:
				resp.Status = assessment.NonCompliant
			case n < 18:
				resp.Status = assessment.NotApplicable
			case draft:
				resp.Status = assessment.NotAssessed
			}
		}
		switch resp.Status {
		case assessment.PartiallyCompliant, assessment.NonCompliant:
			resp.Remediation = &assessment.Remediation{Action: "改善計画を策定する", Owner: "リスク管理部", Due: due}
		case assessment.NotApplicable:
			resp.Justification = "該当する業務を行っていないため"
		}
		a.Responses = append(a.Responses, resp)
	}
	if faulty && len(a.Responses) > 0 {
		resp := &a.Responses[r.IntN(len(a.Responses))]
		resp.Status = assessment.NotApplicable // without a justification
		resp.Remediation = nil
	}
	b, err := a.MarshalJSON()
	if err != nil {
		panic(err)
	}
	return b
}

// jsonLines returns n generated documents as JSON Lines.
func (g *gen) jsonLines(n int) []byte {
	var b bytes.Buffer
	for range n {
		b.Write(g.next())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// outLine is an output line, as compared in the tests: whether it is an
// error rather than its text, which TestDirectory checks.
type outLine struct {
	Name     string
	Score    string
	Rating   string
	Passed   bool
	Problems int
	Error    bool
}

// parseLines parses the output lines, and returns the summary line as it is.
func parseLines(t *testing.T, out string) (lines []outLine, summary string) {
	t.Helper()
	for text := range strings.Lines(out) {
		if strings.HasPrefix(text, `{"summary":`) {
			summary = text
			continue
		}
		var raw struct {
			Name     json.RawMessage
			Score    json.RawMessage
			Rating   string
			Passed   bool
			Problems int
			Error    string
		}
		if err := json.Unmarshal([]byte(text), &raw); err != nil {
			t.Fatalf("output line %q: %v", text, err)
		}
		lines = append(lines, outLine{string(raw.Name), string(raw.Score), raw.Rating, raw.Passed, raw.Problems, raw.Error != ""})
	}
	return lines, summary
}

// reference scores the documents one by one, plainly, and counts them, as
// the lines and the summary of the program should say.
func reference(t *testing.T, docs [][]byte, policy *scoring.Policy) ([]outLine, summary) {
	t.Helper()
	cat := criteria.Checklist()
	opts := &assessment.Options{Now: func() time.Time { return today }}
	var lines []outLine
	sum := summary{Ratings: map[string]int{"A": 0, "B": 0, "C": 0, "D": 0}, Min: 1000, Max: -1}
	var total int64 // of the scores, in tenths
	for i, doc := range docs {
		l := outLine{Name: strconv.Itoa(i + 1)}
		a, problems := assessment.Check(cat, doc, opts)
		l.Problems = len(problems)
		sum.Count++
		if a == nil || (len(problems) > 0 && a.State != assessment.Draft) {
			l.Error = true
			sum.Invalid++
			lines = append(lines, l)
			continue
		}
		res := policy.Score(a)
		l.Score, l.Rating, l.Passed = res.Score.String(), res.Rating, res.Passed
		lines = append(lines, l)
		sum.Scored++
		if len(problems) > 0 {
			sum.WithProblems++
		} else {
			sum.Valid++
		}
		if res.Passed {
			sum.Passed++
		}
		sum.Ratings[res.Rating]++
		sum.Min, sum.Max = min(sum.Min, res.Score), max(sum.Max, res.Score)
		total += int64(res.Score)
		sum.Histogram[min(int(res.Score.Float64()/10), 9)]++
	}
	sum.Mean = scoring.Percent(float64(total)/float64(sum.Scored) + 0.5)
	sum.PassRate = scoring.Percent(float64(sum.Passed)/float64(sum.Scored)*1000 + 0.5)
	return lines, sum
}

func TestJSONLines(t *testing.T) {
	const n = 2000
	g := newGen(t, 2026)
	docs := make([][]byte, n)
	var input bytes.Buffer
	for i := range docs {
		docs[i] = g.next()
		input.Write(docs[i])
		input.WriteByte('\n')
	}
	wantLines, wantSum := reference(t, docs, scoring.Uniform())
	// The generator must give every kind of outcome for the test to mean much.
	if wantSum.Valid == 0 || wantSum.WithProblems == 0 || wantSum.Invalid == 0 ||
		wantSum.Passed == 0 || wantSum.Passed == wantSum.Scored {
		t.Fatalf("generated documents lack variety: %+v", wantSum)
	}
	t.Logf("reference summary: %+v", wantSum)
	b, err := json.Marshal(map[string]summary{"summary": wantSum})
	if err != nil {
		t.Fatal(err)
	}
	wantSummary := string(b) + "\n"

	outputs := map[string]string{}
	for _, workers := range []string{"1", "4"} {
		t.Run("workers="+workers, func(t *testing.T) {
			code, stdout, stderr := runBatch(t.Context(), bytes.NewReader(input.Bytes()), "-workers", workers, "-summary-json", "-")
			if code != exitInvalid {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitInvalid, stderr)
			}
			lines, sum := parseLines(t, stdout)
			if diff := cmp.Diff(wantLines, lines); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantSummary, sum); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
			outputs[workers] = stdout
		})
	}
	if diff := cmp.Diff(outputs["1"], outputs["4"]); diff != "" {
		t.Errorf("-workers 1 and -workers 4 differ (-1 +4):\n%s", diff)
	}
}

// TestJSONLinesBadLines feeds lines that are too long, not JSON or blank
// between good ones, from a file and from standard input.
func TestJSONLinesBadLines(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("..", "assessments", "sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, sample); err != nil {
		t.Fatal(err)
	}
	good := compact.String()
	standard := assessment.Template(criteria.Standard())
	standard.State = assessment.Submitted
	standard.AssessedOn = assessment.MustParseDate("2026-11-01")
	base := readAssessment(t, filepath.Join("..", "assessments", "sample.json"))
	standard.Subject, standard.Assessor = base.Subject, base.Assessor
	for i := range standard.Responses {
		standard.Responses[i].Status = assessment.Compliant
	}
	std, err := standard.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	huge := `{"format":"` + strings.Repeat("x", assessment.DefaultMaxSize) + `"}`

	input := good + "\n" + // 1
		huge + "\n" + // 2
		"not json\n" + // 3
		"\n" + // 4: blank, skipped
		"  \t\n" + // 5: blank, skipped
		good + "\r\n" + // 6
		string(std) + "\n" + // 7: names jpbank-standard
		`{"format":"dendai.assessment/v1"}` + "\n" + // 8
		good // 9, without a newline

	tooLong := `{"name":2,"error":"the line is larger than 8388608 bytes, the size limit of an assessment"}` + "\n"
	notJSON := `{"name":3,"error":"line 1, column 2: unexpected character 'o'","problems":1}` + "\n"
	noState := `{"name":8,"error":"line 1, column 1: the required field \"responses\" is missing (and 7 more problems)","problems":8}` + "\n"
	sampleLine := func(n int, score string) string {
		return `{"name":` + strconv.Itoa(n) + `,"score":` + score + `,"rating":"A","passed":true,"problems":0}` + "\n"
	}
	tests := []struct {
		name   string
		policy string
		score  string
		std    string
	}{
		{"uniform", "uniform", "95.5", `{"name":7,"score":100.0,"rating":"A","passed":true,"problems":0}` + "\n"},
		{"risk-weighted", "risk-weighted", "95.7", `{"name":7,"error":"the policy risk-weighted is not available for the catalog jpbank-standard"}` + "\n"},
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	write(t, path, []byte(input))
	for _, tt := range tests {
		want := sampleLine(1, tt.score) + tooLong + notJSON + sampleLine(6, tt.score) + tt.std + noState + sampleLine(9, tt.score)
		for _, from := range []string{"stdin", "file"} {
			t.Run(tt.name+"/"+from, func(t *testing.T) {
				args := []string{"-workers", "2", "-policy", tt.policy, "-"}
				if from == "file" {
					args = []string{"-workers", "2", "-policy", tt.policy, "-jsonl", path}
				}
				code, stdout, stderr := runBatch(t.Context(), strings.NewReader(input), args...)
				if code != exitInvalid {
					t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitInvalid, stderr)
				}
				if diff := cmp.Diff(want, stdout); diff != "" {
					t.Errorf("stdout (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestNothingScored(t *testing.T) {
	code, stdout, stderr := runBatch(t.Context(), strings.NewReader("{}\n"), "-")
	if code != exitInvalid {
		t.Errorf("exit status %d, want %d", code, exitInvalid)
	}
	if !strings.Contains(stdout, `"error"`) {
		t.Errorf("stdout = %q, want an error line", stdout)
	}
	want := "1 documents: 0 scored (0 valid, 0 drafts with problems), 1 invalid\nratings: A 0, B 0, C 0, D 0\nhistogram:\n" +
		histogramEmpty + "   90–100                                          0\n"
	if diff := cmp.Diff(want, stderr); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
}

func TestEmptyInput(t *testing.T) {
	code, stdout, _ := runBatch(t.Context(), strings.NewReader("\n\n"), "-summary-json", "-")
	if code != exitOK {
		t.Errorf("exit status %d, want %d", code, exitOK)
	}
	want := `{"summary":{"count":0,"scored":0,"valid":0,"withProblems":0,"invalid":0,"passed":0,"passRate":null,"mean":null,"min":null,"max":null,"noScore":0,"ratings":{"A":0,"B":0,"C":0,"D":0},"histogram":[0,0,0,0,0,0,0,0,0,0]}}` + "\n"
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string // the start of stderr
	}{
		{"help", []string{"-h"}, exitOK, "usage: batch"},
		{"no argument", nil, exitUsage, "batch: give one directory, or - for JSON Lines on standard input\n"},
		{"two arguments", []string{dir, dir}, exitUsage, "batch: give one directory"},
		{"jsonl and directory", []string{"-jsonl", "-", dir}, exitUsage, "batch: give -jsonl or a directory, not both\n"},
		{"no workers", []string{"-workers", "0", dir}, exitUsage, "batch: -workers must be at least 1, not 0\n"},
		{"bad workers", []string{"-workers", "many", dir}, exitUsage, `invalid value "many" for flag -workers`},
		{"unknown policy", []string{"-policy", "strict", dir}, exitUsage, `batch: unknown policy "strict"` + "\n"},
		{"unknown flag", []string{"-fast", dir}, exitUsage, "flag provided but not defined: -fast\n"},
		{"missing directory", []string{filepath.Join(dir, "none")}, exitUsage, "batch: open " + filepath.Join(dir, "none") + ": no such file or directory\n"},
		{"missing file", []string{"-jsonl", filepath.Join(dir, "none.jsonl")}, exitUsage, "batch: open " + filepath.Join(dir, "none.jsonl") + ": no such file or directory\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runBatch(t.Context(), nil, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !strings.HasPrefix(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to start with %q", stderr, tt.wantErr)
			}
		})
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	input := newGen(t, 1).jsonLines(50)
	code, stdout, stderr := runBatch(ctx, bytes.NewReader(input), "-")
	if code != exitInterrupted {
		t.Errorf("exit status %d, want %d", code, exitInterrupted)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	if !strings.HasSuffix(stderr, "batch: interrupted after 0 documents\n") {
		t.Errorf("stderr = %q", stderr)
	}
}

// TestInterruptedMidway cancels the run from the output: what was written
// before is complete lines, in order.
func TestInterruptedMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	input := newGen(t, 2).jsonLines(500)
	w := &cancelWriter{after: 10, cancel: cancel}
	code := run(ctx, []string{"-workers", "3", "-"}, bytes.NewReader(input), w, io.Discard)
	if code != exitInterrupted {
		t.Errorf("exit status %d, want %d", code, exitInterrupted)
	}
	lines, _ := parseLines(t, w.b.String())
	if len(lines) < 10 || len(lines) >= 500 {
		t.Errorf("%d lines written, want from 10 to 499", len(lines))
	}
	for i, l := range lines {
		if l.Name != strconv.Itoa(i+1) {
			t.Fatalf("line %d is for document %s", i+1, l.Name)
		}
	}
}

// cancelWriter cancels a context once it has seen some lines.
type cancelWriter struct {
	b      bytes.Buffer
	after  int
	cancel context.CancelFunc
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	w.b.Write(p)
	if bytes.Count(w.b.Bytes(), []byte("\n")) >= w.after {
		w.cancel()
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	input := newGen(t, 3).jsonLines(300)
	var errOut bytes.Buffer
	code := run(t.Context(), []string{"-workers", "2", "-"}, bytes.NewReader(input), failWriter{}, &errOut)
	if code != exitUsage {
		t.Errorf("exit status %d, want %d", code, exitUsage)
	}
	if want := "batch: writing the results: disk full\n"; !strings.HasSuffix(errOut.String(), want) {
		t.Errorf("stderr = %q, want it to end with %q", errOut.String(), want)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestReadError stops at a stream that fails, after the lines read before.
func TestReadError(t *testing.T) {
	good := newGen(t, 4).jsonLines(3)
	r := io.MultiReader(bytes.NewReader(good), iotestErrReader{})
	code, stdout, stderr := runBatch(t.Context(), r, "-")
	if code != exitUsage {
		t.Errorf("exit status %d, want %d", code, exitUsage)
	}
	if n := strings.Count(stdout, "\n"); n != 3 {
		t.Errorf("%d lines, want 3", n)
	}
	if want := "batch: reading line 4: connection reset\n"; !strings.HasSuffix(stderr, want) {
		t.Errorf("stderr = %q, want it to end with %q", stderr, want)
	}
}

type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestAppendString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"sample.json", `"sample.json"`},
		{`a"b\c`, `"a\"b\\c"`},
		{"tab\tnew\nline\rbell\x07", `"tab\tnew\nline\rbell\u0007"`},
		{"<&>", `"<&>"`},
		{"評価.json", `"評価.json"`},
		{"bad\xffbyte", `"bad\ufffdbyte"`},
	}
	for _, tt := range tests {
		got := string(appendString(nil, tt.in))
		if got != tt.want {
			t.Errorf("appendString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Errorf("appendString(%q) = %s, not JSON: %v", tt.in, got, err)
		}
	}
}

// TestMemoryFlat streams 20,000 documents through a pipe and checks that the
// heap does not grow with them: neither while they stream (the live heap after
// each collection) nor once the run is over.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 20,000 documents")
	}
	const n = 20_000
	const bound = 16 << 20
	// A few distinct documents, written over and over as the run reads them:
	// one in eight answers the whole checklist, the others are sparse drafts,
	// which keeps the test quick under the race detector.
	g := newGen(t, 5)
	docs := make([][]byte, 64)
	for i := range docs {
		g.sparse = i%8 != 0
		docs[i] = append(g.next(), '\n')
	}
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Go(func() {
		bw := bufio.NewWriter(pw)
		for i := range n {
			if _, err := bw.Write(docs[i%len(docs)]); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(bw.Flush())
	})

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	baseLive := liveHeap()

	// Sample the live heap, as the last collection found it, during the run.
	stop := make(chan struct{})
	var peak uint64
	var sampler sync.WaitGroup
	sampler.Go(func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				peak = max(peak, liveHeap())
			}
		}
	})

	out := &lineCounter{}
	code := run(t.Context(), []string{"-workers", "4", "-"}, pr, out, io.Discard)
	close(stop)
	sampler.Wait()
	wg.Wait()

	runtime.GC()
	runtime.ReadMemStats(&after)
	if code != exitOK && code != exitInvalid {
		t.Fatalf("exit status %d", code)
	}
	if out.lines != n {
		t.Errorf("%d lines, want %d", out.lines, n)
	}
	grown := int64(after.HeapInuse) - int64(before.HeapInuse)
	peakGrown := int64(peak) - int64(baseLive)
	t.Logf("HeapInuse %d KiB before, %d KiB after; live heap %d KiB before, at most %d KiB during the run",
		before.HeapInuse>>10, after.HeapInuse>>10, baseLive>>10, peak>>10)
	if grown > bound {
		t.Errorf("HeapInuse grew by %d KiB over the run, want under %d KiB", grown>>10, bound>>10)
	}
	if peakGrown > bound {
		t.Errorf("the live heap grew by up to %d KiB during the run, want under %d KiB", peakGrown>>10, bound>>10)
	}
}

// liveHeap returns the heap the last garbage collection found live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// lineCounter counts the lines written to it and keeps nothing.
type lineCounter struct{ lines int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// BenchmarkBatch scores 1,000 JSON Lines documents per iteration, on one and
// on two workers. Compare the configurations one per process, in alternating
// order (go run ./internal/benchrun -only batch does): run in one process,
// workers=1 comes first, on a machine not yet warmed by the other, and the
// order alone skews the ratio. One configuration:
//
//	go test -run '^$' -bench 'Batch/workers=2$' -cpu 2 -benchtime 5x ./examples/batch
func BenchmarkBatch(b *testing.B) {
	const n = 1000
	input := newGen(b, 2026).jsonLines(n)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			args := []string{"-workers", strconv.Itoa(workers), "-"}
			b.ReportAllocs()
			for b.Loop() {
				if code := run(b.Context(), args, bytes.NewReader(input), io.Discard, io.Discard); code != exitInvalid {
					b.Fatalf("exit status %d", code)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
