package schema_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
	"github.com/dendai-go/dendai/scoring"
)

const (
	resultFile = "result.schema.json"
	resultID   = baseURL + resultFile
)

// oddPolicy is a valid policy for the checklist whose credits and weights
// use all three decimals, so that points have six, and whose gates include
// a tier gate that lets not_applicable pass and one on non_compliant.
const oddPolicy = `{"format":"dendai.policy/v1","name":"odd","version":"0.0.1-rc.1","catalog":"jpbank-checklist",` +
	`"title":{"ja":"変則","en":"Odd"},` +
	`"credit":{"compliant":0.999,"partially_compliant":0.333,"non_compliant":0.001,"not_assessed":0},` +
	`"tiers":[{"id":"heavy","weight":999999.999,"title":{"ja":"重","en":"Heavy"}},` +
	`{"id":"light","weight":0.001,"title":{"ja":"軽","en":"Light"}}],` +
	`"defaultWeight":0.125,` +
	`"criteria":[{"criterion":"1-1","tier":"heavy"},{"criterion":"1-2","tier":"heavy"},{"criterion":"1-3","tier":"light"},` +
	`{"criterion":"1-4","tier":"light"},{"criterion":"1-5","weight":0},{"criterion":"1-6","weight":7.777}],` +
	`"gates":[{"tier":"heavy","minimum":"compliant","notApplicablePasses":true},{"tier":"light","minimum":"non_compliant"},` +
	`{"criterion":"2-2","minimum":"partially_compliant"}],` +
	`"bands":[{"rating":"とても良い","minScore":99.9},{"rating":"ABCDEFGHIJKLMNOP","minScore":50},{"rating":"-","minScore":0}]}`

// mustPolicy parses a policy document for cat.
func mustPolicy(t *testing.T, doc string, cat *criteria.Catalog) *scoring.Policy {
	t.Helper()
	p, err := scoring.ParsePolicy([]byte(doc), cat, nil)
	if err != nil {
		t.Fatalf("scoring.ParsePolicy: %v", err)
	}
	return p
}

// marshalResult returns the JSON of r, as dendai writes it.
func marshalResult(t *testing.T, r *scoring.Result) []byte {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sampleResult scores the example assessment under p and returns the JSON.
func sampleResult(t *testing.T, p *scoring.Policy) []byte {
	t.Helper()
	a, err := assessment.Decode([]byte(sampleDoc(t)), nil)
	if err != nil {
		t.Fatalf("assessment.Decode: %v", err)
	}
	return marshalResult(t, p.Score(a))
}

func TestResult(t *testing.T) {
	checkSchemaFile(t, schema.Result, resultFile, resultID, []string{
		"coverage", "criterion", "criterionGate", "date", "decimal", "gate", "group", "id", "improvement", "minimum",
		"percent", "status", "subject", "tierGate",
	})
}

// TestResultSharedDefinitions checks that the result schema's IDs and statuses
// are those of the other schemas.
func TestResultSharedDefinitions(t *testing.T) {
	res, cat, pol := schemaDefs(t, schema.Result()), schemaDefs(t, schema.Catalog()), schemaDefs(t, schema.Policy())
	strip := func(v any) map[string]any {
		m := maps.Clone(v.(map[string]any))
		delete(m, "description") // the descriptions may differ; the rules may not
		return m
	}
	if diff := cmp.Diff(strip(cat["id"]), strip(res["id"])); diff != "" {
		t.Errorf("$defs/id (-catalog +result):\n%s", diff)
	}
	// A gate's minimum is spelled as in a policy.
	gate := pol["gate"].(map[string]any)["properties"].(map[string]any)["minimum"]
	if diff := cmp.Diff(strip(gate)["enum"], strip(res["minimum"])["enum"]); diff != "" {
		t.Errorf("$defs/minimum (-policy +result):\n%s", diff)
	}
	// Every status, in its text form.
	var statuses []any
	for _, s := range assessment.Statuses() {
		statuses = append(statuses, s.String())
	}
	sortAny := cmp.Transformer("sort", func(s []any) []any {
		return slices.SortedFunc(slices.Values(s), func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	})
	if diff := cmp.Diff(statuses, strip(res["status"])["enum"], sortAny); diff != "" {
		t.Errorf("$defs/status (-assessment.Statuses +result):\n%s", diff)
	}
}

// TestResultGoldens checks the results dendai's own tests pin down: the scoring
// package's golden file and the JSON the command line writes.
func TestResultGoldens(t *testing.T) {
	sch := compile(t, resultFile)
	files, err := filepath.Glob("../cmd/dendai/testdata/score.sample.*.json.golden")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("found %d score goldens of the command line, want at least 4: %q", len(files), files)
	}
	files = append(files, "../scoring/testdata/sample.risk-weighted.json.golden")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, sch, b); err != nil {
				t.Errorf("the golden result does not match the schema:\n%v", err)
			}
		})
	}
}

