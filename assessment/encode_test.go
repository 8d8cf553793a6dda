package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// The reflective encoding of assessments, as Encode and MarshalJSON wrote
// them before AppendJSON: encoding/json's Encoder, without HTML escaping, of
// the struct with a format member. It is the reference the hand-written
// encoder must match byte for byte, and the baseline of its benchmark.

// reflectDocument is an Assessment with its format name first, as it is written.
type reflectDocument struct {
	Schema string `json:"$schema,omitempty"`
	Format string `json:"format"`
	*reflectPlain
}

// reflectPlain has the fields of Assessment without its methods, so that encoding
// it does not recurse into MarshalJSON.
type reflectPlain Assessment

// referenceEncode is the former encode: indent "" for MarshalJSON's form,
// "  " for Encode's.
func referenceEncode(a *Assessment, indent string) ([]byte, error) {
	if err := encodable(a); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	p := reflectPlain(*a)
	if p.Responses == nil {
		p.Responses = []Response{}
	}
	if err := enc.Encode(reflectDocument{Schema: a.Schema, Format: Format, reflectPlain: &p}); err != nil {
		return nil, err
	}
	if indent == "" {
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	return buf.Bytes(), nil
}

// sameAsReference checks Encode, MarshalJSON and AppendJSON (after a prefix
// that must be kept) against the reflective encoding of a.
func sameAsReference(t *testing.T, a *Assessment) {
	t.Helper()
	for _, form := range []struct {
		name, indent string
		encode       func() ([]byte, error)
	}{
		{"Encode", "  ", func() ([]byte, error) { return Encode(a) }},
		{"MarshalJSON", "", a.MarshalJSON},
		{"AppendJSON", "", func() ([]byte, error) {
			b, err := a.AppendJSON([]byte("prefix"))
			if !bytes.HasPrefix(b, []byte("prefix")) {
				t.Errorf("AppendJSON lost what b held: %q", b)
			}
			if err != nil {
				if len(b) != len("prefix") {
					t.Errorf("AppendJSON wrote %d bytes with an error", len(b)-len("prefix"))
				}
				return nil, err
			}
			return b[len("prefix"):], nil
		}},
	} {
		want, wantErr := referenceEncode(a, form.indent)
		got, err := form.encode()
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s (-reflection +got):\n%s", form.name, diff)
		}
		if diff := cmp.Diff(wantErr, err); diff != "" {
			t.Errorf("%s error (-reflection +got):\n%s", form.name, diff)
		}
	}
}

// richAssessment has every field of the format filled in, texts that need
// escaping, and an empty evidence list and derivation list, which are left
// out as nil ones are.
func richAssessment(t *testing.T) *Assessment {
	a := valid(t)
	a.Schema = SchemaURL
	a.Subject.RegistrationNumber = MustParseRegistrationNumber("関東財務局長（電代）第12号")
	a.Assessor.Organization = `"情報" <セキュリティ> & 監査\部`
	a.Assessor.Email = "yamada@example.co.jp"
	a.Responses[0].Comment = "tab\tnewline\ncontrol\x01\x1f del\x7f \u2028\u2029 😀 </script>"
	a.Responses[1].Evidence = []Evidence{}
	a.Responses[1].DerivedFrom = []Derivation{}
	a.Responses[2].Justification = "対象外: 該当業務なし"
	a.Responses[3].Remediation = &Remediation{Action: "導入", Owner: "情シス", Due: MustParseDate("2027-03-31")}
	a.Responses[3].DerivedFrom = []Derivation{
		{Criterion: "S1-1", Relationship: criteria.Equivalent, Status: Compliant},
		{Criterion: "S1-2", Relationship: criteria.NoRelationship, Status: NotAssessed},
	}
	a.Responses[4].NeedsReview = true
	return a
}

// TestAppendJSONGolden keeps the encoding of a rich assessment in a golden
// file and checks every form against the reflective encoding, for it and for
// the assessments of the other tests.
func TestAppendJSONGolden(t *testing.T) {
	rich := richAssessment(t)
	out, err := Encode(rich)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "encode/rich.json.golden", out)
	derived, err := Decode([]byte(derivedDoc), nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := valid(t)
	bad.Responses[1].Status = Status(9)
	bad.Assessor.Name = "\xff"
	tests := []struct {
		name string
		a    *Assessment
	}{
		{"sample", valid(t)},
		{"rich", rich},
		{"derived", derived},
		{"zero", &Assessment{}},
		{"zero response", &Assessment{Responses: []Response{{}}}},
		{"no responses", &Assessment{Catalog: "c", Responses: []Response{}}},
		{"template", Template(criteria.Standard())},
		{"refused", bad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { sameAsReference(t, tt.a) })
	}
}

