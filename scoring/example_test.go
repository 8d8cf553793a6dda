package scoring_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// readSample decodes the sample self-assessment of the examples directory.
func readSample() *assessment.Assessment {
	b, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		log.Fatal(err)
	}
	a, err := assessment.Decode(b, nil)
	if err != nil {
		log.Fatal(err)
	}
	return a
}

func ExamplePolicy_Score() {
	a := readSample()
	r := scoring.Uniform().Score(a)
	fmt.Println("score:", r.Score)
	fmt.Println("rating:", r.Rating)
	fmt.Println("passed:", r.Passed)
	first := r.Improvements[0]
	fmt.Printf("first improvement: %s (+%v points)\n", first.Criterion, first.Gain)
	// Output:
	// score: 95.5
	// rating: A
	// passed: true
	// first improvement: 1-10 (+1.8 points)
}

func ExampleCompare() {
	p := scoring.Uniform()
	before := readSample()
	after := readSample()
	for i, resp := range after.Responses {
		if resp.Criterion == "1-10" {
			after.Responses[i].Status = assessment.Compliant
		}
	}
	d, err := scoring.Compare(p.Score(before), p.Score(after))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%v → %v (%+.1f)\n", d.OldScore, d.NewScore, d.Change.Float64())
	for _, c := range d.Improved {
		fmt.Println("improved:", c.Criterion, c.From, "→", c.To)
	}
	fmt.Println("unchanged:", len(d.Unchanged))
	// Output:
	// 95.5 → 97.3 (+1.8)
	// improved: 1-10 non_compliant → compliant
	// unchanged: 56
}

func ExampleParsePolicy() {
	// A strict policy: no credit for partial compliance, authentication
	// (1-30) weighs five times as much as the rest, and 2-2 must hold.
	doc := []byte(`{
  "format": "dendai.policy/v1",
  "name": "strict",
  "version": "1.0.0",
  "catalog": "jpbank-checklist",
  "title": {"ja": "厳格", "en": "Strict"},
  "credit": {"compliant": 1, "partially_compliant": 0, "non_compliant": 0, "not_assessed": 0},
  "defaultWeight": 1,
  "criteria": [{"criterion": "1-30", "weight": 5}],
  "gates": [{"criterion": "2-2", "minimum": "compliant"}],
  "bands": [{"rating": "pass", "minScore": 90}, {"rating": "fail", "minScore": 0}]
}`)
	cat := criteria.Checklist()
	p, err := scoring.ParsePolicy(doc, cat, nil)
	if err != nil {
		log.Fatal(err)
	}
	r := p.Score(readSample())
	fmt.Println(p.Name(), r.Score, r.Rating, r.Passed)
	fmt.Printf("%s %s: %s\n", r.Gates[0].Criterion, r.Gates[0].Status, map[bool]string{true: "holds", false: "fails"}[r.Gates[0].Passed])
	fmt.Println("first improvement:", r.Improvements[0].Criterion, r.Improvements[0].Gain)

	// A refused document lists every problem, located, with a stable code.
	bad := strings.NewReplacer(`"jpbank-checklist"`, `"jpbank-standard"`, `"weight": 5`, `"weight": 5.0001`).Replace(string(doc))
	_, err = scoring.ParsePolicy([]byte(bad), cat, nil)
	var perr *dendai.Error
	if errors.As(err, &perr) {
		for _, pr := range perr.Problems {
			fmt.Printf("%d:%d %q %s\n", pr.Line, pr.Column, pr.Path, pr.Code)
		}
	}
	// Output:
	// strict 86.7 fail true
	// 2-2 compliant: holds
	// first improvement: 1-30 8.3
	// 5:14 "/catalog" policy.catalog_mismatch
	// 9:48 "/criteria/0/weight" policy.invalid_number
}

// A policy larger than DefaultMaxSize, 4 MiB, is refused unless Options
// raises the limit; a lower limit refuses it sooner.
func ExampleParsePolicy_maxSize() {
	doc, err := scoring.RiskWeighted().AppendJSON(nil)
	if err != nil {
		log.Fatal(err)
	}
	big := append(doc, strings.Repeat(" ", scoring.DefaultMaxSize)...)
	cat := criteria.Checklist()
	_, err = scoring.ParsePolicy(big, cat, nil)
	fmt.Println(err)
	p, err := scoring.ParsePolicy(big, cat, &scoring.Options{MaxSize: 8 << 20})
	fmt.Println(p.Name(), err)
	_, err = scoring.ParsePolicy(doc, cat, &scoring.Options{MaxSize: 1024})
	fmt.Println(err)
	// Output:
	// dendai: the input is larger than the limit of 4194304 bytes
	// risk-weighted <nil>
	// dendai: the input is larger than the limit of 1024 bytes
}

func ExampleNewPolicy() {
	// The strict policy of the ParsePolicy example, built in Go.
	spec := scoring.Spec{
		Name: "strict", Version: "1.0.0", Catalog: criteria.ChecklistID,
		Title:         i18n.Text{JA: "厳格", EN: "Strict"},
		Credit:        scoring.Credits{Compliant: scoring.One}, // nothing for the rest
		DefaultWeight: scoring.One,
		Criteria:      []scoring.CriterionSpec{{Criterion: "1-30", Weight: new(5 * scoring.One)}},
		Gates:         []scoring.Gate{{Criterion: "2-2", Minimum: assessment.Compliant}},
		Bands:         []scoring.Band{{Rating: "pass", MinScore: 900}, {Rating: "fail", MinScore: 0}},
	}
	p, err := scoring.NewPolicy(criteria.Checklist(), spec)
	if err != nil {
		log.Fatal(err)
	}
	r := p.Score(readSample())
	fmt.Println(p.Name(), r.Score, r.Rating, r.Passed)
	fmt.Println("1-30 weighs", p.Weight("1-30"), "of", p.Spec().DefaultWeight)

	// The rules of a policy document apply, with the same codes and the JSON
	// Pointer of the field at fault.
	spec.Criteria[0].Weight = new(5*scoring.One + 100) // 5.0001
	spec.Bands[1].MinScore = 100                       // 10.0: no band for lower scores
	_, err = scoring.NewPolicy(criteria.Checklist(), spec)
	var perr *dendai.Error
	if errors.As(err, &perr) {
		for _, pr := range perr.Problems {
			fmt.Printf("%q %s: %s\n", pr.Path, pr.Code, pr.Message.EN)
		}
	}
	// Output:
	// strict 86.7 fail true
	// 1-30 weighs 5 of 1
	// "/criteria/0/weight" policy.invalid_number: 5.0001 is not allowed here: give a number from 0 to 1000000 with at most three decimals
	// "/bands" policy.band_floor: the last band must have a minimum score of 0, so that every score has a rating
}

func ExampleRiskWeighted() {
	p := scoring.RiskWeighted()
	tier, _ := p.Tier("1-30")
	fmt.Println(tier.ID, p.Weight("1-30"), tier.Title.In(i18n.Japanese))
	fmt.Println(p.Rationale("1-30").In(i18n.Japanese))
	fmt.Println(p.Rationale("1-30").In(i18n.English))
	// Output:
	// critical 10 最重要
	// システムアクセス時の認証が破られれば、利用者情報や口座連携機能への不正アクセスに直結する。
	// Weak authentication of system access leads straight to unauthorized access to user data and linked accounts.
}
