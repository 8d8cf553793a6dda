package report

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// BenchmarkRender renders the sample's risk-weighted result in each form. The
// baseline, json, is json.Marshal of the same Result: the least a program can do
// to put a result in front of someone.
func BenchmarkRender(b *testing.B) {
	r := load(b, "sample.json", scoring.RiskWeighted())
	forms := []struct {
		name   string
		render func() error
	}{
		{"json", func() error { _, err := json.Marshal(r.Result); return err }},
		{"text", func() error { _, err := io.WriteString(io.Discard, r.Text(i18n.Japanese)); return err }},
		{"markdown", func() error { return r.WriteMarkdown(io.Discard, i18n.Japanese) }},
		{"html", func() error { return r.WriteHTML(io.Discard, i18n.Japanese) }},
	}
	for _, f := range forms {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.render(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
