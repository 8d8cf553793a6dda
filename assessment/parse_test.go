package assessment_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// TestParseCheck checks that Parse(data, opts).Check(cat) is Check(cat, data,
// opts), for every kind of document, and that a second Check, with the same
// catalog or another, gives what a first one would.
func TestParseCheck(t *testing.T) {
	sample, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	opts := &assessment.Options{Now: func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) }}
	docs := []struct {
		name string
		data []byte
		opts *assessment.Options
	}{
		{"the sample", sample, opts},
		{"the sample, too large", sample, &assessment.Options{MaxSize: 100, Now: opts.Now}},
		{"the sample, dated after today", sample, &assessment.Options{Now: func() time.Time { return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC) }}},
		{"a value of the wrong type and a rule broken", bytes.Replace(bytes.Replace(sample, []byte(`"state": "submitted"`), []byte(`"state": 7`), 1), []byte(`"status": "compliant"`), []byte(`"status": "non_compliant"`), 1), opts},
		{"not well-formed", sample[:len(sample)/2], opts},
		{"empty", nil, opts},
		{"nil options", sample, nil},
	}
	cats := []*criteria.Catalog{criteria.Checklist(), criteria.Standard()}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			p := assessment.Parse(d.data, d.opts)
			for _, cat := range append(cats, cats...) {
				wantA, want := assessment.Check(cat, d.data, d.opts)
				gotA, got := p.Check(cat)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: problems differ from Check's (-Check +Parse):\n%s", cat.ID(), diff)
				}
				if diff := cmp.Diff(wantA, gotA); diff != "" {
					t.Errorf("%s: assessment differs from Check's (-Check +Parse):\n%s", cat.ID(), diff)
				}
				if gotA != p.Assessment() {
					t.Errorf("%s: Check returned %p, Assessment %p", cat.ID(), gotA, p.Assessment())
				}
			}
		})
	}
}

// TestParseCheckOwnsProblems checks that the problems a Check returns are the
// caller's: changing them leaves the next Check's intact.
func TestParseCheckOwnsProblems(t *testing.T) {
	doc := []byte(`{"format": "dendai.assessment/v1", "catalog": "jpbank-checklist", "state": 7, "responses": []}`)
	p := assessment.Parse(doc, nil)
	_, first := p.Check(criteria.Checklist())
	if len(first) == 0 {
		t.Fatal("no problems")
	}
	want := append(dendai.Problems(nil), first...)
	for i := range first {
		first[i] = dendai.Problem{Path: "/changed"}
	}
	_, second := p.Check(criteria.Checklist())
	if diff := cmp.Diff(want, second); diff != "" {
		t.Errorf("second Check after the first's problems were changed (-want +got):\n%s", diff)
	}
}