// TestEncodeInvalidStatus checks that the one value Encode cannot write, a
// Status that is not valid, is refused with a problem located at each.
func TestEncodeInvalidStatus(t *testing.T) {
	a := valid(t)
	a.Responses[2].Status = Status(9)
	a.Responses[5].Status = Status(numStatuses)
	want := &dendai.Error{Problems: dendai.Problems{
		{Path: "/responses/2/status", Criterion: "1-3", Code: CodeStatusInvalid, Message: text(CodeStatusInvalid, "Status(9)")},
		{Path: "/responses/5/status", Criterion: "1-6", Code: CodeStatusInvalid, Message: text(CodeStatusInvalid, "Status(5)")},
	}}
	out, err := Encode(a)
	if out != nil {
		t.Errorf("Encode wrote %d bytes with an error", len(out))
	}
	if diff := cmp.Diff(want, err); diff != "" {
		t.Errorf("Encode error (-want +got):\n%s", diff)
	}
	// json.Marshal wraps the error of MarshalJSON, but it is still found.
	_, err = json.Marshal(a)
	var e *dendai.Error
	if !errors.As(err, &e) {
		t.Fatalf("json.Marshal: %v (%T), want a *dendai.Error", err, err)
	}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("json.Marshal error (-want +got):\n%s", diff)
	}
}

// TestEncodeZero checks that the zero values of the value types encode as
// empty text and decode back to zero values.
func TestEncodeZero(t *testing.T) {
	a := &Assessment{Responses: []Response{{Criterion: "1-1"}}}
	out, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(out, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("round trip of a nearly empty assessment (-want +got):\n%s", diff)
	}
}

// derivedDoc is a projected draft as Encode writes it: a derived response
// with its provenance, and one carried over from an earlier catalog version
// that needs review.
const derivedDoc = `{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-standard",
  "catalogVersion": "1.0.1",
  "state": "draft",
  "assessedOn": "2026-11-01",
  "subject": {
    "name": {
      "ja": "株式会社サンプルペイ",
      "en": "Sample Pay Inc."
    },
    "corporateNumber": "5010001112730",
    "registrationNumber": ""
  },
  "assessor": {
    "name": "山田 太郎"
  },
  "responses": [
    {
      "criterion": "S2-2",
      "status": "partially_compliant",
      "evidence": [
        {
          "title": "クラウド利用基準",
          "ref": "SEC-STD-010"
        }
      ],
      "remediation": {
        "action": "全アカウントに多要素認証を導入",
        "due": "2027-03-31"
      },
      "derivedFrom": [
        {
          "criterion": "1-13",
          "relationship": "subset",
          "status": "compliant"
        },
        {
          "criterion": "1-14",
          "relationship": "subset",
          "status": "partially_compliant"
        }
      ]
    },
    {
      "criterion": "S2-1",
      "status": "compliant",
      "needsReview": true
    }
  ]
}
`

