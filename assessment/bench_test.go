package assessment

import (
	"encoding/json"
	"testing"
)

// BenchmarkDecodeEncodingJSON is the baseline: encoding/json decoding the sample
// into plain Go values, with no strictness, no positions and no parsing of
// statuses, dates or identifiers.
func BenchmarkDecodeEncodingJSON(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	a := valid(b)
	cat := sampleCatalog(b)
	b.ReportAllocs()
	for b.Loop() {
		if ps := Validate(cat, a, clock); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	data := readSample(b)
	cat := sampleCatalog(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := Check(cat, data, clock); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}
