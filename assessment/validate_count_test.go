package assessment

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/dendai-go/dendai/criteria"
)

// validatorCount returns the number of field rules the validator finds r
// breaks: the count fieldProblems must give.
func validatorCount(t testing.TB, r *Response) int {
	t.Helper()
	err := fieldRules().Struct(r)
	if err == nil {
		return 0
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		t.Fatalf("the validator failed on %+v: %v", r, err)
	}
	return len(fes)
}

// checkCounts checks that fieldProblems agrees with the validator on r, and
// that responseProblems counts, past the cap, as many problems as it builds
// before it. It returns fieldProblems' count.
func checkCounts(t testing.TB, r *Response) int {
	t.Helper()
	got, want := fieldProblems(r), validatorCount(t, r)
	if got != want {
		t.Fatalf("fieldProblems = %d, the validator finds %d, for %+v", got, want, r)
	}
	cat := testCatalog(t)
	a := &Assessment{State: Submitted, AssessedOn: MustParseDate("2026-11-01"), Responses: []Response{*r}}
	first := make([]int32, cat.Len())
	k := int32(-1)
	if j, ok := cat.Index(r.Criterion); ok {
		k, first[j] = int32(j), 1
	}
	c := &collector{a: a}
	built := responseProblems(cat, a, &a.Responses[0], 0, k, first, c)
	counted := responseProblems(cat, a, &a.Responses[0], 0, k, first, nil)
	if built != len(c.ps) || counted != built {
		t.Fatalf("responseProblems builds %d problems (returns %d) and counts %d without building, for %+v: %v", len(c.ps), built, counted, r, c.ps)
	}
	return got
}

// testCatalog is the catalog the counts are checked against: the built-in
// checklist, whose IDs look like 1-1.
func testCatalog(t testing.TB) *criteria.Catalog {
	t.Helper()
	return criteria.Checklist()
}

