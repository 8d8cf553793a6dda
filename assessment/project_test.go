package assessment_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// The statuses, short, for the tables.
const (
	na  = assessment.NotAssessed
	c   = assessment.Compliant
	pc  = assessment.PartiallyCompliant
	nc  = assessment.NonCompliant
	nap = assessment.NotApplicable
)

// catalogDoc returns a small custom catalog: one group of the criteria ids.
func catalogDoc(id, version, group string, ids ...string) string {
	var cs []string
	for _, c := range ids {
		cs = append(cs, fmt.Sprintf(`{"id": %q, "text": {"ja": "基準 %s", "en": "Criterion %s"}}`, c, c, c))
	}
	return fmt.Sprintf(`{"format": "dendai.catalog/v1", "id": %q, "version": %q,
  "title": {"ja": "テスト", "en": "Test"},
  "groups": [{"id": %q, "title": {"ja": "グループ", "en": "Group"}, "criteria": [%s]}]}`,
		id, version, group, strings.Join(cs, ", "))
}

func mustCatalog(t testing.TB, doc string) *criteria.Catalog {
	t.Helper()
	cat, err := criteria.Parse([]byte(doc), nil)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// entry is one entry of a mapping document.
type entry struct {
	target  string
	sources []string
	rel     string
}

// mappingDoc returns a dendai.mapping/v1 document from source to target.
func mappingDoc(source, target *criteria.Catalog, entries ...entry) string {
	var es []string
	for _, e := range entries {
		srcs, _ := json.Marshal(e.sources)
		if e.sources == nil {
			srcs = []byte("[]")
		}
		es = append(es, fmt.Sprintf(`{"target": %q, "sources": %s, "relationship": %q}`, e.target, srcs, e.rel))
	}
	return fmt.Sprintf(`{"format": "dendai.mapping/v1", "id": "test-mapping", "version": "1.0.0",
  "source": {"catalog": %q, "version": %q}, "target": {"catalog": %q, "version": %q},
  "entries": [%s]}`, source.ID(), source.Version(), target.ID(), target.Version(), strings.Join(es, ", "))
}

func mustMapping(t testing.TB, source, target *criteria.Catalog, entries ...entry) *criteria.Mapping {
	t.Helper()
	m, err := criteria.ParseMapping([]byte(mappingDoc(source, target, entries...)), source, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// draftOf returns a valid draft of cat, dated 2026-10-01, with the responses
// given.
func draftOf(cat *criteria.Catalog, rs ...assessment.Response) *assessment.Assessment {
	return &assessment.Assessment{
		Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft,
		AssessedOn: assessment.MustParseDate("2026-10-01"),
		Subject: assessment.Subject{Name: i18n.Text{JA: "株式会社サンプルペイ", EN: "Sample Pay Inc."},
			CorporateNumber: assessment.MustParseCorporateNumber("5010001112730")},
		Assessor:  assessment.Assessor{Name: "山田 太郎"},
		Responses: rs,
	}
}

// answer returns a valid response to id with status s: not_applicable with a
// justification, partially and non compliant with a plan.
func answer(id string, s assessment.Status) assessment.Response {
	r := assessment.Response{Criterion: criteria.ID(id), Status: s}
	switch s {
	case nap:
		r.Justification = "対象外 " + id
	case pc, nc:
		r.Remediation = &assessment.Remediation{Action: "対応 " + id, Due: assessment.MustParseDate("2027-03-31")}
	}
	return r
}

var options = &assessment.Options{Now: testkit.Now}

// TestProjectRule checks the projection rule, relationship by relationship:
// a target T-1 mapped from sources with the given statuses, T-2 mapped with
// the relationship none and T-3 not mapped at all.
func TestProjectRule(t *testing.T) {
	src := mustCatalog(t, catalogDoc("src", "1.0.0", "g", "A-1", "A-2", "A-3", "A-4"))
	dst := mustCatalog(t, catalogDoc("dst", "2026.1", "h", "T-1", "T-2", "T-3"))
	tests := []struct {
		name     string
		rel      string
		statuses []assessment.Status // of, …; -1 for no response
		want     assessment.Status
	}{
		{"equivalent, compliant", "equivalent", []assessment.Status{c}, c},
		{"equivalent, partially compliant", "equivalent", []assessment.Status{pc}, pc},
		{"equivalent, non compliant", "equivalent", []assessment.Status{nc}, nc},
		{"equivalent, the worst of compliant and partially", "equivalent", []assessment.Status{c, pc}, pc},
		{"equivalent, the worst of three", "equivalent", []assessment.Status{c, nc, pc}, nc},
		{"equivalent, not applicable left aside", "equivalent", []assessment.Status{nap, c}, c},
		{"equivalent, not applicable left aside, partially", "equivalent", []assessment.Status{pc, nap}, pc},
		{"equivalent, every source not applicable", "equivalent", []assessment.Status{nap, nap}, nap},
		{"equivalent, one source not assessed", "equivalent", []assessment.Status{c, na}, na},
		{"equivalent, one source not answered at all", "equivalent", []assessment.Status{c, 99}, na},
		{"equivalent, non compliant and not assessed", "equivalent", []assessment.Status{nc, na}, na},
		{"equivalent, not applicable and not assessed", "equivalent", []assessment.Status{nap, na}, na},
		{"superset, compliant", "superset", []assessment.Status{c}, c},
		{"superset, worst", "superset", []assessment.Status{c, pc, c}, pc},
		{"superset, non compliant", "superset", []assessment.Status{nc}, nc},
		{"superset, not applicable", "superset", []assessment.Status{nap}, nap},
		{"superset, not assessed", "superset", []assessment.Status{na}, na},
		{"subset, compliant is partially at best", "subset", []assessment.Status{c}, pc},
		{"subset, every source compliant", "subset", []assessment.Status{c, c, c}, pc},
		{"subset, partially", "subset", []assessment.Status{pc}, pc},
		{"subset, non compliant", "subset", []assessment.Status{c, nc}, nc},
		{"subset, not applicable and compliant", "subset", []assessment.Status{nap, c}, pc},
		{"subset, every source not applicable", "subset", []assessment.Status{nap}, na},
		{"subset, not assessed", "subset", []assessment.Status{c, na}, na},
		{"intersects, compliant is partially at best", "intersects", []assessment.Status{c}, pc},
		{"intersects, partially", "intersects", []assessment.Status{pc, c}, pc},
		{"intersects, non compliant", "intersects", []assessment.Status{nc}, nc},
		{"intersects, every source not applicable", "intersects", []assessment.Status{nap, nap}, na},
		{"intersects, not assessed", "intersects", []assessment.Status{na}, na},
		{"none contributes nothing", "none", []assessment.Status{c}, na},
		{"none with non compliant sources", "none", []assessment.Status{nc, nc}, na},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sources []string
			var rs []assessment.Response
			var wantFrom []assessment.Derivation
			rel, err := criteria.ParseRelationship(tt.rel)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range tt.statuses {
				id := fmt.Sprintf("A-%d", i+1)
				sources = append(sources, id)
				d := assessment.Derivation{Criterion: criteria.ID(id), Relationship: rel, Status: s}
				if s.IsValid() {
					rs = append(rs, answer(id, s))
				} else {
					d.Status = na
				}
				wantFrom = append(wantFrom, d)
			}
			if rel == criteria.NoRelationship {
				wantFrom = nil
			}
			m := mustMapping(t, src, dst, entry{"T-1", sources, tt.rel}, entry{"T-2", []string{"A-1"}, "none"})
			a := draftOf(src, rs...)
			before, _ := assessment.Encode(a)
			p, err := assessment.Project(a, m, dst)
			if err != nil {
				t.Fatal(err)
			}
			if after, _ := assessment.Encode(a); string(before) != string(after) {
				t.Error("Project changed its assessment")
			}
			got := p.Assessment
			if len(got.Responses) != 3 {
				t.Fatalf("%d responses, want 3: %+v", len(got.Responses), got.Responses)
			}
			r := got.Responses[0]
			if r.Criterion != "T-1" || r.Status != tt.want {
				t.Errorf("T-1: %s %v, want %v", r.Criterion, r.Status, tt.want)
			}
			if diff := cmp.Diff(wantFrom, r.DerivedFrom); diff != "" {
				t.Errorf("T-1 derivedFrom (-want +got):\n%s", diff)
			}
			if r.NeedsReview {
				t.Error("a projected response needs review")
			}
			wantOpen := []criteria.ID{"T-2", "T-3"}
			if tt.want == na {
				wantOpen = append([]criteria.ID{"T-1"}, wantOpen...)
			}
			if diff := cmp.Diff(wantOpen, p.Open); diff != "" {
				t.Errorf("open (-want +got):\n%s", diff)
			}
			for _, r := range got.Responses[1:] {
				if diff := cmp.Diff(assessment.Response{Criterion: r.Criterion}, r); diff != "" {
					t.Errorf("%s, not answered by the mapping (-want +got):\n%s", r.Criterion, diff)
				}
			}
			if r.Status == na && (r.Evidence != nil || r.Comment != "" || r.Remediation != nil || r.Justification != "") {
				t.Errorf("an open response carries answers: %+v", r)
			}
			wantHeader := &assessment.Assessment{Catalog: "dst", CatalogVersion: "2026.1", State: assessment.Draft,
				AssessedOn: a.AssessedOn, Subject: a.Subject, Assessor: a.Assessor, Responses: got.Responses}
			if diff := cmp.Diff(wantHeader, got); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			if ps := assessment.Validate(dst, got, options); len(ps) > 0 {
				t.Errorf("the projection does not validate: %v", testkit.Codes(ps))
			}
			if res := scoring.UniformFor(dst).Score(got); res.Coverage.Total != 3 || res.Coverage.NotAssessed != len(p.Open) {
				t.Errorf("score coverage %+v, open %v", res.Coverage, p.Open)
			}
		})
	}
}

// TestProjectCarriesOver checks what a derived response takes from its
// sources: evidence without duplicates, comments, justifications and plans,
// and the plan it writes itself when the sources leave part of the target to
// assess or have none.
func TestProjectCarriesOver(t *testing.T) {
	src := mustCatalog(t, catalogDoc("src", "1.0.0", "g", "A-1", "A-2", "A-3", "A-4", "A-5"))
	dst := mustCatalog(t, catalogDoc("dst", "2026.1", "h", "T-1", "T-2", "T-3", "T-4", "T-5", "T-6"))
	m := mustMapping(t, src, dst,
		entry{"T-1", []string{"A-1", "A-2"}, "equivalent"},
		entry{"T-2", []string{"A-3", "A-4"}, "equivalent"},
		entry{"T-3", []string{"A-1"}, "subset"},
		entry{"T-4", []string{"A-3"}, "intersects"},
		entry{"T-5", []string{"A-5"}, "superset"},
		entry{"T-6", []string{"A-2", "A-5"}, "superset"},
	)
	policy := assessment.Evidence{Title: "情報セキュリティ基本方針", Ref: "SEC-POL-1"}
	log := assessment.Evidence{Title: "ログ管理規程", Ref: "https://example.jp/log.pdf"}
	a := draftOf(src,
		assessment.Response{Criterion: "A-1", Status: c, Evidence: []assessment.Evidence{policy, log}, Comment: "年1回見直し"},
		assessment.Response{Criterion: "A-2", Status: nc, Evidence: []assessment.Evidence{log},
			Remediation: &assessment.Remediation{Action: "ログを保管する", Owner: "情報システム部", Due: assessment.MustParseDate("2027-06-30")}},
		assessment.Response{Criterion: "A-3", Status: pc,
			Remediation: &assessment.Remediation{Action: "多要素認証を導入", Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")}},
		assessment.Response{Criterion: "A-4", Status: pc,
			Remediation: &assessment.Remediation{Action: "手順書を整備", Owner: "総務部", Due: assessment.MustParseDate("2027-09-30")}},
		assessment.Response{Criterion: "A-5", Status: nap, Justification: "アプリを提供していないため"},
	)
	p, err := assessment.Project(a, m, dst)
	if err != nil {
		t.Fatal(err)
	}
	derived := func(rel criteria.Relationship, sources ...any) []assessment.Derivation {
		var out []assessment.Derivation
		for i := 0; i < len(sources); i += 2 {
			out = append(out, assessment.Derivation{Criterion: criteria.ID(sources[i].(string)), Relationship: rel, Status: sources[i+1].(assessment.Status)})
		}
		return out
	}
	const (
		partJA = "対応元の基準（%s）はこの基準の一部にしか対応していません。残りの部分を評価し、必要な対応を決めてください。"
		partEN = "The source criteria (%s) cover only part of this criterion: assess the rest and decide what to do."
	)
	part := func(ids string) string { return fmt.Sprintf(partJA, ids) + "\n" + fmt.Sprintf(partEN, ids) }
	want := []assessment.Response{
		{Criterion: "T-1", Status: nc, Evidence: []assessment.Evidence{policy, log}, Comment: "A-1: 年1回見直し",
			Remediation: &assessment.Remediation{Action: "A-2: ログを保管する", Owner: "情報システム部", Due: assessment.MustParseDate("2027-06-30")},
			DerivedFrom: derived(criteria.Equivalent, "A-1", c, "A-2", nc)},
		{Criterion: "T-2", Status: pc,
			Remediation: &assessment.Remediation{Action: "A-3: 多要素認証を導入\nA-4: 手順書を整備", Owner: "情報システム部, 総務部", Due: assessment.MustParseDate("2027-03-31")},
			DerivedFrom: derived(criteria.Equivalent, "A-3", pc, "A-4", pc)},
		{Criterion: "T-3", Status: pc, Evidence: []assessment.Evidence{policy, log}, Comment: "A-1: 年1回見直し",
			Remediation: &assessment.Remediation{Action: part("A-1"), Due: a.AssessedOn},
			DerivedFrom: derived(criteria.Subset, "A-1", c)},
		{Criterion: "T-4", Status: pc,
			Remediation: &assessment.Remediation{Action: "A-3: 多要素認証を導入\n" + part("A-3"), Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")},
			DerivedFrom: derived(criteria.Intersects, "A-3", pc)},
		{Criterion: "T-5", Status: nap, Justification: "A-5: アプリを提供していないため",
			DerivedFrom: derived(criteria.Superset, "A-5", nap)},
		{Criterion: "T-6", Status: nc, Evidence: []assessment.Evidence{log},
			Remediation: &assessment.Remediation{Action: "A-2: ログを保管する", Owner: "情報システム部", Due: assessment.MustParseDate("2027-06-30")},
			DerivedFrom: derived(criteria.Superset, "A-2", nc, "A-5", nap)},
	}
	if diff := cmp.Diff(want, p.Assessment.Responses); diff != "" {
		t.Errorf("responses (-want +got):\n%s", diff)
	}
	if len(p.Open) != 0 {
		t.Errorf("open: %v", p.Open)
	}
	if ps := assessment.Validate(dst, p.Assessment, options); len(ps) > 0 {
		t.Errorf("the projection does not validate: %v", testkit.Codes(ps))
	}
	// The projection shares nothing with the assessment.
	p.Assessment.Responses[0].Evidence[0].Title = "x"
	p.Assessment.Responses[1].Remediation.Action = "x"
	if a.Responses[0].Evidence[0].Title != policy.Title || a.Responses[2].Remediation.Action != "多要素認証を導入" {
		t.Error("changing the projection changed the assessment")
	}
}

// TestProjectWritesWhatIsMissing checks the texts a derived response needs
// and its sources lack (an assessment Project does not validate), and that
// what it carries over keeps to the limits of the field rules.
func TestProjectWritesWhatIsMissing(t *testing.T) {
	src := mustCatalog(t, catalogDoc("src", "1.0.0", "g", "A-1", "A-2", "A-3"))
	dst := mustCatalog(t, catalogDoc("dst", "2026.1", "h", "T-1", "T-2", "T-3"))
	m := mustMapping(t, src, dst,
		entry{"T-1", []string{"A-1"}, "equivalent"},
		entry{"T-2", []string{"A-2"}, "equivalent"},
		entry{"T-3", []string{"A-1", "A-2", "A-3"}, "equivalent"},
	)
	many := make([]assessment.Evidence, 80)
	for i := range many {
		many[i] = assessment.Evidence{Title: fmt.Sprintf("証跡 %d", i)}
	}
	long := strings.Repeat("長", 3000)
	a := draftOf(src,
		assessment.Response{Criterion: "A-1", Status: pc, Evidence: many[:60], Comment: long,
			Remediation: &assessment.Remediation{Action: long, Owner: strings.Repeat("部", 150), Due: assessment.MustParseDate("2026-09-01")}},
		assessment.Response{Criterion: "A-2", Status: nap, Evidence: many[20:], Comment: long},
		assessment.Response{Criterion: "A-3", Status: nc, Remediation: &assessment.Remediation{Action: long, Owner: strings.Repeat("課", 150)}},
	)
	a.Responses[1].Justification = " "
	p, err := assessment.Project(a, m, dst)
	if err != nil {
		t.Fatal(err)
	}
	rs := p.Assessment.Responses
	if got, want := rs[1].Justification, "対応元の基準（A-2）がいずれも該当なしのため、該当なしとしました。\nNot applicable, as every source criterion (A-2) is."; got != want {
		t.Errorf("T-2 justification %q, want %q", got, want)
	}
	t3 := rs[2]
	if len(t3.Evidence) != 80 || t3.Evidence[79].Title != "証跡 79" {
		t.Errorf("T-3: %d evidence items, want the 80 different ones", len(t3.Evidence))
	}
	for _, s := range []string{t3.Comment, t3.Remediation.Action} {
		if n := len([]rune(s)); n != 4000 || !strings.HasSuffix(s, "…") || !strings.HasPrefix(s, "A-1: 長") {
			t.Errorf("T-3: a text of %d characters: %.20q…", n, s)
		}
	}
	if n := len([]rune(t3.Remediation.Owner)); n != 200 {
		t.Errorf("T-3: owner of %d characters", n)
	}
	// The due date of a plan is never before the assessment: the earliest of
	// the sources', or the assessment's date.
	if t3.Status != nc || t3.Remediation.Due != a.AssessedOn {
		t.Errorf("T-3: %v, due %v", t3.Status, t3.Remediation.Due)
	}
	if ps := assessment.Validate(dst, p.Assessment, options); len(ps) > 0 {
		t.Errorf("the projection does not validate: %v", testkit.Codes(ps))
	}
	// With more than 100 different items, the first 100 are kept.
	a.Responses[0].Evidence = many
	a.Responses[1].Evidence = slices.Clone(many)
	for i := range a.Responses[1].Evidence {
		a.Responses[1].Evidence[i].Ref = "X"
	}
	p, err = assessment.Project(a, m, dst)
	if err != nil {
		t.Fatal(err)
	}
	if ev := p.Assessment.Responses[2].Evidence; len(ev) != 100 || ev[99] != (assessment.Evidence{Title: "証跡 19", Ref: "X"}) {
		t.Errorf("T-3: %d evidence items, the last %+v", len(ev), ev[len(ev)-1])
	}
	// A plan with no source plan to carry over.
	a.Responses[0].Remediation = nil
	p, err = assessment.Project(a, m, dst)
	if err != nil {
		t.Fatal(err)
	}
	want := &assessment.Remediation{Action: "対応元の基準（A-1）に改善計画がありません。改善計画を立ててください。\nThe source criteria (A-1) have no remediation plan: make one.", Due: a.AssessedOn}
	if diff := cmp.Diff(want, p.Assessment.Responses[0].Remediation); diff != "" {
		t.Errorf("T-1 remediation (-want +got):\n%s", diff)
	}
}

// TestProjectRefuses checks the errors of Project: a mapping from another
// catalog or version than the assessment's, or onto another catalog than
// target.
func TestProjectRefuses(t *testing.T) {
	src := mustCatalog(t, catalogDoc("src", "1.0.0", "g", "A-1"))
	src2 := mustCatalog(t, catalogDoc("src", "1.1.0", "g", "A-1"))
	dst := mustCatalog(t, catalogDoc("dst", "2026.1", "h", "T-1"))
	dst2 := mustCatalog(t, catalogDoc("dst", "2026.2", "h", "T-1"))
	m := mustMapping(t, src, dst, entry{"T-1", []string{"A-1"}, "equivalent"})
	tests := []struct {
		name   string
		a      *assessment.Assessment
		m      *criteria.Mapping
		target *criteria.Catalog
		want   []dendai.Code
	}{
		{"assessment of another version", draftOf(src2), m, dst, []dendai.Code{assessment.CodeMappingSource}},
		{"assessment of the target", draftOf(dst), m, dst, []dendai.Code{assessment.CodeMappingSource}},
		{"another version of the target", draftOf(src), m, dst2, []dendai.Code{assessment.CodeMappingTarget}},
		{"another target", draftOf(src), m, src, []dendai.Code{assessment.CodeMappingTarget}},
		{"both", draftOf(src2), m, dst2, []dendai.Code{assessment.CodeMappingSource, assessment.CodeMappingTarget}},
		{"no mapping", draftOf(src), nil, dst, []dendai.Code{assessment.CodeMissingInput}},
		{"no assessment", nil, m, dst, []dendai.Code{assessment.CodeMappingSource}},
		{"no target", draftOf(src), m, nil, []dendai.Code{assessment.CodeMissingInput}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p *assessment.Projection
			var err error
			testkit.Protect(t, "Project", func() { p, err = assessment.Project(tt.a, tt.m, tt.target) })
			if p != nil {
				t.Errorf("a projection with the error %v", err)
			}
			if diff := cmp.Diff(tt.want, testkit.ErrCodes(err)); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
			ps, _ := testkit.Problems(err)
			testkit.CheckProblems(t, "Project", ps, testkit.Want{Code: tt.want[0], Place: testkit.Nowhere})
		})
	}
}

// builtinOf returns the built-in catalog an assessment names, at the version
// it names.
func builtinOf(t testing.TB, a *assessment.Assessment) *criteria.Catalog {
	t.Helper()
	cat, ok := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion)
	if !ok {
		t.Fatalf("%s %s is not built in", a.Catalog, a.CatalogVersion)
	}
	return cat
}

// checklistToStandard returns the crosswalk of the checklist cl to the
// standard as a mapping: each requirement from the items that implement it,
// equivalent when one does and a superset when several do, which together
// ask more. It stands in for the built-in mapping in this test.
func checklistToStandard(t testing.TB, cl *criteria.Catalog) *criteria.Mapping {
	t.Helper()
	std := criteria.Standard()
	var es []entry
	for _, req := range std.All() {
		var ids []string
		for _, cr := range criteria.ImplementedBy(cl, req.ID()) {
			ids = append(ids, string(cr.ID()))
		}
		switch len(ids) {
		case 0:
		case 1:
			es = append(es, entry{string(req.ID()), ids, "equivalent"})
		default:
			es = append(es, entry{string(req.ID()), ids, "superset"})
		}
	}
	return mustMapping(t, cl, std, es...)
}

// TestProjectSample projects the example assessment of the checklist onto
// the standard: a valid draft whose answered requirements are derived by the
// rule, whose open questions are the requirements no item implements, and
// which the uniform policy of the standard scores.
func TestProjectSample(t *testing.T) {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	std, cl := criteria.Standard(), builtinOf(t, a)
	m := checklistToStandard(t, cl)
	p, err := assessment.Project(a, m, std)
	if err != nil {
		t.Fatal(err)
	}
	got := p.Assessment
	if ps := assessment.Validate(std, got, options); len(ps) > 0 {
		t.Errorf("the projection does not validate: %v", testkit.Codes(ps))
	}
	if got.State != assessment.Draft || got.Catalog != std.ID() || got.CatalogVersion != std.Version() || len(got.Responses) != std.Len() {
		t.Errorf("a %s of %s %s with %d responses", got.State, got.Catalog, got.CatalogVersion, len(got.Responses))
	}
	var gaps []criteria.ID
	for _, g := range criteria.Gaps(cl, std) {
		gaps = append(gaps, g.ID())
	}
	if diff := cmp.Diff(gaps, p.Open); diff != "" {
		t.Errorf("open: the sample answers every item, so the gaps (-gaps +open):\n%s", diff)
	}
	statuses := map[criteria.ID]assessment.Status{}
	for _, r := range a.Responses {
		statuses[r.Criterion] = r.Status
	}
	counts := map[assessment.Status]int{}
	for _, r := range got.Responses {
		counts[r.Status]++
		e, mapped := m.For(r.Criterion)
		if !mapped {
			if r.Status != na || r.DerivedFrom != nil {
				t.Errorf("%s is not mapped, yet %v from %v", r.Criterion, r.Status, r.DerivedFrom)
			}
			continue
		}
		// The rule, told another way: the statuses that apply, sorted worst
		// first.
		var applicable []assessment.Status
		var from []assessment.Derivation
		for _, s := range e.Sources {
			from = append(from, assessment.Derivation{Criterion: s, Relationship: e.Relationship, Status: statuses[s]})
			if statuses[s] != nap {
				applicable = append(applicable, statuses[s])
			}
		}
		slices.SortFunc(applicable, func(x, y assessment.Status) int {
			order := []assessment.Status{nc, pc, c}
			return slices.Index(order, x) - slices.Index(order, y)
		})
		want := nap
		if len(applicable) > 0 {
			want = applicable[0]
		}
		if r.Status != want {
			t.Errorf("%s: %v from %v, want %v", r.Criterion, r.Status, from, want)
		}
		if diff := cmp.Diff(from, r.DerivedFrom); diff != "" {
			t.Errorf("%s derivedFrom (-want +got):\n%s", r.Criterion, diff)
		}
	}
	if counts[c] == 0 || counts[pc] == 0 || counts[nap]+counts[nc] == 0 {
		t.Errorf("the sample projects to %v: too uniform to test the rule", counts)
	}
	res := scoring.UniformFor(std).Score(got)
	if res.Coverage.Total != std.Len() || res.Coverage.NotAssessed != len(p.Open) || res.Score == scoring.NoScore {
		t.Errorf("scored %v with coverage %+v", res.Score, res.Coverage)
	}
	// It is a document like any other.
	out, err := assessment.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	back, ps := assessment.Check(std, out, options)
	if len(ps) > 0 {
		t.Errorf("Check of the encoded projection: %v", testkit.Codes(ps))
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("encoded and decoded (-projected +decoded):\n%s", diff)
	}
}

// TestProjectSampleBuiltin projects the example assessment onto the standard
// through the built-in mapping, jpbank-checklist-to-standard, whose
// relationships include subset and intersects: a valid draft, the open
// questions are the requirements no item implements, every derivation names
// its entry's relationship, and nothing reached through a subset or an
// intersection is compliant.
func TestProjectSampleBuiltin(t *testing.T) {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	std, m := criteria.Standard(), criteria.ChecklistToStandard()
	p, err := assessment.Project(a, m, std)
	if err != nil {
		t.Fatal(err)
	}
	if ps := assessment.Validate(std, p.Assessment, options); len(ps) > 0 {
		t.Errorf("the projection does not validate: %v", testkit.Codes(ps))
	}
	var gaps []criteria.ID
	for _, g := range criteria.Gaps(builtinOf(t, a), std) {
		gaps = append(gaps, g.ID())
	}
	if diff := cmp.Diff(gaps, p.Open); diff != "" {
		t.Errorf("open (-gaps +open):\n%s", diff)
	}
	partial := 0
	for _, r := range p.Assessment.Responses {
		e, mapped := m.For(r.Criterion)
		if !mapped {
			continue
		}
		for _, d := range r.DerivedFrom {
			if d.Relationship != e.Relationship {
				t.Errorf("%s: derived from %s as %v, but the mapping says %v", r.Criterion, d.Criterion, d.Relationship, e.Relationship)
			}
		}
		if e.Relationship == criteria.Subset || e.Relationship == criteria.Intersects {
			partial++
			if r.Status == c {
				t.Errorf("%s is compliant through a %v", r.Criterion, e.Relationship)
			}
		}
	}
	if partial == 0 {
		t.Error("the built-in mapping has no subset or intersects entry to check")
	}
}

// TestProjectMigrateRefuseNil checks that a missing mapping or catalog is a
// coded problem, not a projection of nothing.
func TestProjectMigrateRefuseNil(t *testing.T) {
	cl := criteria.Checklist()
	a := assessment.Template(cl)
	tests := []struct {
		name string
		call func() error
		want []dendai.Code
	}{
		{"Project without anything", func() error { _, err := assessment.Project(nil, nil, nil); return err },
			[]dendai.Code{assessment.CodeMissingInput, assessment.CodeMissingInput}},
		{"Project without a mapping", func() error { _, err := assessment.Project(a, nil, criteria.Standard()); return err },
			[]dendai.Code{assessment.CodeMissingInput}},
		{"Migrate without catalogs", func() error { _, err := assessment.Migrate(a, nil, nil, nil); return err },
			[]dendai.Code{assessment.CodeMissingInput}},
	}
	for _, tt := range tests {
		err := tt.call()
		if diff := cmp.Diff(tt.want, testkit.ErrCodes(err)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if ps, _ := testkit.Problems(err); len(ps) > 0 && (ps[0].Message.JA == "" || ps[0].Message.EN == "no  was given") {
			t.Errorf("%s: message %+v", tt.name, ps[0].Message)
		}
	}
}
