package spreadsheet

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// BenchmarkWriteCSV writes the sample assessment as the CSV template in
// Japanese. The baseline, json, is json.Marshal of its risk-weighted
// scoring.Result, as in report's BenchmarkRender: the least a program can do to
// put a result in front of someone.
func BenchmarkWriteCSV(b *testing.B) {
	cat := criteria.Checklist()
	a, _ := loadSample(b, "sample.json")
	r := scoring.RiskWeighted().Score(a)
	forms := []struct {
		name  string
		write func() error
	}{
		{"json", func() error { _, err := json.Marshal(r); return err }},
		{"csv", func() error { return WriteCSV(io.Discard, cat, a, &CSVOptions{Lang: i18n.Japanese}) }},
		{"csv-shift_jis", func() error {
			return WriteCSV(io.Discard, cat, a, &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS})
		}},
	}
	for _, f := range forms {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadCSV reads the sample assessment back from the CSV template, in
// UTF-8 and Shift_JIS, with ReadCSV and with CheckCSV, and through Check,
// which also finds the catalog. The baseline, json, is assessment.Check of the
// same assessment as JSON.
func BenchmarkReadCSV(b *testing.B) {
	cat := criteria.Checklist()
	a, jsonDoc := loadSample(b, "sample.json")
	opts := &assessment.Options{Now: testNow}
	b.Run("json", func(b *testing.B) {
		b.SetBytes(int64(len(jsonDoc)))
		b.ReportAllocs()
		for b.Loop() {
			if _, ps := assessment.Check(cat, jsonDoc, opts); len(ps) > 0 {
				b.Fatal(ps)
			}
		}
	})
	b.Run("check-json", func(b *testing.B) {
		b.SetBytes(int64(len(jsonDoc)))
		b.ReportAllocs()
		for b.Loop() {
			if doc := Check(jsonDoc, &Options{Now: testNow}); len(doc.Problems) > 0 {
				b.Fatal(doc.Problems)
			}
		}
	})
	for _, enc := range []Encoding{UTF8BOM, ShiftJIS} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, cat, a, &CSVOptions{Lang: i18n.Japanese, Encoding: enc}); err != nil {
			b.Fatal(err)
		}
		data := buf.Bytes()
		b.Run("read-"+enc.String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ps := ReadCSV(data, cat); len(ps) > 0 {
					b.Fatal(ps)
				}
			}
		})
		b.Run("checkcsv-"+enc.String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ps := CheckCSV(cat, data, opts); len(ps) > 0 {
					b.Fatal(ps)
				}
			}
		})
		b.Run("check-"+enc.String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if doc := Check(data, &Options{Now: testNow}); len(doc.Problems) > 0 {
					b.Fatal(doc.Problems)
				}
			}
		})
	}
}

// BenchmarkCatalogOf reads the catalog the sample names, as JSON and as the
// CSV template in Shift_JIS: what Check pays to find the catalog.
func BenchmarkCatalogOf(b *testing.B) {
	a, jsonDoc := loadSample(b, "sample.json")
	sjis := writeCSV(b, criteria.Checklist(), a, &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS})
	for name, data := range map[string][]byte{"json": jsonDoc, "csv-shift_jis": sjis} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if id, _ := CatalogOf(data); id != criteria.ChecklistID {
					b.Fatal(id)
				}
			}
		})
	}
}

// BenchmarkReadCSVSize reads generated forms of 5,700 and 57,000 criteria,
// every row answered, with ReadCSV and with CheckCSV, and reports the cost
// per criterion: reading should grow linearly, the 57,000 figure at most 1.3×
// the 5,700 one.
func BenchmarkReadCSVSize(b *testing.B) {
	for _, n := range []int{5700, 57000} {
		cat := generatedCatalog(b, n)
		a := assessment.Template(cat)
		a.State = assessment.Draft
		for i := range a.Responses {
			a.Responses[i].Status = assessment.Compliant
			a.Responses[i].Comment = "確認済み"
		}
		data := writeCSV(b, cat, a, &CSVOptions{Lang: i18n.Japanese})
		opts := &assessment.Options{Now: testNow, MaxSize: len(data)}
		for _, read := range []struct {
			name string
			f    func() int // the problems found
		}{
			{"read", func() int { _, ps := ReadCSV(data, cat); return len(ps) }},
			{"checkcsv", func() int { _, ps := CheckCSV(cat, data, opts); return len(ps) }},
		} {
			want := read.f()
			if read.name == "read" && want > 0 {
				b.Fatalf("ReadCSV: %d problems", want)
			}
			b.Run(read.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					if got := read.f(); got != want {
						b.Fatalf("%d problems, then %d", want, got)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/criterion")
			})
		}
	}
}
