package scoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// sink keeps the compiler from dropping the naive loop's work.
var sink float64

// BenchmarkNaiveWeightedSum is the floor Score is measured against: the
// weighted sum of the sample's 57 responses with map lookups and floating
// point, with no gates, groups, improvements, exactness or result to fill.
func BenchmarkNaiveWeightedSum(b *testing.B) {
	cat, p, a := criteria.Checklist(), RiskWeighted(), sample(b)
	weights := make(map[criteria.ID]float64, cat.Len())
	for _, cr := range cat.All() {
		weights[cr.ID()] = p.Weight(cr.ID()).Float64()
	}
	credits := make(map[assessment.Status]float64)
	for _, s := range assessment.Statuses() {
		credits[s] = p.Credit(s).Float64()
	}
	b.ReportAllocs()
	for b.Loop() {
		var earned, possible float64
		for _, r := range a.Responses {
			if r.Status == assessment.NotApplicable {
				continue
			}
			w := weights[r.Criterion]
			earned += w * credits[r.Status]
			possible += w
		}
		sink = earned / possible * 100
	}
	if r := p.Score(a); math.Abs(sink-r.Earned.Float64()/r.Possible.Float64()*100) > 1e-9 {
		b.Fatalf("naive score %v, Score's sums give %v / %v", sink, r.Earned, r.Possible)
	}
}

// checkScore fails b unless r's score is the sample's naive weighted sum
// under p, rounded to one decimal.
func checkScore(b *testing.B, p *Policy, a *assessment.Assessment, r *Result) {
	var earned, possible float64
	for _, resp := range a.Responses {
		if resp.Status != assessment.NotApplicable {
			w := p.Weight(resp.Criterion).Float64()
			earned += w * p.Credit(resp.Status).Float64()
			possible += w
		}
	}
	if want := Percent(math.Round(earned / possible * 1000)); r.Score != want {
		b.Fatalf("score %v, the naive sum gives %v", r.Score, want)
	}
}

func BenchmarkScore(b *testing.B) {
	p, a := RiskWeighted(), sample(b)
	b.ReportAllocs()
	var r *Result
	for b.Loop() {
		r = p.Score(a)
	}
	checkScore(b, p, a, r)
}

func BenchmarkScoreTo(b *testing.B) {
	p, a := RiskWeighted(), sample(b)
	r := new(Result)
	p.ScoreTo(r, a) // grow r's slices before measuring
	b.ReportAllocs()
	for b.Loop() {
		p.ScoreTo(r, a)
	}
	checkScore(b, p, a, r)
}

// generatedCatalog builds a dendai.catalog/v1 document of n criteria in n/10
// groups, and loads it.
func generatedCatalog(tb testing.TB, n int) *criteria.Catalog {
	tb.Helper()
	type criterionDoc struct {
		ID   string    `json:"id"`
		Text i18n.Text `json:"text"`
	}
	type groupDoc struct {
		ID       string         `json:"id"`
		Title    i18n.Text      `json:"title"`
		Criteria []criterionDoc `json:"criteria"`
	}
	doc := struct {
		Format  string     `json:"format"`
		ID      string     `json:"id"`
		Version string     `json:"version"`
		Title   i18n.Text  `json:"title"`
		Groups  []groupDoc `json:"groups"`
	}{
		Format: criteria.Format, ID: "generated-" + strconv.Itoa(n), Version: "1.0.0",
		Title: i18n.Text{JA: "生成された基準", EN: "Generated criteria"},
	}
	groups := n / 10
	for c := range n {
		g := c * groups / n // contiguous runs of about ten
		if g == len(doc.Groups) {
			doc.Groups = append(doc.Groups, groupDoc{
				ID:    fmt.Sprintf("g%d", g+1),
				Title: i18n.Text{JA: fmt.Sprintf("区分%d", g+1), EN: fmt.Sprintf("Group %d", g+1)},
			})
		}
		id := fmt.Sprintf("%d-%d", g+1, len(doc.Groups[g].Criteria)+1)
		doc.Groups[g].Criteria = append(doc.Groups[g].Criteria, criterionDoc{ID: id, Text: i18n.Text{JA: "基準" + id, EN: "Criterion " + id}})
	}
	b, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	cat, err := criteria.Parse(b, &criteria.Options{MaxSize: 2 * len(b)}) // 57,000 criteria pass the default limit
	if err != nil {
		tb.Fatal(err)
	}
	if cat.Len() != n || cat.NumGroups() != groups {
		tb.Fatalf("generated catalog has %d criteria in %d groups", cat.Len(), cat.NumGroups())
	}
	return cat
}

