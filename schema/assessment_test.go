package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
	"github.com/dendai-go/dendai/spreadsheet"
)

const (
	assessmentFile = "assessment.schema.json"
	assessmentID   = baseURL + assessmentFile
)

// checkOptions fixes the clock of assessment.Check at 2026-11-21, so that the
// documents' dates are in the past however late the tests run.
var checkOptions = &assessment.Options{
	Now: func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) },
}

// check runs assessment.Check against cat with the fixed clock and
// returns the problem codes.
func check(cat *criteria.Catalog, doc []byte) []dendai.Code {
	// A document that names another built-in version of cat, as the sample
	// names jpbank-checklist 1.0.0, is checked against that version.
	if id, version := spreadsheet.CatalogOf(doc); id == cat.ID() && version != cat.Version() {
		if v, ok := criteria.BuiltinVersion(id, version); ok {
			cat = v
		}
	}
	_, ps := assessment.Check(cat, doc, checkOptions)
	return testkit.Codes(ps)
}

// quote returns s as a JSON string.
func quote(t *testing.T, s string) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// okDraft is a valid draft assessment of the checklist, with one response.
const okDraft = `{"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0",` +
	`"state":"draft","assessedOn":"2026-11-01",` +
	`"subject":{"name":{"ja":"株式会社テストペイ","en":"Test Pay Inc."},"corporateNumber":"5010001112730",` +
	`"registrationNumber":"関東財務局長（電代）第12号"},` +
	`"assessor":{"name":"佐藤 花子","organization":"株式会社テストペイ","email":"h.sato@example.jp"},` +
	`"responses":[` + okResponse + `]}`

const okResponse = `{"criterion":"1-1","status":"compliant"}`

// withResponses returns okDraft with the given responses, a JSON array's
// elements.
func withResponses(responses string) string {
	return testkit.Edit(okDraft, okResponse, responses)
}

// withResponse returns okDraft with one response for criterion 1-1, whose
// members after the criterion are given.
func withResponse(members string) string {
	return withResponses(`{"criterion":"1-1",` + members + `}`)
}

// sampleDoc reads the example assessment, a complete submitted one.
func sampleDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAssessment(t *testing.T) {
	checkSchemaFile(t, schema.Assessment, assessmentFile, assessmentID, []string{
		"assessor", "corporateNumber", "date", "derivation", "evidence", "id", "needsRemediation", "nonBlank",
		"notApplicable", "notAssessed", "relationship", "remediation", "response", "status", "subject", "submitted",
	})
}

// TestSharedDefinitions checks that the definitions both schemas have are the
// same, so that IDs and blank text mean one thing across dendai's formats.
func TestSharedDefinitions(t *testing.T) {
	var cat, asm struct {
		Defs map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Catalog(), &cat); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(schema.Assessment(), &asm); err != nil {
		t.Fatal(err)
	}
	for _, def := range []string{"id", "nonBlank"} {
		c, a := cat.Defs[def].(map[string]any), asm.Defs[def].(map[string]any)
		// The descriptions may differ; the rules may not.
		delete(c, "description")
		delete(a, "description")
		if diff := cmp.Diff(c, a); diff != "" {
			t.Errorf("$defs/%s (-catalog +assessment):\n%s", def, diff)
		}
	}
}

