package oscal_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/oscal"
	"github.com/dendai-go/dendai/scoring"
)

// prop is an OSCAL property, as the examples read it back.
type prop struct {
	Name  string `json:"name"`
	NS    string `json:"ns"`
	Value string `json:"value"`
	Class string `json:"class"`
}

// get returns the value of the first prop in dendai's namespace named name
// without a class.
func get(props []prop, name string) string {
	for _, p := range props {
		if p.NS == oscal.Namespace && p.Name == name && p.Class == "" {
			return p.Value
		}
	}
	return ""
}

func ExampleCatalog() {
	b, err := oscal.PolicyCatalog(scoring.RiskWeighted())
	if err != nil {
		log.Fatal(err)
	}
	type part struct {
		Name  string `json:"name"`
		Class string `json:"class"`
		Prose string `json:"prose"`
		Parts []part `json:"parts"`
	}
	type control struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Props []prop `json:"props"`
		Parts []part `json:"parts"`
	}
	type group struct {
		Groups   []group   `json:"groups"`
		Controls []control `json:"controls"`
	}
	var doc struct {
		Catalog struct {
			Metadata struct {
				OSCALVersion string `json:"oscal-version"`
			} `json:"metadata"`
			Groups []group `json:"groups"`
		} `json:"catalog"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatal(err)
	}
	var all []control
	var walk func([]group)
	walk = func(gs []group) {
		for _, g := range gs {
			walk(g.Groups)
			all = append(all, g.Controls...)
		}
	}
	walk(doc.Catalog.Groups)

	first := all[0]
	fmt.Println("oscal-version:", doc.Catalog.Metadata.OSCALVersion)
	fmt.Println("controls:", len(all))
	fmt.Println("first:", first.ID, "=", get(first.Props, "id"))
	fmt.Println("title:", first.Title)
	fmt.Println("ja:", first.Parts[0].Parts[0].Prose)
	fmt.Println("tier:", get(first.Props, "tier"), "weight:", get(first.Props, "weight"))
	// Output:
	// oscal-version: 1.1.3
	// controls: 57
	// first: c1-1 = 1-1
	// title: Management has established an information security management framework.
	// ja: 経営陣により情報セキュリティ管理態勢が整備されている
	// tier: medium weight: 5
}

func ExampleAssessmentResults() {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		log.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		log.Fatal(err)
	}
	b, err := oscal.AssessmentResults(scoring.RiskWeighted(), a)
	if err != nil {
		log.Fatal(err)
	}
	var doc struct {
		AssessmentResults struct {
			Results []struct {
				Start    string `json:"start"`
				Props    []prop `json:"props"`
				Findings []struct {
					Props  []prop `json:"props"`
					Target struct {
						TargetID string `json:"target-id"`
						Status   struct {
							State string `json:"state"`
						} `json:"status"`
					} `json:"target"`
				} `json:"findings"`
			} `json:"results"`
		} `json:"assessment-results"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatal(err)
	}
	res := doc.AssessmentResults.Results[0]
	fmt.Println("start:", res.Start)
	fmt.Println("score:", get(res.Props, "score"), "rating:", get(res.Props, "rating"), "passed:", get(res.Props, "passed"))
	fmt.Println("findings:", len(res.Findings))
	for _, f := range res.Findings {
		if s := get(f.Props, "status"); s != "compliant" {
			fmt.Println(f.Target.TargetID, f.Target.Status.State, s)
		}
	}
	// Output:
	// start: 2026-11-01T00:00:00+09:00
	// score: 95.7 rating: A passed: true
	// findings: 57
	// c1-10 not-satisfied non_compliant
	// c1-14 not-satisfied partially_compliant
	// c1-30 not-satisfied partially_compliant
	// c1-48 satisfied not_applicable
	// c1-53 not-satisfied partially_compliant
}

// ExampleMappingCollection exports the example mapping from Japan Post Bank's
// checklist to a fictional second bank's criteria (examples/secondbank).
func ExampleMappingCollection() {
	read := func(name string) []byte {
		data, err := os.ReadFile("../examples/secondbank/" + name)
		if err != nil {
			log.Fatal(err)
		}
		return data
	}
	bank, err := criteria.Parse(read("catalog.json"), nil)
	if err != nil {
		log.Fatal(err)
	}
	m, err := criteria.ParseMapping(read("mapping.json"), criteria.Checklist(), bank, nil)
	if err != nil {
		log.Fatal(err)
	}
	b, err := oscal.MappingCollection(m)
	if err != nil {
		log.Fatal(err)
	}
	type item struct {
		IDRef string `json:"id-ref"`
	}
	var doc struct {
		MappingCollection struct {
			Metadata struct {
				Title        string `json:"title"`
				OSCALVersion string `json:"oscal-version"`
			} `json:"metadata"`
			Mappings []struct {
				Maps []struct {
					Relationship string `json:"relationship"`
					Sources      []item `json:"sources"`
					Targets      []item `json:"targets"`
				} `json:"maps"`
			} `json:"mappings"`
		} `json:"mapping-collection"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatal(err)
	}
	mc := doc.MappingCollection
	fmt.Println(mc.Metadata.Title)
	fmt.Println("oscal-version:", mc.Metadata.OSCALVersion)
	maps := mc.Mappings[0].Maps
	fmt.Println("maps:", len(maps))
	for _, mp := range maps[:3] {
		var sources []string
		for _, s := range mp.Sources {
			sources = append(sources, s.IDRef)
		}
		fmt.Println(strings.Join(sources, " "), mp.Relationship, mp.Targets[0].IDRef)
	}
	// Output:
	// Mapping of jpbank-checklist 1.1.0 to tsubasa-bank 2026.1
	// oscal-version: 1.2.2
	// maps: 35
	// c1-1 subset-of G-1
	// c1-2 equivalent-to G-2
	// c1-3 c1-5 intersects-with G-3
}