// TestSampleResults checks the results of the example assessment under the
// built-in policies and others, and a result without gates.
func TestSampleResults(t *testing.T) {
	sch := compile(t, resultFile)
	cat := criteria.Checklist()
	std := criteria.Standard()
	tests := []struct {
		name string
		doc  []byte
	}{
		{"uniform", sampleResult(t, scoring.Uniform())},
		{"risk-weighted", sampleResult(t, scoring.RiskWeighted())},
		{"odd", sampleResult(t, mustPolicy(t, oddPolicy, cat))},
		{"custom", sampleResult(t, mustPolicy(t, okPolicy, cat))},
		{"uniform for the standard, blank template", marshalResult(t, scoring.UniformFor(std).Score(assessment.Template(std)))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, tc.doc); err != nil {
				t.Errorf("the result does not match the schema:\n%v\n%s", err, tc.doc)
			}
		})
	}
	// A policy without gates gives gates [], never null.
	if doc := string(tests[len(tests)-1].doc); !strings.Contains(doc, `"gates":[]`) {
		t.Errorf("the result of a policy without gates has no \"gates\":[]:\n%s", doc)
	}
}

// randomAssessment returns an assessment of cat whose statuses are drawn from
// rng: each criterion is left out with probability skip and otherwise gets
// one of the five statuses, compliant with probability good and the others
// evenly.
func randomAssessment(rng *rand.Rand, cat *criteria.Catalog, skip, good float64) *assessment.Assessment {
	a := &assessment.Assessment{Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft}
	others := []assessment.Status{assessment.PartiallyCompliant, assessment.NonCompliant, assessment.NotApplicable, assessment.NotAssessed}
	for i := range cat.Len() {
		if rng.Float64() < skip {
			continue
		}
		s := assessment.Compliant
		if rng.Float64() >= good {
			s = others[rng.IntN(len(others))]
		}
		a.Responses = append(a.Responses, assessment.Response{Criterion: cat.At(i).ID(), Status: s})
	}
	return a
}

// uniformAssessment returns an assessment of cat that gives every criterion
// status s.
func uniformAssessment(cat *criteria.Catalog, s assessment.Status) *assessment.Assessment {
	a := &assessment.Assessment{Catalog: cat.ID(), CatalogVersion: cat.Version(), State: assessment.Draft}
	for i := range cat.Len() {
		a.Responses = append(a.Responses, assessment.Response{Criterion: cat.At(i).ID(), Status: s})
	}
	return a
}

// randomResults scores 50 assessments with random statuses, and a few fixed
// ones, under several policies, and returns their JSON. The first is every
// criterion not applicable, which has no score.
func randomResults(t *testing.T) [][]byte {
	t.Helper()
	cat, std := criteria.Checklist(), criteria.Standard()
	policies := []*scoring.Policy{
		scoring.Uniform(), scoring.RiskWeighted(), mustPolicy(t, oddPolicy, cat), mustPolicy(t, okPolicy, cat),
	}
	rng := rand.New(rand.NewPCG(20261101, 57))
	var out [][]byte
	reused := new(scoring.Result)
	for i := range 50 {
		c, p := cat, policies[i%len(policies)]
		if i%5 == 4 {
			c, p = std, scoring.UniformFor(std)
		}
		var a *assessment.Assessment
		switch i {
		case 0:
			a = uniformAssessment(c, assessment.NotApplicable)
		case 1:
			a = uniformAssessment(c, assessment.Compliant)
		case 2:
			a = uniformAssessment(c, assessment.NotAssessed)
		case 3:
			a = &assessment.Assessment{} // no responses at all
		default:
			a = randomAssessment(rng, c, rng.Float64()/4, rng.Float64())
		}
		var r *scoring.Result
		if i%2 == 0 {
			r = p.Score(a)
		} else {
			p.ScoreTo(reused, a) // a reused Result writes the same document
			r = reused
		}
		out = append(out, marshalResult(t, r))
	}
	return out
}

