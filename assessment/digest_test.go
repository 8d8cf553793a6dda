package assessment_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/spreadsheet"
)

// sampleDigest is the digest of examples/assessments/sample.json. It changes
// only when the sample or the canonical form does; a change of the canonical
// form breaks every review bound to a digest and needs a new format version.
// It was checked independently: Python's json.dumps(sort_keys=True,
// separators=(",", ":"), ensure_ascii=False) of the sample, with "$schema"
// dropped and the responses sorted by criterion, hashes to it too.
const sampleDigest = "sha256:8f7ff82d72d5f189f682d5babecad8e6ba4e178b8edb8836ea40280f9e953422"

func readSample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func digestOf(t *testing.T, a *assessment.Assessment) string {
	t.Helper()
	d, err := assessment.DigestOf(a)
	if err != nil {
		t.Fatal(err)
	}
	return d.String()
}

// TestDigestForms checks that the digest is of the content: the sample in
// its JSON form, reformatted, reordered, with "$schema", and in its CSV
// forms, has one digest, the golden one.
func TestDigestForms(t *testing.T) {
	data := readSample(t)
	cat := criteria.Checklist()
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]func(t *testing.T) *assessment.Assessment{
		"json": func(*testing.T) *assessment.Assessment { return a },
		"json, sorted members, no whitespace": func(t *testing.T) *assessment.Assessment {
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(m) // members sorted by name
			if err != nil {
				t.Fatal(err)
			}
			return decode(t, out)
		},
		"json, with $schema, responses reversed, indented by tabs": func(t *testing.T) *assessment.Assessment {
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			slices.Reverse(m["responses"].([]any))
			m["$schema"] = assessment.SchemaURL
			out, err := json.MarshalIndent(m, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			return decode(t, out)
		},
	}
	for _, opts := range []spreadsheet.CSVOptions{
		{Lang: i18n.Japanese, Encoding: spreadsheet.UTF8BOM},
		{Lang: i18n.English, Encoding: spreadsheet.ShiftJIS},
	} {
		forms["csv "+opts.Lang.String()+" "+opts.Encoding.String()] = func(t *testing.T) *assessment.Assessment {
			var buf bytes.Buffer
			if err := spreadsheet.WriteCSV(&buf, cat, a, &opts); err != nil {
				t.Fatal(err)
			}
			b, ps := spreadsheet.ReadCSV(buf.Bytes(), cat)
			if len(ps) > 0 {
				t.Fatal(ps.Err())
			}
			return b
		}
	}
	for name, form := range forms {
		t.Run(name, func(t *testing.T) {
			if got := digestOf(t, form(t)); got != sampleDigest {
				t.Errorf("digest = %s, want %s", got, sampleDigest)
			}
		})
	}
}

func decode(t *testing.T, data []byte) *assessment.Assessment {
	t.Helper()
	a, err := assessment.Decode(data, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return a
}

// TestDigestChanges checks that a change of any value, however small,
// changes the digest, and that DigestOf leaves the assessment alone.
func TestDigestChanges(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(a *assessment.Assessment)
	}{
		{"comment", func(a *assessment.Assessment) { a.Responses[0].Comment += "。" }},
		{"status", func(a *assessment.Assessment) { a.Responses[1].Status = assessment.PartiallyCompliant }},
		{"evidence order", func(a *assessment.Assessment) { slices.Reverse(a.Responses[0].Evidence) }},
		{"date", func(a *assessment.Assessment) { a.AssessedOn = assessment.MustParseDate("2026-10-31") }},
		{"needsReview", func(a *assessment.Assessment) { a.Responses[2].NeedsReview = true }},
		{"response removed", func(a *assessment.Assessment) { a.Responses = a.Responses[1:] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := decode(t, readSample(t))
			before, err := assessment.Encode(a)
			if err != nil {
				t.Fatal(err)
			}
			if got := digestOf(t, a); got != sampleDigest {
				t.Fatalf("digest of the sample = %s, want %s", got, sampleDigest)
			}
			after, _ := assessment.Encode(a)
			if !bytes.Equal(before, after) {
				t.Fatal("DigestOf changed the assessment")
			}
			tc.edit(a)
			if got := digestOf(t, a); got == sampleDigest {
				t.Errorf("digest after changing the %s is still %s", tc.name, got)
			}
		})
	}
}