// BenchmarkScoreSize scores generated catalogs of 57, 570, 5,700 and 57,000 criteria
// under a uniform policy: the cost should grow linearly.
func BenchmarkScoreSize(b *testing.B) {
	for _, n := range []int{57, 570, 5700, 57000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			cat := generatedCatalog(b, n)
			p := UniformFor(cat)
			a := sizeAssessment(cat)
			r := new(Result)
			p.ScoreTo(r, a) // grow r's slices before measuring
			b.ReportAllocs()
			for b.Loop() {
				p.ScoreTo(r, a)
			}
		})
	}
}

// BenchmarkScoreSizeCold is BenchmarkScoreSize with the caches out of the
// comparison: each call scores the next of enough copies of the assessment,
// each into a Result of its own, that what the calls touch (about 200 bytes
// a criterion) passes 64 MiB at every size, so that every size reads its
// data from memory, as 57,000 criteria do anyway. The cost per criterion
// at 5,700 and at 57,000 then compares the work, not where the data was.
func BenchmarkScoreSizeCold(b *testing.B) {
	for _, n := range []int{5700, 57000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			cat := generatedCatalog(b, n)
			p := UniformFor(cat)
			copies := max(2, (64<<20)/(200*n))
			as := make([]*assessment.Assessment, copies)
			rs := make([]*Result, copies)
			for k := range as {
				as[k], rs[k] = sizeAssessment(cat), new(Result)
				p.ScoreTo(rs[k], as[k])
			}
			b.ReportAllocs()
			k := 0
			for b.Loop() {
				p.ScoreTo(rs[k], as[k])
				k = (k + 1) % copies
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/criterion")
		})
	}
}

// sizeAssessment answers every criterion of cat, in catalog order, with a
// status drawn uniformly from the five, so that catalogs of every size get the
// same mix of answers.
func sizeAssessment(cat *criteria.Catalog) *assessment.Assessment {
	rng := rand.New(rand.NewPCG(57, 570))
	a := assessment.Template(cat)
	for i := range a.Responses {
		a.Responses[i].Status = assessment.Statuses()[rng.IntN(5)]
	}
	return a
}

func TestScoreToAllocs(t *testing.T) {
	cat := criteria.Checklist()
	failing := sample(t)
	for _, id := range []criteria.ID{"1-18", "1-30", "1-52"} {
		failing = with(failing, id, assessment.NonCompliant)
	}
	failing = without(failing, "1-49")
	generated := generatedCatalog(t, 570)
	twin, _ := Builtin(RiskWeightedName, checklistTwin(t))
	tests := []struct {
		name string
		p    *Policy
		a    *assessment.Assessment
	}{
		{"uniform sample", Uniform(), sample(t)},
		{"risk-weighted sample", RiskWeighted(), sample(t)},
		{"uniform failing gates", Uniform(), failing},
		{"risk-weighted failing tier gate", RiskWeighted(), failing},
		{"nothing applies", RiskWeighted(), uniformAssessment(cat, assessment.NotApplicable)},
		{"generated catalog", UniformFor(generated), randomAssessment(rand.New(rand.NewPCG(1, 1)), generated)},
		{"checklist read from its JSON, failing tier gate", twin, failing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := new(Result)
			tt.p.ScoreTo(r, tt.a) // grows the slices
			if allocs := testing.AllocsPerRun(100, func() { tt.p.ScoreTo(r, tt.a) }); allocs != 0 {
				t.Errorf("ScoreTo into a reused Result: %v allocations, want 0", allocs)
			}
		})
	}
	// With a failing tier gate, the gate's list of failing criteria is reused.
	r := RiskWeighted().Score(failing)
	if got := len(r.Gates[3].Failing); got != 4 {
		t.Errorf("critical gate lists %d failing criteria, want 4", got)
	}
}

// TestConcurrentScore scores different assessments from 8 goroutines with the
// catalog and the policies shared; run it with -race. Each result must be the
// one a sequential run gives.
func TestConcurrentScore(t *testing.T) {
	cat := criteria.Checklist()
	policies := builtinPolicies()
	rng := rand.New(rand.NewPCG(15, 16))
	const workers, perWorker = 8, 40
	inputs := make([]*assessment.Assessment, workers*perWorker)
	want := make([][][]byte, len(inputs)) // by input, by policy
	for k := range inputs {
		inputs[k] = randomAssessment(rng, cat)
		for _, p := range policies {
			want[k] = append(want[k], mustMarshal(t, p.Score(inputs[k])))
		}
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			reused := new(Result)
			for k := w * perWorker; k < (w+1)*perWorker; k++ {
				for j, p := range policies {
					got, err := json.Marshal(p.Score(inputs[k]))
					if err != nil {
						t.Error(err)
						return
					}
					p.ScoreTo(reused, inputs[k])
					got2, err := json.Marshal(reused)
					if err != nil {
						t.Error(err)
						return
					}
					if !bytes.Equal(got, want[k][j]) || !bytes.Equal(got2, want[k][j]) {
						t.Errorf("worker %d, input %d, %s: result differs from the sequential one", w, k, p.Name())
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
