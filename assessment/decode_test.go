package assessment

import (
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeSample(t *testing.T) {
	a, err := Decode(readSample(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	r30 := a.Responses[29]
	got := []any{
		a.Catalog, a.CatalogVersion, a.State, a.AssessedOn, a.Subject.Name.EN,
		a.Subject.CorporateNumber.String(), a.Subject.RegistrationNumber.Bureau().String(), a.Subject.RegistrationNumber.Number(),
		a.Assessor.Email, len(a.Responses), r30.Criterion, r30.Status, r30.Remediation.Due,
	}
	want := []any{
		criteria.ID("jpbank-checklist"), "1.1.0", Submitted, MustParseDate("2026-11-01"), "Sample Pay Inc.",
		"5010001112730", "関東財務局", 12,
		"t.yamada@example.jp", 57, criteria.ID("1-30"), PartiallyCompliant, MustParseDate("2027-03-31"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestEncodeSample checks that encoding gives back the sample byte for byte: the
// field order is the documented one and nothing is lost.
func TestEncodeSample(t *testing.T) {
	in := readSample(t)
	a, err := Decode(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	// The sample writes one level of objects per line as Encode does.
	if diff := cmp.Diff(string(in), string(out)); diff != "" {
		t.Errorf("Encode(Decode(sample)) differs (-sample +encoded):\n%s", diff)
	}
	compact, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(compact, []byte(`{"format":"dendai.assessment/v1","catalog":"jpbank-checklist",`)) {
		t.Errorf("MarshalJSON does not start with format and catalog: %.80s", compact)
	}
	var again Assessment
	if err := json.Unmarshal(compact, &again); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, &again); diff != "" {
		t.Errorf("json round trip (-want +got):\n%s", diff)
	}
}

func TestDecodeNormalises(t *testing.T) {
	doc := `{"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0",
"state":"draft","assessedOn":"2026-11-01",
"subject":{"name":{"ja":"株式会社サンプルペイ"},"corporateNumber":"５０１０００１‐１１２７３０","registrationNumber":"関東財務局長 (電代) 第０１２号"},
"assessor":{"name":"山田"},
"responses":[{"criterion":"1-1","status":"○"},{"criterion":"1-2","status":"一部適合","remediation":null},{"criterion":"1-3","status":"Ｎ／Ａ"}]}`
	a, err := Decode([]byte(doc), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{a.Subject.CorporateNumber.String(), a.Subject.RegistrationNumber.String(),
		a.Responses[0].Status.String(), a.Responses[1].Status.String(), a.Responses[2].Status.String()}
	want := []string{"5010001112730", "関東財務局長（電代）第12号", "compliant", "partially_compliant", "not_applicable"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

type located struct {
	Path         string
	Line, Column int
	ID           criteria.ID
	Code         dendai.Code
}

func locate(ps dendai.Problems) []located {
	var out []located
	for _, p := range ps {
		out = append(out, located{p.Path, p.Line, p.Column, criteria.ID(p.Criterion), p.Code})
	}
	return out
}

func TestDecodeRefuses(t *testing.T) {
	const head = `{"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0","state":"draft","assessedOn":"2026-11-01","subject":{"name":{"ja":"社"},"corporateNumber":"5010001112730"},"assessor":{"name":"山田"},"responses":[`
	// col is the column of the NUL marker in s, placed right after head.
	col := func(s string) int { return len([]rune(head)) + len([]rune(s[:strings.Index(s, "\x00")])) + 1 }
	tests := []struct {
		name string
		in   string
		want []located
	}{
		{"empty", "", []located{{"", 1, 1, "", dendai.CodeEmpty}}},
		{"not JSON", "format: v1", []located{{"", 1, 2, "", dendai.CodeUnexpectedChar}}}, // f could start false
		{"trailing data", head + "]}\n{}", []located{{"", 2, 1, "", dendai.CodeTrailingData}}},
		{"invalid UTF-8", head + `{"criterion":"1-1","status":"` + "\xe3\x81" + `"}]}`, []located{{"", 1, col(`{"criterion":"1-1","status":"` + "\x00"), "", dendai.CodeInvalidUTF8}}},
		{"wrong format", strings.Replace(head, "assessment/v1", "assessment/v2", 1) + "]}", []located{{"/format", 1, 11, "", CodeFormat}}},
		{"missing format and responses", `{"catalog":"x"}`, []located{{"", 1, 1, "", dendai.CodeMissingField}, {"", 1, 1, "", dendai.CodeMissingField}}},
		{"unknown field", head + `{"criterion":"1-1","status":"compliant","score":3}]}`,
			[]located{{"/responses/0/score", 1, col(`{"criterion":"1-1","status":"compliant",` + "\x00"), "1-1", dendai.CodeUnknownField}}},
		{"wrong type", head + `{"criterion":"1-1","status":1}]}`,
			[]located{{"/responses/0/status", 1, col(`{"criterion":"1-1","status":` + "\x00"), "1-1", dendai.CodeWrongType}}},
		{"bad status", head + `{"criterion":"1-1","status":"maybe"}]}`,
			[]located{{"/responses/0/status", 1, col(`{"criterion":"1-1","status":` + "\x00"), "1-1", CodeStatusInvalid}}},
		{"empty status", head + `{"criterion":"1-1","status":""}]}`,
			[]located{{"/responses/0/status", 1, col(`{"criterion":"1-1","status":` + "\x00"), "1-1", CodeStatusInvalid}}},
		{"missing status", head + `{"criterion":"1-1"}]}`,
			[]located{{"/responses/0", 1, col("\x00"), "1-1", dendai.CodeMissingField}}},
		{"bad due date", head + `{"criterion":"1-1","status":"×","remediation":{"action":"a","due":"2027-02-30"}}]}`,
			[]located{{"/responses/0/remediation/due", 1, col(`{"criterion":"1-1","status":"×","remediation":{"action":"a","due":` + "\x00"), "1-1", CodeDateInvalid}}},
		{"bad relationship", head + `{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":"S1-1","relationship":"equal","status":"compliant"}]}]}`,
			[]located{{"/responses/0/derivedFrom/0/relationship", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":"S1-1","relationship":` + "\x00"), "1-1", criteria.CodeMappingRelationship}}},
		{"empty relationship and status", head + `{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":"S1-1","relationship":"","status":""}]}]}`,
			[]located{
				{"/responses/0/derivedFrom/0/relationship", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":"S1-1","relationship":` + "\x00"), "1-1", criteria.CodeMappingRelationship},
				{"/responses/0/derivedFrom/0/status", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":"S1-1","relationship":"","status":` + "\x00"), "1-1", CodeStatusInvalid},
			}},
		{"derivation missing its fields", head + `{"criterion":"1-1","status":"○","derivedFrom":[{}]}]}`,
			[]located{
				{"/responses/0/derivedFrom/0", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[` + "\x00"), "1-1", dendai.CodeMissingField},
				{"/responses/0/derivedFrom/0", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[` + "\x00"), "1-1", dendai.CodeMissingField},
				{"/responses/0/derivedFrom/0", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[` + "\x00"), "1-1", dendai.CodeMissingField},
			}},
		{"derivation with wrong types and an unknown field", head + `{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":1,"relationship":true,"status":null,"by":"x"}],"needsReview":1}]}`,
			[]located{
				{"/responses/0/derivedFrom/0/criterion", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":` + "\x00"), "1-1", dendai.CodeWrongType},
				{"/responses/0/derivedFrom/0/relationship", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":1,"relationship":` + "\x00"), "1-1", dendai.CodeWrongType},
				{"/responses/0/derivedFrom/0/status", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":1,"relationship":true,"status":` + "\x00"), "1-1", dendai.CodeWrongType},
				{"/responses/0/derivedFrom/0/by", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":1,"relationship":true,"status":null,` + "\x00"), "1-1", dendai.CodeUnknownField},
				{"/responses/0/needsReview", 1, col(`{"criterion":"1-1","status":"○","derivedFrom":[{"criterion":1,"relationship":true,"status":null,"by":"x"}],"needsReview":` + "\x00"), "1-1", dendai.CodeWrongType},
			}},
		{"duplicate key", head + `{"criterion":"1-1","criterion":"1-2","status":"○"}]}`,
			[]located{{"", 1, col(`{"criterion":"1-1",` + "\x00"), "", dendai.CodeDuplicateKey}}},
		{"several at once", strings.Replace(head, `"5010001112730"`, `"5010001112731"`, 1) + `{"criterion":"1-1","status":"?"},{"criterion":"1-2","status":"○","x":1}]}`,
			[]located{
				{"/subject/corporateNumber", 1, len([]rune(head[:strings.Index(head, `"5010001112730"`)])) + 1, "", CodeCorporateNumberCheckDigit},
				{"/responses/0/status", 1, col(`{"criterion":"1-1","status":` + "\x00"), "1-1", CodeStatusInvalid},
				{"/responses/1/x", 1, col(`{"criterion":"1-1","status":"?"},{"criterion":"1-2","status":"○",` + "\x00"), "1-2", dendai.CodeUnknownField},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Decode([]byte(tt.in), nil)
			ps, ok := testkit.Problems(err)
			if !ok {
				t.Fatalf("Decode = %v, %v; want an *Error", a, err)
			}
			if diff := cmp.Diff(tt.want, locate(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			for _, p := range ps {
				if p.Message.JA == "" || p.Message.EN == "" {
					t.Errorf("%s: message missing a language: %+v", p.Code, p.Message)
				}
			}
		})
	}
}

func TestSizeLimit(t *testing.T) {
	doc := readSample(t)
	_, err := Decode(doc, &Options{MaxSize: len(doc) - 1})
	if diff := cmp.Diff([]dendai.Code{dendai.CodeInputTooLarge}, testkit.ErrCodes(err)); diff != "" {
		t.Errorf("over the limit: codes (-want +got):\n%s", diff)
	}
	if _, err := Read(bytes.NewReader(doc), &Options{MaxSize: len(doc)}); err != nil {
		t.Errorf("Read at the limit: %v", err)
	}
	if _, err := Read(bytes.NewReader(doc), &Options{MaxSize: 10}); err == nil {
		t.Error("Read over the limit accepted the document")
	}
}

// TestDecodeDoesNotKeepInput checks that changing the input after decoding does
// not change the assessment: strings must not alias the caller's bytes.
func TestDecodeDoesNotKeepInput(t *testing.T) {
	in := readSample(t)
	a, err := Decode(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := Encode(a)
	for i := range in {
		in[i] = 'x'
	}
	after, _ := Encode(a)
	if !bytes.Equal(before, after) {
		t.Error("the assessment changed with the input buffer")
	}
}

// TestManyProblemsOnOneLine feeds 100,000 unknown fields on one line: the
// problems stop at dendai.MaxProblems with a last one saying so. Before problems were
// bounded while decoding and positions counted on from the last one, this input
// took minutes.
func TestManyProblemsOnOneLine(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"format":"dendai.assessment/v1","responses":[{"criterion":"1-1","status":"○"`)
	for i := range 100_000 {
		b.WriteString(`,"f` + strconv.Itoa(i) + `":1`)
	}
	b.WriteString(`}]}`)
	_, ps := Check(criteria.Checklist(), []byte(b.String()), clock)
	unknown := 0
	for _, p := range ps {
		if p.Code == dendai.CodeUnknownField {
			unknown++
		}
	}
	if len(ps) != dendai.MaxProblems+1 || ps[len(ps)-1].Code != dendai.CodeTooManyProblems || unknown < dendai.MaxProblems-10 {
		t.Fatalf("%d problems (%d unknown fields), last %s", len(ps), unknown, ps[len(ps)-1].Code)
	}
	if p := ps[dendai.MaxProblems-1]; p.Line != 1 || p.Column == 0 {
		t.Errorf("the last located problem is at %d:%d", p.Line, p.Column)
	}
}
