package criteria

import "testing"

func BenchmarkCriterionLookup(b *testing.B) {
	c := Checklist()
	b.ReportAllocs()
	for b.Loop() {
		c.Criterion("1-30")
	}
}

func BenchmarkGroupLookup(b *testing.B) {
	c := Checklist()
	b.ReportAllocs()
	for b.Loop() {
		c.Group("outsourcing")
	}
}

// sink keeps Checklist's result on the heap, as a caller that stores it would.
var sink *Catalog

func BenchmarkChecklist(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Checklist()
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
