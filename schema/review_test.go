package schema_test

import (
	"os"
	"testing"

	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
)

func TestReview(t *testing.T) {
	checkSchemaFile(t, schema.Review, "review.schema.json", baseURL+"review.schema.json", []string{"date", "digest", "id", "item"})
}

// TestReviewDocuments checks that the example reviews and the skeleton
// dendai review init writes are valid, and that documents the loader refuses
// for their shape are invalid too.
func TestReviewDocuments(t *testing.T) {
	sch := compile(t, "review.schema.json")
	for _, file := range []string{"../examples/reviews/sample.review.json", "../examples/reviews/sample-previous.review.json",
		"../cmd/dendai/testdata/review-init.json.golden", "../review/testdata/skeleton.json"} {
		if err := validate(t, sch, readFile(t, file)); err != nil {
			t.Errorf("%s: %v", file, err)
		}
	}
	base := string(readFile(t, "../examples/reviews/sample.review.json"))
	for name, doc := range map[string]string{
		"unknown member":           testkit.Edit(base, `"policy": "uniform"`, `"policy": "uniform", "policies": 1`),
		"bad digest":               testkit.Edit(base, `"sha256:8f7f`, `"sha1:8f7f`),
		"bad decision":             testkit.Edit(base, `"decision": "pending"`, `"decision": "approve"`),
		"conditional, none":        testkit.Edit(base, `"decision": "pending"`, `"decision": "conditionally_approved"`),
		"conditions on pending":    testkit.Edit(base, `"decision": "pending"`, `"decision": "pending", "conditions": [{"text": "x", "due": "2027-01-01"}]`),
		"query without due":        testkit.Edit(base, `"due": "2026-12-15"`, `"reason": "x"`),
		"override to not_assessed": testkit.Edit(base, `"status": "non_compliant"`, `"status": "not_assessed"`),
		"question on acceptance":   testkit.Edit(base, `"decision": "accepted"`, `"decision": "accepted", "question": "?"`),
	} {
		if err := validate(t, sch, []byte(doc)); err == nil {
			t.Errorf("%s: valid", name)
		}
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