// TestRandomResults checks the results of assessments with random statuses.
func TestRandomResults(t *testing.T) {
	sch := compile(t, resultFile)
	docs := randomResults(t)
	for i, doc := range docs {
		if err := validate(t, sch, doc); err != nil {
			t.Errorf("result %d does not match the schema:\n%v\n%s", i, err, doc)
		}
	}
	// Every criterion not applicable: no score, no rating, nothing possible.
	var none struct {
		Score    *float64 `json:"score"`
		Rating   *string  `json:"rating"`
		Possible float64  `json:"possible"`
		Passed   bool     `json:"passed"`
	}
	if err := json.Unmarshal(docs[0], &none); err != nil {
		t.Fatal(err)
	}
	if none.Score != nil || none.Rating == nil || *none.Rating != "" || none.Possible != 0 {
		t.Errorf("all not applicable: score %v, rating %v, possible %v; want null, \"\", 0:\n%s", none.Score, none.Rating, none.Possible, docs[0])
	}
	// The documents cover both outcomes and both kinds of gate.
	for _, want := range []string{`"score":null`, `"passed":false`, `"passed":true`, `"failing":[`, `"gate":true`, `"gates":[]`, `"score":100.0`} {
		if !slices.ContainsFunc(docs, func(d []byte) bool { return bytes.Contains(d, []byte(want)) }) {
			t.Errorf("no random result contains %s", want)
		}
	}
}

