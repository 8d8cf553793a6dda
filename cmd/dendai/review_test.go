package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/internal/testkit"
)

const (
	sampleReview         = "../../examples/reviews/sample.review.json"
	samplePreviousReview = "../../examples/reviews/sample-previous.review.json"
	samplePrevious       = "../../examples/assessments/sample-previous.json"
)

// TestReviewCheck checks the sample review against the sample (exit 0) and
// against the sample with one comment changed (exit 1, the digests named).
func TestReviewCheck(t *testing.T) {
	out, errOut, status := invoke(t, nil, "", "review", "check", "--lang", "en", sampleReview, sampleAssessment)
	if status != exitOK || errOut != "" || !strings.Contains(out, "no problems found") {
		t.Fatalf("status %d, stdout %q, stderr %q", status, out, errOut)
	}
	data, err := os.ReadFile(sampleAssessment)
	if err != nil {
		t.Fatal(err)
	}
	changed := filepath.Join(t.TempDir(), "changed.json")
	if err := os.WriteFile(changed, []byte(testkit.Edit(string(data), "年1回見直し", "年2回見直し")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, status = invoke(t, nil, "", "review", "check", "--format", "json", sampleReview, changed)
	var got struct {
		Valid    bool   `json:"valid"`
		Digest   string `json:"digest"`
		Problems []struct {
			Code, Message string
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if status != exitProblems || got.Valid || len(got.Problems) != 1 || got.Problems[0].Code != "review.digest_mismatch" ||
		!strings.Contains(got.Problems[0].Message, got.Digest) || !strings.Contains(got.Problems[0].Message, "sha256:8f7ff82d") {
		t.Errorf("status %d, output %s", status, out)
	}
}

// TestReviewInit checks that the skeleton written for the sample checks
// against it, and that init needs --reviewer.
func TestReviewInit(t *testing.T) {
	out, errOut, status := invoke(t, nil, "", "review", "init", "--reviewer", "佐藤 花子", "--organization", "つばさ銀行", sampleAssessment)
	if status != exitOK || errOut != "" {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	testkit.Golden(t, "review-init.json.golden", []byte(out))
	skeleton := filepath.Join(t.TempDir(), "review.json")
	if err := os.WriteFile(skeleton, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, status := invoke(t, nil, "", "review", "check", skeleton, sampleAssessment); status != exitOK {
		t.Errorf("check of the skeleton: status %d, stderr %q", status, errOut)
	}
	if _, _, status := invoke(t, nil, "", "review", "init", sampleAssessment); status != exitUsage {
		t.Errorf("init without --reviewer: status %d, want %d", status, exitUsage)
	}
}

// TestScoreReview checks that score --review reports the reviewed score, below
// the self-assessed one by the override of 1-14, in every format.
func TestScoreReview(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		for _, format := range []string{"text", "md"} {
			name := "score-review." + lang + "." + format + ".golden"
			t.Run(name, func(t *testing.T) {
				out, errOut, status := invoke(t, nil, "", "score", "--lang", lang, "--format", format, "--review", sampleReview, sampleAssessment)
				if status != exitOK || errOut != "" {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				testkit.Golden(t, name, []byte(out))
			})
		}
	}
	self, _, _ := invoke(t, nil, "", "score", "--format", "json", sampleAssessment)
	reviewed, _, _ := invoke(t, nil, "", "score", "--format", "json", "--review", sampleReview, sampleAssessment)
	var a, b struct {
		Score    float64 `json:"score"`
		Criteria []struct {
			Criterion, Status string
		} `json:"criteria"`
	}
	if json.Unmarshal([]byte(self), &a) != nil || json.Unmarshal([]byte(reviewed), &b) != nil {
		t.Fatal("score --format json is not JSON")
	}
	if a.Criteria[13].Criterion != "1-14" || a.Criteria[13].Status != "partially_compliant" || b.Criteria[13].Status != "non_compliant" || b.Score >= a.Score {
		t.Errorf("self-assessed %v %+v, reviewed %v %+v", a.Score, a.Criteria[13], b.Score, b.Criteria[13])
	}
	_, errOut, status := invoke(t, nil, "", "score", "--policy", "risk-weighted", "--review", sampleReview, sampleAssessment)
	if status != exitProblems || !strings.Contains(errOut, "uniform") {
		t.Errorf("--policy other than the review's: status %d, stderr %q", status, errOut)
	}
}

func TestReviewFollowup(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		for _, format := range []string{"text", "json"} {
			name := "review-followup." + lang + "." + format + ".golden"
			t.Run(name, func(t *testing.T) {
				out, errOut, status := invoke(t, nil, "", "review", "followup", "--lang", lang, "--format", format, samplePreviousReview, samplePrevious, sampleAssessment)
				if status != exitOK || errOut != "" {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				testkit.Golden(t, name, []byte(out))
			})
		}
	}
	// The review of the previous assessment does not fit the new one.
	_, errOut, status := invoke(t, nil, "", "review", "followup", samplePreviousReview, sampleAssessment, sampleAssessment)
	if status != exitProblems || !strings.Contains(errOut, "review.digest_mismatch") && !strings.Contains(errOut, "sha256:") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
}

// TestSignReview signs the sample review and verifies it: the payload type
// is the review's.
func TestSignReview(t *testing.T) {
	envelope, errOut, status := invoke(t, nil, "", "sign", "--key", ed25519Key, sampleReview)
	if status != exitOK || errOut != "" {
		t.Fatalf("sign: status %d, stderr %q", status, errOut)
	}
	if !strings.Contains(envelope, `"application/vnd.dendai.review+json"`) {
		t.Errorf("envelope %s", envelope)
	}
	path := filepath.Join(t.TempDir(), "review.dsse.json")
	if err := os.WriteFile(path, []byte(envelope), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status := invoke(t, nil, "", "verify", "--key", ed25519PubKey, path)
	want, _ := os.ReadFile(sampleReview)
	if status != exitOK {
		t.Fatalf("verify: status %d, stderr %q", status, errOut)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("verified payload (-review +got):\n%s", diff)
	}
}

// TestScoreReviewPolicyName checks that the policy a review names is taken
// from the built-in policies only: a review is someone else's document, and
// the name in it is never read as a file, so a policy of one's own is given
// with --policy.
func TestScoreReviewPolicyName(t *testing.T) {
	dir := t.TempDir()
	review, err := os.ReadFile(sampleReview)
	if err != nil {
		t.Fatal(err)
	}
	policy, err := os.ReadFile("../../scoring/data/uniform.json")
	if err != nil {
		t.Fatal(err)
	}
	withPolicy := func(name string) string {
		f := filepath.Join(dir, strings.NewReplacer("/", "_", ".", "_").Replace(name)+".review.json")
		write(t, f, bytes.Replace(review, []byte(`"policy": "uniform"`), []byte(`"policy": "`+name+`"`), 1))
		return f
	}
	own := filepath.Join(dir, "bank-x.json")
	write(t, own, bytes.Replace(policy, []byte(`"name": "uniform"`), []byte(`"name": "bank-x"`), 1))

	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		// A path is no policy name: the review itself is refused.
		{"a path in the review is not read", []string{"score", "--review", withPolicy("/etc/hostname"), sampleAssessment}, exitProblems,
			`(/policy): "/etc/hostname" is not a policy name`},
		{"standard input is not read either", []string{"score", "--review", withPolicy("-"), sampleAssessment}, exitProblems,
			`(/policy): "-" is not a policy name`},
		{"a policy of one's own, not given", []string{"score", "--review", withPolicy("bank-x"), sampleAssessment}, exitUsage,
			`the review applies policy "bank-x", which is not built in`},
		{"a policy of one's own, given", []string{"score", "--policy", own, "--review", withPolicy("bank-x"), sampleAssessment}, exitOK, ""},
		{"in Japanese", []string{"score", "--lang", "ja", "--review", withPolicy("bank-x"), sampleAssessment}, exitUsage,
			"審査は組み込みでない評価方針「bank-x」によるものです。その評価方針のファイルを --policy で指定してください"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var read []string
			var out, errOut bytes.Buffer
			status := run(tt.args, env{
				stdin: strings.NewReader("{}"), stdout: &out, stderr: &errOut,
				getenv: func(string) string { return "" },
				readFile: func(name string, limit int64) ([]byte, error) {
					read = append(read, name)
					return readFileLimited(name, limit)
				},
				now: func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) },
			})
			if status != tt.status || !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errOut.String(), tt.status, tt.stderr)
			}
			for _, name := range read {
				if name == "/etc/hostname" || name == "-" || name == "bank-x" {
					t.Errorf("read %q, the name in the review", name)
				}
			}
		})
	}
}
