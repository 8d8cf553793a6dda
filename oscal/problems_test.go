package oscal

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// collisions is a catalog whose IDs collide in every way OSCAL IDs can: a
// group with a group, a criterion with a criterion, a criterion with a
// statement, and a criterion with a group.
const collisions = `{
  "format": "dendai.catalog/v1", "id": "collide", "version": "1",
  "title": {"ja": "衝突", "en": "Collision"},
  "groups": [
    {"id": "g", "title": {"ja": "群", "en": "Group"}, "criteria": [
      {"id": "1-1", "text": {"ja": "一", "en": "One"}},
      {"id": "c1-1", "text": {"ja": "二", "en": "Two"}},
      {"id": "c1-1_smt", "text": {"ja": "三", "en": "Three"}}
    ]},
    {"id": "c1-2", "title": {"ja": "群", "en": "Group"}, "criteria": [{"id": "1-2", "text": {"ja": "四", "en": "Four"}}]},
    {"id": "1", "title": {"ja": "群", "en": "Group"}, "criteria": [{"id": "x", "text": {"ja": "五", "en": "Five"}}]},
    {"id": "g1", "title": {"ja": "群", "en": "Group"}, "criteria": [{"id": "y", "text": {"ja": "六", "en": "Six"}}]}
  ]
}`

func parseCatalog(t *testing.T, doc string) *criteria.Catalog {
	t.Helper()
	cat, err := criteria.Parse([]byte(doc), nil)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// problemsOf returns the problems of err, which must be a *dendai.Error, and
// checks that no document came with it.
func problemsOf(t *testing.T, b []byte, err error) dendai.Problems {
	t.Helper()
	ps, ok := testkit.Problems(err)
	if !ok || b != nil {
		t.Fatalf("got %d bytes and error %v, want a *dendai.Error", len(b), err)
	}
	return ps
}

// TestProblems checks what keeps a catalog or an assessment from being
// exported: problems, in both languages, of a *dendai.Error.
func TestProblems(t *testing.T) {
	collide := parseCatalog(t, collisions)
	clash := func(a, b, id string) i18n.Text {
		return i18n.Text{
			JA: a + " と " + b + " はどちらも OSCAL の ID「" + id + "」になります。OSCAL の ID は重複できないため、どちらかの ID を変えてください",
			EN: a + " and " + b + " both map to the OSCAL ID \"" + id + "\", which must be unique: change one of the IDs",
		}
	}
	idProblems := dendai.Problems{
		{Group: "g1", Code: CodeIDCollision, Message: clash("1", "g1", "g1")},
		{Criterion: "c1-1", Code: CodeIDCollision, Message: clash("1-1", "c1-1", "c1-1")},
		{Criterion: "c1-1_smt", Code: CodeIDCollision, Message: clash("1-1", "c1-1_smt", "c1-1_smt")},
		{Criterion: "1-2", Code: CodeIDCollision, Message: clash("c1-2", "1-2", "c1-2")},
	}

	a := sample(t, "sample.json")
	date := func(y int, m time.Month, d int) *assessment.Assessment {
		c := sample(t, "sample.json")
		c.AssessedOn = assessment.Date{}
		if y != 0 {
			var ok bool
			if c.AssessedOn, ok = assessment.NewDate(y, m, d); !ok {
				t.Fatalf("%d-%d-%d is not a date", y, m, d)
			}
		}
		return c
	}
	noDate := dendai.Problem{Path: "/assessedOn", Code: CodeNoDate, Message: i18n.Text{
		JA: "評価日がありません。OSCAL のタイムスタンプは評価日から作ります",
		EN: "the assessment has no date, from which OSCAL timestamps are made",
	}}
	outOfRange := func(d string) dendai.Problem {
		return dendai.Problem{Path: "/assessedOn", Code: CodeDateRange, Message: i18n.Text{
			JA: "評価日 " + d + " は OSCAL のタイムスタンプで表せる1900年から2999年の範囲外です",
			EN: "the assessment date " + d + " is outside the years 1900 to 2999 that OSCAL timestamps allow",
		}}
	}
	collideDraft := assessment.Template(collide)
	collideDraft.AssessedOn = a.AssessedOn
	collideUndated := assessment.Template(collide)

	tests := []struct {
		name   string
		export func() ([]byte, error)
		want   dendai.Problems
	}{
		{"catalog with colliding IDs", func() ([]byte, error) { return Catalog(collide) }, idProblems},
		{"results of a catalog with colliding IDs", func() ([]byte, error) {
			return UnscoredAssessmentResults(collide, collideDraft)
		}, idProblems},
		{"no date", func() ([]byte, error) {
			return UnscoredAssessmentResults(criteria.Checklist(), date(0, 0, 0))
		}, dendai.Problems{noDate}},
		{"date before 1900", func() ([]byte, error) {
			return UnscoredAssessmentResults(criteria.Checklist(), date(1899, 12, 31))
		}, dendai.Problems{outOfRange("1899-12-31")}},
		{"date after 2999", func() ([]byte, error) {
			return UnscoredAssessmentResults(criteria.Checklist(), date(3000, 1, 1))
		}, dendai.Problems{outOfRange("3000-01-01")}},
		{"every problem at once", func() ([]byte, error) {
			return UnscoredAssessmentResults(collide, collideUndated)
		}, append(dendai.Problems{noDate}, idProblems...)},
	}
	for _, tt := range tests {
		b, err := tt.export()
		if diff := cmp.Diff(tt.want, problemsOf(t, b, err)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// The first and last years OSCAL allows export.
	for _, y := range []int{1900, 2999} {
		if _, err := UnscoredAssessmentResults(criteria.Checklist(), date(y, 1, 1)); err != nil {
			t.Errorf("%d: %v", y, err)
		}
	}
}

// TestProblemsCap checks that a catalog with more collisions than
// dendai.MaxProblems lists that many and a marker saying how many more.
func TestProblemsCap(t *testing.T) {
	const pairs = dendai.MaxProblems + 2
	var items []string
	for i := 1; i <= pairs; i++ {
		items = append(items, fmt.Sprintf(`{"id": "1-%d", "text": {"ja": "一", "en": "One"}}, {"id": "c1-%d", "text": {"ja": "二", "en": "Two"}}`, i, i))
	}
	cat := parseCatalog(t, `{"format": "dendai.catalog/v1", "id": "many", "version": "1",
  "title": {"ja": "多数", "en": "Many"},
  "groups": [{"id": "g", "title": {"ja": "群", "en": "Group"}, "criteria": [`+strings.Join(items, ",")+`]}]}`)
	b, err := Catalog(cat)
	ps := problemsOf(t, b, err)
	if len(ps) != dendai.MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(ps), dendai.MaxProblems+1)
	}
	if got := ps[dendai.MaxProblems-1].Criterion; got != fmt.Sprint("c1-", dendai.MaxProblems) {
		t.Errorf("the last problem listed concerns %s", got)
	}
	last := ps[dendai.MaxProblems]
	if last.Code != dendai.CodeTooManyProblems || !strings.Contains(last.Message.EN, "2 more") {
		t.Errorf("the list ends with %+v, want the marker of 2 more", last)
	}
}