// TestAssessmentDocumentsValid checks the documents dendai ships and writes: the
// example, what Encode makes of it, and the blank templates of the built-in
// catalogs.
func TestAssessmentDocumentsValid(t *testing.T) {
	sch := compile(t, assessmentFile)
	sample := sampleDoc(t)

	t.Run("sample.json", func(t *testing.T) {
		if err := validate(t, sch, []byte(sample)); err != nil {
			t.Errorf("the example does not match the schema:\n%v", err)
		}
		if diff := cmp.Diff([]dendai.Code(nil), check(criteria.Checklist(), []byte(sample))); diff != "" {
			t.Errorf("assessment.Check problem codes (-want +got):\n%s", diff)
		}
	})

	t.Run("sample.json re-encoded", func(t *testing.T) {
		a, err := assessment.Decode([]byte(sample), nil)
		if err != nil {
			t.Fatalf("assessment.Decode: %v", err)
		}
		indented, err := assessment.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		compact, err := a.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		for _, enc := range [][]byte{indented, compact} {
			if err := validate(t, sch, enc); err != nil {
				t.Errorf("the re-encoded example does not match the schema:\n%v\n%s", err, enc)
			}
		}
	})

	for _, cat := range []*criteria.Catalog{criteria.Checklist(), criteria.Standard()} {
		t.Run("template of "+string(cat.ID()), func(t *testing.T) {
			doc, err := assessment.Encode(assessment.Template(cat))
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, sch, doc); err != nil {
				t.Errorf("the blank template does not match the schema:\n%v", err)
			}
			// The schema is looser than Check here, and only here: Check wants
			// the fields the template leaves blank, even in a draft.
			_, ps := assessment.Check(cat, doc, checkOptions)
			var got []string
			for _, p := range ps {
				got = append(got, p.Path+" "+string(p.Code))
			}
			want := []string{
				"/assessedOn " + string(assessment.CodeValidationRequired),
				"/subject/name " + string(assessment.CodeValidationNameText),
				"/subject/corporateNumber " + string(assessment.CodeValidationRequired),
				"/assessor/name " + string(assessment.CodeValidationRequired),
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("assessment.Check problems of the template (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidAssessments checks documents that both the schema and Check accept.
func TestValidAssessments(t *testing.T) {
	sch := compile(t, assessmentFile)
	sample := sampleDoc(t)
	tests := []struct {
		name string
		doc  string
	}{
		{"minimal draft", `{"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0",` +
			`"state":"draft","assessedOn":"2026-11-01","subject":{"name":{"ja":"株式会社テストペイ"},` +
			`"corporateNumber":"5010001112730"},"assessor":{"name":"佐藤 花子"},"responses":[]}`},
		{"every optional field", withResponse(`"status":"non_compliant",` +
			`"evidence":[{"title":"規程","ref":"https://example.jp/a.pdf"},{"title":"記録"}],` +
			`"justification":"理由","comment":"所見",` +
			`"remediation":{"action":"対応する","owner":"情報システム部","due":"2027-03-31"}`)},
		{"remediation null", withResponse(`"status":"compliant","remediation":null`)},
		{"remediation on a compliant response", withResponse(`"status":"○",` +
			`"remediation":{"action":"維持する","due":"2026-12-01"}`)},
		{"Japanese label", withResponse(`"status":"該当なし","justification":"アプリを提供していない"`)},
		{"marks", withResponses(`{"criterion":"1-1","status":"◯"},{"criterion":"1-2","status":"－","justification":"対象外"},` +
			`{"criterion":"1-3","status":"✕","remediation":{"action":"対応する","due":"2027-01-31"}},` +
			`{"criterion":"1-4","status":"N/A","justification":"対象外"}`)},
		{"not assessed in a draft", withResponse(`"status":"未評価"`)},
		{"name in English only", testkit.Edit(okDraft, `"ja":"株式会社テストペイ",`, ``)},
		{"no registration number", testkit.Edit(okDraft, `,"registrationNumber":"関東財務局長（電代）第12号"`, ``)},
		{"empty registration number", testkit.Edit(okDraft, `"関東財務局長（電代）第12号"`, `""`)},
		{"registration number as typed", testkit.Edit(okDraft, `"関東財務局長（電代）第12号"`, `"関東財務局長 (電代) 第０１２号"`)},
		{"corporate number as typed", testkit.Edit(okDraft, `"5010001112730"`, `"５０１０－００１１－１２７３０"`)},
		{"corporate number with spaces and hyphens", testkit.Edit(okDraft, `"5010001112730"`, `" 5-0100-0111-2730\u3000"`)},
		{"empty email", testkit.Edit(okDraft, `"h.sato@example.jp"`, `""`)},
		{"reference with a colon that is no scheme", withResponse(`"status":"compliant",` +
			`"evidence":[{"title":"規程","ref":"第3条: 規程"},{"title":"URL","ref":" HTTPS://example.jp "}]`)},
		{"longest values", testkit.Edit(testkit.Edit(okDraft, `"佐藤 花子"`, quote(t, strings.Repeat("名", 200))),
			`"status":"compliant"`, `"status":"compliant","comment":`+quote(t, strings.Repeat("あ", 4000)))},
		{"100 evidence items", withResponse(`"status":"compliant","evidence":[` +
			strings.Repeat(`{"title":"証跡"},`, 99) + `{"title":"証跡"}]`)},
		{"sample.json", sample},
		{"derived response", withResponse(`"status":"partially_compliant",` +
			`"remediation":{"action":"対応する","due":"2027-03-31"},` +
			`"derivedFrom":[{"criterion":"S1-1","relationship":"subset","status":"compliant"},` +
			`{"criterion":"S1-2","relationship":"equivalent","status":"partially_compliant"}]`)},
		{"every relationship", withResponse(`"status":"not_assessed","derivedFrom":[` +
			`{"criterion":"A","relationship":"equivalent","status":"compliant"},{"criterion":"B","relationship":"subset","status":"not_applicable"},` +
			`{"criterion":"C","relationship":"superset","status":"non_compliant"},{"criterion":"D","relationship":"intersects","status":"not_assessed"},` +
			`{"criterion":"E","relationship":"none","status":"△"}]`)},
		{"empty derivedFrom", withResponse(`"status":"compliant","derivedFrom":[]`)},
		{"needs review", withResponse(`"status":"compliant","needsReview":true`)},
		{"needs no review", withResponse(`"status":"compliant","needsReview":false`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects a valid document: %v", err)
			}
			if diff := cmp.Diff([]dendai.Code(nil), check(criteria.Checklist(), []byte(tc.doc))); diff != "" {
				t.Errorf("assessment.Check problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInvalidAssessments checks that the schema and Check agree: each document
// breaks one rule, and both refuse it for that reason.
func TestInvalidAssessments(t *testing.T) {
	sch := compile(t, assessmentFile)
	sample := sampleDoc(t)
	tests := []struct {
		name    string
		doc     string
		keyword string        // a schema keyword among the failures
		codes   []dendai.Code // Check's problem codes
	}{
		{
			name:    "unknown top-level field",
			doc:     testkit.Edit(okDraft, `"state":"draft",`, `"state":"draft","score":90,`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown subject field",
			doc:     testkit.Edit(okDraft, `"corporateNumber":"5010001112730",`, `"corporateNumber":"5010001112730","address":"東京都",`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "name in a third language",
			doc:     testkit.Edit(okDraft, `"en":"Test Pay Inc."`, `"en":"Test Pay Inc.","zh":"测试支付"`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown assessor field",
			doc:     testkit.Edit(okDraft, `"name":"佐藤 花子",`, `"name":"佐藤 花子","phone":"03-0000-0000",`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown response field",
			doc:     withResponse(`"status":"compliant","score":1`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown evidence field",
			doc:     withResponse(`"status":"compliant","evidence":[{"title":"規程","page":3}]`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown remediation field",
			doc:     withResponse(`"status":"non_compliant","remediation":{"action":"対応する","due":"2027-01-31","cost":100}`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "wrong format",
			doc:     testkit.Edit(okDraft, "dendai.assessment/v1", "dendai.assessment/v2"),
			keyword: "const",
			codes:   []dendai.Code{assessment.CodeFormat},
		},
		{
			name:    "no format",
			doc:     testkit.Edit(okDraft, `"format":"dendai.assessment/v1",`, ``),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "bad state",
			doc:     testkit.Edit(okDraft, `"draft"`, `"final"`),
			keyword: "enum",
			codes:   []dendai.Code{assessment.CodeValidationOneOf},
		},
		{
			name:    "no state",
			doc:     testkit.Edit(okDraft, `"state":"draft",`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "bad catalog ID",
			doc:     testkit.Edit(okDraft, `"jpbank-checklist"`, `"jpbank checklist"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationID, assessment.CodeCatalogMismatch},
		},
		{
			name:    "blank catalog version",
			doc:     testkit.Edit(okDraft, `"1.1.0"`, `" \u3000"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationNonBlank},
		},
		{
			name:    "no catalog version",
			doc:     testkit.Edit(okDraft, `"catalogVersion":"1.1.0",`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "catalog version too long",
			doc:     testkit.Edit(okDraft, `"1.1.0"`, `"1.0.0-`+strings.Repeat("a", 59)+`"`),
			keyword: "maxLength",
			codes:   []dendai.Code{assessment.CodeValidationMaxLength, assessment.CodeVersionMismatch},
		},
		{
			name:    "date with slashes",
			doc:     testkit.Edit(okDraft, `"2026-11-01"`, `"2026/11/01"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeDateInvalid},
		},
		{
			name:    "no date",
			doc:     testkit.Edit(okDraft, `"assessedOn":"2026-11-01",`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "missing responses",
			doc:     testkit.Edit(okDraft, `,"responses":[`+okResponse+`]`, ``),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "responses not an array",
			doc:     testkit.Edit(okDraft, `[`+okResponse+`]`, okResponse),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "no subject",
			doc:     testkit.Edit(okDraft, `"subject":{"name":{"ja":"株式会社テストペイ","en":"Test Pay Inc."},"corporateNumber":"5010001112730","registrationNumber":"関東財務局長（電代）第12号"},`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationNameText, assessment.CodeValidationRequired},
		},
		{
			name:    "no corporate number",
			doc:     testkit.Edit(okDraft, `"corporateNumber":"5010001112730",`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "corporate number with a long vowel mark",
			doc:     testkit.Edit(okDraft, `"5010001112730"`, `"5010ー001112730"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeCorporateNumberDigits},
		},
		{
			name:    "corporate number of 12 digits",
			doc:     testkit.Edit(okDraft, `"5010001112730"`, `"501000111273"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeCorporateNumberLength},
		},
		{
			name:    "corporate number of spaces",
			doc:     testkit.Edit(okDraft, `"5010001112730"`, `"  "`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeCorporateNumberLength},
		},
		{
			name:    "no assessor",
			doc:     testkit.Edit(okDraft, `"assessor":{"name":"佐藤 花子","organization":"株式会社テストペイ","email":"h.sato@example.jp"},`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "assessor missing name",
			doc:     testkit.Edit(okDraft, `"name":"佐藤 花子",`, ``),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "blank assessor name",
			doc:     testkit.Edit(okDraft, `"佐藤 花子"`, `"\u3000"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationNonBlank},
		},
		{
			name:    "assessor name too long",
			doc:     testkit.Edit(okDraft, `"佐藤 花子"`, quote(t, strings.Repeat("名", 201))),
			keyword: "maxLength",
			codes:   []dendai.Code{assessment.CodeValidationMaxLength},
		},
		{
			name:    "email without a domain",
			doc:     testkit.Edit(okDraft, `"h.sato@example.jp"`, `"h.sato@"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationEmail},
		},
		{
			name:    "status maybe",
			doc:     withResponse(`"status":"maybe"`),
			keyword: "enum",
			codes:   []dendai.Code{assessment.CodeStatusInvalid},
		},
		{
			name:    "empty status",
			doc:     withResponse(`"status":""`),
			keyword: "enum",
			codes:   []dendai.Code{assessment.CodeStatusInvalid},
		},
		{
			name:    "status a number",
			doc:     withResponse(`"status":1`),
			keyword: "enum",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "no status",
			doc:     withResponse(`"comment":"未記入"`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "criterion with a space",
			doc:     withResponses(`{"criterion":"1 1","status":"compliant"}`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationID},
		},
		{
			name:    "no criterion",
			doc:     withResponses(`{"status":"compliant"}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "evidence without title",
			doc:     withResponse(`"status":"compliant","evidence":[{"ref":"SEC-REG-001"}]`),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "blank evidence title",
			doc:     withResponse(`"status":"compliant","evidence":[{"title":" "}]`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationNonBlank},
		},
		{
			name:    "evidence null",
			doc:     withResponse(`"status":"compliant","evidence":null`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "101 evidence items",
			doc:     withResponse(`"status":"compliant","evidence":[` + strings.Repeat(`{"title":"証跡"},`, 100) + `{"title":"証跡"}]`),
			keyword: "maxItems",
			codes:   []dendai.Code{assessment.CodeValidationMaxItems},
		},
		{
			name:    "javascript reference",
			doc:     withResponse(`"status":"compliant","evidence":[{"title":"規程","ref":"javascript:alert(1)"}]`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationEvidenceRef},
		},
		{
			name:    "URL without a host",
			doc:     withResponse(`"status":"compliant","evidence":[{"title":"規程","ref":"https:// "}]`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationEvidenceRef},
		},
		{
			name:    "justification too long",
			doc:     withResponse(`"status":"not_applicable","justification":` + quote(t, strings.Repeat("理", 4001))),
			keyword: "maxLength",
			codes:   []dendai.Code{assessment.CodeValidationMaxLength},
		},
		{
			name:    "not applicable without justification",
			doc:     withResponse(`"status":"対象外"`),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeJustificationRequired},
		},
		{
			name:    "not applicable with a blank justification",
			doc:     withResponse(`"status":"N/A","justification":"\t"`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeJustificationRequired},
		},
		{
			name:    "partially compliant without remediation",
			doc:     withResponse(`"status":"△"`),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeRemediationRequired},
		},
		{
			name:    "non compliant with remediation null",
			doc:     withResponse(`"status":"不適合","remediation":null`),
			keyword: "type",
			codes:   []dendai.Code{assessment.CodeRemediationRequired},
		},
		{
			name:    "remediation a string",
			doc:     withResponse(`"status":"compliant","remediation":"対応する"`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "remediation without action",
			doc:     withResponse(`"status":"non_compliant","remediation":{"owner":"経営企画部","due":"2027-01-31"}`),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "remediation without due",
			doc:     withResponse(`"status":"non_compliant","remediation":{"action":"対応する"}`),
			keyword: "required",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "empty due",
			doc:     withResponse(`"status":"non_compliant","remediation":{"action":"対応する","due":""}`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "due in month 13",
			doc:     withResponse(`"status":"non_compliant","remediation":{"action":"対応する","due":"2027-13-01"}`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeDateInvalid},
		},
		{
			name:    "unknown derivation field",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"subset","status":"compliant","note":"x"}]`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "derivation without a status",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"subset"}]`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "relationship in NIST's spelling",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"subset-of","status":"compliant"}]`),
			keyword: "enum",
			codes:   []dendai.Code{criteria.CodeMappingRelationship},
		},
		{
			name:    "relationship in capitals",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"Equivalent","status":"compliant"}]`),
			keyword: "enum",
			codes:   []dendai.Code{criteria.CodeMappingRelationship},
		},
		{
			name:    "empty relationship",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"","status":"compliant"}]`),
			keyword: "enum",
			codes:   []dendai.Code{criteria.CodeMappingRelationship},
		},
		{
			name:    "derivation status maybe",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1-1","relationship":"subset","status":"maybe"}]`),
			keyword: "enum",
			codes:   []dendai.Code{assessment.CodeStatusInvalid},
		},
		{
			name:    "derivation criterion with a space",
			doc:     withResponse(`"status":"compliant","derivedFrom":[{"criterion":"S1 1","relationship":"subset","status":"compliant"}]`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationID},
		},
		{
			name:    "derivedFrom an object",
			doc:     withResponse(`"status":"compliant","derivedFrom":{"criterion":"S1-1","relationship":"subset","status":"compliant"}`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "needsReview a string",
			doc:     withResponse(`"status":"compliant","needsReview":"true"`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "submitted with a response that needs review",
			doc:     testkit.Edit(sample, `"criterion": "1-4",`, `"criterion": "1-4", "needsReview": true,`),
			keyword: "const",
			codes:   []dendai.Code{assessment.CodeNeedsReview},
		},
		{
			name:    "submitted with a response not assessed",
			doc:     testkit.Edit(sample, `"criterion": "1-4",`+"\n"+`      "status": "compliant"`, `"criterion": "1-4",`+"\n"+`      "status": "not_assessed"`),
			keyword: "not",
			codes:   []dendai.Code{assessment.CodeNotAssessed},
		},
		{
			name:    "submitted without a date",
			doc:     testkit.Edit(sample, `"2026-11-01"`, `""`),
			keyword: "minLength",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "submitted without a name",
			doc:     testkit.Edit(testkit.Edit(sample, `"株式会社サンプルペイ",`, `"",`), `"Sample Pay Inc."`, `" "`),
			keyword: "pattern",
			codes:   []dendai.Code{assessment.CodeValidationNameText},
		},
		{
			name:    "submitted without a corporate number",
			doc:     testkit.Edit(sample, `"5010001112730"`, `""`),
			keyword: "minLength",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
		{
			name:    "submitted without an assessor name",
			doc:     testkit.Edit(sample, `"山田 太郎"`, `""`),
			keyword: "minLength",
			codes:   []dendai.Code{assessment.CodeValidationRequired},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validate(t, sch, []byte(tc.doc))
			if err == nil {
				t.Errorf("schema accepts an invalid document:\n%s", tc.doc)
			} else if fs := failures(err, true); !hasKeyword(fs, tc.keyword) {
				t.Errorf("schema rejects it for %q, want %q among them:\n%v", fs, tc.keyword, err)
			}
			got := check(criteria.Checklist(), []byte(tc.doc))
			if len(got) == 0 {
				t.Fatalf("assessment.Check accepts a document the schema rejects:\n%s", tc.doc)
			}
			if diff := cmp.Diff(tc.codes, got); diff != "" {
				t.Errorf("assessment.Check problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInvalidExamples checks that the schema rejects the invalid example
// assessments for every reason a schema can see. The reasons it cannot see are
// listed for each, and Check must report them.
func TestInvalidExamples(t *testing.T) {
	sch := compile(t, assessmentFile)
	tests := []struct {
		file     string
		failures []string      // what the schema sees
		codes    []dendai.Code // what only Check sees
	}{
		{
			file: "invalid-identifiers.json",
			failures: []string{
				"/assessor/email pattern",
				"/responses/0/status enum",
				"/responses/1/evidence/0/ref pattern",
				"/responses/2 additionalProperties",
			},
			codes: []dendai.Code{
				assessment.CodeVersionMismatch,           // 0.9.0
				assessment.CodeDateInFuture,              // 2027-05-01
				assessment.CodeCorporateNumberCheckDigit, // 5010001112731
				assessment.CodeRegistrationNumberBureau,  // 大阪財務局
			},
		},
		{
			file: "invalid-incomplete.json",
			failures: []string{
				"/responses/4/status not",
				"/responses/5/status enum",
			},
			codes: []dendai.Code{
				assessment.CodeDuplicateResponse, // 1-2 twice
				assessment.CodeUnknownCriterion,  // 1-99
				assessment.CodeMissingResponse,   // the other criteria
			},
		},
		{
			file: "invalid-remediation.json",
			failures: []string{
				"/responses/0/remediation/action pattern",
				"/responses/1 required",
				"/responses/2 required",
			},
			codes: []dendai.Code{
				assessment.CodeDueBeforeAssessment, // 2026-10-31
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := os.ReadFile("../examples/assessments/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			err = validate(t, sch, doc)
			if err == nil {
				t.Fatal("schema accepts it")
			}
			if diff := cmp.Diff(tc.failures, failures(err, true)); diff != "" {
				t.Errorf("schema failures (-want +got):\n%s\n%v", diff, err)
			}
			got := check(criteria.Checklist(), doc)
			for _, code := range tc.codes {
				if !slices.Contains(got, code) {
					t.Errorf("assessment.Check does not report %s; it reports %q", code, got)
				}
			}
		})
	}
}

// readDefs returns the assessment schema's $defs.
func readDefs(t *testing.T) map[string]json.RawMessage {
	t.Helper()
	var doc struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Assessment(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Defs
}

// enumOf returns the enum of a definition.
func enumOf(t *testing.T, defs map[string]json.RawMessage, name string) []string {
	t.Helper()
	var def struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(defs[name], &def); err != nil {
		t.Fatalf("$defs/%s: %v", name, err)
	}
	if len(def.Enum) == 0 {
		t.Fatalf("$defs/%s has no enum", name)
	}
	return def.Enum
}

// TestStatusSpellings checks the status enum against assessment.ParseStatus:
// every spelling listed parses, the text forms and Japanese labels are all
// listed, and the subsets that the response's conditions use hold exactly the
// spellings of their statuses.
func TestStatusSpellings(t *testing.T) {
	defs := readDefs(t)
	all := enumOf(t, defs, "status")
	byStatus := map[assessment.Status][]string{}
	for _, s := range all {
		st, err := assessment.ParseStatus(s)
		if err != nil {
			t.Errorf("ParseStatus(%q): %v", s, err)
			continue
		}
		byStatus[st] = append(byStatus[st], s)
	}
	for _, st := range assessment.Statuses() {
		for _, s := range []string{st.String(), st.Label().JA} {
			if !slices.Contains(all, s) {
				t.Errorf("the status enum lacks %q (%v)", s, st)
			}
		}
	}
	for _, sub := range []struct {
		def      string
		statuses []assessment.Status
	}{
		{"notApplicable", []assessment.Status{assessment.NotApplicable}},
		{"needsRemediation", []assessment.Status{assessment.PartiallyCompliant, assessment.NonCompliant}},
		{"notAssessed", []assessment.Status{assessment.NotAssessed}},
	} {
		var want []string
		for _, st := range sub.statuses {
			want = append(want, byStatus[st]...)
		}
		got := enumOf(t, defs, sub.def)
		sortStrings := cmp.Transformer("sort", func(s []string) []string { return slices.Sorted(slices.Values(s)) })
		if diff := cmp.Diff(want, got, sortStrings); diff != "" {
			t.Errorf("$defs/%s (-want +got):\n%s", sub.def, diff)
		}
	}
	// The marks of the format's documentation.
	for _, s := range []string{"○", "◯", "△", "×", "✕", "－", "N/A", "対象外"} {
		if !slices.Contains(all, s) {
			t.Errorf("the status enum lacks %q", s)
		}
	}
}

// TestRelationshipSpellings checks the relationship enum against
// criteria.ParseRelationship: the spellings of every relationship, and no
// other.
func TestRelationshipSpellings(t *testing.T) {
	var want []string
	for _, r := range criteria.Relationships() {
		want = append(want, r.String())
	}
	got := enumOf(t, readDefs(t), "relationship")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("$defs/relationship (-criteria +schema):\n%s", diff)
	}
	for _, s := range got {
		if _, err := criteria.ParseRelationship(s); err != nil {
			t.Errorf("ParseRelationship(%q): %v", s, err)
		}
	}
}

// TestDecoderOnlySpellings pins down what the schema says it leaves to the
// decoder: status spellings that differ from a listed one in width, case or
// spaces. ParseStatus accepts them; the schema's enum does not.
func TestDecoderOnlySpellings(t *testing.T) {
	sch := compileDef(t, assessmentFile, "status")
	for _, s := range []string{
		"ＣＯＭＰＬＩＡＮＴ", "Compliant", " compliant ", "partially compliant", "Non-Compliant",
		"NOT_APPLICABLE", "n/A", "Ｎ／Ａ", "　適合",
	} {
		t.Run(s, func(t *testing.T) {
			if _, err := assessment.ParseStatus(s); err != nil {
				t.Errorf("ParseStatus: %v", err)
			}
			if err := sch.Validate(s); err == nil {
				t.Error("schema accepts it; update the status description")
			}
		})
	}
}

// TestCorporateNumberAgreement checks that the corporate number pattern accepts
// what ParseCorporateNumber accepts, and refuses what it refuses for any reason
// but the check digit: each candidate character is put before, inside and after
// a valid number and in place of one of its digits.
func TestCorporateNumberAgreement(t *testing.T) {
	sch := compileDef(t, assessmentFile, "corporateNumber")
	var runes []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.In(r, unicode.Zs, unicode.Pd, unicode.Nd, unicode.Cc, unicode.Cf) {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 'ー', '−', 'a', '+', '/', '.', '_', 0xFFFD)

	type disagreement struct {
		Input          string
		Schema, Parser bool // whether each accepts
	}
	var got []disagreement
	try := func(s string) {
		schemaOK := sch.Validate(s) == nil
		_, err := assessment.ParseCorporateNumber(s)
		var e *dendai.Error
		parserOK := err == nil || errors.As(err, &e) && e.Problems[0].Code == assessment.CodeCorporateNumberCheckDigit
		if s == "" {
			parserOK = true // the decoder reads "" as no number
		}
		if schemaOK != parserOK {
			got = append(got, disagreement{Input: fmt.Sprintf("%+q", s), Schema: schemaOK, Parser: parserOK})
		}
	}
	const n = "5010001112730"
	for _, r := range runes {
		c := string(r)
		try(c + n)
		try(n[:4] + c + n[4:])
		try(n + c)
		try(n[:6] + c + n[7:])
		try(c)
	}
	for _, s := range []string{"", n, "5010001112731", n[:12], n + "0", "５０１０００１１１２７３０", "-", " "} {
		try(s)
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and ParseCorporateNumber disagree (-want +got):\n%s", diff)
	}
}

// TestDateAgreement checks that the date pattern accepts every date ParseDate
// accepts, and that what else it accepts is only days that do not exist.
func TestDateAgreement(t *testing.T) {
	sch := compileDef(t, assessmentFile, "date")
	var got []string
	for _, y := range []string{"0000", "0001", "2024", "2026", "9999", "2O26"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				s := fmt.Sprintf("%s-%02d-%02d", y, m, d)
				schemaOK := sch.Validate(s) == nil
				_, err := assessment.ParseDate(s)
				switch parserOK := err == nil; {
				case parserOK && !schemaOK:
					got = append(got, s+": schema rejects a date")
				case schemaOK && !parserOK && y != "0000" && d <= 28:
					got = append(got, s+": schema accepts a day that cannot exist")
				}
			}
		}
	}
	for _, s := range []string{"2026-1-01", "2026-11-1", "２０２６-11-01", "2026-11-01 ", " 2026-11-01", "2026/11/01", "20261101", "2026-11-01T00:00:00Z"} {
		if sch.Validate(s) == nil {
			got = append(got, s+": schema accepts it")
		}
		if _, err := assessment.ParseDate(s); err == nil {
			got = append(got, s+": ParseDate accepts it")
		}
	}
	if diff := cmp.Diff([]string(nil), got); diff != "" {
		t.Errorf("schema and ParseDate disagree (-want +got):\n%s", diff)
	}
}

// TestEvidenceRefAgreement checks that the schema and Check draw the same line
// between a plain reference, an http or https URL, and a refused scheme,
// including the white space around them.
func TestEvidenceRefAgreement(t *testing.T) {
	sch := compile(t, assessmentFile)
	refs := []string{
		"", "SEC-REG-001", "第3条: 規程", "規程.pdf", "a b:c", "a.b:c", "a/b:c", "a#b:c", "a?b:c", `a\b:c`,
		":x", "SEC:001", "urn:isbn:0451450523", "mailto:a@example.jp", "javascript:alert(1)", "JavaScript:x",
		"file:///etc/passwd", "data:text/html,x", "a+b:x", "a-b:x", "1:x",
		"http://x", "https://x", "HTTPS://x", "Http://x", "http:x", "http:/x", "http://", "https:// ", "https:///",
		"http//x", "https://example.jp/a b", "httpx://x", "https:\u3000//x", "ｊａｖａｓｃｒｉｐｔ:x",
		// As a browser reads them: C0 controls around, tabs and newlines within.
		"java\tscript:x", "java\nscript:x", "java\rscript:x", "\x00javascript:x", "\x01\x1fjavascript:x\x00", "javascript\t:x",
		"ht\ttps://x", "https:/\n/x", "https:\t//x", "https://\t", "\x00https://x\x1f", "java\vscript:x", "java\u3000script:x",
		"2024:規程-3", "規程:3", "./SEC:001", "SEC 001:x", "a_b:x", "a.b+c-d:x", "urn:isbn:0451450523", "doc:SEC-001",
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) || unicode.In(r, unicode.White_Space, unicode.Zs) {
			s := string(r)
			refs = append(refs, s, s+"javascript:x"+s, s+"https://x"+s, "https://"+s, "https://"+s+"x", s+":x")
		}
	}
	type disagreement struct {
		Ref           string
		Schema, Check bool // whether each accepts
	}
	var got []disagreement
	for _, ref := range refs {
		doc := withResponse(`"status":"compliant","evidence":[{"title":"規程","ref":` + quote(t, ref) + `}]`)
		schemaOK := validate(t, sch, []byte(doc)) == nil
		checkOK := len(check(criteria.Checklist(), []byte(doc))) == 0
		if schemaOK != checkOK {
			got = append(got, disagreement{Ref: fmt.Sprintf("%+q", ref), Schema: schemaOK, Check: checkOK})
		}
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and Check disagree (-want +got):\n%s", diff)
	}
}

// TestBlankAgreement checks that the schema and Check agree on which values are
// blank in the fields that must not be: every white-space, control and format
// character on its own, and a few ordinary ones.
func TestBlankAgreement(t *testing.T) {
	sch := compile(t, assessmentFile)
	var runes []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) || unicode.In(r, unicode.White_Space, unicode.Zs, unicode.Cc, unicode.Cf) {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 'a', '0', '-', 'あ')
	type disagreement struct {
		Rune          string
		Field         string
		Schema, Check bool // whether each accepts
	}
	var got []disagreement
	for _, r := range runes {
		s := quote(t, string(r)+string(r))
		for _, f := range []struct{ field, doc string }{
			{"catalogVersion", testkit.Edit(okDraft, `"1.1.0"`, s)},
			{"assessor name", testkit.Edit(okDraft, `"佐藤 花子"`, s)},
			{"evidence title", withResponse(`"status":"compliant","evidence":[{"title":` + s + `}]`)},
			{"justification", withResponse(`"status":"not_applicable","justification":` + s)},
			{"remediation action", withResponse(`"status":"non_compliant","remediation":{"action":` + s + `,"due":"2027-01-31"}`)},
		} {
			schemaOK := validate(t, sch, []byte(f.doc)) == nil
			codes := check(criteria.Checklist(), []byte(f.doc))
			// A catalog version that is not blank is still the wrong one.
			codes = slices.DeleteFunc(codes, func(k dendai.Code) bool { return k == assessment.CodeVersionMismatch })
			if checkOK := len(codes) == 0; schemaOK != checkOK {
				got = append(got, disagreement{Rune: fmt.Sprintf("%U", r), Field: f.field, Schema: schemaOK, Check: checkOK})
			}
		}
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and Check disagree (-want +got):\n%s", diff)
	}
}

// TestMaxLengths checks that the schema's maxLength and the validator's max
// agree on every bounded field: a value of the limit is accepted by both, one
// character more is refused by both. The values are Japanese, so that bytes and
// characters differ: both count characters (code points).
func TestMaxLengths(t *testing.T) {
	sch := compile(t, assessmentFile)
	tests := []struct {
		field string
		max   int
		doc   func(v string) string // v is a JSON string
		value func(n int) string    // a valid value of n characters
	}{
		{"catalogVersion", 64, func(v string) string { return testkit.Edit(okDraft, `"1.1.0"`, v) }, nil},
		{"assessor/name", 200, func(v string) string { return testkit.Edit(okDraft, `"佐藤 花子"`, v) }, nil},
		{"assessor/organization", 200, func(v string) string {
			return testkit.Edit(okDraft, `"organization":"株式会社テストペイ"`, `"organization":`+v)
		}, nil},
		{"assessor/email", 254, func(v string) string { return testkit.Edit(okDraft, `"h.sato@example.jp"`, v) },
			func(n int) string { return strings.Repeat("a", n-len("@example.jp")) + "@example.jp" }},
		{"evidence/title", 500, func(v string) string {
			return withResponse(`"status":"compliant","evidence":[{"title":` + v + `}]`)
		}, nil},
		{"evidence/ref", 2000, func(v string) string {
			return withResponse(`"status":"compliant","evidence":[{"title":"規程","ref":` + v + `}]`)
		}, nil},
		{"justification", 4000, func(v string) string {
			return withResponse(`"status":"not_applicable","justification":` + v)
		}, nil},
		{"comment", 4000, func(v string) string { return withResponse(`"status":"compliant","comment":` + v) }, nil},
		{"remediation/action", 4000, func(v string) string {
			return withResponse(`"status":"non_compliant","remediation":{"action":` + v + `,"due":"2027-01-31"}`)
		}, nil},
		{"remediation/owner", 200, func(v string) string {
			return withResponse(`"status":"non_compliant","remediation":{"action":"対応する","owner":` + v + `,"due":"2027-01-31"}`)
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.field, func(t *testing.T) {
			value := tc.value
			if value == nil {
				value = func(n int) string { return strings.Repeat("あ", n) }
			}
			for _, n := range []int{tc.max, tc.max + 1} {
				doc := tc.doc(quote(t, value(n)))
				schemaOK := validate(t, sch, []byte(doc)) == nil
				codes := check(criteria.Checklist(), []byte(doc))
				// A catalog version of the right length is still the wrong one.
				codes = slices.DeleteFunc(codes, func(k dendai.Code) bool { return k == assessment.CodeVersionMismatch })
				checkOK := len(codes) == 0
				if want := n <= tc.max; schemaOK != want || checkOK != want {
					t.Errorf("%d characters: schema accepts: %v, Check accepts: %v (%q); want %v", n, schemaOK, checkOK, codes, want)
				}
			}
		})
	}
}
