package dendai_test

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

// TestConcurrentUse runs the whole flow (Check, Validate, Score under three
// policies, the reports) from several goroutines at once on shared
// catalogs, policies and assessments, and checks that every goroutine gets
// what a sequential run gives and that nothing shared changes. It lives here,
// beside the benchmarks of the whole flow, because it holds no one package:
// run it with -race. The hostile inputs of each format are in the hardening
// tests of their packages.
func TestConcurrentUse(t *testing.T) {
	cl := criteria.Checklist()
	custom, err := scoring.ParsePolicy([]byte(testkit.TieredPolicy), cl, nil)
	if err != nil {
		t.Fatal(err)
	}
	policies := []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted(), custom}
	opts := &assessment.Options{Now: testkit.Now}
	langs := i18n.Langs()

	var cases []*concurrentCase
	for _, a := range concurrentAssessments(t, 6) {
		data, err := assessment.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		c := &concurrentCase{data: data, a: a}
		_, c.check = assessment.Check(cl, data, opts)
		c.validate = assessment.Validate(cl, a, opts)
		for _, p := range policies {
			r := p.Score(a)
			rep := &report.Report{Policy: p, Assessment: a, Result: r}
			html, err := rep.HTML(langs[len(c.results)%len(langs)])
			if err != nil {
				t.Fatal(err)
			}
			c.results = append(c.results, r)
			c.reports = append(c.reports, [3]string{rep.Text(i18n.Japanese), rep.Markdown(i18n.English), html})
		}
		cases = append(cases, c)
	}

	const goroutines, iterations = 8, 50
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*iterations)
	for g := range goroutines {
		wg.Go(func() {
			for i := range iterations {
				k := (g + i) % len(cases)
				c := cases[k]
				if _, ps := assessment.Check(cl, c.data, opts); !slices.Equal(ps, c.check) {
					errs <- fmt.Sprintf("goroutine %d, case %d: Check differs:\n%s", g, k, cmp.Diff(c.check, ps))
				}
				if ps := assessment.Validate(cl, c.a, opts); !slices.Equal(ps, c.validate) {
					errs <- fmt.Sprintf("goroutine %d, case %d: Validate differs:\n%s", g, k, cmp.Diff(c.validate, ps))
				}
				for j, p := range policies {
					r := p.Score(c.a)
					// reflect.DeepEqual, not cmp.Equal: cmp is slow under the
					// race detector. A Result is a plain value, so both agree.
					if !reflect.DeepEqual(r, c.results[j]) {
						errs <- fmt.Sprintf("goroutine %d, case %d: Score %s differs:\n%s", g, k, p.Name(), cmp.Diff(c.results[j], r))
					}
					if j != i%len(policies) {
						continue // render one policy per iteration, in turn
					}
					// Every goroutine renders text each time, Markdown every
					// third time and HTML every tenth time (at different
					// times): HTML is slow under the race detector.
					rep := &report.Report{Policy: p, Assessment: c.a, Result: r}
					if got := rep.Text(i18n.Japanese); got != c.reports[j][0] {
						errs <- fmt.Sprintf("goroutine %d, case %d: text report %s differs", g, k, p.Name())
					}
					if i%3 == 0 {
						if got := rep.Markdown(i18n.English); got != c.reports[j][1] {
							errs <- fmt.Sprintf("goroutine %d, case %d: Markdown report %s differs", g, k, p.Name())
						}
					}
					if i%10 == g%10 {
						if got, err := rep.HTML(langs[j%len(langs)]); err != nil || got != c.reports[j][2] {
							errs <- fmt.Sprintf("goroutine %d, case %d: HTML report %s differs (err %v)", g, k, p.Name(), err)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	n := 0
	for e := range errs {
		if n++; n <= 5 {
			t.Error(e)
		}
	}
	if n > 5 {
		t.Errorf("and %d more", n-5)
	}
	// The shared values are as they were.
	fresh := concurrentAssessments(t, len(cases))
	for k, c := range cases {
		if diff := cmp.Diff(fresh[k], c.a); diff != "" {
			t.Errorf("case %d: the assessment changed:\n%s", k, diff)
		}
	}
}

// concurrentCase is one assessment of the concurrency test, with what a
// sequential run gives for it.
type concurrentCase struct {
	data     []byte
	a        *assessment.Assessment
	check    dendai.Problems
	validate dendai.Problems
	results  []*scoring.Result // by policy
	reports  [][3]string       // by policy: text, Markdown, HTML
}

// concurrentAssessments returns n assessments of the checklist, with the
// subject and assessor of testkit.Draft, that differ in every response.
func concurrentAssessments(t *testing.T, n int) []*assessment.Assessment {
	t.Helper()
	draft, err := assessment.Decode([]byte(testkit.Draft), nil)
	if err != nil {
		t.Fatal(err)
	}
	cl := criteria.Checklist()
	statuses := assessment.Statuses()
	var out []*assessment.Assessment
	for k := range n {
		a := assessment.Template(cl)
		a.CatalogVersion, a.AssessedOn = cl.Version(), assessment.MustParseDate("2026-10-01")
		a.Subject, a.Assessor = draft.Subject, draft.Assessor
		a.State = assessment.Submitted
		if k%3 == 2 {
			a.State = assessment.Draft
		}
		for i := range a.Responses {
			r := &a.Responses[i]
			r.Status = statuses[(i*7+k*3)%len(statuses)]
			switch r.Status {
			case assessment.NotApplicable:
				r.Justification = fmt.Sprintf("理由 %d-%d", k, i)
			case assessment.PartiallyCompliant, assessment.NonCompliant:
				if (i+k)%4 != 0 { // some are left without a plan, for Validate to report
					r.Remediation = &assessment.Remediation{Action: "改善する", Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")}
				}
			}
			if i%5 == k%5 {
				r.Evidence = []assessment.Evidence{{Title: fmt.Sprintf("資料 <%d>", k), Ref: "https://example.jp/" + strconv.Itoa(i)}}
				r.Comment = "コメント | *強調* <b>"
			}
		}
		out = append(out, a)
	}
	return out
}
