package scoring_test

import (
	"os"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// BenchmarkParsePolicy measures the decoding and checking of the built-in
// risk-weighted policy document.
func BenchmarkParsePolicy(b *testing.B) {
	data, err := os.ReadFile("data/risk-weighted.json")
	if err != nil {
		b.Fatal(err)
	}
	cat := criteria.Checklist()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scoring.ParsePolicy(data, cat, nil); err != nil {
			b.Fatal(err)
		}
	}
}
