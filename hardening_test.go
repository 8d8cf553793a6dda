package dendai_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

// This file feeds hostile input through the public API of every input format
// (assessment JSON, the CSV template, catalogs, policies) and hostile Go values
// through Validate, Score and the reports, and checks the invariants of
// DESIGN.md: never a panic, a refusal with a stable code and a message in both
// languages, a location, and the caller's input left as it was.

// hardNow is the clock of every check: 2026-11-01, 21:00 in Japan.
var hardNow = func() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }

const bom = "\ufeff"

// hardJSON is a valid draft assessment against jpbank-checklist.
const hardJSON = `{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-checklist",
  "catalogVersion": "1.1.0",
  "state": "draft",
  "assessedOn": "2026-10-01",
  "subject": {
    "name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."},
    "corporateNumber": "5010001112730",
    "registrationNumber": "関東財務局長（電代）第12号"
  },
  "assessor": {"name": "山田 太郎", "organization": "情報セキュリティ室", "email": "t.yamada@example.jp"},
  "responses": [
    {"criterion": "1-1", "status": "compliant",
     "evidence": [{"title": "情報セキュリティ基本方針", "ref": "https://example.jp/policy.pdf"}],
     "comment": "取締役会で年1回見直し"},
    {"criterion": "1-30", "status": "partially_compliant",
     "remediation": {"action": "全アカウントに多要素認証を導入", "owner": "情報システム部", "due": "2027-03-31"}},
    {"criterion": "1-48", "status": "not_applicable", "justification": "アプリを提供していないため"}
  ]
}
`

// hardCatalog is a valid custom catalog.
const hardCatalog = `{
  "format": "dendai.catalog/v1",
  "id": "my-bank",
  "version": "2026.1",
  "title": {"ja": "テスト銀行の基準", "en": "Test bank criteria"},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"},
     "criteria": [
       {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "Multi-factor authentication is in place"}, "standard": ["S1-1", "S1-2"]},
       {"id": "SEC-2", "text": {"ja": "ログを保存している", "en": "Logs are kept"}}
     ]}
  ]
}
`

// hardPolicy is a valid policy for jpbank-checklist, the built-in uniform one
// with a tier added.
const hardPolicy = `{
  "format": "dendai.policy/v1",
  "name": "hardening",
  "version": "1.0.0",
  "catalog": "jpbank-checklist",
  "title": {"ja": "堅牢化テスト", "en": "Hardening test"},
  "credit": {"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0},
  "tiers": [{"id": "critical", "weight": 10, "title": {"ja": "重大", "en": "Critical"}}],
  "defaultWeight": 1,
  "criteria": [{"criterion": "2-2", "tier": "critical"}],
  "gates": [{"criterion": "2-2", "minimum": "compliant"}, {"tier": "critical", "minimum": "partially_compliant"}],
  "bands": [{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}, {"rating": "C", "minScore": 60}, {"rating": "D", "minScore": 0}]
}
`

// edit returns s with old replaced by new once; old must occur in s.
func edit(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic(fmt.Sprintf("hardening: %q not found", old))
	}
	return strings.Replace(s, old, new, 1)
}

func jsonEdit(old, new string) []byte    { return []byte(edit(hardJSON, old, new)) }
func catalogEdit(old, new string) []byte { return []byte(edit(hardCatalog, old, new)) }
func policyEdit(old, new string) []byte  { return []byte(edit(hardPolicy, old, new)) }

// repeatJoin returns prefix, n copies of elem (with # replaced by the index)
// separated by sep, and suffix.
func repeatJoin(prefix, elem, sep, suffix string, n int) string {
	var b strings.Builder
	b.Grow(len(prefix) + n*(len(elem)+len(sep)+6) + len(suffix))
	b.WriteString(prefix)
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		if strings.Contains(elem, "#") {
			b.WriteString(strings.ReplaceAll(elem, "#", strconv.Itoa(i)))
		} else {
			b.WriteString(elem)
		}
	}
	b.WriteString(suffix)
	return b.String()
}

// hardAssessment is the assessment of hardJSON, built in Go.
func hardAssessment() *assessment.Assessment {
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

// sheet is the CSV template as records, for editing cells.
type sheet [][]string

var hardSheet = sync.OnceValues(func() (sheet, error) {
	var buf bytes.Buffer
	if err := spreadsheet.WriteCSV(&buf, criteria.Checklist(), hardAssessment(), &spreadsheet.CSVOptions{Lang: i18n.Japanese}); err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), bom)))
	r.FieldsPerRecord = -1
	return r.ReadAll()
})

func baseSheet() sheet {
	s, err := hardSheet()
	if err != nil {
		panic(err)
	}
	out := make(sheet, len(s))
	for i, rec := range s {
		out[i] = slices.Clone(rec)
	}
	return out
}

// set sets the value of the header row keyed key (column B).
func (s sheet) set(key, value string) sheet {
	for _, rec := range s {
		if len(rec) > 1 && rec[1] == key {
			rec[2] = value
			return s
		}
	}
	panic("hardening: no header row " + key)
}

// cell sets column col (0-based) of the table row of criterion id.
func (s sheet) cell(id string, col int, value string) sheet {
	for _, rec := range s {
		if len(rec) > 3 && rec[0] == id {
			rec[col] = value
			return s
		}
	}
	panic("hardening: no table row " + id)
}

// rowOf returns the index of the record whose first or second cell is key.
func (s sheet) rowOf(key string) int {
	i := slices.IndexFunc(s, func(rec []string) bool { return rec[0] == key || len(rec) > 1 && rec[1] == key })
	if i < 0 {
		panic("hardening: no row " + key)
	}
	return i
}

func (s sheet) with(f func(sheet) sheet) sheet { return f(s) }

// text writes the sheet as CSV with CR LF line ends, without a byte order mark.
func (s sheet) text() string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.WriteAll(s); err != nil {
		panic(err)
	}
	return buf.String()
}

func (s sheet) utf8BOM() []byte { return []byte(bom + s.text()) }

func (s sheet) shiftJIS() []byte {
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s.text()))
	if err != nil {
		panic(err)
	}
	return b
}

// Columns of the CSV table.
const (
	colID = iota
	colCategory
	colText
	colStatus
	colJustification
	colEvidence
	colComment
	colAction
	colOwner
	colDue
)

type inputFormat int

const (
	formatJSON inputFormat = iota
	formatCSV
	formatCatalog
	formatPolicy
)

func (f inputFormat) String() string {
	return [...]string{"json", "csv", "catalog", "policy"}[f]
}

// bugRawQuote is the bug of the rows whose input puts a control character or
// invalid UTF-8 into a message.
const bugRawQuote = "the Japanese messages quote the input raw (「%s」) where the English ones escape it (%q): " +
	"control characters (NUL, ESC, line breaks) and invalid UTF-8 from a hostile document reach Japanese output unescaped, " +
	"e.g. `dendai validate --lang ja` writes an ESC[2J from a status straight to the terminal, and a line break forges a line of output"

// hardRow is one hostile input.
type hardRow struct {
	name   string
	format inputFormat
	data   []byte
	// want is the code one of the problems must have.
	want dendai.Code
	// minCount is how many problems must have that code, when more than one.
	minCount int
	// checkOnly says the problem comes from validation against the catalog:
	// assessment.Decode and spreadsheet.ReadCSV accept the document, and only
	// assessment.Check and spreadsheet.CheckCSV refuse it.
	checkOnly bool
	// quotes allows Japanese in the English message: it quotes the input, or a
	// Japanese spelling such as 関東財務局長（電代）第12号.
	quotes bool
	// noPlace says the problem has no place in the document: an input over the
	// size limit, an empty file.
	noPlace bool
	// maxSize is Options.MaxSize; 0 means the default.
	maxSize int
	// bug, when set, describes a known library bug: the row is skipped.
	bug string
}