// TestResultFields checks that the schema requires exactly the fields that
// every result has, and describes every field that any result has, for each
// kind of object in a result.
func TestResultFields(t *testing.T) {
	docs := append(randomResults(t), sampleResult(t, scoring.RiskWeighted()))
	// The objects of each kind, by the definition that describes them.
	objects := map[string][]map[string]any{}
	for _, doc := range docs {
		var r map[string]any
		if err := json.Unmarshal(doc, &r); err != nil {
			t.Fatal(err)
		}
		objects[""] = append(objects[""], r)
		objects["coverage"] = append(objects["coverage"], r["coverage"].(map[string]any))
		objects["subject"] = append(objects["subject"], r["subject"].(map[string]any))
		for key, def := range map[string]string{"groups": "group", "criteria": "criterion", "improvements": "improvement", "gates": "gate"} {
			list, _ := r[key].([]any)
			for _, v := range list {
				o := v.(map[string]any)
				if def == "gate" {
					if _, ok := o["tier"]; ok {
						objects["tierGate"] = append(objects["tierGate"], o)
					} else {
						objects["criterionGate"] = append(objects["criterionGate"], o)
					}
					continue
				}
				objects[def] = append(objects[def], o)
			}
		}
	}
	var doc struct {
		Properties map[string]any `json:"properties"`
		Required   []string       `json:"required"`
		Defs       map[string]struct {
			Properties map[string]any `json:"properties"`
			Required   []string       `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Result(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, def := range []string{"", "coverage", "subject", "group", "criterion", "improvement", "criterionGate", "tierGate"} {
		t.Run("def "+def, func(t *testing.T) {
			props, required := doc.Properties, doc.Required
			if def != "" {
				props, required = doc.Defs[def].Properties, doc.Defs[def].Required
			}
			objs := objects[def]
			if len(objs) == 0 {
				t.Fatal("no such object in the results")
			}
			always, ever := map[string]int{}, map[string]bool{}
			for _, o := range objs {
				for k := range o {
					always[k]++
					ever[k] = true
				}
			}
			var alwaysKeys []string
			for k, n := range always {
				if n == len(objs) {
					alwaysKeys = append(alwaysKeys, k)
				}
			}
			slices.Sort(alwaysKeys)
			if diff := cmp.Diff(alwaysKeys, slices.Sorted(slices.Values(required))); diff != "" {
				t.Errorf("required (-written every time +schema):\n%s", diff)
			}
			for k := range ever {
				if _, ok := props[k]; !ok {
					t.Errorf("the results write %q, which the schema does not describe", k)
				}
			}
		})
	}
}

// TestInvalidResults checks that the schema rejects broken results, each for
// the reason given.
func TestInvalidResults(t *testing.T) {
	sch := compile(t, resultFile)
	ok := string(sampleResult(t, scoring.RiskWeighted()))
	// The pieces of the risk-weighted result of the example that the cases edit.
	const (
		criterionGate = `{"criterion":"2-2","required":"compliant","status":"compliant","passed":true}`
		tierGate      = `{"tier":"critical","required":"partially_compliant","passed":true}`
		improvement   = `{"criterion":"1-10","gain":1.3}`
	)
	tests := []struct {
		name    string
		doc     string
		keyword string // a schema keyword among the failures
	}{
		{"score 100.05", testkit.Edit(ok, `"score":95.7`, `"score":100.05`), "maximum"},
		{"score with two decimals", testkit.Edit(ok, `"score":95.7`, `"score":95.55`), "multipleOf"},
		{"score as a string", testkit.Edit(ok, `"score":95.7`, `"score":"95.5"`), "type"},
		{"missing coverage", testkit.Edit(ok, `"coverage":{"total":57,"answered":57,"notApplicable":1,"notAssessed":0},`, ``), "required"},
		{"coverage count as a string", testkit.Edit(ok, `"total":57`, `"total":"57"`), "type"},
		{"gate with both criterion and tier", testkit.Edit(ok, criterionGate,
			`{"criterion":"2-2","tier":"critical","required":"compliant","status":"compliant","passed":true}`), "oneOf"},
		{"tier gate with a status", testkit.Edit(ok, tierGate, `{"tier":"critical","required":"partially_compliant","status":"compliant","passed":true}`), "oneOf"},
		{"gate minimum not_applicable", testkit.Edit(ok, criterionGate, `{"criterion":"2-2","required":"not_applicable","status":"compliant","passed":true}`), "enum"},
		{"failed tier gate without failing", testkit.Edit(testkit.Edit(ok, tierGate, `{"tier":"critical","required":"partially_compliant","passed":false}`),
			`"passed":true,"coverage"`, `"passed":false,"coverage"`), "required"},
		{"passed tier gate with failing", testkit.Edit(ok, tierGate, `{"tier":"critical","required":"partially_compliant","passed":true,"failing":["1-1"]}`), "not"},
		{"passed though a gate failed", testkit.Edit(ok, criterionGate, `{"criterion":"2-2","required":"compliant","status":"non_compliant","passed":false}`), "const"},
		{"failed though every gate passed", testkit.Edit(ok, `"passed":true,"coverage"`, `"passed":false,"coverage"`), "contains"},
		{"unknown field", testkit.Edit(ok, `"rating":"A",`, `"rating":"A","grade":"A",`), "additionalProperties"},
		{"unknown criterion field", testkit.Edit(ok, `"criterion":"1-1","status":"compliant",`, `"criterion":"1-1","status":"compliant","note":"x",`), "additionalProperties"},
		{"improvement without gain", testkit.Edit(ok, improvement, `{"criterion":"1-10"}`), "required"},
		{"improvement gain null", testkit.Edit(ok, improvement, `{"criterion":"1-10","gain":null}`), "type"},
		{"rating not a string", testkit.Edit(ok, `"rating":"A"`, `"rating":1`), "type"},
		{"no rating for a score", testkit.Edit(ok, `"rating":"A"`, `"rating":""`), "minLength"},
		{"rating without a score", testkit.Edit(ok, `"score":95.7`, `"score":null`), "const"},
		{"unknown status", testkit.Edit(ok, `"criterion":"1-1","status":"compliant"`, `"criterion":"1-1","status":"適合"`), "enum"},
		{"credit above 1", testkit.Edit(ok, `"criterion":"1-1","status":"compliant","weight":5,"credit":1`, `"criterion":"1-1","status":"compliant","weight":5,"credit":1.5`), "maximum"},
		{"negative earned", testkit.Edit(ok, `"earned":358.75`, `"earned":-358.75`), "minimum"},
		{"wrong format", testkit.Edit(ok, "dendai.result/v1", "dendai.result/v2"), "const"},
		{"no improvements", testkit.Edit(ok, `"improvements":[`+improvement+`,`, `"improvements":null,"x":[`), "type"},
		{"eleven improvements", testkit.Edit(ok, `"improvements":[`, `"improvements":[`+strings.Repeat(improvement+`,`, 10)), "maxItems"},
		{"missing subject", testkit.Edit(ok, `"subject":{"name":{"ja":"株式会社サンプルペイ","en":"Sample Pay Inc."},"corporateNumber":"5010001112730","registrationNumber":"関東財務局長（電代）第12号"},`, ``), "required"},
		{"corporate number with a hyphen", testkit.Edit(ok, `"corporateNumber":"5010001112730"`, `"corporateNumber":"5-010001112730"`), "pattern"},
		{"corporate number of 12 digits", testkit.Edit(ok, `"corporateNumber":"5010001112730"`, `"corporateNumber":"501000111273"`), "pattern"},
		{"registration number not normal", testkit.Edit(ok, `関東財務局長（電代）第12号`, `関東財務局長(電代)第12号`), "pattern"},
		{"unknown subject field", testkit.Edit(ok, `"registrationNumber":"関東財務局長（電代）第12号"`, `"registrationNumber":"関東財務局長（電代）第12号","x":1`), "additionalProperties"},
		{"assessed on a non-date", testkit.Edit(ok, `"assessedOn":"2026-11-01"`, `"assessedOn":"2026-13-01"`), "pattern"},
		{"unknown state", testkit.Edit(ok, `"state":"submitted"`, `"state":"final"`), "enum"},
		{"group id with a space", testkit.Edit(ok, `"id":"part-1"`, `"id":"part 1"`), "pattern"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validate(t, sch, []byte(tc.doc))
			if err == nil {
				t.Fatalf("schema accepts an invalid result:\n%s", tc.doc)
			}
			if fs := failures(err, false); !hasKeyword(fs, tc.keyword) {
				t.Errorf("schema rejects it for %q, want %q among them:\n%v", fs, tc.keyword, err)
			}
		})
	}
}
