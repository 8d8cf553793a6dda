package scoring_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/scoring"
)

// TestResultDigest checks that a result's digest is that of its canonical
// form, that the canonical form reads back as the same JSON, and that a
// different score has a different digest.
func TestResultDigest(t *testing.T) {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := scoring.Uniform().Score(a)
	c, err := r.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(c), `{"assessedOn":"2026-11-01","catalog":"jpbank-checklist",`) {
		t.Errorf("canonical form starts %.80s", c)
	}
	var fromCanon, fromJSON any
	doc, _ := json.Marshal(r)
	if json.Unmarshal(c, &fromCanon) != nil || json.Unmarshal(doc, &fromJSON) != nil {
		t.Fatal("canonical form or document is not JSON")
	}
	if a, b := mustMarshal(t, fromCanon), mustMarshal(t, fromJSON); a != b {
		t.Errorf("the canonical form holds other values than the document:\n%s\n%s", a, b)
	}
	d1, err := r.Digest()
	if err != nil {
		t.Fatal(err)
	}
	if d1 != assessment.SumDigest(c) {
		t.Errorf("Digest = %v, want the SHA-256 of Canonical", d1)
	}
	a.Responses[0].Status = assessment.NonCompliant
	d2, _ := scoring.Uniform().Score(a).Digest()
	if d1 == d2 {
		t.Errorf("two different results have one digest %v", d1)
	}
}

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
