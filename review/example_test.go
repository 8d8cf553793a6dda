package review_test

import (
	"fmt"
	"os"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

// Check a review against the assessment it reviews, then score the
// assessment as the reviewer has it.
func ExampleCheck() {
	doc, _ := os.ReadFile("../examples/assessments/sample.json")
	a, err := assessment.Decode(doc, nil)
	if err != nil {
		panic(err)
	}
	data, _ := os.ReadFile("../examples/reviews/sample.review.json")
	r, problems := review.Check(data, a, criteria.Checklist(), nil)
	fmt.Println("problems:", len(problems), "decision:", r.Decision)
	p := scoring.Uniform()
	fmt.Println("self-assessed:", p.Score(a).Score, "reviewed:", p.Score(review.Apply(r, a)).Score)

	a.Responses[0].Comment = "changed"
	_, problems = review.Check(data, a, criteria.Checklist(), nil)
	fmt.Println(problems[0].Code)
	// Output:
	// problems: 0 decision: pending
	// self-assessed: 95.5 reviewed: 94.6
	// review.digest_mismatch
}