func TestFieldProblems(t *testing.T) {
	due := MustParseDate("2027-01-01")
	tests := []struct {
		name string
		r    Response
		want int
	}{
		{"valid", Response{Criterion: "1-1", Status: Compliant}, 0},
		{"no criterion", Response{Status: Compliant}, 1},
		{"malformed criterion", Response{Criterion: "1 1"}, 1},
		{"zero-width space in criterion", Response{Criterion: "1-1\u200b"}, 1},
		{"not UTF-8 criterion", Response{Criterion: "1-\xff"}, 1},
		{"101 pieces of evidence, all blank: only the list's rule", Response{Criterion: "1-1", Evidence: make([]Evidence, 101)}, 1},
		{"100 pieces of evidence, all blank", Response{Criterion: "1-1", Evidence: make([]Evidence, 100)}, 100},
		{"evidence without title", Response{Criterion: "1-1", Evidence: []Evidence{{Ref: "SEC-1"}}}, 1},
		{"evidence of blank title", Response{Criterion: "1-1", Evidence: []Evidence{{Title: " \u3000"}}}, 1},
		{"evidence title of 500 characters", Response{Criterion: "1-1", Evidence: []Evidence{{Title: strings.Repeat("規", 500)}}}, 0},
		{"evidence title of 501 characters", Response{Criterion: "1-1", Evidence: []Evidence{{Title: strings.Repeat("規", 501)}}}, 1},
		{"evidence title of 500 invalid bytes", Response{Criterion: "1-1", Evidence: []Evidence{{Title: strings.Repeat("\xff", 500)}}}, 0},
		{"evidence title of 501 invalid bytes", Response{Criterion: "1-1", Evidence: []Evidence{{Title: strings.Repeat("\xff", 501)}}}, 1},
		{"javascript: reference", Response{Criterion: "1-1", Evidence: []Evidence{{Title: "規程", Ref: "java\tscript:alert(1)"}}}, 1},
		{"reference of 2,001 characters", Response{Criterion: "1-1", Evidence: []Evidence{{Title: "規程", Ref: "javascript:" + strings.Repeat("x", 1990)}}}, 1},
		{"blank title and bad reference", Response{Criterion: "1-1", Evidence: []Evidence{{Ref: "data:x"}, {Title: "x", Ref: "file:///etc"}}}, 3},
		{"justification of 4,000 characters", Response{Criterion: "1-1", Justification: strings.Repeat("理", 4000)}, 0},
		{"justification and comment of 4,001 characters", Response{Criterion: "1-1", Justification: strings.Repeat("理", 4001), Comment: strings.Repeat("a", 4001)}, 2},
		{"empty remediation", Response{Criterion: "1-1", Remediation: &Remediation{}}, 2},
		{"remediation blank, owner too long, no date", Response{Criterion: "1-1", Remediation: &Remediation{Action: "\t", Owner: strings.Repeat("担", 201)}}, 3},
		{"remediation valid", Response{Criterion: "1-1", Remediation: &Remediation{Action: "導入", Owner: strings.Repeat("担", 200), Due: due}}, 0},
		{"non_compliant without remediation: not a field rule", Response{Criterion: "1-1", Status: NonCompliant}, 0},
		{"invalid status: not a field rule", Response{Criterion: "1-1", Status: 9}, 0},
		{"derivations", Response{Criterion: "1-1", DerivedFrom: []Derivation{{Criterion: "S1-1"}, {}, {Criterion: "S 1", Relationship: 9, Status: 9}}}, 2},
		{"everything wrong", Response{Evidence: []Evidence{{}}, Comment: strings.Repeat("x", 4001),
			Remediation: &Remediation{}, DerivedFrom: []Derivation{{}}}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkCounts(t, &tt.r); got != tt.want {
				t.Errorf("fieldProblems = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestFieldProblemsRandom checks fieldProblems against the validator on
// responses put together at random from values at the edges of every rule.
func TestFieldProblemsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	text := func(limit int) string {
		return pick("", " ", "\u3000", "ok", "適合", "\xe3\x81", strings.Repeat("a", limit), strings.Repeat("a", limit+1),
			strings.Repeat("あ", limit), strings.Repeat("あ", limit+1), strings.Repeat("\xff", limit), strings.Repeat("\xff", limit+1))
	}
	broken := 0
	for range 5_000 {
		r := Response{Criterion: criteria.ID(pick("1-1", "", "1 1", "-x", "S10-15", "1-1\u200b", "9-99")), Status: Status(rng.IntN(6)),
			Justification: text(4000), Comment: text(4000), NeedsReview: rng.IntN(4) == 0}
		for range rng.IntN(3) {
			r.Evidence = append(r.Evidence, Evidence{Title: text(500), Ref: pick("", "https://example.jp/x", "javascript:x", "SEC-1", "http:x", "https://", text(2000))})
		}
		if rng.IntN(2) == 0 {
			r.Remediation = &Remediation{Action: text(4000), Owner: text(200)}
			if rng.IntN(3) > 0 {
				r.Remediation.Due = MustParseDate(pick("2027-01-01", "2020-01-01"))
			}
		}
		if rng.IntN(50) == 0 {
			r.Evidence = make([]Evidence, 100+rng.IntN(2))
		}
		for range rng.IntN(3) {
			r.DerivedFrom = append(r.DerivedFrom, Derivation{Criterion: criteria.ID(pick("S1-1", "", "S 1", "1-2")),
				Relationship: criteria.Relationship(rng.IntN(7)), Status: Status(rng.IntN(6))})
		}
		if checkCounts(t, &r) > 0 {
			broken++
		}
	}
	if broken < 1000 {
		t.Fatalf("only %d responses break a rule: the test proves little", broken)
	}
}

func FuzzFieldProblems(f *testing.F) {
	f.Add("1-1", "規程", "SEC-1", "", "", "導入", "", "S1-1", uint8(1), uint8(3), true)
	f.Add("", "", "javascript:x", strings.Repeat("x", 4001), "\xff", "", strings.Repeat("担", 201), "", uint8(0), uint8(9), false)
	f.Fuzz(func(t *testing.T, criterion, title, ref, justification, comment, action, owner, derived string, evidence, status uint8, due bool) {
		r := Response{Criterion: criteria.ID(criterion), Status: Status(status), Justification: justification, Comment: comment}
		for range int(evidence) % 103 {
			r.Evidence = append(r.Evidence, Evidence{Title: title, Ref: ref})
		}
		if action != "" || owner != "" || due {
			r.Remediation = &Remediation{Action: action, Owner: owner}
			if due {
				r.Remediation.Due = MustParseDate("2027-01-01")
			}
		}
		if derived != "" {
			r.DerivedFrom = []Derivation{{Criterion: criteria.ID(derived), Relationship: criteria.Relationship(status % 8)}}
		}
		checkCounts(t, &r)
	})
}
