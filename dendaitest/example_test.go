package dendaitest_test

import (
	"fmt"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/dendaitest"
	"github.com/dendai-go/dendai/scoring"
)

func ExampleCheckCatalog() {
	cat, err := criteria.Parse([]byte(`{"format": "dendai.catalog/v1", "id": "acme", "version": "1",
	  "title": {"ja": "基準", "en": "Criteria"},
	  "groups": [{"id": "g", "title": {"ja": "グループ", "en": "Group"},
	    "criteria": [{"id": "A-1", "text": {"ja": "基準一", "en": "First"}, "standard": ["S99-1"]}]}]}`), nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(dendaitest.CheckCatalog(cat))
	// Output:
	// catalog acme 1: criterion A-1 implements "S99-1", which is not a requirement of jpbank-standard
}

func ExampleFilled() {
	cat := criteria.Checklist()
	p := scoring.RiskWeighted()
	a := dendaitest.Filled(cat, assessment.Compliant)
	fmt.Println(p.Score(a).Score, p.Score(a).Passed)
	// One criterion set apart: 2-2 is gated.
	b := dendaitest.With(a, "2-2", assessment.PartiallyCompliant)
	r := p.Score(b)
	fmt.Println(r.Score, r.Rating, r.Passed, len(assessment.Validate(cat, b, nil)))
	// Output:
	// 100.0 true
	// 98.7 A false 0
}
