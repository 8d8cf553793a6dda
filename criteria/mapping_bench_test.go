package criteria_test

import (
	"os"
	"testing"

	"github.com/dendai-go/dendai/criteria"
)

// BenchmarkParseMapping measures the decoding and checking of the built-in
// mapping from the checklist to the standard.
func BenchmarkParseMapping(b *testing.B) {
	data, err := os.ReadFile("data/jpbank-checklist-to-standard.json")
	if err != nil {
		b.Fatal(err)
	}
	source, target := criteria.Checklist(), criteria.Standard()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := criteria.ParseMapping(data, source, target, nil); err != nil {
			b.Fatal(err)
		}
	}
}