// TestCanonical checks the canonical form of a small assessment byte for
// byte: members sorted, responses by ID, "$schema" left out.
func TestCanonical(t *testing.T) {
	a := &assessment.Assessment{
		Schema: assessment.SchemaURL, Catalog: "jpbank-checklist", CatalogVersion: "1.1.0",
		State: assessment.Draft, AssessedOn: assessment.MustParseDate("2026-11-01"),
		Subject:  assessment.Subject{Name: i18n.Text{JA: "株式会社\"サンプル\""}},
		Assessor: assessment.Assessor{Name: "山田"},
		Responses: []assessment.Response{
			{Criterion: "1-2", Status: assessment.NotApplicable, Justification: "対象外\n"},
			{Criterion: "1-10", Status: assessment.Compliant},
		},
	}
	got, err := assessment.Canonical(a)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"assessedOn":"2026-11-01","assessor":{"name":"山田"},"catalog":"jpbank-checklist","catalogVersion":"1.1.0","format":"dendai.assessment/v1",` +
		`"responses":[{"criterion":"1-10","status":"compliant"},{"criterion":"1-2","justification":"対象外\n","status":"not_applicable"}],` +
		`"state":"draft","subject":{"corporateNumber":"","name":{"en":"","ja":"株式会社\"サンプル\""},"registrationNumber":""}}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Canonical (-want +got):\n%s", diff)
	}
	if _, err := assessment.DigestOf(&assessment.Assessment{Responses: []assessment.Response{{Criterion: "1-1", Status: assessment.Status(9)}}}); err == nil {
		t.Error("DigestOf of an invalid status: no error")
	}
}

func TestParseDigest(t *testing.T) {
	const hex = "8f7ff82d72d5f189f682d5babecad8e6ba4e178b8edb8836ea40280f9e953422"
	for _, tc := range []struct {
		in, want string
		code     bool
	}{
		{in: "sha256:" + hex, want: "sha256:" + hex},
		{in: "sha256:" + "8F7FF82D72D5F189F682D5BABECAD8E6BA4E178B8EDB8836EA40280F9E953422", want: "sha256:" + hex},
		{in: "", code: true},
		{in: hex, code: true},
		{in: "sha512:" + hex, code: true},
		{in: "sha256:" + hex[1:], code: true},
		{in: "sha256:" + hex[1:] + "g", code: true},
		{in: "SHA256:" + hex, code: true},
	} {
		d, err := assessment.ParseDigest(tc.in)
		if tc.code {
			if diff := cmp.Diff([]string{string(assessment.CodeDigestInvalid)}, codes(err)); diff != "" {
				t.Errorf("ParseDigest(%q) codes (-want +got):\n%s", tc.in, diff)
			}
			continue
		}
		if err != nil || d.String() != tc.want || !d.IsValid() {
			t.Errorf("ParseDigest(%q) = %v, %v, want %s", tc.in, d, err, tc.want)
		}
		var back assessment.Digest
		if text, _ := d.MarshalText(); back.UnmarshalText(text) != nil || back != d {
			t.Errorf("text round trip of %v gave %v", d, back)
		}
	}
	if (assessment.Digest{}).String() != "" || (assessment.Digest{}).IsValid() {
		t.Error("the zero Digest has text or is valid")
	}
}

func codes(err error) []string {
	var out []string
	for _, c := range testkit.ErrCodes(err) {
		out = append(out, string(c))
	}
	return out
}
