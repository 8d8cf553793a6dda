package assessment_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

// This file feeds hostile assessments to the package: hostile JSON through
// Decode and Check, and hostile Go values through Validate and then, as the
// consumers of an assessment, through Score and the reports. testkit checks
// the invariants of DESIGN.md on every refusal: never a panic, a stable code
// and a message in both languages, a location, and the caller's input left
// as it was.

// draftAssessment is the assessment of testkit.Draft, built in Go.
func draftAssessment() *assessment.Assessment {
	return &assessment.Assessment{
		Catalog:        criteria.ChecklistID,
		CatalogVersion: "1.1.0",
		State:          assessment.Draft,
		AssessedOn:     assessment.MustParseDate("2026-10-01"),
		Subject: assessment.Subject{
			Name:               i18n.Text{JA: "株式会社サンプルペイ", EN: "Sample Pay Inc."},
			CorporateNumber:    assessment.MustParseCorporateNumber("5010001112730"),
			RegistrationNumber: assessment.MustParseRegistrationNumber("関東財務局長（電代）第12号"),
		},
		Assessor: assessment.Assessor{Name: "山田 太郎", Organization: "情報セキュリティ室", Email: "t.yamada@example.jp"},
		Responses: []assessment.Response{
			{Criterion: "1-1", Status: assessment.Compliant,
				Evidence: []assessment.Evidence{{Title: "情報セキュリティ基本方針", Ref: "https://example.jp/policy.pdf"}},
				Comment:  "取締役会で年1回見直し"},
			{Criterion: "1-30", Status: assessment.PartiallyCompliant,
				Remediation: &assessment.Remediation{Action: "全アカウントに多要素認証を導入", Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")}},
			{Criterion: "1-48", Status: assessment.NotApplicable, Justification: "アプリを提供していないため"},
		},
	}
}

// TestHardeningBase checks that the document and the value the rows start
// from are valid and the same, so that every row's refusal is its own.
func TestHardeningBase(t *testing.T) {
	a, ps := assessment.Check(criteria.Checklist(), []byte(testkit.Draft), &assessment.Options{Now: testkit.Now})
	if len(ps) > 0 || a == nil {
		t.Fatalf("Check(testkit.Draft): %v", ps)
	}
	if diff := cmp.Diff(draftAssessment(), a); diff != "" {
		t.Errorf("testkit.Draft and draftAssessment differ (-go +json):\n%s", diff)
	}
}

// TestInvalidUTF8Located checks that invalid UTF-8 is refused at the line
// and column of its first byte, the column counting characters, with and
// without a byte order mark, which is not counted.
func TestInvalidUTF8Located(t *testing.T) {
	for _, prefix := range []string{"", testkit.BOM} {
		data := prefix + testkit.Edit(testkit.Draft, `年1回見直し`, "年1回\xe8見直し")
		off := strings.Index(data, "年1回\xe8") + len("年1回")
		start := strings.LastIndexByte(data[:off], '\n') + 1
		want := dendai.Problem{Line: 1 + strings.Count(data[:off], "\n"), Column: 1 + utf8.RuneCountInString(data[start:off])}
		_, err := assessment.Decode([]byte(data), nil)
		ps, _ := testkit.Problems(err)
		if len(ps) != 1 || ps[0].Code != dendai.CodeInvalidUTF8 {
			t.Fatalf("BOM %v: %v, want one %s", prefix != "", err, dendai.CodeInvalidUTF8)
		}
		if got := (dendai.Problem{Line: ps[0].Line, Column: ps[0].Column}); got != want {
			t.Errorf("BOM %v: at line %d, column %d; want line %d, column %d", prefix != "", got.Line, got.Column, want.Line, want.Column)
		}
	}
}

// jsonEdit returns testkit.Draft with old replaced by new once.
func jsonEdit(old, new string) []byte { return []byte(testkit.Edit(testkit.Draft, old, new)) }

// badJSON returns the hostile assessment documents.
func badJSON() []testkit.Bad {
	megabyte := strings.Repeat("a", 1<<20)
	return []testkit.Bad{
		// ---- Assessment JSON: syntax.
		{Name: "empty", Data: []byte{}, Code: dendai.CodeEmpty},
		{Name: "nil", Data: nil, Code: dendai.CodeEmpty},
		{Name: "whitespace only", Data: []byte(" \t\r\n  \n"), Code: dendai.CodeEmpty},
		{Name: "lone BOM", Data: []byte(testkit.BOM), Code: dendai.CodeEmpty},
		{Name: "BOM and whitespace", Data: []byte(testkit.BOM + "\r\n "), Code: dendai.CodeEmpty},
		{Name: "truncated in the middle", Data: []byte(testkit.Draft[:len(testkit.Draft)/2]), Code: dendai.CodeUnexpectedEnd},
		{Name: "truncated before the last brace", Data: []byte(strings.TrimSuffix(testkit.Draft, "}\n")), Code: dendai.CodeUnexpectedEnd},
		{Name: "truncated in a string", Data: []byte(`{"format":"dendai.assess`), Code: dendai.CodeUnexpectedEnd},
		{Name: "truncated in a \\u escape", Data: []byte(`{"format":"\u00`), Code: dendai.CodeUnexpectedEnd},
		{Name: "truncated literal", Data: []byte(`{"remediation":nu`), Code: dendai.CodeUnexpectedEnd},
		{Name: "invalid UTF-8 in a key", Data: jsonEdit(`"subject"`, "\"subj\xffect\""), Code: dendai.CodeInvalidUTF8},
		{Name: "invalid UTF-8 in a value", Data: jsonEdit(`年1回見直し`, "年1回\xe8\xa6見直し"), Code: dendai.CodeInvalidUTF8},
		{Name: "overlong UTF-8 slash", Data: jsonEdit(`"取締役会で`, "\"\xc0\xaf取締役会で"), Code: dendai.CodeInvalidUTF8},
		{Name: "overlong UTF-8 NUL", Data: jsonEdit(`"取締役会で`, "\"\xe0\x80\x80取締役会で"), Code: dendai.CodeInvalidUTF8},
		{Name: "UTF-8 encoded surrogate", Data: jsonEdit(`"取締役会で`, "\"\xed\xa0\x80取締役会で"), Code: dendai.CodeInvalidUTF8},
		{Name: "Shift_JIS bytes", Data: jsonEdit(`山田 太郎`, "\x8eR\x93c \x91\xbe\x98Y"), Code: dendai.CodeInvalidUTF8},
		{Name: "UTF-16 document", Data: []byte("\xff\xfe{\x00}\x00"), Code: dendai.CodeInvalidUTF8},
		{Name: "raw NUL in a string", Data: jsonEdit(`山田 太郎`, "山田\x00太郎"), Code: dendai.CodeControlChar},
		{Name: "raw NUL between values", Data: jsonEdit(`"state": "draft",`, "\"state\": \"draft\",\x00"), Code: dendai.CodeUnexpectedChar},
		{Name: "raw tab in a string", Data: jsonEdit(`山田 太郎`, "山田\t太郎"), Code: dendai.CodeControlChar},
		{Name: "raw line break in a string", Data: jsonEdit(`取締役会で`, "取締役会\nで"), Code: dendai.CodeControlChar},
		{Name: "control character after an escape", Data: jsonEdit(`取締役会で`, "取締\\n役会\x1fで"), Code: dendai.CodeControlChar},
		{Name: "invalid escape", Data: jsonEdit(`取締役会で`, `取締\x役会で`), Code: dendai.CodeInvalidEscape},
		{Name: "short \\u escape", Data: jsonEdit(`取締役会で`, `取締\u12G4役会で`), Code: dendai.CodeInvalidEscape},
		{Name: "lone high surrogate as status", Data: jsonEdit(`"status": "compliant"`, `"status": "\ud800"`), Code: assessment.CodeStatusInvalid},
		{Name: "lone low surrogate in a key", Data: jsonEdit(`"comment"`, `"\udc00comment"`), Code: dendai.CodeUnknownField},
		{Name: "reversed surrogate pair as format", Data: jsonEdit(`"dendai.assessment/v1"`, `"\udc00\ud800"`), Code: assessment.CodeFormat},
		{Name: "65-deep nesting", Data: []byte(testkit.Nest(65)), Code: dendai.CodeTooDeep},
		{Name: "65-deep nesting in a value", Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": `+testkit.Nest(64)), Code: dendai.CodeTooDeep},
		{Name: "64-deep nesting is only the wrong type", Data: []byte(testkit.Nest(64)), Code: dendai.CodeWrongType},
		{Name: "trailing data", Data: []byte(testkit.Draft + `{}`), Code: dendai.CodeTrailingData},
		{Name: "two documents", Data: []byte(testkit.Draft + testkit.Draft), Code: dendai.CodeTrailingData},
		{Name: "trailing comma", Data: jsonEdit(`"state": "draft",`, `"state": "draft",,`), Code: dendai.CodeUnexpectedChar},
		{Name: "single quotes", Data: jsonEdit(`"state": "draft"`, `'state': 'draft'`), Code: dendai.CodeUnexpectedChar},
		{Name: "comment in JSON", Data: jsonEdit(`"state": "draft",`, `"state": "draft", // 下書き`), Code: dendai.CodeUnexpectedChar},
		{Name: "misspelt literal", Data: jsonEdit(`"state": "draft"`, `"state": truex`), Code: dendai.CodeUnexpectedChar},
		{Name: "NaN", Data: jsonEdit(`"state": "draft"`, `"state": NaN`), Code: dendai.CodeUnexpectedChar},

		// ---- Assessment JSON: the hostile shapes of issue 10, read without a tree.
		{Name: "comment an array of 100k zeros", Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "comment an object", Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": {"ja": "取締役会で年1回見直し"}`), Code: dendai.CodeWrongType},
		{Name: "100k-deep nesting", Data: []byte(testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k-deep nesting in a comment", Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": `+testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k unknown fields in a response", Data: jsonEdit(`"status": "compliant",`, testkit.Repeat("", `"k#": 0`, ", ", ", ", 100_000)+`"status": "compliant",`), Code: dendai.CodeUnknownField, Min: 990},
		{Name: "duplicate response key spelt with an escape", Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": "取締役会で年1回見直し", "\u0063omment": "x"`), Code: dendai.CodeDuplicateKey},
		{Name: "invalid UTF-8 after an escape", Data: jsonEdit(`年1回見直し`, "年1回\\n\xe8見直し"), Code: dendai.CodeInvalidUTF8},
		{Name: "BOM then trailing data", Data: []byte(testkit.BOM + testkit.Draft + `]`), Code: dendai.CodeTrailingData},
		{Name: "BOM then a duplicate key", Data: []byte(testkit.BOM + testkit.Edit(testkit.Draft, `"state": "draft",`, `"state": "draft", "state": "draft",`)), Code: dendai.CodeDuplicateKey},
		{Name: "status in another case", Data: jsonEdit(`"status": "compliant"`, `"Status": "compliant"`), Code: dendai.CodeUnknownField},
		{Name: "text language in capitals", Data: jsonEdit(`"en": "Sample Pay Inc."`, `"EN": "Sample Pay Inc."`), Code: dendai.CodeUnknownField},

		// ---- Assessment JSON: structure and types.
		{Name: "duplicate key", Data: jsonEdit(`"state": "draft",`, `"state": "draft", "state": "submitted",`), Code: dendai.CodeDuplicateKey},
		{Name: "duplicate key in a big object", Data: jsonEdit(`"assessor": {`, `"assessor": {`+testkit.Repeat("", `"x#": 1`, ", ", ", ", 20)+`"x7": 2, `), Code: dendai.CodeDuplicateKey},
		{Name: "duplicate key spelt with an escape", Data: jsonEdit(`"state": "draft",`, `"state": "draft", "st\u0061te": "draft",`), Code: dendai.CodeDuplicateKey},
		{Name: "number 1e999 for a string", Data: jsonEdit(`"status": "compliant"`, `"status": 1e999`), Code: dendai.CodeWrongType},
		{Name: "number -0 for a string", Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": -0`), Code: dendai.CodeWrongType},
		{Name: "number 01", Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": 01`), Code: dendai.CodeUnexpectedChar},
		{Name: "number .5", Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": .5`), Code: dendai.CodeUnexpectedChar},
		{Name: "number 1.", Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": 1.`), Code: dendai.CodeUnexpectedChar},
		{Name: "number +1", Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": +1`), Code: dendai.CodeUnexpectedChar},
		{Name: "top-level array", Data: []byte(`[` + testkit.Draft + `]`), Code: dendai.CodeWrongType},
		{Name: "top-level string", Data: []byte(`"dendai.assessment/v1"`), Code: dendai.CodeWrongType},
		{Name: "top-level null", Data: []byte(`null`), Code: dendai.CodeWrongType},
		{Name: "empty object", Data: []byte(`{}`), Code: dendai.CodeMissingField},
		{Name: "wrong type for every scalar field", Code: dendai.CodeWrongType, Min: 22, Data: []byte(`{"format":1,"catalog":true,"catalogVersion":null,"state":[],"assessedOn":20261101,
"subject":{"name":{"ja":1,"en":false},"corporateNumber":5010001112730,"registrationNumber":[]},
"assessor":{"name":{},"organization":1,"email":true},
"responses":[{"criterion":11,"status":1,"evidence":[{"title":1,"ref":2},"x"],"justification":[],"comment":{},
"remediation":{"action":1,"owner":2,"due":3}}]}`)},
		{Name: "wrong type for every container", Code: dendai.CodeWrongType, Min: 6, Data: []byte(`{"format":"dendai.assessment/v1",
"subject":"x","assessor":1,
"responses":[{"criterion":"1-1","status":"compliant","evidence":{},"remediation":"x"},7,{"criterion":"1-2","status":"compliant","evidence":[{"title":"t"}],"remediation":[]}]}`)},
		{Name: "responses an object", Data: []byte(`{"format":"dendai.assessment/v1","responses":{"1-1":"compliant"}}`), Code: dendai.CodeWrongType},
		{Name: "responses a string", Data: []byte(`{"format":"dendai.assessment/v1","responses":"1-1"}`), Code: dendai.CodeWrongType},
		{Name: "name an array of 100k elements", Data: jsonEdit(`"name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."}`, `"name": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "unknown top-level field", Data: jsonEdit(`"state": "draft",`, `"state": "draft", "score": 100,`), Code: dendai.CodeUnknownField},
		{Name: "unknown subject field", Data: jsonEdit(`"corporateNumber"`, `"capital": "1億円", "corporateNumber"`), Code: dendai.CodeUnknownField},
		{Name: "unknown name language", Data: jsonEdit(`"en": "Sample Pay Inc."`, `"en": "Sample Pay Inc.", "zh": "样本"`), Code: dendai.CodeUnknownField},
		{Name: "unknown assessor field", Data: jsonEdit(`"email":`, `"phone": "03-0000-0000", "email":`), Code: dendai.CodeUnknownField},
		{Name: "unknown response field", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "score": 1,`), Code: dendai.CodeUnknownField},
		{Name: "unknown evidence field", Data: jsonEdit(`"ref": "https://example.jp/policy.pdf"`, `"ref": "https://example.jp/policy.pdf", "url": "x"`), Code: dendai.CodeUnknownField},
		{Name: "unknown remediation field", Data: jsonEdit(`"owner": "情報システム部",`, `"owner": "情報システム部", "budget": 100,`), Code: dendai.CodeUnknownField},
		{Name: "field name in another case", Data: jsonEdit(`"assessedOn"`, `"AssessedOn"`), Code: dendai.CodeUnknownField},
		{Name: "format of a catalog", Data: jsonEdit(`"dendai.assessment/v1"`, `"dendai.catalog/v1"`), Code: assessment.CodeFormat},
		{Name: "format v2", Data: jsonEdit(`"dendai.assessment/v1"`, `"dendai.assessment/v2"`), Code: assessment.CodeFormat},
		{Name: "format with a space", Data: jsonEdit(`"dendai.assessment/v1"`, `" dendai.assessment/v1"`), Code: assessment.CodeFormat},
		{Name: "format full-width", Data: jsonEdit(`"dendai.assessment/v1"`, `"ｄｅｎｄａｉ.assessment/v1"`), Code: assessment.CodeFormat, Quotes: true},
		{Name: "format missing", Data: jsonEdit(`"format": "dendai.assessment/v1",`, ``), Code: dendai.CodeMissingField},
		{Name: "over the size limit", Data: []byte(testkit.Draft), MaxSize: 100, Code: dendai.CodeInputTooLarge, NoPlace: true},
		{Name: "one byte over the size limit", Data: []byte(testkit.Draft), MaxSize: len(testkit.Draft) - 1, Code: dendai.CodeInputTooLarge, NoPlace: true},
		{Name: "over the default size limit", Data: []byte(testkit.Draft + strings.Repeat(" ", assessment.DefaultMaxSize)), Code: dendai.CodeInputTooLarge, NoPlace: true},

		// ---- Assessment JSON: values.
		{Name: "status misspelt", Data: jsonEdit(`"status": "compliant"`, `"status": "complient"`), Code: assessment.CodeStatusInvalid},
		{Name: "status with a typo in the middle", Data: jsonEdit(`"status": "compliant"`, `"status": "non_complaint"`), Code: assessment.CodeStatusInvalid},
		{Name: "status with a trailing letter", Data: jsonEdit(`"status": "compliant"`, `"status": "compliants"`), Code: assessment.CodeStatusInvalid},
		{Name: "status Japanese almost", Data: jsonEdit(`"status": "compliant"`, `"status": "適合済"`), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "status mark almost", Data: jsonEdit(`"status": "compliant"`, `"status": "◎"`), Code: assessment.CodeStatusInvalid},
		{Name: "status empty", Data: jsonEdit(`"status": "compliant"`, `"status": ""`), Code: assessment.CodeStatusInvalid},
		{Name: "status missing", Data: jsonEdit(`"status": "compliant",`, ``), Code: dendai.CodeMissingField},
		{Name: "status with NUL escape", Data: jsonEdit(`"status": "compliant"`, `"status": "compliant\u0000"`), Code: assessment.CodeStatusInvalid},
		{Name: "terminal escape sequence as status", Data: jsonEdit(`"status": "compliant"`, `"status": "\u001b[2J\u001b]0;owned\u0007"`), Code: assessment.CodeStatusInvalid},
		{Name: "terminal escape sequence in a key", Data: jsonEdit(`"state": "draft",`, `"state": "draft", "\u001b[31mscore": 1,`), Code: dendai.CodeUnknownField},
		{Name: "line break in a date", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-10-01\n1行目、1列目: 問題はありません"`), Code: assessment.CodeDateInvalid, Quotes: true},
		{Name: "date 2026-02-30", Data: jsonEdit(`"2027-03-31"`, `"2026-02-30"`), Code: assessment.CodeDateInvalid},
		{Name: "date 0000-01-01", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "0000-01-01"`), Code: assessment.CodeDateInvalid},
		{Name: "date 2026-1-1", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-1-1"`), Code: assessment.CodeDateInvalid},
		{Name: "date with slashes", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026/10/01"`), Code: assessment.CodeDateInvalid},
		{Name: "date with a time", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-10-01T00:00:00+09:00"`), Code: assessment.CodeDateInvalid},
		{Name: "date in full-width digits", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "２０２６-１０-０１"`), Code: assessment.CodeDateInvalid},
		{Name: "date in the Japanese era", Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "令和8年10月1日"`), Code: assessment.CodeDateInvalid, Quotes: true},
		{Name: "corporate number wrong check digit", Data: jsonEdit(`"5010001112730"`, `"6010001112730"`), Code: assessment.CodeCorporateNumberCheckDigit},
		{Name: "corporate number 12 digits", Data: jsonEdit(`"5010001112730"`, `"010001112730"`), Code: assessment.CodeCorporateNumberLength},
		{Name: "corporate number 14 digits", Data: jsonEdit(`"5010001112730"`, `"50100011127300"`), Code: assessment.CodeCorporateNumberLength},
		{Name: "corporate number with a letter", Data: jsonEdit(`"5010001112730"`, `"501000111273O"`), Code: assessment.CodeCorporateNumberDigits},
		{Name: "corporate number with a long vowel mark", Data: jsonEdit(`"5010001112730"`, `"5010ー001112730"`), Code: assessment.CodeCorporateNumberDigits, Quotes: true},
		{Name: "corporate number in scientific notation", Data: jsonEdit(`"5010001112730"`, `"5.01E+12"`), Code: assessment.CodeCorporateNumberExponent},
		{Name: "registration unknown bureau", Data: jsonEdit(`関東財務局長（電代）第12号`, `大阪財務局長（電代）第12号`), Code: assessment.CodeRegistrationNumberBureau, Quotes: true},
		{Name: "registration number 0", Data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第0号`), Code: assessment.CodeRegistrationNumberNumber, Quotes: true},
		{Name: "registration number 10 digits", Data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第1234567890号`), Code: assessment.CodeRegistrationNumberNumber, Quotes: true},
		{Name: "registration without 電代", Data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長第12号`), Code: assessment.CodeRegistrationNumberInvalid, Quotes: true},
		{Name: "registration of a bank agent", Data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（銀代）第12号`), Code: assessment.CodeRegistrationNumberInvalid, Quotes: true},
		{Name: "registration negative", Data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第-1号`), Code: assessment.CodeRegistrationNumberInvalid, Quotes: true},

		// ---- Assessment JSON: derivedFrom and needsReview.
		{Name: "derivedFrom an object", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": {"criterion": "S1-1"},`), Code: dendai.CodeWrongType},
		{Name: "derivation a string", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": ["S1-1"],`), Code: dendai.CodeWrongType},
		{Name: "derivation with an unknown field", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1-1", "relationship": "equivalent", "status": "compliant", "weight": 1}],`), Code: dendai.CodeUnknownField},
		{Name: "derivation without a relationship", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1-1", "status": "compliant"}],`), Code: dendai.CodeMissingField},
		{Name: "relationship in NIST's spelling", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1-1", "relationship": "equivalent-to", "status": "compliant"}],`), Code: criteria.CodeMappingRelationship},
		{Name: "relationship with a terminal escape sequence", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1-1", "relationship": "\u001b[2J", "status": "compliant"}],`), Code: criteria.CodeMappingRelationship},
		{Name: "derivation status misspelt", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1-1", "relationship": "subset", "status": "complient"}],`), Code: assessment.CodeStatusInvalid},
		{Name: "needsReview a string", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "needsReview": "true",`), Code: dendai.CodeWrongType},
		{Name: "needsReview null", Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "needsReview": null,`), Code: dendai.CodeWrongType},
		{Name: "derivation criterion with a space", CheckOnly: true, Data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "derivedFrom": [{"criterion": "S1 1", "relationship": "equivalent", "status": "compliant"}],`), Code: assessment.CodeValidationID},

		// ---- Assessment JSON: validation against the catalog.
		{Name: "remediation due before the date", CheckOnly: true, Data: jsonEdit(`"2027-03-31"`, `"2026-09-30"`), Code: assessment.CodeDueBeforeAssessment},
		{Name: "assessed after today", CheckOnly: true, Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-11-02"`), Code: assessment.CodeDateInFuture},
		{Name: "assessed on 9999-12-31", CheckOnly: true, Data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "9999-12-31"`), Code: assessment.CodeDateInFuture},
		{Name: "submitted with missing responses", CheckOnly: true, Min: 54, Data: jsonEdit(`"state": "draft"`, `"state": "submitted"`), Code: assessment.CodeMissingResponse},
		{Name: "state in capitals", CheckOnly: true, Data: jsonEdit(`"state": "draft"`, `"state": "DRAFT"`), Code: assessment.CodeValidationOneOf},
		{Name: "state in Japanese", CheckOnly: true, Data: jsonEdit(`"state": "draft"`, `"state": "下書き"`), Code: assessment.CodeValidationOneOf},
		{Name: "unknown criterion", CheckOnly: true, Data: jsonEdit(`"criterion": "1-1"`, `"criterion": "1-56"`), Code: assessment.CodeUnknownCriterion},
		{Name: "criterion in full-width digits", CheckOnly: true, Data: jsonEdit(`"criterion": "1-1"`, `"criterion": "１-１"`), Code: assessment.CodeValidationID, Quotes: true},
		{Name: "criterion with a space", CheckOnly: true, Data: jsonEdit(`"criterion": "1-1"`, `"criterion": "1-1 "`), Code: assessment.CodeValidationID},
		{Name: "duplicate response", CheckOnly: true, Data: jsonEdit(`"criterion": "1-30"`, `"criterion": "1-1"`), Code: assessment.CodeDuplicateResponse},
		{Name: "not_applicable without justification", CheckOnly: true, Data: jsonEdit(`"justification": "アプリを提供していないため"`, `"justification": "　"`), Code: assessment.CodeJustificationRequired},
		{Name: "partially_compliant without remediation", CheckOnly: true, Data: jsonEdit(`"remediation": {"action": "全アカウントに多要素認証を導入", "owner": "情報システム部", "due": "2027-03-31"}`, `"remediation": null`), Code: assessment.CodeRemediationRequired},
		{Name: "remediation without an action", CheckOnly: true, Data: jsonEdit(`"action": "全アカウントに多要素認証を導入", `, ``), Code: assessment.CodeValidationRequired},
		{Name: "catalog of the standard", CheckOnly: true, Data: jsonEdit(`"catalog": "jpbank-checklist"`, `"catalog": "jpbank-standard"`), Code: assessment.CodeCatalogMismatch},
		{Name: "catalog version 9", CheckOnly: true, Data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": "9.0.0"`), Code: assessment.CodeVersionMismatch},
		{Name: "catalog ID a path", CheckOnly: true, Data: jsonEdit(`"catalog": "jpbank-checklist"`, `"catalog": "../../etc/passwd"`), Code: assessment.CodeValidationID},
		{Name: "email without a domain", CheckOnly: true, Data: jsonEdit(`t.yamada@example.jp`, `t.yamada@`), Code: assessment.CodeValidationEmail},
		{Name: "evidence javascript URL", CheckOnly: true, Data: jsonEdit(`https://example.jp/policy.pdf`, `javascript:alert(1)`), Code: assessment.CodeValidationEvidenceRef},
		{Name: "evidence title blank", CheckOnly: true, Data: jsonEdit(`"title": "情報セキュリティ基本方針"`, `"title": " \t"`), Code: assessment.CodeValidationNonBlank},
		{Name: "name blank in both languages", CheckOnly: true, Data: jsonEdit(`"name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."}`, `"name": {"ja": "　", "en": " "}`), Code: assessment.CodeValidationNameText},
		{Name: "1 MiB comment", CheckOnly: true, Data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": "`+megabyte+`"`), Code: assessment.CodeValidationMaxLength},
		{Name: "101 evidence items", CheckOnly: true, Data: jsonEdit(`"evidence": [`, `"evidence": [`+testkit.Repeat("", `{"title":"t#"}`, ",", ",", 100)), Code: assessment.CodeValidationMaxItems},

		// ---- Many problems on one long line: the list stops at MaxProblems, and
		// locating them stays linear.
		{Name: "20k responses that are not objects, on one line",
			// 20k, not 100k: Check validates every response read, which takes
			// seconds under the race detector.
			Data: []byte(testkit.Repeat(`{"format":"dendai.assessment/v1","responses":[`, "1", ",", "]}", 20_000)),
			Code: dendai.CodeWrongType, Min: 990},
		{Name: "assessor with 100k unknown keys, on one line",
			Data: jsonEdit(`"assessor": {`, `"assessor": {`+testkit.Repeat("", `"k#":0`, ",", ",", 100_000)),
			Code: dendai.CodeUnknownField, Min: 990},
	}
}

func TestHardeningJSON(t *testing.T) {
	cl := criteria.Checklist()
	options := func(b testkit.Bad) *assessment.Options {
		return &assessment.Options{MaxSize: b.MaxSize, Now: testkit.Now}
	}
	testkit.RunBad(t, badJSON(),
		testkit.Reader{Name: "Decode", DecodeOnly: true, Read: func(t *testing.T, b testkit.Bad) error {
			a, err := assessment.Decode(b.Data, options(b))
			if (a == nil) == (err == nil) {
				t.Errorf("Decode = %v, %v; want an assessment or an error", a, err)
			}
			return err
		}},
		testkit.Reader{Name: "Check", Read: func(t *testing.T, b testkit.Bad) error {
			_, ps := assessment.Check(cl, b.Data, options(b))
			return ps.Err()
		}},
	)
}

// cloneAssessment returns a deep copy of a.
func cloneAssessment(a *assessment.Assessment) *assessment.Assessment {
	if a == nil {
		return nil
	}
	c := *a
	c.Responses = slices.Clone(a.Responses)
	for i, r := range c.Responses {
		c.Responses[i].Evidence = slices.Clone(r.Evidence)
		c.Responses[i].DerivedFrom = slices.Clone(r.DerivedFrom)
		if r.Remediation != nil {
			rem := *r.Remediation
			c.Responses[i].Remediation = &rem
		}
	}
	return &c
}

// valueRow is a hostile Go value given to Validate, Score and the reports.
type valueRow struct {
	name   string
	build  func() *assessment.Assessment
	want   dendai.Code
	quotes bool
	// score checks the results of both built-in policies; it returns what is
	// wrong, or "".
	score func(*scoring.Result) string
}

// hostile returns a builder of draftAssessment changed by f.
func hostile(f func(a *assessment.Assessment)) func() *assessment.Assessment {
	return func() *assessment.Assessment {
		a := draftAssessment()
		f(a)
		return a
	}
}

func valueRows() []valueRow {
	status := func(id criteria.ID, want assessment.Status) func(*scoring.Result) string {
		return func(r *scoring.Result) string {
			for _, c := range r.Criteria {
				if c.Criterion == id && c.Status != want {
					return fmt.Sprintf("criterion %s scored as %s, want %s", id, c.Status, want)
				}
			}
			return ""
		}
	}
	shared := &assessment.Remediation{Action: " ", Due: assessment.MustParseDate("2026-01-01")}
	return []valueRow{
		{name: "zero assessment", build: func() *assessment.Assessment { return &assessment.Assessment{} }, want: assessment.CodeValidationRequired},
		{name: "status 200", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Status = 200 }), want: assessment.CodeStatusInvalid,
			score: status("1-1", assessment.NotAssessed)},
		{name: "status 254 before a compliant duplicate", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].Status = 254
			a.Responses = append(a.Responses, assessment.Response{Criterion: "1-1", Status: assessment.Compliant})
		}), want: assessment.CodeStatusInvalid, score: status("1-1", assessment.NotAssessed)},
		{name: "status 255 before a compliant duplicate", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].Status = 255
			a.Responses = append(a.Responses, assessment.Response{Criterion: "1-1", Status: assessment.Compliant})
		}), want: assessment.CodeStatusInvalid, score: status("1-1", assessment.NotAssessed)},
		{name: "state in capitals", build: hostile(func(a *assessment.Assessment) { a.State = "SUBMITTED" }), want: assessment.CodeValidationOneOf},
		{name: "catalog a path", build: hostile(func(a *assessment.Assessment) { a.Catalog = "../../etc/passwd" }), want: assessment.CodeValidationID},
		{name: "catalog of the standard", build: hostile(func(a *assessment.Assessment) { a.Catalog = criteria.StandardID }), want: assessment.CodeCatalogMismatch},
		{name: "criterion with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "1-\xff" }), want: assessment.CodeValidationID},
		{name: "criterion with a terminal escape sequence", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "\x1b[2J" }), want: assessment.CodeValidationID},
		{name: "criterion unknown", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "9-99" }), want: assessment.CodeUnknownCriterion},
		{name: "comment of 1 MiB", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Comment = strings.Repeat("あ", 1<<20/3) }), want: assessment.CodeValidationMaxLength},
		{name: "101 evidence items", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].Evidence = slices.Repeat([]assessment.Evidence{{Title: "t"}}, 101)
		}), want: assessment.CodeValidationMaxItems},
		{name: "evidence javascript URL", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Evidence[0].Ref = " JavaScript:alert(document.cookie)" }), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence HTML and invalid UTF-8", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].Evidence[0] = assessment.Evidence{Title: "<script>alert(1)</script>\xff", Ref: "data:text/html,<b>x</b>"}
		}), want: assessment.CodeValidationEvidenceRef},
		{name: "email with a NUL", build: hostile(func(a *assessment.Assessment) { a.Assessor.Email = "a\x00b@example.jp" }), want: assessment.CodeValidationEmail},
		{name: "name blank", build: hostile(func(a *assessment.Assessment) { a.Subject.Name = i18n.Text{JA: "\u3000", EN: "\t"} }), want: assessment.CodeValidationNameText},
		{name: "due before the date", build: hostile(func(a *assessment.Assessment) {
			a.Responses[1].Remediation.Due = assessment.MustParseDate("0001-01-01")
		}), want: assessment.CodeDueBeforeAssessment},
		{name: "assessed on 9999-12-31", build: hostile(func(a *assessment.Assessment) { a.AssessedOn = assessment.MustParseDate("9999-12-31") }), want: assessment.CodeDateInFuture},
		{name: "not_applicable with a blank justification", build: hostile(func(a *assessment.Assessment) { a.Responses[2].Justification = "\u3000\n" }), want: assessment.CodeJustificationRequired},
		{name: "one remediation shared by two responses", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].Status, a.Responses[0].Remediation = assessment.NonCompliant, shared
			a.Responses[1].Remediation = shared
		}), want: assessment.CodeValidationNonBlank},
		{name: "submitted with 1100 duplicate responses", build: hostile(func(a *assessment.Assessment) {
			a.State = assessment.Submitted
			a.Responses = slices.Repeat(a.Responses[:1], 1100)
		}), want: assessment.CodeDuplicateResponse},
		{name: "derivation with relationship 0", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "S1-1", Status: assessment.Compliant}}
		}), want: criteria.CodeMappingRelationship},
		{name: "derivation with relationship 255", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "S1-1", Relationship: 255, Status: assessment.Compliant}}
		}), want: criteria.CodeMappingRelationship},
		{name: "derivation with status 200", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "S1-1", Relationship: criteria.Subset, Status: 200}}
		}), want: assessment.CodeStatusInvalid},
		{name: "derivation criterion with a terminal escape sequence", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "\x1b[2J", Relationship: criteria.Subset, Status: assessment.Compliant}}
		}), want: assessment.CodeValidationID},
		// Validate reports a nil assessment as one with nothing filled in;
		// Score and the reports treat it as one with no responses.
		{name: "nil assessment", build: func() *assessment.Assessment { return nil }, want: assessment.CodeValidationRequired},
	}
}

