package report

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// secondBank loads the fictional second bank's catalog and the mapping to it
// from jpbank-checklist, in examples/secondbank.
func secondBank(t testing.TB) (*criteria.Catalog, *criteria.Mapping) {
	t.Helper()
	read := func(name string) []byte {
		data, err := os.ReadFile("../examples/secondbank/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	bank, err := criteria.Parse(read("catalog.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := criteria.ParseMapping(read("mapping.json"), criteria.Checklist(), bank, nil)
	if err != nil {
		t.Fatal(err)
	}
	return bank, m
}

// rank orders the statuses from worst to best for project.
var rank = map[assessment.Status]int{
	assessment.NotAssessed: 0, assessment.NonCompliant: 1, assessment.PartiallyCompliant: 2, assessment.Compliant: 3,
}

// project answers target from a, an assessment of m's source catalog, with
// the conservative rule of the mappings issue: the worst of the sources'
// answers, partially_compliant at best through subset or intersects, and
// not_applicable only when every source is. It stands in for the projection
// of package assessment, so that the reports are tested on data of their
// own: what matters here is that each derived response says where its answer
// came from.
func project(t testing.TB, a *assessment.Assessment, m *criteria.Mapping, target *criteria.Catalog) *assessment.Assessment {
	t.Helper()
	answers := map[criteria.ID]assessment.Status{}
	for _, r := range a.Responses {
		answers[r.Criterion] = r.Status
	}
	p := assessment.Template(target)
	p.AssessedOn, p.Subject, p.Assessor = a.AssessedOn, a.Subject, a.Assessor
	for i := range p.Responses {
		r := &p.Responses[i]
		e, ok := m.For(r.Criterion)
		if !ok || len(e.Sources) == 0 {
			continue
		}
		status, applicable := assessment.Compliant, false
		for _, s := range e.Sources {
			st := answers[s]
			r.DerivedFrom = append(r.DerivedFrom, assessment.Derivation{Criterion: s, Relationship: e.Relationship, Status: st})
			if st == assessment.NotApplicable {
				continue
			}
			applicable = true
			if rank[st] < rank[status] {
				status = st
			}
		}
		if (e.Relationship == criteria.Subset || e.Relationship == criteria.Intersects) && status == assessment.Compliant {
			status = assessment.PartiallyCompliant
		}
		if !applicable {
			status = assessment.NotApplicable
		}
		r.Status = status
	}
	return p
}

// projected is the report of the sample assessment projected onto the second
// bank's catalog, scored under the uniform policy of that catalog, with one
// answer flagged for review.
func projected(t testing.TB) *Report {
	bank, m := secondBank(t)
	a := project(t, load(t, "sample.json", scoring.Uniform()).Assessment, m, bank)
	for i := range a.Responses {
		if a.Responses[i].Criterion == "S-2" {
			a.Responses[i].NeedsReview = true
		}
	}
	p := scoring.UniformFor(bank)
	return &Report{Policy: p, Assessment: a, Result: p.Score(a)}
}

func TestProjectedGolden(t *testing.T) {
	r := projected(t)
	for _, l := range i18n.Langs() {
		html, err := r.HTML(l)
		if err != nil {
			t.Fatal(err)
		}
		for ext, out := range map[string]string{"txt": r.Text(l), "md": r.Markdown(l), "html": html} {
			name := "projected.tsubasa-bank.uniform." + l.String() + "." + ext + ".golden"
			t.Run(name, func(t *testing.T) { testkit.Golden(t, name, []byte(out)) })
		}
	}
}

// TestProvenance checks what the reports show of where the answers came
// from: the work still to do and each criterion's sources.
func TestProvenance(t *testing.T) {
	ids := func(items []todoItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.ID)
		}
		return out
	}
	type list struct {
		Title string
		IDs   []string
	}
	lists := func(p provenance) []list {
		var out []list
		for _, l := range p.ToDo {
			out = append(out, list{l.Title, ids(l.Items)})
		}
		return out
	}

	sample := load(t, "sample.json", scoring.Uniform())
	review := load(t, "sample.json", scoring.Uniform())
	review.Assessment.Responses[0].NeedsReview = true
	review.Assessment.Responses[5].Status = assessment.NotAssessed
	review.Result = review.Policy.Score(review.Assessment)
	tests := []struct {
		name    string
		r       *Report
		lang    i18n.Lang
		shown   bool
		todo    []list
		sources map[criteria.ID]string
	}{
		{"an assessment answered directly", sample, i18n.English, false, nil, nil},
		{"a projected assessment", projected(t), i18n.English, true, []list{
			{"To answer (2): no answer carries over to these", []string{"A-4", "B-4"}},
			{"To complete (13): the answers carried over cover only part of these", []string{
				"G-1", "G-3", "G-6", "O-1", "O-2", "U-4", "U-5", "S-2", "S-3", "A-2", "A-3", "B-1", "B-3"}},
			{"To review (1): answers flagged for review", []string{"S-2"}},
		}, map[criteria.ID]string{
			"G-1": "1-1 (subset, Compliant)",
			"G-3": "1-3 (intersects, Compliant), 1-5 (intersects, Compliant)",
			"G-6": "1-10 (subset, Non-compliant)",
			"S-1": "1-28 (equivalent, Compliant), 1-29 (equivalent, Compliant), 1-39 (equivalent, Compliant)",
		}},
		{"the same in Japanese", projected(t), i18n.Japanese, true, []list{
			{"回答が必要（2項目）: 引き継げる回答がない基準", []string{"A-4", "B-4"}},
			{"回答の補完が必要（13項目）: 引き継いだ回答が一部にしか当たらない基準", []string{
				"G-1", "G-3", "G-6", "O-1", "O-2", "U-4", "U-5", "S-2", "S-3", "A-2", "A-3", "B-1", "B-3"}},
			{"見直しが必要（1項目）: 確認の印が付いた回答", []string{"S-2"}},
		}, map[criteria.ID]string{
			"G-1": "1-1（部分的、適合）",
			"D-3": "1-45（包含、適合）、1-46（包含、適合）、1-47（包含、適合）",
		}},
		{"a migrated assessment, flagged for review", review, i18n.English, true, []list{
			{"To answer (1): no answer carries over to these", []string{"1-6"}},
			{"To review (1): answers flagged for review", []string{"1-1"}},
		}, nil},
	}
	for _, tt := range tests {
		p := tt.r.provenance(tt.lang)
		if p.Shown != tt.shown {
			t.Errorf("%s: shown %v, want %v", tt.name, p.Shown, tt.shown)
		}
		if diff := cmp.Diff(tt.todo, lists(p)); diff != "" {
			t.Errorf("%s: to do (-want +got):\n%s", tt.name, diff)
		}
		for id, want := range tt.sources {
			if got := sourcesText(p.Sources[id], tt.lang); got != want {
				t.Errorf("%s: sources of %s = %q, want %q", tt.name, id, got, want)
			}
		}
		v := tt.r.view(tt.lang)
		var withSources, flagged int
		for _, c := range v.Criteria {
			if c.Sources != "" {
				withSources++
			}
			if c.Review {
				flagged++
			}
		}
		if withSources != len(p.Sources) || flagged != len(p.Review) || v.ToDoShown != tt.shown {
			t.Errorf("%s: the view shows %d criteria with sources and %d flagged, want %d and %d", tt.name, withSources, flagged, len(p.Sources), len(p.Review))
		}
	}
}

// TestProvenanceNothingToDo checks the to-do section of a projection that
// answers every criterion in full.
func TestProvenanceNothingToDo(t *testing.T) {
	r := load(t, "sample.json", scoring.Uniform())
	for i := range r.Assessment.Responses {
		resp := &r.Assessment.Responses[i]
		resp.DerivedFrom = []assessment.Derivation{{Criterion: "X-1", Relationship: criteria.Equivalent, Status: resp.Status}}
	}
	for _, tt := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, "\nStill to do\n  nothing: every criterion has a full answer\n\nWhere the answers came from\n"},
		{i18n.Japanese, "\n残る作業\n  ありません。すべての基準に回答があります\n\n回答の出典\n"},
	} {
		if text := r.Text(tt.lang); !strings.Contains(text, tt.want) {
			t.Errorf("%s: text report without %q:\n%s", tt.lang, tt.want, text)
		}
		if md := r.Markdown(tt.lang); !strings.Contains(md, "\n\n"+strings.Split(tt.want, "\n")[2][2:]+"\n") {
			t.Errorf("%s: Markdown report does not say there is nothing to do", tt.lang)
		}
	}
}
