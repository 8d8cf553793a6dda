package oscal

import (
	"os"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// sample decodes one of the example assessments.
func sample(t testing.TB, name string) *assessment.Assessment {
	t.Helper()
	data, err := os.ReadFile("../examples/assessments/" + name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// export is one document the package makes, under a name for test output.
type export struct {
	name string
	make func() ([]byte, error)
	// since is the first OSCAL version whose schema knows the document's
	// model: 1.1.3 but for a mapping-collection, new in 1.2.
	since string
}

// exports returns the documents the package is checked on: the two built-in
// catalogs, with and without a policy, the results of the example
// assessments and of a synthetic one with every status, and two mappings:
// the example one to a second bank and a synthetic one with every
// relationship.
func exports(t testing.TB) []export {
	t.Helper()
	cat, p := criteria.Checklist(), scoring.RiskWeighted()
	results := func(a *assessment.Assessment, p *scoring.Policy) func() ([]byte, error) {
		return func() ([]byte, error) { return exportResults(cat, p, a) }
	}
	mapping := func(m *criteria.Mapping) func() ([]byte, error) {
		return func() ([]byte, error) { return MappingCollection(m) }
	}
	return []export{
		{"catalog.jpbank-checklist", func() ([]byte, error) { return PolicyCatalog(p) }, Version},
		{"catalog.jpbank-checklist.nopolicy", func() ([]byte, error) { return Catalog(cat) }, Version},
		{"catalog.jpbank-standard", func() ([]byte, error) { return Catalog(criteria.Standard()) }, Version},
		{"assessment-results.sample", results(sample(t, "sample.json"), p), Version},
		{"assessment-results.sample-previous", results(sample(t, "sample-previous.json"), p), Version},
		{"assessment-results.sample.nopolicy", results(sample(t, "sample.json"), nil), Version},
		{"assessment-results.every-status", results(everyStatus(), scoring.Uniform()), Version},
		{"mapping-collection.tsubasa-bank", mapping(secondBank(t)), MappingVersion},
		{"mapping-collection.jpbank-checklist-to-standard", mapping(criteria.ChecklistToStandard()), MappingVersion},
		{"mapping-collection.every-relationship", mapping(parseMapping(t, everyRelationship, mapSource, mapTarget)), MappingVersion},
	}
}

// everyStatus is a draft assessment of jpbank-checklist with each status once,
// a duplicate response, a missing response, evidence with and without a URL,
// and no assessor.
func everyStatus() *assessment.Assessment {
	a := assessment.Template(criteria.Checklist())
	a.AssessedOn = assessment.MustParseDate("2026-11-01")
	a.Subject.Name.EN = "Test <Pay> & *Co*"
	due := assessment.MustParseDate("2027-03-31")
	set := map[criteria.ID]assessment.Response{
		"1-1": {Status: assessment.Compliant, Comment: "line one\nline two", Evidence: []assessment.Evidence{
			{Title: "Policy", Ref: "https://example.jp/policy.pdf"},
			{Title: "Minutes", Ref: "BOD 2026-04"},
		}},
		"1-2": {Status: assessment.PartiallyCompliant, Remediation: &assessment.Remediation{Action: "Extend\nthe scope", Owner: "IT", Due: due}},
		"1-3": {Status: assessment.NonCompliant, Remediation: &assessment.Remediation{Action: "Write the rules", Due: due}},
		"1-4": {Status: assessment.NotApplicable, Justification: "We have no such system."},
		"1-5": {Status: assessment.NotAssessed},
	}
	kept := a.Responses[:0]
	for _, r := range a.Responses {
		if r.Criterion == "1-6" {
			continue // missing: counts as not_assessed
		}
		if s, ok := set[r.Criterion]; ok {
			s.Criterion = r.Criterion
			r = s
		}
		kept = append(kept, r)
	}
	a.Responses = append(kept, assessment.Response{Criterion: "1-1", Status: assessment.NonCompliant}) // ignored: the first counts
	return a
}