// TestEncodeDerived checks the optional response fields derivedFrom and
// needsReview: read into the fields, and written back byte for byte, in
// both the indented and the compact form.
func TestEncodeDerived(t *testing.T) {
	a, err := Decode([]byte(derivedDoc), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Response{
		{Criterion: "S2-2", Status: PartiallyCompliant,
			Evidence:    []Evidence{{Title: "クラウド利用基準", Ref: "SEC-STD-010"}},
			Remediation: &Remediation{Action: "全アカウントに多要素認証を導入", Due: MustParseDate("2027-03-31")},
			DerivedFrom: []Derivation{
				{Criterion: "1-13", Relationship: criteria.Subset, Status: Compliant},
				{Criterion: "1-14", Relationship: criteria.Subset, Status: PartiallyCompliant},
			}},
		{Criterion: "S2-1", Status: Compliant, NeedsReview: true},
	}
	if diff := cmp.Diff(want, a.Responses); diff != "" {
		t.Errorf("decoded responses (-want +got):\n%s", diff)
	}
	out, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(derivedDoc, string(out)); diff != "" {
		t.Errorf("Encode(Decode(doc)) (-doc +encoded):\n%s", diff)
	}
	compact, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(compact), `"derivedFrom":[{"criterion":"1-13","relationship":"subset","status":"compliant"},`) ||
		!strings.Contains(string(compact), `"status":"compliant","needsReview":true}`) {
		t.Errorf("compact form: %s", compact)
	}
	back, err := Decode(compact, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("compact round trip (-want +got):\n%s", diff)
	}
	// needsReview false and an empty derivedFrom are the same as leaving
	// them out.
	doc := strings.Replace(derivedDoc, `"needsReview": true`, `"needsReview": false, "derivedFrom": []`, 1)
	b, err := Decode([]byte(doc), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := b.Responses[1]; r.NeedsReview || r.DerivedFrom != nil {
		t.Errorf("needsReview false, derivedFrom []: %+v", r)
	}
	if ps := Validate(criteria.Standard(), a, clock); len(ps) != 0 {
		t.Errorf("Validate: %v", codes(ps))
	}
}

// TestEncodeInvalidDerivation checks that a derivation whose relationship or
// status is not valid cannot be written, and says where it is.
func TestEncodeInvalidDerivation(t *testing.T) {
	a := valid(t)
	a.Responses[1].DerivedFrom = []Derivation{
		{Criterion: "S1-1", Relationship: criteria.Equivalent, Status: Compliant},
		{Criterion: "S1-2", Status: Status(7)},
	}
	_, err := Encode(a)
	got := []found{}
	if e, ok := errors.AsType[*dendai.Error](err); ok {
		got = codes(e.Problems)
	}
	want := []found{
		{"/responses/1/derivedFrom/1/relationship", "1-2", criteria.CodeMappingRelationship},
		{"/responses/1/derivedFrom/1/status", "1-2", CodeStatusInvalid},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Encode problems (-want +got):\n%s\n%v", diff, err)
	}
}

// TestEncodeInvalidUTF8 checks that Encode refuses, rather than changes, every
// text and ID that is not valid UTF-8, with a problem at each, in document
// order, and writes nothing.
func TestEncodeInvalidUTF8(t *testing.T) {
	a := valid(t)
	a.Schema = "\xff"
	a.Subject.Name.EN = "Pay\xc3"
	a.Responses[0].Comment = "ok"
	a.Responses[0].Evidence = []Evidence{{Title: "規程", Ref: "SEC-\xfe"}, {Title: "\x80", Ref: "https://example.jp/"}}
	a.Responses[0].Comment = "見直し\xe3\x81"
	a.Responses[3].Criterion = "1-\xff"
	a.Responses[3].DerivedFrom = []Derivation{{Criterion: "S1\xff", Relationship: criteria.Equivalent, Status: Compliant}}
	utf8Problem := func(path string, id criteria.ID) dendai.Problem {
		return dendai.Problem{Path: path, Criterion: string(id), Code: CodeValidationUTF8, Message: text(CodeValidationUTF8)}
	}
	want := &dendai.Error{Problems: dendai.Problems{
		utf8Problem("/$schema", ""),
		utf8Problem("/subject/name/en", ""),
		utf8Problem("/responses/0/evidence/0/ref", "1-1"),
		utf8Problem("/responses/0/evidence/1/title", "1-1"),
		utf8Problem("/responses/0/comment", "1-1"),
		utf8Problem("/responses/3/criterion", "1-\xff"),
		utf8Problem("/responses/3/derivedFrom/0/criterion", "1-\xff"),
	}}
	out, err := Encode(a)
	if out != nil {
		t.Errorf("Encode wrote %d bytes with an error", len(out))
	}
	if diff := cmp.Diff(want, err); diff != "" {
		t.Errorf("Encode error (-want +got):\n%s", diff)
	}
}

// FuzzEncode builds assessments in Go from arbitrary texts and checks the
// promise of Encode: what it accepts decodes to an equal assessment, and what
// it refuses, it refuses with a *dendai.Error; and that every form is byte
// for byte the reflective encoding. Its seeds are below and in
// testdata/fuzz/FuzzEncode.
func FuzzEncode(f *testing.F) {
	f.Add("1-1", "規程", "https://example.jp/a", "取締役会で見直し", "山田 太郎")
	f.Add("1-1", "規程", "SEC:001", "\xff", "山田\x00太郎")
	f.Add("1-\u202e1", "\u200b", "java\tscript:x", "\u2028\u2029<>&", "\ufeff")
	f.Add("", "", "", "\xed\xa0\x80", "\xc0\xaf")
	f.Fuzz(func(t *testing.T, id, title, ref, comment, name string) {
		a := &Assessment{
			Catalog: criteria.ChecklistID, CatalogVersion: "1.1.0", State: Draft,
			AssessedOn: MustParseDate("2026-11-01"),
			Subject:    Subject{Name: i18n.Text{JA: name, EN: comment}},
			Assessor:   Assessor{Name: name, Email: ref},
			Responses: []Response{{
				Criterion: criteria.ID(id), Status: PartiallyCompliant,
				Evidence: []Evidence{{Title: title, Ref: ref}}, Comment: comment,
				Remediation: &Remediation{Action: comment, Owner: title},
			}},
		}
		sameAsReference(t, a)
		out, err := Encode(a)
		if err != nil {
			if _, ok := errors.AsType[*dendai.Error](err); !ok {
				t.Fatalf("Encode: %v (%T), want a *dendai.Error", err, err)
			}
			if !slices.ContainsFunc([]string{id, title, ref, comment, name}, func(s string) bool { return !utf8.ValidString(s) }) {
				t.Fatalf("Encode refused valid UTF-8: %v", err)
			}
			return
		}
		b, err := Decode(out, nil)
		if err != nil {
			t.Fatalf("the encoding does not decode: %v\n%s", err, out)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("Encode changed the assessment (-given +decoded):\n%s", diff)
		}
	})
}
