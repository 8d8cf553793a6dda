package dendai_test

import (
	"fmt"
	"log"
	"os"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// Example_assessOnce answers Japan Post Bank's checklist once and reports to
// two banks: to Japan Post Bank on its checklist, and to a second bank, the
// fictional Tsubasa Bank of examples/secondbank, by projecting the same
// answers onto its criteria through a mapping from the checklist; and, through
// the built-in mapping, onto Japan Post Bank's published standard. A
// projection is a draft: what no checklist item answers is left to answer.
func Example_assessOnce() {
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			log.Fatal(err)
		}
		return data
	}

	// The checklist, answered once.
	a, err := assessment.Decode(read("examples/assessments/sample.json"), nil)
	if err != nil {
		log.Fatal(err)
	}

	// Japan Post Bank scores the checklist under its risk-weighted policy.
	jp := scoring.RiskWeighted()
	r := jp.Score(a)
	fmt.Printf("%s %s: %s, rating %s\n", r.Catalog, r.CatalogVersion, r.Score, r.Rating)

	// The second bank publishes its own criteria, and a mapping says which
	// checklist items answer each of them, and how.
	bank, err := criteria.Parse(read("examples/secondbank/catalog.json"), nil)
	if err != nil {
		log.Fatal(err)
	}
	m, err := criteria.ParseMapping(read("examples/secondbank/mapping.json"), criteria.Checklist(), bank, nil)
	if err != nil {
		log.Fatal(err)
	}
	proj, err := assessment.Project(a, m, bank)
	if err != nil {
		log.Fatal(err)
	}
	tb := scoring.UniformFor(bank)
	r = tb.Score(proj.Assessment)
	fmt.Printf("%s %s: %s, rating %s\n", r.Catalog, r.CatalogVersion, r.Score, r.Rating)

	// Each derived answer says where it came from.
	for _, resp := range proj.Assessment.Responses {
		if resp.Criterion == "G-3" || resp.Criterion == "S-2" {
			fmt.Print(resp.Criterion, " ", resp.Status, " from")
			for _, d := range resp.DerivedFrom {
				fmt.Print(" ", d.Criterion, " (", d.Relationship, ", ", d.Status, ")")
			}
			fmt.Println()
		}
	}
	// The questions still to answer for the second bank.
	fmt.Println("still to answer:", proj.Open)

	// The same answers reach Japan Post Bank's published standard through the
	// built-in mapping, the checklist's crosswalk.
	std := criteria.Standard()
	onStd, err := assessment.Project(a, criteria.ChecklistToStandard(), std)
	if err != nil {
		log.Fatal(err)
	}
	r = scoring.UniformFor(std).Score(onStd.Assessment)
	fmt.Printf("%s %s: %s, rating %s, %d requirements still to answer\n", r.Catalog, r.CatalogVersion, r.Score, r.Rating, len(onStd.Open))
	// Output:
	// jpbank-checklist 1.1.0: 95.7, rating A
	// tsubasa-bank 2026.1: 75.7, rating B
	// G-3 partially_compliant from 1-3 (intersects, compliant) 1-5 (intersects, compliant)
	// S-2 partially_compliant from 1-30 (subset, partially_compliant)
	// still to answer: [A-4 B-4]
	// jpbank-standard 1.0.1: 74.0, rating C, 9 requirements still to answer
}
