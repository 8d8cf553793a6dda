package schema_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
	"github.com/dendai-go/dendai/scoring"
)

const (
	policyFile = "policy.schema.json"
	policyID   = baseURL + policyFile
)

// okPolicy is a valid policy for the checklist that uses every part of the
// format: a tier, a criterion in it and one with its own weight, a gate on a
// criterion and one on the tier, two bands.
const okPolicy = `{"format":"dendai.policy/v1","name":"custom","version":"0.1.0","catalog":"jpbank-checklist",` +
	`"title":{"ja":"独自","en":"Custom"},"description":{"ja":"説明","en":"Description"},` +
	`"credit":{"compliant":1,"partially_compliant":0.5,"non_compliant":0,"not_assessed":0},` +
	`"tiers":[{"id":"critical","weight":10,"title":{"ja":"最重要","en":"Critical"}}],` +
	`"defaultWeight":1,` +
	`"criteria":[{"criterion":"1-30","weight":3},{"criterion":"2-2","tier":"critical","rationale":{"ja":"理由","en":"Why"}}],` +
	`"gates":[{"criterion":"2-2","minimum":"compliant"},{"tier":"critical","minimum":"partially_compliant","notApplicablePasses":true}],` +
	`"bands":[{"rating":"Pass","minScore":80},{"rating":"Fail","minScore":0}]}`

// parsePolicy runs scoring.ParsePolicy for the checklist and returns the
// problem codes; an error that is not a *dendai.Error fails the test.
func parsePolicy(t *testing.T, doc string) []dendai.Code {
	t.Helper()
	_, err := scoring.ParsePolicy([]byte(doc), criteria.Checklist(), nil)
	if err == nil {
		return nil
	}
	ps, ok := testkit.Problems(err)
	if !ok {
		t.Fatalf("ParsePolicy: %v", err)
	}
	return testkit.Codes(ps)
}

