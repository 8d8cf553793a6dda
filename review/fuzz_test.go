package review_test

import (
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/review"
)

// FuzzCheck checks that no input panics the loader, that a refused document
// comes with problems, and that what Decode accepts encodes and decodes back.
func FuzzCheck(f *testing.F) {
	for _, file := range []string{"../examples/reviews/sample.review.json", "../examples/reviews/sample-previous.review.json", "testdata/skeleton.json"} {
		f.Add(read(f, file))
	}
	f.Add([]byte(`{"format":"dendai.review/v1","items":[{"criterion":"1-1","decision":"overridden","status":"×","reason":"r"}]}`))
	a := sample(f, "sample")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, ps := review.Check(data, a, criteria.Checklist(), opts)
		if r == nil && len(ps) == 0 {
			t.Fatal("no review and no problem")
		}
		got, err := review.Decode(data, nil)
		if err != nil {
			return
		}
		out, err := review.Encode(got)
		if err != nil {
			return // an override's status built invalid cannot be written
		}
		if _, err := review.Decode(out, nil); err != nil {
			t.Fatalf("Encode wrote what Decode refuses: %v\n%s", err, out)
		}
	})
}
