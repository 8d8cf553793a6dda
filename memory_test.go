package dendai_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/dsse"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
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
// a hundred times the input or more, and for every reader of documents:
// assessments, catalogs, policies, mappings, reviews and DSSE envelopes.
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
		{"array where a string belongs", fill(head+`"subject":{"name":{"ja":[`, "0", ",", `]}},"responses":[]}`, size)},
		{"100k-deep nesting", head + `"responses":` + deep + `}`},
		{"100k unknown fields", head + `"responses":[{` + unique(100_000) + `}]}`},
		{"100k unknown fields at the top", `{` + unique(100_000) + `}`},
		{"long string", fill(head+`"responses":[{"criterion":"1-1","status":"compliant","comment":"`, "長", "", `"}]}`, size)},
		// Locating Validate's problem in the comment once built the comment
		// again, escapes and all; skipping a string now builds nothing.
		{"long string of escapes", fill(head+`"responses":[{"criterion":"1-1","status":"compliant","comment":"`, `\u9577`, "", `"}]}`, size)},
		{"all-invalid responses", invalid.String()},
		{"array of wrong-type responses", fill(head+`"responses":[`, "0", ",", `]}`, size)},
		{"object of wrong-type responses", fill(head+`"responses":[`, "{}", ",", `]}`, size)},
		// Each derivation fails its criterion's rule: the validator would
		// build an error for every one of them.
		{"invalid derivations in one response", fill(head+`"responses":[{"criterion":"1-1","status":"compliant","derivedFrom":[`,
			`{"criterion":"","relationship":"equivalent","status":"compliant"}`, ",", `]}]}`, size)},
	}
	cat := criteria.Checklist()
	for _, h := range assessments {
		opts := &assessment.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("assessment/"+h.name, func(t *testing.T) {
			check(t, "Decode", len(data), limit, func() { assessment.Decode(data, opts) })
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
		{"array where a string belongs", fill(chead+`"groups":[],"source":{"ja":[`, "0", ",", `]}}`, size)},
		{"100k-deep nesting", chead + `"groups":` + deep + `}`},
		{"100k unknown fields", chead + `"groups":[{` + unique(100_000) + `}]}`},
		{"long string", fill(chead+`"groups":[],"source":{"ja":"`, "長", "", `","en":"x"}}`, size)},
		{"all-invalid criteria", crit.String()},
	}
	for _, h := range catalogs {
		opts := &criteria.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("catalog/"+h.name, func(t *testing.T) {
			check(t, "criteria.Parse", len(data), limit, func() { criteria.Parse(data, opts) })
		})
	}

	// A policy is at most scoring.DefaultMaxSize, 4 MiB. The rules of a Spec
	// count the problems past dendai.MaxProblems without building them, so a
	// policy whose every criterion breaks a rule stays under the limit too.
	const psize = scoring.DefaultMaxSize - 1024
	const phead = `{"format":"dendai.policy/v1","name":"p","version":"1","catalog":"jpbank-checklist","title":{"ja":"方針","en":"Policy"},` +
		`"credit":{"compliant":1,"partially_compliant":0.5,"non_compliant":0,"not_assessed":0},"defaultWeight":1,"bands":[{"rating":"A","minScore":0}],`
	var pinvalid strings.Builder
	pinvalid.WriteString(phead + `"criteria":[`)
	for i := 0; pinvalid.Len() < psize-100; i++ {
		if i > 0 {
			pinvalid.WriteByte(',')
		}
		fmt.Fprintf(&pinvalid, `{"criterion":"9-%d","weight":2000000,"tier":"t%d"}`, i, i)
	}
	pinvalid.WriteString("]}")
	policies := []hostile{
		{"array where a string belongs", fill(phead+`"description":{"ja":[`, "0", ",", `]}}`, psize)},
		{"object where a string belongs", fill(phead+`"tiers":[{"id":{`, `"k":0`, ",", `}}]}`, psize)},
		{"100k-deep nesting", phead + `"gates":` + deep + `}`},
		{"100k unknown fields", phead + `"criteria":[{` + unique(100_000) + `}]}`},
		{"long string of escapes", fill(phead+`"description":{"en":"x","ja":"`, `\u9577`, "", `"}}`, psize)},
		{"all-invalid criteria", pinvalid.String()},
		{"array of wrong-type criteria", fill(phead+`"criteria":[`, "0", ",", `]}`, psize)},
		{"array of empty criteria", fill(phead+`"criteria":[`, "{}", ",", `]}`, psize)},
		{"array of bare criteria", fill(phead+`"criteria":[`, `{"criterion":"1-1"}`, ",", `]}`, psize)},
	}
	for _, h := range policies {
		data := []byte(h.doc)
		t.Run("policy/"+h.name, func(t *testing.T) {
			check(t, "scoring.ParsePolicy", len(data), limit, func() { scoring.ParsePolicy(data, cat, nil) })
		})
	}

	std := criteria.Standard()
	mhead := fmt.Sprintf(`{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":%q,"version":%q},"target":{"catalog":%q,"version":%q},`,
		cat.ID(), cat.Version(), std.ID(), std.Version())
	var minvalid strings.Builder
	minvalid.WriteString(mhead + `"entries":[`)
	for i := 0; minvalid.Len() < size-100; i++ {
		if i > 0 {
			minvalid.WriteByte(',')
		}
		fmt.Fprintf(&minvalid, `{"target":"x-%d","sources":["y-%d","y-%d"],"relationship":"bogus"}`, i, i, i)
	}
	minvalid.WriteString("]}")
	mappings := []hostile{
		{"array where a string belongs", fill(mhead+`"provenance":{"author":[`, "0", ",", `]},"entries":[]}`, size)},
		{"object where a string belongs", fill(mhead+`"id":{`, `"k":0`, ",", `},"entries":[]}`, size)},
		{"100k-deep nesting", mhead + `"entries":` + deep + `}`},
		{"100k unknown fields", mhead + `"entries":[{` + unique(100_000) + `}]}`},
		{"long string of escapes", fill(mhead+`"entries":[],"provenance":{"author":"`, `\u9577`, "", `"}}`, size)},
		{"all-invalid entries", minvalid.String()},
		{"array of wrong-type entries", fill(mhead+`"entries":[`, "0", ",", `]}`, size)},
		{"array of empty entries", fill(mhead+`"entries":[`, "{}", ",", `]}`, size)},
		{"array of wrong-type sources", fill(mhead+`"entries":[{"target":"x","relationship":"none","sources":[`, "0", ",", `]}]}`, size)},
	}
	for _, h := range mappings {
		opts := &criteria.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("mapping/"+h.name, func(t *testing.T) {
			check(t, "criteria.ParseMapping", len(data), limit, func() { criteria.ParseMapping(data, cat, std, opts) })
		})
	}

	const rhead = `{"format":"dendai.review/v1","assessment":{"digest":"sha256:8f7ff82d72d5f189f682d5babecad8e6ba4e178b8edb8836ea40280f9e953422",` +
		`"catalog":"jpbank-checklist","catalogVersion":"1.1.0"},"policy":"uniform","reviewer":{"name":"n"},"reviewedOn":"2026-11-20","decision":"pending",`
	var rinvalid strings.Builder
	rinvalid.WriteString(rhead + `"items":[`)
	for i := 0; rinvalid.Len() < size-100; i++ {
		if i > 0 {
			rinvalid.WriteByte(',')
		}
		fmt.Fprintf(&rinvalid, `{"criterion":"9-%d","decision":"accepted","question":"q","status":"bogus"}`, i)
	}
	rinvalid.WriteString("]}")
	reviews := []hostile{
		{"array where a string belongs", fill(rhead+`"items":[],"policy":[`, "0", ",", `]}`, size)},
		{"object where a string belongs", fill(rhead+`"items":[{"criterion":{`, `"k":0`, ",", `}}]}`, size)},
		{"100k-deep nesting", rhead + `"items":` + deep + `}`},
		{"100k unknown fields", rhead + `"items":[{` + unique(100_000) + `}]}`},
		{"long string of escapes", fill(rhead+`"items":[{"criterion":"1-1","decision":"query","question":"`, `\u9577`, "", `"}]}`, size)},
		{"all-invalid items", rinvalid.String()},
		{"array of wrong-type items", fill(rhead+`"items":[`, "0", ",", `]}`, size)},
		{"array of empty items", fill(rhead+`"items":[`, "{}", ",", `]}`, size)},
		{"array of empty conditions", fill(rhead+`"items":[],"conditions":[`, "{}", ",", `]}`, size)},
	}
	sample, err := assessment.Decode(readFile(t, "examples/assessments/sample.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range reviews {
		opts := &review.Options{MaxSize: 16 << 20}
		data := []byte(h.doc)
		t.Run("review/"+h.name, func(t *testing.T) {
			check(t, "review.Decode", len(data), limit, func() { review.Decode(data, opts) })
			check(t, "review.Check", len(data), limit, func() { review.Check(data, sample, cat, opts) })
		})
	}

	const ehead = `{"payloadType":"application/vnd.dendai.assessment+json",`
	envelopes := []hostile{
		{"array where a string belongs", fill(ehead+`"signatures":[],"payload":[`, "0", ",", `]}`, size)},
		{"object where a string belongs", fill(ehead+`"signatures":[],"payload":{`, `"k":0`, ",", `}}`, size)},
		{"100k-deep nesting", ehead + `"payload":"","signatures":` + deep + `}`},
		{"100k unknown fields", ehead + `"payload":"","signatures":[{` + unique(100_000) + `}]}`},
		{"long payload", fill(ehead+`"signatures":[],"payload":"`, "AAAA", "", `"}`, size)},
		{"long payload of escapes", fill(ehead+`"signatures":[],"payload":"`, `\u0041`, "", `"}`, size)},
		{"array of wrong-type signatures", fill(ehead+`"payload":"","signatures":[`, "0", ",", `]}`, size)},
		{"array of empty signatures", fill(ehead+`"payload":"","signatures":[`, "{}", ",", `]}`, size)},
		{"array of bad signatures", fill(ehead+`"payload":"","signatures":[`, `{"sig":"?"}`, ",", `]}`, size)},
		{"array of signatures", fill(ehead+`"payload":"","signatures":[`, `{"sig":""}`, ",", `]}`, size)},
	}
	for _, h := range envelopes {
		data := []byte(h.doc)
		t.Run("dsse/"+h.name, func(t *testing.T) {
			check(t, "dsse.Decode", len(data), limit, func() { dsse.Decode(data) })
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