func TestHardeningValues(t *testing.T) {
	cl := criteria.Checklist()
	policies := []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted()}
	rows := append(valueRows(), textValueRows()...)
	t.Logf("%d bad values", len(rows))
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			a := row.build()
			before := cloneAssessment(a)
			unchanged := func(call string) {
				t.Helper()
				if diff := cmp.Diff(before, a); diff != "" {
					t.Fatalf("%s changed the caller's assessment (-before +after):\n%s", call, diff)
				}
			}
			var ps dendai.Problems
			testkit.Protect(t, "Validate", func() { ps = assessment.Validate(cl, a, &assessment.Options{Now: testkit.Now}) })
			unchanged("Validate")
			testkit.CheckProblems(t, "Validate", ps, testkit.Want{Code: row.want, Quotes: row.quotes, Place: testkit.AtPath})
			for k, p := range policies {
				var r *scoring.Result
				if !testkit.Protect(t, "Score "+p.Name(), func() { r = p.Score(a) }) {
					continue
				}
				unchanged("Score " + p.Name())
				if r.Coverage.Total != cl.Len() || len(r.Criteria) != cl.Len() {
					t.Errorf("Score %s: coverage %+v, %d criteria; want %d", p.Name(), r.Coverage, len(r.Criteria), cl.Len())
				}
				if r.Score != scoring.NoScore && (r.Score < 0 || r.Score > 1000) {
					t.Errorf("Score %s: score %v out of range", p.Name(), r.Score)
				}
				for _, c := range r.Criteria {
					if !c.Status.IsValid() {
						t.Errorf("Score %s: criterion %s has status %d", p.Name(), c.Criterion, c.Status)
					}
				}
				if row.score != nil {
					if msg := row.score(r); msg != "" {
						t.Errorf("Score %s: %s", p.Name(), msg)
					}
				}
				rep := &report.Report{Policy: p, Assessment: a, Result: r}
				l := i18n.Langs()[k%2] // one language per policy, to keep the test quick
				testkit.Protect(t, "Text", func() { _ = rep.Text(l) })
				testkit.Protect(t, "Markdown", func() { _ = rep.Markdown(l) })
				testkit.Protect(t, "HTML", func() {
					if _, err := rep.HTML(l); err != nil {
						t.Errorf("HTML(%s): %v", l, err)
					}
				})
				unchanged("the reports")
			}
		})
	}
}