func hardRows() []hardRow {
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	megabyte := strings.Repeat("a", 1<<20)

	rows := []hardRow{
		// ---- Assessment JSON: syntax.
		{name: "empty", data: []byte{}, want: dendai.CodeEmpty},
		{name: "nil", data: nil, want: dendai.CodeEmpty},
		{name: "whitespace only", data: []byte(" \t\r\n  \n"), want: dendai.CodeEmpty},
		{name: "lone BOM", data: []byte(bom), want: dendai.CodeEmpty},
		{name: "BOM and whitespace", data: []byte(bom + "\r\n "), want: dendai.CodeEmpty},
		{name: "truncated in the middle", data: []byte(hardJSON[:len(hardJSON)/2]), want: dendai.CodeUnexpectedEnd},
		{name: "truncated before the last brace", data: []byte(strings.TrimSuffix(hardJSON, "}\n")), want: dendai.CodeUnexpectedEnd},
		{name: "truncated in a string", data: []byte(`{"format":"dendai.assess`), want: dendai.CodeUnexpectedEnd},
		{name: "truncated in a \\u escape", data: []byte(`{"format":"\u00`), want: dendai.CodeUnexpectedEnd},
		{name: "truncated literal", data: []byte(`{"remediation":nu`), want: dendai.CodeUnexpectedEnd},
		{name: "invalid UTF-8 in a key", data: jsonEdit(`"subject"`, "\"subj\xffect\""), want: dendai.CodeInvalidUTF8},
		{name: "invalid UTF-8 in a value", data: jsonEdit(`年1回見直し`, "年1回\xe8\xa6見直し"), want: dendai.CodeInvalidUTF8},
		{name: "overlong UTF-8 slash", data: jsonEdit(`"取締役会で`, "\"\xc0\xaf取締役会で"), want: dendai.CodeInvalidUTF8},
		{name: "overlong UTF-8 NUL", data: jsonEdit(`"取締役会で`, "\"\xe0\x80\x80取締役会で"), want: dendai.CodeInvalidUTF8},
		{name: "UTF-8 encoded surrogate", data: jsonEdit(`"取締役会で`, "\"\xed\xa0\x80取締役会で"), want: dendai.CodeInvalidUTF8},
		{name: "Shift_JIS bytes", data: jsonEdit(`山田 太郎`, "\x8eR\x93c \x91\xbe\x98Y"), want: dendai.CodeInvalidUTF8},
		{name: "UTF-16 document", data: []byte("\xff\xfe{\x00}\x00"), want: dendai.CodeInvalidUTF8},
		{name: "raw NUL in a string", data: jsonEdit(`山田 太郎`, "山田\x00太郎"), want: dendai.CodeControlChar},
		{name: "raw NUL between values", data: jsonEdit(`"state": "draft",`, "\"state\": \"draft\",\x00"), want: dendai.CodeUnexpectedChar},
		{name: "raw tab in a string", data: jsonEdit(`山田 太郎`, "山田\t太郎"), want: dendai.CodeControlChar},
		{name: "raw line break in a string", data: jsonEdit(`取締役会で`, "取締役会\nで"), want: dendai.CodeControlChar},
		{name: "control character after an escape", data: jsonEdit(`取締役会で`, "取締\\n役会\x1fで"), want: dendai.CodeControlChar},
		{name: "invalid escape", data: jsonEdit(`取締役会で`, `取締\x役会で`), want: dendai.CodeInvalidEscape},
		{name: "short \\u escape", data: jsonEdit(`取締役会で`, `取締\u12G4役会で`), want: dendai.CodeInvalidEscape},
		{name: "lone high surrogate as status", data: jsonEdit(`"status": "compliant"`, `"status": "\ud800"`), want: assessment.CodeStatusInvalid},
		{name: "lone low surrogate in a key", data: jsonEdit(`"comment"`, `"\udc00comment"`), want: dendai.CodeUnknownField},
		{name: "reversed surrogate pair as format", data: jsonEdit(`"dendai.assessment/v1"`, `"\udc00\ud800"`), want: assessment.CodeFormat},
		{name: "65-deep nesting", data: []byte(deep(65)), want: dendai.CodeTooDeep},
		{name: "65-deep nesting in a value", data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": `+deep(64)), want: dendai.CodeTooDeep},
		{name: "64-deep nesting is only the wrong type", data: []byte(deep(64)), want: dendai.CodeWrongType},
		{name: "trailing data", data: []byte(hardJSON + `{}`), want: dendai.CodeTrailingData},
		{name: "two documents", data: []byte(hardJSON + hardJSON), want: dendai.CodeTrailingData},
		{name: "trailing comma", data: jsonEdit(`"state": "draft",`, `"state": "draft",,`), want: dendai.CodeUnexpectedChar},
		{name: "single quotes", data: jsonEdit(`"state": "draft"`, `'state': 'draft'`), want: dendai.CodeUnexpectedChar},
		{name: "comment in JSON", data: jsonEdit(`"state": "draft",`, `"state": "draft", // 下書き`), want: dendai.CodeUnexpectedChar},
		{name: "misspelt literal", data: jsonEdit(`"state": "draft"`, `"state": truex`), want: dendai.CodeUnexpectedChar},
		{name: "NaN", data: jsonEdit(`"state": "draft"`, `"state": NaN`), want: dendai.CodeUnexpectedChar},

		// ---- Assessment JSON: structure and types.
		{name: "duplicate key", data: jsonEdit(`"state": "draft",`, `"state": "draft", "state": "submitted",`), want: dendai.CodeDuplicateKey},
		{name: "duplicate key in a big object", data: jsonEdit(`"assessor": {`, `"assessor": {`+repeatJoin("", `"x#": 1`, ", ", ", ", 20)+`"x7": 2, `), want: dendai.CodeDuplicateKey},
		{name: "duplicate key spelt with an escape", data: jsonEdit(`"state": "draft",`, `"state": "draft", "st\u0061te": "draft",`), want: dendai.CodeDuplicateKey},
		{name: "number 1e999 for a string", data: jsonEdit(`"status": "compliant"`, `"status": 1e999`), want: dendai.CodeWrongType},
		{name: "number -0 for a string", data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": -0`), want: dendai.CodeWrongType},
		{name: "number 01", data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": 01`), want: dendai.CodeUnexpectedChar},
		{name: "number .5", data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": .5`), want: dendai.CodeUnexpectedChar},
		{name: "number 1.", data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": 1.`), want: dendai.CodeUnexpectedChar},
		{name: "number +1", data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": +1`), want: dendai.CodeUnexpectedChar},
		{name: "top-level array", data: []byte(`[` + hardJSON + `]`), want: dendai.CodeWrongType},
		{name: "top-level string", data: []byte(`"dendai.assessment/v1"`), want: dendai.CodeWrongType},
		{name: "top-level null", data: []byte(`null`), want: dendai.CodeWrongType},
		{name: "empty object", data: []byte(`{}`), want: dendai.CodeMissingField},
		{name: "wrong type for every scalar field", want: dendai.CodeWrongType, minCount: 22, data: []byte(`{"format":1,"catalog":true,"catalogVersion":null,"state":[],"assessedOn":20261101,
"subject":{"name":{"ja":1,"en":false},"corporateNumber":5010001112730,"registrationNumber":[]},
"assessor":{"name":{},"organization":1,"email":true},
"responses":[{"criterion":11,"status":1,"evidence":[{"title":1,"ref":2},"x"],"justification":[],"comment":{},
"remediation":{"action":1,"owner":2,"due":3}}]}`)},
		{name: "wrong type for every container", want: dendai.CodeWrongType, minCount: 6, data: []byte(`{"format":"dendai.assessment/v1",
"subject":"x","assessor":1,
"responses":[{"criterion":"1-1","status":"compliant","evidence":{},"remediation":"x"},7,{"criterion":"1-2","status":"compliant","evidence":[{"title":"t"}],"remediation":[]}]}`)},
		{name: "responses an object", data: []byte(`{"format":"dendai.assessment/v1","responses":{"1-1":"compliant"}}`), want: dendai.CodeWrongType},
		{name: "responses a string", data: []byte(`{"format":"dendai.assessment/v1","responses":"1-1"}`), want: dendai.CodeWrongType},
		{name: "name an array of 100k elements", data: jsonEdit(`"name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."}`, `"name": `+repeatJoin("[", "0", ",", "]", 100_000)), want: dendai.CodeWrongType},
		{name: "unknown top-level field", data: jsonEdit(`"state": "draft",`, `"state": "draft", "score": 100,`), want: dendai.CodeUnknownField},
		{name: "unknown subject field", data: jsonEdit(`"corporateNumber"`, `"capital": "1億円", "corporateNumber"`), want: dendai.CodeUnknownField},
		{name: "unknown name language", data: jsonEdit(`"en": "Sample Pay Inc."`, `"en": "Sample Pay Inc.", "zh": "样本"`), want: dendai.CodeUnknownField},
		{name: "unknown assessor field", data: jsonEdit(`"email":`, `"phone": "03-0000-0000", "email":`), want: dendai.CodeUnknownField},
		{name: "unknown response field", data: jsonEdit(`"status": "compliant",`, `"status": "compliant", "score": 1,`), want: dendai.CodeUnknownField},
		{name: "unknown evidence field", data: jsonEdit(`"ref": "https://example.jp/policy.pdf"`, `"ref": "https://example.jp/policy.pdf", "url": "x"`), want: dendai.CodeUnknownField},
		{name: "unknown remediation field", data: jsonEdit(`"owner": "情報システム部",`, `"owner": "情報システム部", "budget": 100,`), want: dendai.CodeUnknownField},
		{name: "field name in another case", data: jsonEdit(`"assessedOn"`, `"AssessedOn"`), want: dendai.CodeUnknownField},
		{name: "format of a catalog", data: jsonEdit(`"dendai.assessment/v1"`, `"dendai.catalog/v1"`), want: assessment.CodeFormat},
		{name: "format v2", data: jsonEdit(`"dendai.assessment/v1"`, `"dendai.assessment/v2"`), want: assessment.CodeFormat},
		{name: "format with a space", data: jsonEdit(`"dendai.assessment/v1"`, `" dendai.assessment/v1"`), want: assessment.CodeFormat},
		{name: "format full-width", data: jsonEdit(`"dendai.assessment/v1"`, `"ｄｅｎｄａｉ.assessment/v1"`), want: assessment.CodeFormat, quotes: true},
		{name: "format missing", data: jsonEdit(`"format": "dendai.assessment/v1",`, ``), want: dendai.CodeMissingField},
		{name: "over the size limit", data: []byte(hardJSON), maxSize: 100, want: dendai.CodeInputTooLarge, noPlace: true},
		{name: "one byte over the size limit", data: []byte(hardJSON), maxSize: len(hardJSON) - 1, want: dendai.CodeInputTooLarge, noPlace: true},
		{name: "over the default size limit", data: []byte(hardJSON + strings.Repeat(" ", assessment.DefaultMaxSize)), want: dendai.CodeInputTooLarge, noPlace: true},

		// ---- Assessment JSON: values.
		{name: "status misspelt", data: jsonEdit(`"status": "compliant"`, `"status": "complient"`), want: assessment.CodeStatusInvalid},
		{name: "status with a typo in the middle", data: jsonEdit(`"status": "compliant"`, `"status": "non_complaint"`), want: assessment.CodeStatusInvalid},
		{name: "status with a trailing letter", data: jsonEdit(`"status": "compliant"`, `"status": "compliants"`), want: assessment.CodeStatusInvalid},
		{name: "status Japanese almost", data: jsonEdit(`"status": "compliant"`, `"status": "適合済"`), want: assessment.CodeStatusInvalid, quotes: true},
		{name: "status mark almost", data: jsonEdit(`"status": "compliant"`, `"status": "◎"`), want: assessment.CodeStatusInvalid},
		{name: "status empty", data: jsonEdit(`"status": "compliant"`, `"status": ""`), want: assessment.CodeStatusInvalid},
		{name: "status missing", data: jsonEdit(`"status": "compliant",`, ``), want: dendai.CodeMissingField},
		{name: "status with NUL escape", data: jsonEdit(`"status": "compliant"`, `"status": "compliant\u0000"`), want: assessment.CodeStatusInvalid, bug: bugRawQuote},
		{name: "terminal escape sequence as status", data: jsonEdit(`"status": "compliant"`, `"status": "\u001b[2J\u001b]0;owned\u0007"`), want: assessment.CodeStatusInvalid, bug: bugRawQuote},
		{name: "terminal escape sequence in a key", data: jsonEdit(`"state": "draft",`, `"state": "draft", "\u001b[31mscore": 1,`), want: dendai.CodeUnknownField, bug: bugRawQuote},
		{name: "line break in a date", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-10-01\n1行目、1列目: 問題はありません"`), want: assessment.CodeDateInvalid, quotes: true, bug: bugRawQuote},
		{name: "date 2026-02-30", data: jsonEdit(`"2027-03-31"`, `"2026-02-30"`), want: assessment.CodeDateInvalid},
		{name: "date 0000-01-01", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "0000-01-01"`), want: assessment.CodeDateInvalid},
		{name: "date 2026-1-1", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-1-1"`), want: assessment.CodeDateInvalid},
		{name: "date with slashes", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026/10/01"`), want: assessment.CodeDateInvalid},
		{name: "date with a time", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-10-01T00:00:00+09:00"`), want: assessment.CodeDateInvalid},
		{name: "date in full-width digits", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "２０２６-１０-０１"`), want: assessment.CodeDateInvalid},
		{name: "date in the Japanese era", data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "令和8年10月1日"`), want: assessment.CodeDateInvalid, quotes: true},
		{name: "corporate number wrong check digit", data: jsonEdit(`"5010001112730"`, `"6010001112730"`), want: assessment.CodeCorporateNumberCheckDigit},
		{name: "corporate number 12 digits", data: jsonEdit(`"5010001112730"`, `"010001112730"`), want: assessment.CodeCorporateNumberLength},
		{name: "corporate number 14 digits", data: jsonEdit(`"5010001112730"`, `"50100011127300"`), want: assessment.CodeCorporateNumberLength},
		{name: "corporate number with a letter", data: jsonEdit(`"5010001112730"`, `"501000111273O"`), want: assessment.CodeCorporateNumberDigits},
		{name: "corporate number with a long vowel mark", data: jsonEdit(`"5010001112730"`, `"5010ー001112730"`), want: assessment.CodeCorporateNumberDigits, quotes: true},
		{name: "corporate number in scientific notation", data: jsonEdit(`"5010001112730"`, `"5.01E+12"`), want: assessment.CodeCorporateNumberDigits},
		{name: "registration unknown bureau", data: jsonEdit(`関東財務局長（電代）第12号`, `大阪財務局長（電代）第12号`), want: assessment.CodeRegistrationNumberBureau, quotes: true},
		{name: "registration number 0", data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第0号`), want: assessment.CodeRegistrationNumberNumber, quotes: true},
		{name: "registration number 10 digits", data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第1234567890号`), want: assessment.CodeRegistrationNumberNumber, quotes: true},
		{name: "registration without 電代", data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長第12号`), want: assessment.CodeRegistrationNumberInvalid, quotes: true},
		{name: "registration of a bank agent", data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（銀代）第12号`), want: assessment.CodeRegistrationNumberInvalid, quotes: true},
		{name: "registration negative", data: jsonEdit(`関東財務局長（電代）第12号`, `関東財務局長（電代）第-1号`), want: assessment.CodeRegistrationNumberInvalid, quotes: true},

		// ---- Assessment JSON: validation against the catalog.
		{name: "remediation due before the date", checkOnly: true, data: jsonEdit(`"2027-03-31"`, `"2026-09-30"`), want: assessment.CodeDueBeforeAssessment},
		{name: "assessed after today", checkOnly: true, data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "2026-11-02"`), want: assessment.CodeDateInFuture},
		{name: "assessed on 9999-12-31", checkOnly: true, data: jsonEdit(`"assessedOn": "2026-10-01"`, `"assessedOn": "9999-12-31"`), want: assessment.CodeDateInFuture},
		{name: "submitted with missing responses", checkOnly: true, minCount: 54, data: jsonEdit(`"state": "draft"`, `"state": "submitted"`), want: assessment.CodeMissingResponse},
		{name: "state in capitals", checkOnly: true, data: jsonEdit(`"state": "draft"`, `"state": "DRAFT"`), want: assessment.CodeValidationOneOf},
		{name: "state in Japanese", checkOnly: true, data: jsonEdit(`"state": "draft"`, `"state": "下書き"`), want: assessment.CodeValidationOneOf},
		{name: "unknown criterion", checkOnly: true, data: jsonEdit(`"criterion": "1-1"`, `"criterion": "1-56"`), want: assessment.CodeUnknownCriterion},
		{name: "criterion in full-width digits", checkOnly: true, data: jsonEdit(`"criterion": "1-1"`, `"criterion": "１-１"`), want: assessment.CodeValidationID, quotes: true},
		{name: "criterion with a space", checkOnly: true, data: jsonEdit(`"criterion": "1-1"`, `"criterion": "1-1 "`), want: assessment.CodeValidationID},
		{name: "duplicate response", checkOnly: true, data: jsonEdit(`"criterion": "1-30"`, `"criterion": "1-1"`), want: assessment.CodeDuplicateResponse},
		{name: "not_applicable without justification", checkOnly: true, data: jsonEdit(`"justification": "アプリを提供していないため"`, `"justification": "　"`), want: assessment.CodeJustificationRequired},
		{name: "partially_compliant without remediation", checkOnly: true, data: jsonEdit(`"remediation": {"action": "全アカウントに多要素認証を導入", "owner": "情報システム部", "due": "2027-03-31"}`, `"remediation": null`), want: assessment.CodeRemediationRequired},
		{name: "remediation without an action", checkOnly: true, data: jsonEdit(`"action": "全アカウントに多要素認証を導入", `, ``), want: assessment.CodeValidationRequired},
		{name: "catalog of the standard", checkOnly: true, data: jsonEdit(`"catalog": "jpbank-checklist"`, `"catalog": "jpbank-standard"`), want: assessment.CodeCatalogMismatch},
		{name: "catalog version 9", checkOnly: true, data: jsonEdit(`"catalogVersion": "1.1.0"`, `"catalogVersion": "9.0.0"`), want: assessment.CodeVersionMismatch},
		{name: "catalog ID a path", checkOnly: true, data: jsonEdit(`"catalog": "jpbank-checklist"`, `"catalog": "../../etc/passwd"`), want: assessment.CodeValidationID},
		{name: "email without a domain", checkOnly: true, data: jsonEdit(`t.yamada@example.jp`, `t.yamada@`), want: assessment.CodeValidationEmail},
		{name: "evidence javascript URL", checkOnly: true, data: jsonEdit(`https://example.jp/policy.pdf`, `javascript:alert(1)`), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence title blank", checkOnly: true, data: jsonEdit(`"title": "情報セキュリティ基本方針"`, `"title": " \t"`), want: assessment.CodeValidationNonBlank},
		{name: "name blank in both languages", checkOnly: true, data: jsonEdit(`"name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."}`, `"name": {"ja": "　", "en": " "}`), want: assessment.CodeValidationNameText},
		{name: "1 MiB comment", checkOnly: true, data: jsonEdit(`"comment": "取締役会で年1回見直し"`, `"comment": "`+megabyte+`"`), want: assessment.CodeValidationMaxLength},
		{name: "101 evidence items", checkOnly: true, data: jsonEdit(`"evidence": [`, `"evidence": [`+repeatJoin("", `{"title":"t#"}`, ",", ",", 100)), want: assessment.CodeValidationMaxItems},
	}
	for i := range rows {
		rows[i].format = formatJSON
	}

	// ---- The CSV template.
	base := baseSheet
	csvRows := []hardRow{
		{name: "empty", data: []byte{}, want: spreadsheet.CodeEmpty, noPlace: true},
		{name: "whitespace only", data: []byte(" \r\n\t\r\n"), want: spreadsheet.CodeEmpty, noPlace: true},
		{name: "lone BOM", data: []byte(bom), want: spreadsheet.CodeEmpty, noPlace: true},
		{name: "BOM and empty rows", data: []byte(bom + ",,\r\n,\r\n"), want: spreadsheet.CodeEmpty, noPlace: true},
		{name: "JSON instead of CSV", data: []byte(hardJSON), want: spreadsheet.CodeBareQuote},
		{name: "empty JSON object instead of CSV", data: []byte("{}\r\n"), want: spreadsheet.CodeFormat},
		{name: "UTF-8 with BOM, bad status", data: base().cell("1-1", colStatus, "適合じゃない").utf8BOM(), want: assessment.CodeStatusInvalid, quotes: true},
		{name: "UTF-8 without BOM, bad status", data: []byte(base().cell("1-1", colStatus, "complient").text()), want: assessment.CodeStatusInvalid},
		{name: "Shift_JIS, bad status", data: base().cell("1-1", colStatus, "ほぼ適合").shiftJIS(), want: assessment.CodeStatusInvalid, quotes: true},
		{name: "Shift_JIS, undefined byte in a cell", data: []byte(strings.Replace(string(base().shiftJIS()), "1-2,", "1-2\xfd,", 1)), want: spreadsheet.CodeInvalidBytes},
		{name: "Shift_JIS, cut inside a character", data: append(base().shiftJIS(), 0x82), want: spreadsheet.CodeInvalidBytes},
		{name: "BOM then Shift_JIS", data: append([]byte(bom), base().shiftJIS()...), want: spreadsheet.CodeInvalidBytes, quotes: true},
		{name: "BOM then invalid UTF-8 in a key", data: []byte(strings.Replace(string(base().utf8BOM()), "assessor.email", "assessor.\xffemail", 1)), want: spreadsheet.CodeInvalidBytes},
		{name: "BOM then overlong UTF-8", data: []byte(strings.Replace(string(base().utf8BOM()), "山田", "\xc0\xaf山田", 1)), want: spreadsheet.CodeInvalidBytes},
		{name: "formula as status", data: base().cell("1-1", colStatus, "=1+1").utf8BOM(), want: assessment.CodeStatusInvalid},
		{name: "escaped formula as status", data: base().cell("1-1", colStatus, "'=HYPERLINK(\"http://evil.example\")").utf8BOM(), want: assessment.CodeStatusInvalid},
		{name: "formula as ID", data: base().cell("1-1", colText, "").cell("1-1", colID, "=1-1").utf8BOM(), want: spreadsheet.CodeUnknownCriterion},
		{name: "formula as due date", data: base().cell("1-30", colDue, "@SUM(A1:A2)").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "formula as email", checkOnly: true, data: base().set("assessor.email", "=cmd|' /C calc'!A0").utf8BOM(), want: assessment.CodeValidationEmail},
		{name: "bare quote", data: []byte(strings.Replace(base().text(), "山田 太郎", `山田 "太郎"`, 1)), want: spreadsheet.CodeBareQuote},
		{name: "unclosed quote at the end", data: []byte(base().text() + `"2-3,x`), want: spreadsheet.CodeQuote},
		{name: "text after a closing quote", data: []byte(strings.Replace(base().text(), "\r\n1-2,", "\r\n\"1-2\"x,", 1)), want: spreadsheet.CodeQuote},
		{name: "first cell not the format", data: base().with(func(s sheet) sheet { s[0][0] = "dendai.assessment/v2"; return s }).utf8BOM(), want: spreadsheet.CodeFormat},
		{name: "first cell the catalog format", data: base().with(func(s sheet) sheet { s[0][0] = "dendai.catalog/v1"; return s }).utf8BOM(), want: spreadsheet.CodeFormat},
		{name: "unknown header key", data: base().with(func(s sheet) sheet { s[s.rowOf("subject.corporateNumber")][1] = "subject.corporate_number"; return s }).utf8BOM(), want: spreadsheet.CodeUnknownField},
		{name: "header key in Japanese", data: base().with(func(s sheet) sheet { s[s.rowOf("assessor.name")][1] = "氏名"; return s }).utf8BOM(), want: spreadsheet.CodeUnknownField, quotes: true},
		{name: "header key missing", data: base().with(func(s sheet) sheet { return slices.Delete(s, s.rowOf("catalogVersion"), s.rowOf("catalogVersion")+1) }).utf8BOM(), want: spreadsheet.CodeMissingField},
		{name: "header key twice", data: base().with(func(s sheet) sheet {
			i := s.rowOf("state")
			return slices.Insert(s, i, slices.Clone(s[i]))
		}).utf8BOM(), want: spreadsheet.CodeDuplicateField},
		{name: "extra cell in a header row", data: base().with(func(s sheet) sheet {
			i := s.rowOf("assessor.name")
			s[i] = append(s[i], "", "余分")
			return s
		}).utf8BOM(), want: spreadsheet.CodeExtraCell},
		{name: "extra cell in a table row", data: base().with(func(s sheet) sheet {
			i := s.rowOf("1-2")
			s[i] = append(s[i], "余分")
			return s
		}).utf8BOM(), want: spreadsheet.CodeExtraCell},
		{name: "table heading changed", data: base().with(func(s sheet) sheet { s[s.rowOf("ID")][colStatus] = "Result"; return s }).utf8BOM(), want: spreadsheet.CodeColumnHeading},
		{name: "table missing", data: base().with(func(s sheet) sheet { return s[:s.rowOf("ID")] }).utf8BOM(), want: spreadsheet.CodeMissingTable},
		{name: "ID Excel turned into a date", data: base().cell("1-1", colText, "").cell("1-1", colID, "1月1日").utf8BOM(), want: spreadsheet.CodeUnknownCriterion, quotes: true},
		{name: "ID Excel turned into a serial date", data: base().cell("1-2", colText, "").cell("1-2", colID, "2001/1/2").utf8BOM(), want: spreadsheet.CodeUnknownCriterion},
		{name: "ID blank", data: base().cell("1-3", colText, "").cell("1-3", colID, " ").utf8BOM(), want: spreadsheet.CodeMissingCriterion},
		{name: "ID twice", data: base().cell("1-3", colText, "").cell("1-3", colID, "1-2").utf8BOM(), want: spreadsheet.CodeDuplicateRow},
		{name: "date 2026-02-30", data: base().cell("1-30", colDue, "2026-02-30").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "date 0000-01-01", data: base().set("assessedOn", "0000-01-01").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "date 2026-1-1", data: base().set("assessedOn", "2026-1-1").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "date 2026/13/1", data: base().set("assessedOn", "2026/13/1").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "date as an Excel serial number", data: base().set("assessedOn", "46296").utf8BOM(), want: assessment.CodeDateInvalid},
		{name: "corporate number 12 digits", data: base().set("subject.corporateNumber", "010001112730").utf8BOM(), want: assessment.CodeCorporateNumberLength},
		{name: "corporate number as Excel shows it", data: base().set("subject.corporateNumber", "5.01E+12").utf8BOM(), want: assessment.CodeCorporateNumberDigits},
		{name: "corporate number wrong check digit", data: base().set("subject.corporateNumber", "1010001112730").utf8BOM(), want: assessment.CodeCorporateNumberCheckDigit},
		{name: "registration unknown bureau", data: base().set("subject.registrationNumber", "大阪財務局長（電代）第1号").utf8BOM(), want: assessment.CodeRegistrationNumberBureau, quotes: true},
		{name: "registration 第0号", data: base().set("subject.registrationNumber", "関東財務局長（電代）第0号").utf8BOM(), want: assessment.CodeRegistrationNumberNumber, quotes: true},
		{name: "status with NUL", data: base().cell("1-1", colStatus, "適合\x00").utf8BOM(), want: assessment.CodeStatusInvalid, quotes: true, bug: bugRawQuote},
		{name: "terminal escape sequence as status", data: base().cell("1-1", colStatus, "\x1b[2J\x1b]0;owned\x07").utf8BOM(), want: assessment.CodeStatusInvalid, bug: bugRawQuote},
		{name: "line break in a header key", data: base().with(func(s sheet) sheet {
			s[s.rowOf("assessor.name")][1] = "assessor.name\n15行目、4列目: 問題はありません"
			return s
		}).utf8BOM(), want: spreadsheet.CodeUnknownField, quotes: true, bug: bugRawQuote},
		{name: "status almost a mark", data: base().cell("1-1", colStatus, "〇〇").utf8BOM(), want: assessment.CodeStatusInvalid, quotes: true},
		{name: "state with control characters", checkOnly: true, data: base().set("state", "draft\x07\x1b[31m").utf8BOM(), want: assessment.CodeValidationOneOf},
		{name: "remediation due before the date", checkOnly: true, data: base().cell("1-30", colDue, "2026/9/30").utf8BOM(), want: assessment.CodeDueBeforeAssessment},
		{name: "submitted with blank statuses", checkOnly: true, minCount: 54, data: base().set("state", "提出済み").utf8BOM(), want: assessment.CodeNotAssessed},
		{name: "1 MiB comment", checkOnly: true, data: base().cell("1-1", colComment, megabyte).utf8BOM(), want: assessment.CodeValidationMaxLength},
		{name: "over the size limit", checkOnly: true, maxSize: 1000, data: base().utf8BOM(), want: dendai.CodeInputTooLarge, noPlace: true},
		{name: "over the default size limit", data: []byte(base().text() + strings.Repeat(",", assessment.DefaultMaxSize)), want: dendai.CodeInputTooLarge, noPlace: true},
	}
	for i := range csvRows {
		csvRows[i].format = formatCSV
	}
	rows = append(rows, csvRows...)

	// ---- Catalogs.
	var nested strings.Builder
	for i := range 40 {
		fmt.Fprintf(&nested, `{"id":"g%d","title":{"ja":"階層","en":"Level"},"groups":[`, i)
	}
	nested.WriteString(`{"id":"leaf","title":{"ja":"葉","en":"Leaf"},"criteria":[{"id":"L-1","text":{"ja":"基準","en":"Criterion"}}]}`)
	nested.WriteString(strings.Repeat("]}", 40))
	catalogRows := []hardRow{
		{name: "empty", data: []byte{}, want: dendai.CodeEmpty},
		{name: "whitespace only", data: []byte("\n\n   \t"), want: dendai.CodeEmpty},
		{name: "lone BOM", data: []byte(bom), want: dendai.CodeEmpty},
		{name: "truncated", data: []byte(hardCatalog[:len(hardCatalog)-10]), want: dendai.CodeUnexpectedEnd},
		{name: "invalid UTF-8 in an ID", data: catalogEdit(`"SEC-2"`, "\"SEC-\xff\""), want: dendai.CodeInvalidUTF8},
		{name: "overlong UTF-8 in a text", data: catalogEdit(`ログを`, "\xc1\x81ログを"), want: dendai.CodeInvalidUTF8},
		{name: "NUL in a text", data: catalogEdit(`ログを`, "\x00ログを"), want: dendai.CodeControlChar},
		{name: "format of an assessment", data: catalogEdit(`"dendai.catalog/v1"`, `"dendai.assessment/v1"`), want: criteria.CodeFormat},
		{name: "unknown top-level field", data: catalogEdit(`"version"`, `"versoin": "1", "version"`), want: dendai.CodeUnknownField},
		{name: "unknown group field", data: catalogEdit(`{"id": "security",`, `{"id": "security", "weight": 1,`), want: dendai.CodeUnknownField},
		{name: "unknown criterion field", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-2", "status": "compliant",`), want: dendai.CodeUnknownField},
		{name: "unknown text language", data: catalogEdit(`"en": "Logs are kept"`, `"en": "Logs are kept", "fr": "x"`), want: dendai.CodeUnknownField},
		{name: "duplicate key", data: catalogEdit(`"version": "2026.1",`, `"version": "2026.1", "version": "2026.2",`), want: dendai.CodeDuplicateKey},
		{name: "ID shared by a group and a criterion", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "security",`), want: criteria.CodeDuplicateID},
		{name: "ID shared by two criteria", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-1",`), want: criteria.CodeDuplicateID},
		{name: "ID of the catalog reused by a group", data: catalogEdit(`{"id": "security",`, `{"id": "my-bank",`), want: criteria.CodeDuplicateID},
		{name: "ID with a space", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC 2",`), want: criteria.CodeInvalidID},
		{name: "ID of 65 characters", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "`+strings.Repeat("a", 65)+`",`), want: criteria.CodeInvalidID},
		{name: "ID in Japanese", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "セキュリティ",`), want: criteria.CodeInvalidID, quotes: true},
		{name: "ID empty", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "",`), want: criteria.CodeInvalidID},
		{name: "terminal escape sequence as an ID", data: catalogEdit(`{"id": "SEC-2",`, `{"id": "\u001b[2J",`), want: criteria.CodeInvalidID, bug: bugRawQuote},
		{name: "group with criteria and subgroups", data: catalogEdit(`"criteria": [`, `"groups": [{"id": "sub", "title": {"ja": "下位", "en": "Sub"}, "criteria": [{"id": "X-1", "text": {"ja": "あ", "en": "a"}}]}], "criteria": [`), want: criteria.CodeMixedGroup},
		{name: "group without criteria", data: catalogEdit(`"groups": [`, `"groups": [{"id": "empty", "title": {"ja": "空", "en": "Empty"}, "criteria": []},`), want: criteria.CodeEmptyGroup},
		{name: "no groups", data: []byte(`{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},"groups":[]}`), want: criteria.CodeNoGroups},
		{name: "text without Japanese", data: catalogEdit(`{"ja": "ログを保存している", `, `{`), want: dendai.CodeMissingJA},
		{name: "text with blank English", data: catalogEdit(`"en": "Logs are kept"`, `"en": " \u3000 "`), want: dendai.CodeMissingEN},
		{name: "version with a space", data: catalogEdit(`"version": "2026.1"`, `"version": "2026 1"`), want: criteria.CodeInvalidVersion},
		{name: "version empty", data: catalogEdit(`"version": "2026.1"`, `"version": ""`), want: criteria.CodeInvalidVersion},
		{name: "standard listed twice", data: catalogEdit(`["S1-1", "S1-2"]`, `["S1-1", "S1-1"]`), want: criteria.CodeDuplicateRef},
		{name: "standard an invalid ID", data: catalogEdit(`["S1-1", "S1-2"]`, `["S1-1", "S1 2"]`), want: criteria.CodeInvalidID},
		{name: "wrong type for every field", want: dendai.CodeWrongType, minCount: 16, data: []byte(`{"format":1,"id":2,"version":3,"title":"t","publisher":[],"legalBasis":true,"source":null,
"groups":[{"id":1,"title":{"ja":1,"en":2},"criteria":[{"id":1,"text":[],"note":"n","standard":"S1-1"},{"id":"c2","text":{"ja":"あ","en":"a"},"standard":[1]}]},"g"]}`)},
		{name: "weight given as a string where a catalog has none", data: catalogEdit(`"version": "2026.1"`, `"version": 2026.1`), want: dendai.CodeWrongType},
		{name: "groups nested 40 deep", data: catalogEdit(`"groups": [`, `"groups": [`+nested.String()+`,`), want: dendai.CodeTooDeep},
		{name: "65-deep nesting", data: []byte(deep(65)), want: dendai.CodeTooDeep},
		{name: "100k criteria that are not objects", data: catalogEdit(`"criteria": [`, `"criteria": [`+repeatJoin("", "1", ",", ",", 100_000)), want: dendai.CodeWrongType, minCount: 990},
		{name: "over the size limit", data: []byte(hardCatalog), maxSize: 64, want: dendai.CodeInputTooLarge, noPlace: true},
		{name: "over the default size limit", data: []byte(hardCatalog + strings.Repeat("\n", criteria.DefaultMaxSize)), want: dendai.CodeInputTooLarge, noPlace: true},
	}
	for i := range catalogRows {
		catalogRows[i].format = formatCatalog
	}
	rows = append(rows, catalogRows...)

	// ---- Policies.
	policyRows := []hardRow{
		{name: "empty", data: []byte{}, want: dendai.CodeEmpty},
		{name: "whitespace only", data: []byte("\r\n \r\n"), want: dendai.CodeEmpty},
		{name: "lone BOM", data: []byte(bom), want: dendai.CodeEmpty},
		{name: "truncated", data: []byte(hardPolicy[:200]), want: dendai.CodeUnexpectedEnd},
		{name: "invalid UTF-8", data: policyEdit(`堅牢化`, "\xe5\xa0"), want: dendai.CodeInvalidUTF8},
		{name: "duplicate key", data: policyEdit(`"defaultWeight": 1,`, `"defaultWeight": 1, "defaultWeight": 2,`), want: dendai.CodeDuplicateKey},
		{name: "format of a catalog", data: policyEdit(`"dendai.policy/v1"`, `"dendai.catalog/v1"`), want: scoring.CodeFormat},
		{name: "policy for the standard", data: policyEdit(`"catalog": "jpbank-checklist"`, `"catalog": "jpbank-standard"`), want: scoring.CodeCatalogMismatch},
		{name: "weight with an exponent", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1e0`), want: scoring.CodeInvalidNumber},
		{name: "weight 1e999", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1e999`), want: scoring.CodeInvalidNumber},
		{name: "weight 1E-3", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1E-3`), want: scoring.CodeInvalidNumber},
		{name: "weight over the maximum", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1000000.001`), want: scoring.CodeInvalidNumber},
		{name: "weight of 20 digits", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 99999999999999999999`), want: scoring.CodeInvalidNumber},
		{name: "weight with four decimals", data: policyEdit(`"weight": 10`, `"weight": 10.0001`), want: scoring.CodeInvalidNumber},
		{name: "weight -0", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": -0`), want: scoring.CodeInvalidNumber},
		{name: "weight 01", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 01`), want: dendai.CodeUnexpectedChar},
		{name: "weight .5", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": .5`), want: dendai.CodeUnexpectedChar},
		{name: "weight a string", data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": "1"`), want: dendai.CodeWrongType},
		{name: "negative credit", data: policyEdit(`"partially_compliant": 0.5`, `"partially_compliant": -0.5`), want: scoring.CodeInvalidNumber},
		{name: "credit over 1", data: policyEdit(`"compliant": 1,`, `"compliant": 1.001,`), want: scoring.CodeInvalidNumber},
		{name: "credit for not_applicable", data: policyEdit(`"not_assessed": 0}`, `"not_assessed": 0, "not_applicable": 1}`), want: dendai.CodeUnknownField},
		{name: "credit in Japanese", data: policyEdit(`"not_assessed": 0}`, `"not_assessed": 0, "適合": 1}`), want: dendai.CodeUnknownField, quotes: true},
		{name: "credit missing", data: policyEdit(`"non_compliant": 0, `, ``), want: dendai.CodeMissingField},
		{name: "all weights zero", data: []byte(edit(edit(hardPolicy, `"defaultWeight": 1`, `"defaultWeight": 0`), `"weight": 10`, `"weight": 0.000`)), want: scoring.CodeWeightsZero},
		{name: "bands out of order", data: policyEdit(`{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}`, `{"rating": "B", "minScore": 75}, {"rating": "A", "minScore": 90}`), want: scoring.CodeBandOrder},
		{name: "bands with equal scores", data: policyEdit(`"minScore": 75`, `"minScore": 90`), want: scoring.CodeBandOrder},
		{name: "bands without a floor", data: policyEdit(`, {"rating": "D", "minScore": 0}`, ``), want: scoring.CodeBandFloor},
		{name: "bands empty", data: policyEdit(`[{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}, {"rating": "C", "minScore": 60}, {"rating": "D", "minScore": 0}]`, `[]`), want: scoring.CodeBandFloor},
		{name: "band over 100", data: policyEdit(`"minScore": 90`, `"minScore": 100.1`), want: scoring.CodeInvalidNumber},
		{name: "band with two decimals", data: policyEdit(`"minScore": 90`, `"minScore": 89.95`), want: scoring.CodeInvalidNumber},
		{name: "rating empty", data: policyEdit(`"rating": "A"`, `"rating": ""`), want: scoring.CodeRating},
		{name: "rating of 17 characters", data: policyEdit(`"rating": "A"`, `"rating": "`+strings.Repeat("Ａ", 17)+`"`), want: scoring.CodeRating, quotes: true},
		{name: "gate on an unknown tier", data: policyEdit(`{"tier": "critical", "minimum"`, `{"tier": "Critical", "minimum"`), want: scoring.CodeUnknownTier},
		{name: "gate on a tier with a terminal escape sequence", data: policyEdit(`{"tier": "critical", "minimum"`, `{"tier": "\u001b[2J", "minimum"`), want: scoring.CodeUnknownTier, bug: bugRawQuote},
		{name: "criterion in an unknown tier", data: policyEdit(`{"criterion": "2-2", "tier": "critical"}`, `{"criterion": "2-2", "tier": "high"}`), want: scoring.CodeUnknownTier},
		{name: "gate on an unknown criterion", data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "2-3", "minimum"`), want: scoring.CodeUnknownCriterion},
		{name: "gate on a group", data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "anti-social-forces", "minimum"`), want: scoring.CodeUnknownCriterion},
		{name: "gate on a criterion and a tier", data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "2-2", "tier": "critical", "minimum"`), want: scoring.CodeGateTarget},
		{name: "gate on nothing", data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"minimum"`), want: scoring.CodeGateTarget},
		{name: "gate minimum not_applicable", data: policyEdit(`"minimum": "compliant"`, `"minimum": "not_applicable"`), want: scoring.CodeGateMinimum},
		{name: "gate minimum a mark", data: policyEdit(`"minimum": "compliant"`, `"minimum": "○"`), want: scoring.CodeGateMinimum},
		{name: "gate minimum in capitals", data: policyEdit(`"minimum": "compliant"`, `"minimum": "Compliant"`), want: scoring.CodeGateMinimum},
		{name: "criterion with a tier and a weight", data: policyEdit(`"tier": "critical"}`, `"tier": "critical", "weight": 3}`), want: scoring.CodeTierOrWeight},
		{name: "criterion listed twice", data: policyEdit(`{"criterion": "2-2", "tier": "critical"}`, `{"criterion": "2-2", "tier": "critical"}, {"criterion": "2-2", "weight": 2}`), want: scoring.CodeDuplicate},
		{name: "tier defined twice", data: policyEdit(`"tiers": [`, `"tiers": [{"id": "critical", "weight": 5, "title": {"ja": "重大", "en": "Critical"}}, `), want: scoring.CodeDuplicate},
		{name: "101 tiers", data: policyEdit(`"tiers": [`, `"tiers": [`+repeatJoin("", `{"id": "t#", "weight": 1, "title": {"ja": "層", "en": "T"}}`, ",", ",", 100)), want: scoring.CodeTooManyTiers},
		{name: "unknown field", data: policyEdit(`"defaultWeight"`, `"defaultweight": 1, "defaultWeight"`), want: dendai.CodeUnknownField},
		{name: "unknown tier field", data: policyEdit(`"weight": 10,`, `"weight": 10, "color": "red",`), want: dendai.CodeUnknownField},
		{name: "unknown criteria field", data: policyEdit(`"tier": "critical"}`, `"tier": "critical", "note": "x"}`), want: dendai.CodeUnknownField},
		{name: "unknown band field", data: policyEdit(`{"rating": "D", "minScore": 0}`, `{"rating": "D", "minScore": 0, "maxScore": 60}`), want: dendai.CodeUnknownField},
		{name: "unknown gate field", data: policyEdit(`"minimum": "compliant"`, `"minimum": "compliant", "message": "x"`), want: dendai.CodeUnknownField},
		{name: "name with a space", data: policyEdit(`"name": "hardening"`, `"name": "my policy"`), want: scoring.CodeInvalidName},
		{name: "wrong type for every field", want: dendai.CodeWrongType, minCount: 21, data: []byte(`{"format":1,"name":2,"version":3,"catalog":4,"title":"t","description":[],
"credit":{"compliant":"1","partially_compliant":true,"non_compliant":null,"not_assessed":[]},
"tiers":[{"id":1,"weight":"2","title":"x"}],"defaultWeight":"1","criteria":[{"criterion":1,"weight":"1"}],
"gates":[{"criterion":1,"minimum":2,"notApplicablePasses":"yes"}],"bands":[{"rating":1,"minScore":"0"}]}`)},
		{name: "65-deep nesting in the title", data: policyEdit(`"title": {"ja": "堅牢化テスト", "en": "Hardening test"}`, `"title": `+deep(64)), want: dendai.CodeTooDeep},
		{name: "over the size limit", data: []byte(hardPolicy + strings.Repeat(" ", scoring.DefaultMaxSize)), want: dendai.CodeInputTooLarge, noPlace: true},
	}
	for i := range policyRows {
		policyRows[i].format = formatPolicy
	}
	rows = append(rows, policyRows...)

	// ---- Many problems on one long line: the list stops at MaxProblems, and
	// locating them stays linear.
	rows = append(rows,
		hardRow{format: formatJSON, name: "20k responses that are not objects, on one line",
			// 20k, not 100k: Check validates every response read, which takes
			// seconds under the race detector.
			data: []byte(repeatJoin(`{"format":"dendai.assessment/v1","responses":[`, "1", ",", "]}", 20_000)),
			want: dendai.CodeWrongType, minCount: 990},
		hardRow{format: formatJSON, name: "assessor with 100k unknown keys, on one line",
			data: jsonEdit(`"assessor": {`, `"assessor": {`+repeatJoin("", `"k#":0`, ",", ",", 100_000)),
			want: dendai.CodeUnknownField, minCount: 990},
		hardRow{format: formatPolicy, name: "100k criteria that are not objects, on one line",
			data: policyEdit(`"criteria": [`, `"criteria": [`+repeatJoin("", "1", ",", ",", 100_000)),
			want: dendai.CodeWrongType, minCount: 990},
		hardRow{format: formatPolicy, name: "credit with 100k unknown keys",
			data: policyEdit(`"credit": {`, `"credit": {`+repeatJoin("", `"k#":0`, ",", ",", 100_000)),
			want: dendai.CodeUnknownField, minCount: 990},
	)
	return rows
}

// protect runs f and turns a panic into a test error naming the call.
func protect(t *testing.T, call string, f func()) (ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v\n%s", call, r, debug.Stack())
			ok = false
		}
	}()
	f()
	return true
}

// hasJapanese reports whether s has hiragana, katakana or kanji.
func hasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// problemsOf returns the problems of a refusal: an *Error of criteria,
// assessment or scoring.
func problemsOf(err error) (dendai.Problems, bool) {
	if e, ok := errors.AsType[*dendai.Error](err); ok {
		return e.Problems, true
	}
	return nil, false
}

// placeRule says what location a call gives its problems.
type placeRule int

const (
	placeLine placeRule = iota // a line and a column, and maybe a JSON Pointer
	placePath                  // a JSON Pointer and no line (Validate has no lines)
	placeNone                  // the row has no place to give (size limit, empty file)
)

// checkProblems checks the problems a call returned for a row.
func checkProblems(t *testing.T, call string, ps dendai.Problems, want dendai.Code, minCount int, quotes bool, place placeRule) {
	t.Helper()
	if len(ps) == 0 {
		t.Errorf("%s: no problem, want %s", call, want)
		return
	}
	n := 0
	for _, p := range ps {
		if p.Code == want {
			n++
		}
	}
	if n == 0 {
		codes := make([]string, 0, 5)
		for _, p := range ps[:min(len(ps), 5)] {
			codes = append(codes, fmt.Sprintf("%s (%s)", p.Code, p.Describe(i18n.English)))
		}
		t.Errorf("%s: no problem has code %s; got %d: %s", call, want, len(ps), strings.Join(codes, "; "))
	}
	if n < max(minCount, 1) && n > 0 {
		t.Errorf("%s: %d problems have code %s, want at least %d", call, n, want, minCount)
	}
	if len(ps) > dendai.MaxProblems+1 {
		t.Errorf("%s: %d problems, want at most %d", call, len(ps), dendai.MaxProblems+1)
	}
	bad := 0
	fail := func(format string, args ...any) {
		if bad++; bad <= 3 {
			t.Errorf(call+": "+format, args...)
		}
	}
	for i, p := range ps {
		ja, en := p.Message.JA, p.Message.EN
		switch {
		case ja == "" || en == "":
			fail("problem %d (%s): message ja=%q en=%q, want both", i, p.Code, ja, en)
		case !hasJapanese(ja):
			fail("problem %d (%s): the Japanese message %q has no Japanese", i, p.Code, ja)
		case !quotes && hasJapanese(en):
			fail("problem %d (%s): the English message %q has Japanese", i, p.Code, en)
		case ja == en:
			fail("problem %d (%s): the same message in both languages: %q", i, p.Code, ja)
		case strings.Contains(ja, "%!") || strings.Contains(en, "%!"):
			fail("problem %d (%s): badly formatted message ja=%q en=%q", i, p.Code, ja, en)
		case !utf8.ValidString(ja) || !utf8.ValidString(en):
			fail("problem %d (%s): message is not valid UTF-8: ja=%q en=%q", i, p.Code, ja, en)
		case strings.ContainsFunc(ja, unicode.IsControl) || strings.ContainsFunc(en, unicode.IsControl):
			// A message goes to terminals and logs: a control character from the
			// input (ESC, NUL, a line break) must be escaped, as %q does.
			fail("problem %d (%s): message has a control character: ja=%q en=%q", i, p.Code, ja, en)
		}
		if p.Code == dendai.CodeTooManyProblems {
			continue // the end of the list, not a place in the document
		}
		switch place {
		case placeLine:
			if p.Line <= 0 || p.Column <= 0 {
				fail("problem %d (%s) has no line and column: %+v", i, p.Code, p)
			}
		case placePath:
			if p.Path == "" || p.Line != 0 {
				fail("problem %d (%s) has no JSON Pointer, or a line: %+v", i, p.Code, p)
			}
		}
	}
}

func TestHardeningInputs(t *testing.T) {
	cl := criteria.Checklist()
	rows := hardRows()
	counts := map[inputFormat]int{}
	for _, row := range rows {
		if row.bug == "" {
			counts[row.format]++
		}
	}
	t.Logf("rows: json %d, csv %d, catalog %d, policy %d; known bugs %d",
		counts[formatJSON], counts[formatCSV], counts[formatCatalog], counts[formatPolicy],
		len(rows)-counts[formatJSON]-counts[formatCSV]-counts[formatCatalog]-counts[formatPolicy])
	seen := map[string]bool{}
	for _, row := range rows {
		name := row.format.String() + "/" + row.name
		if seen[name] {
			t.Fatalf("row %q twice", name)
		}
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			if row.bug != "" {
				_ = row.bug // fixed: the row now runs
			}
			before := bytes.Clone(row.data)
			unchanged := func(call string) {
				t.Helper()
				if !bytes.Equal(row.data, before) {
					t.Fatalf("%s changed the caller's input", call)
				}
			}
			opts := &assessment.Options{MaxSize: row.maxSize, Now: hardNow}
			place := placeLine
			if row.noPlace {
				place = placeNone
			}
			switch row.format {
			case formatJSON:
				var a *assessment.Assessment
				var err error
				protect(t, "Decode", func() { a, err = assessment.Decode(row.data, opts) })
				unchanged("Decode")
				if row.checkOnly {
					if err != nil {
						t.Errorf("Decode: %v, want the document accepted (the problem is the validator's)", err)
					}
				} else {
					ps, ok := problemsOf(err)
					if !ok || a != nil {
						t.Errorf("Decode = %v, %v; want nil and an *dendai.Error", a, err)
					}
					checkProblems(t, "Decode", ps, row.want, row.minCount, row.quotes, place)
				}
				var ps dendai.Problems
				protect(t, "Check", func() { _, ps = assessment.Check(cl, row.data, opts) })
				unchanged("Check")
				checkProblems(t, "Check", ps, row.want, row.minCount, row.quotes, place)
			case formatCSV:
				if row.maxSize == 0 {
					var a *assessment.Assessment
					var ps dendai.Problems
					protect(t, "ReadCSV", func() { a, ps = spreadsheet.ReadCSV(row.data, cl) })
					unchanged("ReadCSV")
					if row.checkOnly {
						if len(ps) > 0 || a == nil {
							t.Errorf("ReadCSV: %d problems (first %+v), want the file read (the problem is the validator's)", len(ps), ps[0])
						}
					} else {
						checkProblems(t, "ReadCSV", ps, row.want, row.minCount, row.quotes, place)
					}
				}
				var ps dendai.Problems
				protect(t, "CheckCSV", func() { _, ps = spreadsheet.CheckCSV(cl, row.data, opts) })
				unchanged("CheckCSV")
				checkProblems(t, "CheckCSV", ps, row.want, row.minCount, row.quotes, place)
			case formatCatalog:
				var cat *criteria.Catalog
				var err error
				protect(t, "criteria.Parse", func() { cat, err = criteria.Parse(row.data, &criteria.Options{MaxSize: row.maxSize}) })
				unchanged("criteria.Parse")
				ps, ok := problemsOf(err)
				if !ok || cat != nil {
					t.Errorf("criteria.Parse = %v, %v; want nil and a *dendai.Error", cat, err)
				}
				checkProblems(t, "criteria.Parse", ps, row.want, row.minCount, row.quotes, place)
			case formatPolicy:
				var p *scoring.Policy
				var err error
				protect(t, "scoring.ParsePolicy", func() { p, err = scoring.ParsePolicy(row.data, cl) })
				unchanged("scoring.ParsePolicy")
				ps, ok := problemsOf(err)
				if !ok || p != nil {
					t.Errorf("scoring.ParsePolicy = %v, %v; want nil and a *dendai.Error", p, err)
				}
				checkProblems(t, "scoring.ParsePolicy", ps, row.want, row.minCount, row.quotes, place)
			}
		})
	}
}

// TestHardeningBaseDocuments checks that the documents the rows start from are
// valid, so that every row's refusal is its own.
func TestHardeningBaseDocuments(t *testing.T) {
	cl := criteria.Checklist()
	opts := &assessment.Options{Now: hardNow}
	if a, ps := assessment.Check(cl, []byte(hardJSON), opts); len(ps) > 0 || a == nil {
		t.Errorf("Check(hardJSON): %v", ps)
	} else if diff := cmp.Diff(hardAssessment(), a, assessmentCmp); diff != "" {
		t.Errorf("hardJSON and hardAssessment differ (-go +json):\n%s", diff)
	}
	if a, ps := spreadsheet.CheckCSV(cl, baseSheet().utf8BOM(), opts); len(ps) > 0 || a == nil {
		t.Errorf("CheckCSV(UTF-8 sheet): %v", ps)
	}
	if a, ps := spreadsheet.CheckCSV(cl, baseSheet().shiftJIS(), opts); len(ps) > 0 || a == nil {
		t.Errorf("CheckCSV(Shift_JIS sheet): %v", ps)
	}
	if _, err := criteria.Parse([]byte(hardCatalog), nil); err != nil {
		t.Errorf("Parse(hardCatalog): %v", err)
	}
	if _, err := scoring.ParsePolicy([]byte(hardPolicy), cl); err != nil {
		t.Errorf("ParsePolicy(hardPolicy): %v", err)
	}
}

// assessmentCmp compares assessments, whose value types have unexported fields.
var assessmentCmp = cmp.Options{
	cmpopts.EquateComparable(assessment.Date{}, assessment.CorporateNumber{}, assessment.RegistrationNumber{}),
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
	bug   string
}

func hostile(f func(a *assessment.Assessment)) func() *assessment.Assessment {
	return func() *assessment.Assessment {
		a := hardAssessment()
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
		}), want: assessment.CodeStatusInvalid, score: status("1-1", assessment.NotAssessed),
			bug: "scoring.ScoreTo uses 0xff as its 'no response yet' mark, so a first response with Status(255) is skipped and the duplicate after it counts (1-1 scores compliant); with Status(254) the first counts, as documented"},
		{name: "state in capitals", build: hostile(func(a *assessment.Assessment) { a.State = "SUBMITTED" }), want: assessment.CodeValidationOneOf},
		{name: "catalog a path", build: hostile(func(a *assessment.Assessment) { a.Catalog = "../../etc/passwd" }), want: assessment.CodeValidationID},
		{name: "catalog of the standard", build: hostile(func(a *assessment.Assessment) { a.Catalog = criteria.StandardID }), want: assessment.CodeCatalogMismatch},
		{name: "criterion with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "1-\xff" }), want: assessment.CodeValidationID,
			bug: bugRawQuote},
		{name: "criterion with a terminal escape sequence", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "\x1b[2J" }), want: assessment.CodeValidationID, bug: bugRawQuote},
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
		// Validate reports a nil assessment as one with nothing filled in;
		// Score and the reports treat it as one with no responses.
		{name: "nil assessment", build: func() *assessment.Assessment { return nil }, want: assessment.CodeValidationRequired},
	}
}

func TestHardeningValues(t *testing.T) {
	cl := criteria.Checklist()
	policies := []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted()}
	for _, row := range valueRows() {
		t.Run(row.name, func(t *testing.T) {
			if row.bug != "" {
				_ = row.bug // fixed: the row now runs
			}
			a := row.build()
			before := cloneAssessment(a)
			unchanged := func(call string) {
				t.Helper()
				if diff := cmp.Diff(before, a, assessmentCmp); diff != "" {
					t.Fatalf("%s changed the caller's assessment (-before +after):\n%s", call, diff)
				}
			}
			var ps dendai.Problems
			protect(t, "Validate", func() { ps = assessment.Validate(cl, a, &assessment.Options{Now: hardNow}) })
			unchanged("Validate")
			checkProblems(t, "Validate", ps, row.want, 0, row.quotes, placePath)
			for k, p := range policies {
				var r *scoring.Result
				if !protect(t, "Score "+p.Name(), func() { r = p.Score(a) }) {
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
				rep := &report.Report{Catalog: cl, Policy: p, Assessment: a, Result: r}
				l := i18n.Langs()[k%2] // one language per policy, to keep the test quick
				protect(t, "Text", func() { _ = rep.Text(l) })
				protect(t, "Markdown", func() { _ = rep.Markdown(l) })
				protect(t, "HTML", func() {
					if _, err := rep.HTML(l); err != nil {
						t.Errorf("HTML(%s): %v", l, err)
					}
				})
				unchanged("the reports")
			}
		})
	}
}

// concurrentCase is one assessment of the concurrency test, with what a
// sequential run gives for it.
type concurrentCase struct {
	data     []byte
	a        *assessment.Assessment
	check    dendai.Problems
	validate dendai.Problems
	results  []*scoring.Result // by policy
	reports  [][3]string       // by policy: text, Markdown, HTML
}

// sameResult reports whether two results are equal, cheaply: cmp is slow
// under the race detector.
func sameResult(a, b *scoring.Result) bool {
	return a.Catalog == b.Catalog && a.CatalogVersion == b.CatalogVersion && a.Policy == b.Policy &&
		a.PolicyVersion == b.PolicyVersion && a.Score == b.Score && a.Earned == b.Earned &&
		a.Possible == b.Possible && a.Rating == b.Rating && a.Passed == b.Passed &&
		a.Coverage == b.Coverage && a.Improvable == b.Improvable &&
		slices.EqualFunc(a.Gates, b.Gates, func(x, y scoring.GateResult) bool {
			return x.Criterion == y.Criterion && x.Tier == y.Tier && x.Required == y.Required &&
				x.Status == y.Status && x.Passed == y.Passed && slices.Equal(x.Failing, y.Failing)
		}) &&
		slices.Equal(a.Groups, b.Groups) && slices.Equal(a.Criteria, b.Criteria) &&
		slices.Equal(a.Improvements, b.Improvements)
}

// concurrentAssessments returns assessments that differ in every response.
func concurrentAssessments(t *testing.T, n int) []*assessment.Assessment {
	cl := criteria.Checklist()
	statuses := assessment.Statuses()
	var out []*assessment.Assessment
	for k := range n {
		a := assessment.Template(cl)
		a.CatalogVersion, a.AssessedOn = cl.Version(), assessment.MustParseDate("2026-10-01")
		a.Subject = hardAssessment().Subject
		a.Assessor = hardAssessment().Assessor
		a.State = assessment.Submitted
		if k%3 == 2 {
			a.State = assessment.Draft
		}
		for i := range a.Responses {
			r := &a.Responses[i]
			r.Status = statuses[(i*7+k*3)%len(statuses)]
			switch r.Status {
			case assessment.NotApplicable:
				r.Justification = fmt.Sprintf("理由 %d-%d", k, i)
			case assessment.PartiallyCompliant, assessment.NonCompliant:
				if (i+k)%4 != 0 { // some are left without a plan, for Validate to report
					r.Remediation = &assessment.Remediation{Action: "改善する", Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")}
				}
			}
			if i%5 == k%5 {
				r.Evidence = []assessment.Evidence{{Title: fmt.Sprintf("資料 <%d>", k), Ref: "https://example.jp/" + strconv.Itoa(i)}}
				r.Comment = "コメント | *強調* <b>"
			}
		}
		out = append(out, a)
	}
	if len(out) != n {
		t.Fatal("concurrentAssessments")
	}
	return out
}

func TestConcurrentUse(t *testing.T) {
	cl := criteria.Checklist()
	custom, err := scoring.ParsePolicy([]byte(hardPolicy), cl)
	if err != nil {
		t.Fatal(err)
	}
	policies := []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted(), custom}
	opts := &assessment.Options{Now: hardNow}
	langs := i18n.Langs()

	var cases []*concurrentCase
	for _, a := range concurrentAssessments(t, 6) {
		data, err := assessment.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		c := &concurrentCase{data: data, a: a}
		_, c.check = assessment.Check(cl, data, opts)
		c.validate = assessment.Validate(cl, a, opts)
		for _, p := range policies {
			r := p.Score(a)
			rep := &report.Report{Catalog: cl, Policy: p, Assessment: a, Result: r}
			html, err := rep.HTML(langs[len(c.results)%len(langs)])
			if err != nil {
				t.Fatal(err)
			}
			c.results = append(c.results, r)
			c.reports = append(c.reports, [3]string{rep.Text(i18n.Japanese), rep.Markdown(i18n.English), html})
		}
		cases = append(cases, c)
	}

	const goroutines, iterations = 8, 50
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*iterations)
	for g := range goroutines {
		wg.Go(func() {
			for i := range iterations {
				k := (g + i) % len(cases)
				c := cases[k]
				if _, ps := assessment.Check(cl, c.data, opts); !slices.Equal(ps, c.check) {
					errs <- fmt.Sprintf("goroutine %d, case %d: Check differs:\n%s", g, k, cmp.Diff(c.check, ps))
				}
				if ps := assessment.Validate(cl, c.a, opts); !slices.Equal(ps, c.validate) {
					errs <- fmt.Sprintf("goroutine %d, case %d: Validate differs:\n%s", g, k, cmp.Diff(c.validate, ps))
				}
				for j, p := range policies {
					r := p.Score(c.a)
					if !sameResult(r, c.results[j]) {
						errs <- fmt.Sprintf("goroutine %d, case %d: Score %s differs:\n%s", g, k, p.Name(),
							cmp.Diff(c.results[j], r, cmpopts.IgnoreUnexported(scoring.Result{}, scoring.Improvement{})))
					}
					if j != i%len(policies) {
						continue // render one policy per iteration, in turn
					}
					// Every goroutine renders text each time, Markdown every
					// third time and HTML every tenth time (at different
					// times): HTML is slow under the race detector.
					rep := &report.Report{Catalog: cl, Policy: p, Assessment: c.a, Result: r}
					if got := rep.Text(i18n.Japanese); got != c.reports[j][0] {
						errs <- fmt.Sprintf("goroutine %d, case %d: text report %s differs", g, k, p.Name())
					}
					if i%3 == 0 {
						if got := rep.Markdown(i18n.English); got != c.reports[j][1] {
							errs <- fmt.Sprintf("goroutine %d, case %d: Markdown report %s differs", g, k, p.Name())
						}
					}
					if i%10 == g%10 {
						if got, err := rep.HTML(langs[j%len(langs)]); err != nil || got != c.reports[j][2] {
							errs <- fmt.Sprintf("goroutine %d, case %d: HTML report %s differs (err %v)", g, k, p.Name(), err)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	n := 0
	for e := range errs {
		if n++; n <= 5 {
			t.Error(e)
		}
	}
	if n > 5 {
		t.Errorf("and %d more", n-5)
	}
	// The shared values are as they were.
	fresh := concurrentAssessments(t, len(cases))
	for k, c := range cases {
		want := fresh[k]
		if diff := cmp.Diff(want, c.a, assessmentCmp); diff != "" {
			t.Errorf("case %d: the assessment changed:\n%s", k, diff)
		}
	}
}