// schemaDefs returns the $defs of a schema.
func schemaDefs(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var doc struct {
		Defs map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Defs
}

func TestPolicy(t *testing.T) {
	checkSchemaFile(t, schema.Policy, policyFile, policyID, []string{"band", "credit", "criterion", "gate", "id", "nonBlank", "share", "text", "tier", "weight"})
}

// TestPolicySharedDefinitions checks that the definitions the policy schema
// shares with the catalog schema are the same, so that IDs and texts mean one
// thing across dendai's formats.
func TestPolicySharedDefinitions(t *testing.T) {
	cat, pol := schemaDefs(t, schema.Catalog()), schemaDefs(t, schema.Policy())
	for _, def := range []string{"id", "nonBlank", "text"} {
		c, p := cat[def].(map[string]any), pol[def].(map[string]any)
		// The descriptions may differ; the rules may not.
		delete(c, "description")
		delete(p, "description")
		if diff := cmp.Diff(c, p); diff != "" {
			t.Errorf("$defs/%s (-catalog +policy):\n%s", def, diff)
		}
	}
}

// TestBuiltinPoliciesValid checks the policies dendai embeds.
func TestBuiltinPoliciesValid(t *testing.T) {
	sch := compile(t, policyFile)
	for _, name := range []string{"uniform.json", "risk-weighted.json"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile("../scoring/data/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, sch, b); err != nil {
				t.Errorf("the embedded policy does not match the schema:\n%v", err)
			}
			if diff := cmp.Diff([]dendai.Code(nil), parsePolicy(t, string(b))); diff != "" {
				t.Errorf("scoring.ParsePolicy problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidPolicies checks documents that both the schema and the loader
// accept.
func TestValidPolicies(t *testing.T) {
	sch := compile(t, policyFile)
	tests := []struct {
		name string
		doc  string
	}{
		{"every field", okPolicy},
		{"minimal", `{"format":"dendai.policy/v1","name":"p","version":"1","catalog":"jpbank-checklist",` +
			`"title":{"ja":"題","en":"Title"},` +
			`"credit":{"compliant":1,"partially_compliant":0.5,"non_compliant":0,"not_assessed":0},` +
			`"defaultWeight":1,"bands":[{"rating":"A","minScore":0}]}`},
		{"empty arrays", testkit.Edit(testkit.Edit(testkit.Edit(okPolicy,
			`"criteria":[{"criterion":"1-30","weight":3},{"criterion":"2-2","tier":"critical","rationale":{"ja":"理由","en":"Why"}}]`, `"criteria":[]`),
			`"gates":[{"criterion":"2-2","minimum":"compliant"},{"tier":"critical","minimum":"partially_compliant","notApplicablePasses":true}]`, `"gates":[]`),
			`"tiers":[{"id":"critical","weight":10,"title":{"ja":"最重要","en":"Critical"}}]`, `"tiers":[]`)},
		{"fractional weights and credits", testkit.Edit(testkit.Edit(testkit.Edit(okPolicy,
			`"defaultWeight":1`, `"defaultWeight":0.125`),
			`"weight":3`, `"weight":999999.999`),
			`"partially_compliant":0.5`, `"partially_compliant":0.333`)},
		{"largest weight", testkit.Edit(okPolicy, `"weight":10`, `"weight":1000000`)},
		{"zero default weight", testkit.Edit(okPolicy, `"defaultWeight":1`, `"defaultWeight":0`)},
		{"gate on non_compliant, not applicable fails", testkit.Edit(okPolicy,
			`"minimum":"partially_compliant","notApplicablePasses":true`, `"minimum":"non_compliant","notApplicablePasses":false`)},
		{"bands with decimals", testkit.Edit(okPolicy, `"minScore":80`, `"minScore":87.5},{"rating":"Middle","minScore":0.1`)},
		{"top band at 100", testkit.Edit(okPolicy, `"minScore":80`, `"minScore":100.0`)},
		{"16-character rating", testkit.Edit(okPolicy, `"Pass"`, `"ABCDEFGHIJKLMNOP"`)},
		{"5 Japanese characters in a rating", testkit.Edit(okPolicy, `"Pass"`, `"たいへん良"`)},
		{"blank rating", testkit.Edit(okPolicy, `"Pass"`, `" "`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects a valid document: %v", err)
			}
			if diff := cmp.Diff([]dendai.Code(nil), parsePolicy(t, tc.doc)); diff != "" {
				t.Errorf("scoring.ParsePolicy problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInvalidPolicies checks that the schema and the loader agree: each
// document breaks one rule, and both refuse it for that reason.
func TestInvalidPolicies(t *testing.T) {
	sch := compile(t, policyFile)
	var manyTiers []string
	for i := range 101 {
		manyTiers = append(manyTiers, fmt.Sprintf(`{"id":"t%d","weight":1,"title":{"ja":"層","en":"Tier"}}`, i))
	}
	tiers := `"tiers":[{"id":"critical","weight":10,"title":{"ja":"最重要","en":"Critical"}}`
	// Without tiers, nothing may name one.
	tiersNull := testkit.Edit(testkit.Edit(testkit.Edit(okPolicy, tiers+`]`, `"tiers":null`), `"tier":"critical",`, `"weight":10,`),
		`,{"tier":"critical","minimum":"partially_compliant","notApplicablePasses":true}`, ``)
	tests := []struct {
		name    string
		doc     string
		keyword string        // a schema keyword among the failures
		codes   []dendai.Code // the loader's problem codes
	}{
		{
			name:    "wrong format",
			doc:     testkit.Edit(okPolicy, "dendai.policy/v1", "dendai.policy/v2"),
			keyword: "const",
			codes:   []dendai.Code{scoring.CodeFormat},
		},
		{
			name:    "no format",
			doc:     testkit.Edit(okPolicy, `"format":"dendai.policy/v1",`, ``),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "unknown top-level field",
			doc:     testkit.Edit(okPolicy, `"version":"0.1.0",`, `"version":"0.1.0","author":"me",`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown tier field",
			doc:     testkit.Edit(okPolicy, `"weight":10,`, `"weight":10,"color":"red",`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown gate field",
			doc:     testkit.Edit(okPolicy, `"minimum":"compliant"`, `"minimum":"compliant","maximum":"compliant"`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "credit for not_applicable",
			doc:     testkit.Edit(okPolicy, `"not_assessed":0`, `"not_assessed":0,"not_applicable":0`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "credit without not_assessed",
			doc:     testkit.Edit(okPolicy, `,"not_assessed":0`, ``),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "credit 1.5",
			doc:     testkit.Edit(okPolicy, `"compliant":1`, `"compliant":1.5`),
			keyword: "maximum",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "credit with four decimals",
			doc:     testkit.Edit(okPolicy, `"partially_compliant":0.5`, `"partially_compliant":0.3333`),
			keyword: "multipleOf",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "weight -1",
			doc:     testkit.Edit(okPolicy, `"weight":3`, `"weight":-1`),
			keyword: "minimum",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "weight 0.0001",
			doc:     testkit.Edit(okPolicy, `"weight":3`, `"weight":0.0001`),
			keyword: "multipleOf",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "weight above the maximum",
			doc:     testkit.Edit(okPolicy, `"defaultWeight":1`, `"defaultWeight":1000000.001`),
			keyword: "maximum",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "weight as a string",
			doc:     testkit.Edit(okPolicy, `"weight":3`, `"weight":"3"`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "missing defaultWeight",
			doc:     testkit.Edit(okPolicy, `"defaultWeight":1,`, ``),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "tier and weight both",
			doc:     testkit.Edit(okPolicy, `{"criterion":"1-30","weight":3}`, `{"criterion":"1-30","tier":"critical","weight":3}`),
			keyword: "oneOf",
			codes:   []dendai.Code{scoring.CodeTierOrWeight},
		},
		{
			name:    "neither tier nor weight",
			doc:     testkit.Edit(okPolicy, `{"criterion":"1-30","weight":3}`, `{"criterion":"1-30"}`),
			keyword: "oneOf",
			codes:   []dendai.Code{scoring.CodeTierOrWeight},
		},
		{
			name:    "criteria entry without criterion",
			doc:     testkit.Edit(okPolicy, `{"criterion":"1-30","weight":3}`, `{"weight":3}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "too many tiers",
			doc:     testkit.Edit(okPolicy, tiers, tiers+","+strings.Join(manyTiers[1:], ",")),
			keyword: "maxItems",
			codes:   []dendai.Code{scoring.CodeTooManyTiers},
		},
		{
			name:    "tiers null",
			doc:     tiersNull,
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "gate with both criterion and tier",
			doc:     testkit.Edit(okPolicy, `{"criterion":"2-2","minimum":"compliant"}`, `{"criterion":"2-2","tier":"critical","minimum":"compliant"}`),
			keyword: "oneOf",
			codes:   []dendai.Code{scoring.CodeGateTarget},
		},
		{
			name:    "gate with neither criterion nor tier",
			doc:     testkit.Edit(okPolicy, `{"criterion":"2-2","minimum":"compliant"}`, `{"minimum":"compliant"}`),
			keyword: "oneOf",
			codes:   []dendai.Code{scoring.CodeGateTarget},
		},
		{
			name:    "gate minimum not_applicable",
			doc:     testkit.Edit(okPolicy, `"minimum":"compliant"`, `"minimum":"not_applicable"`),
			keyword: "enum",
			codes:   []dendai.Code{scoring.CodeGateMinimum},
		},
		{
			name:    "gate minimum not_assessed",
			doc:     testkit.Edit(okPolicy, `"minimum":"compliant"`, `"minimum":"not_assessed"`),
			keyword: "enum",
			codes:   []dendai.Code{scoring.CodeGateMinimum},
		},
		{
			name:    "gate without minimum",
			doc:     testkit.Edit(okPolicy, `{"criterion":"2-2","minimum":"compliant"}`, `{"criterion":"2-2"}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "notApplicablePasses as a string",
			doc:     testkit.Edit(okPolicy, `"notApplicablePasses":true`, `"notApplicablePasses":"yes"`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "band minScore 100.05",
			doc:     testkit.Edit(okPolicy, `"minScore":80`, `"minScore":100.05`),
			keyword: "maximum",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "band minScore with two decimals",
			doc:     testkit.Edit(okPolicy, `"minScore":80`, `"minScore":87.55`),
			keyword: "multipleOf",
			codes:   []dendai.Code{scoring.CodeInvalidNumber},
		},
		{
			name:    "empty bands",
			doc:     testkit.Edit(okPolicy, `"bands":[{"rating":"Pass","minScore":80},{"rating":"Fail","minScore":0}]`, `"bands":[]`),
			keyword: "minItems",
			codes:   []dendai.Code{scoring.CodeBandFloor},
		},
		{
			name:    "no band at 0",
			doc:     testkit.Edit(okPolicy, `"minScore":0`, `"minScore":50`),
			keyword: "contains",
			codes:   []dendai.Code{scoring.CodeBandFloor},
		},
		{
			name:    "empty rating",
			doc:     testkit.Edit(okPolicy, `"Pass"`, `""`),
			keyword: "minLength",
			codes:   []dendai.Code{scoring.CodeRating},
		},
		{
			name:    "17-character rating",
			doc:     testkit.Edit(okPolicy, `"Pass"`, `"ABCDEFGHIJKLMNOPQ"`),
			keyword: "maxLength",
			codes:   []dendai.Code{scoring.CodeRating},
		},
		{
			name:    "band without rating",
			doc:     testkit.Edit(okPolicy, `{"rating":"Pass","minScore":80}`, `{"minScore":80}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "name with a space",
			doc:     testkit.Edit(okPolicy, `"name":"custom"`, `"name":"my policy"`),
			keyword: "pattern",
			codes:   []dendai.Code{scoring.CodeInvalidName},
		},
		{
			name:    "empty version",
			doc:     testkit.Edit(okPolicy, `"0.1.0"`, `""`),
			keyword: "minLength",
			codes:   []dendai.Code{scoring.CodeInvalidVersion},
		},
		{
			name:    "blank English title",
			doc:     testkit.Edit(okPolicy, `"en":"Custom"`, `"en":" \u3000"`),
			keyword: "pattern",
			codes:   []dendai.Code{dendai.CodeMissingEN},
		},
		{
			name:    "rationale without ja",
			doc:     testkit.Edit(okPolicy, `"rationale":{"ja":"理由","en":"Why"}`, `"rationale":{"en":"Why"}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingJA},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validate(t, sch, []byte(tc.doc))
			if err == nil {
				t.Errorf("schema accepts an invalid document:\n%s", tc.doc)
			} else if fs := failures(err, false); !hasKeyword(fs, tc.keyword) {
				t.Errorf("schema rejects it for %q, want %q among them:\n%v", fs, tc.keyword, err)
			}
			got := parsePolicy(t, tc.doc)
			if len(got) == 0 {
				t.Fatalf("scoring.ParsePolicy accepts a document the schema rejects:\n%s", tc.doc)
			}
			if diff := cmp.Diff(tc.codes, got); diff != "" {
				t.Errorf("scoring.ParsePolicy problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPolicyLoaderOnlyRules pins down what the schema says it leaves to the
// loader: these documents match the schema, and the loader refuses them.
func TestPolicyLoaderOnlyRules(t *testing.T) {
	sch := compile(t, policyFile)
	tests := []struct {
		name  string
		doc   string
		codes []dendai.Code
	}{
		{"another catalog", testkit.Edit(okPolicy, `"catalog":"jpbank-checklist"`, `"catalog":"jpbank-standard"`),
			[]dendai.Code{scoring.CodeCatalogMismatch}},
		{"unknown criterion", testkit.Edit(okPolicy, `"criterion":"1-30"`, `"criterion":"1-99"`),
			[]dendai.Code{scoring.CodeUnknownCriterion}},
		{"criterion listed twice", testkit.Edit(okPolicy, `{"criterion":"1-30","weight":3}`, `{"criterion":"1-30","weight":3},{"criterion":"1-30","weight":2}`),
			[]dendai.Code{scoring.CodeDuplicate}},
		{"unknown tier", testkit.Edit(okPolicy, `"tier":"critical","rationale"`, `"tier":"high","rationale"`),
			[]dendai.Code{scoring.CodeUnknownTier}},
		{"gate on an unknown criterion", testkit.Edit(okPolicy, `{"criterion":"2-2","minimum"`, `{"criterion":"3-1","minimum"`),
			[]dendai.Code{scoring.CodeUnknownCriterion}},
		{"gate on an unknown tier", testkit.Edit(okPolicy, `{"tier":"critical","minimum"`, `{"tier":"high","minimum"`),
			[]dendai.Code{scoring.CodeUnknownTier}},
		{"duplicate tier ID", testkit.Edit(okPolicy, `"title":{"ja":"最重要","en":"Critical"}}`,
			`"title":{"ja":"最重要","en":"Critical"}},{"id":"critical","weight":5,"title":{"ja":"中","en":"Medium"}}`),
			[]dendai.Code{scoring.CodeDuplicate}},
		{"all weights zero", testkit.Edit(testkit.Edit(testkit.Edit(okPolicy, `"defaultWeight":1`, `"defaultWeight":0`), `"weight":3`, `"weight":0`), `"weight":10`, `"weight":0`),
			[]dendai.Code{scoring.CodeWeightsZero}},
		{"bands in the wrong order", testkit.Edit(okPolicy, `{"rating":"Pass","minScore":80}`, `{"rating":"Low","minScore":50},{"rating":"Pass","minScore":80}`),
			[]dendai.Code{scoring.CodeBandOrder}},
		{"the band at 0 not last", testkit.Edit(okPolicy, `{"rating":"Fail","minScore":0}`, `{"rating":"Fail","minScore":0},{"rating":"Worse","minScore":0}`),
			[]dendai.Code{scoring.CodeBandOrder}},
		{"exponent", testkit.Edit(okPolicy, `"defaultWeight":1`, `"defaultWeight":1e0`), []dendai.Code{scoring.CodeInvalidNumber}},
		{"minus zero", testkit.Edit(okPolicy, `"non_compliant":0`, `"non_compliant":-0`), []dendai.Code{scoring.CodeInvalidNumber}},
		{"four decimals, all zeros", testkit.Edit(okPolicy, `"weight":3`, `"weight":3.0000`), []dendai.Code{scoring.CodeInvalidNumber}},
		{"duplicate key", testkit.Edit(okPolicy, `"name":"custom"`, `"name":"custom","name":"other"`), []dendai.Code{dendai.CodeDuplicateKey}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects it; update the schema's description of what it leaves to the loader:\n%v", err)
			}
			if diff := cmp.Diff(tc.codes, parsePolicy(t, tc.doc)); diff != "" {
				t.Errorf("scoring.ParsePolicy problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGateMinimumSpellings checks that the schema and the loader both take a
// gate's minimum only in its text form.
func TestGateMinimumSpellings(t *testing.T) {
	sch := compile(t, policyFile)
	for _, s := range []string{"適合", "一部適合", "不適合", "○", "△", "×", "Compliant", "partially compliant", "ＮＯＮ_ＣＯＭＰＬＩＡＮＴ"} {
		t.Run(s, func(t *testing.T) {
			doc := testkit.Edit(okPolicy, `"minimum":"compliant"`, `"minimum":`+quote(t, s))
			if err := validate(t, sch, []byte(doc)); err == nil {
				t.Error("the schema accepts it")
			}
			if diff := cmp.Diff([]dendai.Code{scoring.CodeGateMinimum}, parsePolicy(t, doc)); diff != "" {
				t.Errorf("scoring.ParsePolicy problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPolicyNumberAgreement checks that the schema's ranges and multipleOf
// draw the same line as the loader for weights, credits and minimum scores,
// across values that binary floating point does not hold exactly. The numbers
// are written plainly, without an exponent, minus zero or more than three
// decimals, which only the loader sees (see TestPolicyLoaderOnlyRules).
func TestPolicyNumberAgreement(t *testing.T) {
	common := []string{
		"0", "0.001", "0.01", "0.1", "0.2", "0.3", "0.5", "0.6", "0.7", "0.9", "0.999", "1", "1.1", "0.015", "0.333",
		"2.675", "4.35", "7.5", "0.0001", "0.0005", "1.0001", "1.2345", "0.1234", "-1", "-0.5", "-0.001", "2", "100",
		"87.5", "99.9", "100.05", "100.1", "87.55", "0.05", "33.3", "101", "12.345", "50.00", "-0.1",
	}
	weights := []string{"123456.789", "999999.999", "1000000", "1000000.0", "1000000.001", "1000001", "99999999", "999999999"}
	tests := []struct {
		def   string
		place func(lit string) string
		lits  []string
	}{
		{"weight", func(lit string) string { return testkit.Edit(okPolicy, `"weight":3`, `"weight":`+lit) }, append(weights, common...)},
		{"share", func(lit string) string {
			return testkit.Edit(okPolicy, `"partially_compliant":0.5`, `"partially_compliant":`+lit)
		}, common},
		{"band", func(lit string) string { return testkit.Edit(okPolicy, `"minScore":80`, `"minScore":`+lit) }, common},
	}
	type disagreement struct {
		Def, Literal   string
		Schema, Loader bool // whether each accepts
	}
	var got []disagreement
	for _, tc := range tests {
		sch := compileDef(t, policyFile, tc.def)
		for _, lit := range tc.lits {
			inst := lit
			if tc.def == "band" {
				inst = `{"rating":"Pass","minScore":` + lit + `}`
			}
			schemaOK := validate(t, sch, []byte(inst)) == nil
			// Only the number's own problem counts, not the order of the
			// bands when the value is 0 or less.
			loaderOK := !slices.Contains(parsePolicy(t, tc.place(lit)), scoring.CodeInvalidNumber)
			if schemaOK != loaderOK {
				got = append(got, disagreement{Def: tc.def, Literal: lit, Schema: schemaOK, Loader: loaderOK})
			}
		}
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and scoring.ParsePolicy disagree (-want +got):\n%s", diff)
	}
}
