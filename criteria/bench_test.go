package criteria

import "testing"

func BenchmarkCriterionLookup(b *testing.B) {
	c := Checklist()
	b.ReportAllocs()
	for b.Loop() {
		c.Criterion("1-30")
	}
}

func BenchmarkParseChecklist(b *testing.B) {
	doc, err := data.ReadFile("data/jpbank-checklist.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
