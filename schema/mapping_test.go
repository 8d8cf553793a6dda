package schema_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
)

const (
	mappingFile = "mapping.schema.json"
	mappingID   = baseURL + mappingFile
)

// mappingHead is the start of a mapping from the built-in checklist to the
// built-in standard, at their versions, up to its entries.
func mappingHead() string {
	return fmt.Sprintf(`{"format":"dendai.mapping/v1","id":"m","version":"1.0.0",`+
		`"source":{"catalog":"jpbank-checklist","version":%q},"target":{"catalog":"jpbank-standard","version":%q},`,
		criteria.Checklist().Version(), criteria.Standard().Version())
}

// withEntries returns a mapping document with the given entries array.
func withEntries(entries string) string {
	return mappingHead() + `"entries":` + entries + `}`
}

const okEntry = `{"target":"S6-2","sources":["1-30"],"relationship":"equivalent"}`

// parseMapping runs criteria.ParseMapping from the checklist to the standard
// and returns the problem codes.
func parseMapping(doc string) []dendai.Code {
	_, err := criteria.ParseMapping([]byte(doc), criteria.Checklist(), criteria.Standard(), nil)
	return testkit.ErrCodes(err)
}

func TestMapping(t *testing.T) {
	checkSchemaFile(t, schema.Mapping, mappingFile, mappingID, []string{
		"catalogRef", "entry", "id", "nonBlank", "provenance", "relationship", "text", "version",
	})
}

// TestMappingRelationships checks that the schema lists the relationships
// criteria.ParseRelationship accepts.
func TestMappingRelationships(t *testing.T) {
	var doc struct {
		Defs struct {
			Relationship struct {
				Enum []string `json:"enum"`
			} `json:"relationship"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Mapping(), &doc); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range criteria.Relationships() {
		want = append(want, r.String())
	}
	if diff := cmp.Diff(want, doc.Defs.Relationship.Enum); diff != "" {
		t.Errorf("relationships (-criteria +schema):\n%s", diff)
	}
}

// TestBuiltinMappingValid checks the embedded mapping and what the encoder
// makes of it.
func TestBuiltinMappingValid(t *testing.T) {
	sch := compile(t, mappingFile)
	b, err := os.ReadFile("../criteria/data/jpbank-checklist-to-standard.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(t, sch, b); err != nil {
		t.Errorf("the embedded mapping does not match the schema:\n%v", err)
	}
	validateEncodings(t, sch, "mapping", criteria.ChecklistToStandard())
}

func TestValidMappings(t *testing.T) {
	sch := compile(t, mappingFile)
	tests := []struct {
		name string
		doc  string
	}{
		{"minimal", withEntries(`[]`)},
		{"one entry", withEntries(`[` + okEntry + `]`)},
		{"every optional field", strings.Replace(withEntries(`[{"target":"S10-8","sources":["1-35","1-33"],"relationship":"subset",`+
			`"rationale":{"ja":"一部","en":"In part"}}]`), `"entries"`,
			`"provenance":{"author":"ACME リスク管理部","date":"2026-11-25","method":"expert review"},"entries"`, 1)},
		{"part of the provenance", strings.Replace(withEntries(`[`+okEntry+`]`), `"entries"`, `"provenance":{"date":"2026-02-28"},"entries"`, 1)},
		{"no relationship, no sources", withEntries(`[{"target":"S1-8","sources":[],"relationship":"none"}]`)},
		{"no relationship, with sources", withEntries(`[{"target":"S1-8","sources":["1-10"],"relationship":"none"}]`)},
		{"every relationship", withEntries(`[{"target":"S1-1","sources":["1-1"],"relationship":"equivalent"},` +
			`{"target":"S1-2","sources":["1-3"],"relationship":"subset"},{"target":"S1-3","sources":["1-4"],"relationship":"superset"},` +
			`{"target":"S1-4","sources":["1-6"],"relationship":"intersects"},{"target":"S1-5","sources":["1-7"],"relationship":"none"}]`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects a valid document: %v", err)
			}
			if got := parseMapping(tc.doc); got != nil {
				t.Errorf("criteria.ParseMapping refuses a valid document: %v", got)
			}
		})
	}
}

// TestInvalidMappings checks that the schema and the loader agree: each
// document breaks one rule, and both refuse it for that reason.
func TestInvalidMappings(t *testing.T) {
	sch := compile(t, mappingFile)
	ok := withEntries(`[` + okEntry + `]`)
	entry := func(e string) string { return withEntries(`[` + e + `]`) }
	provenance := func(p string) string {
		return strings.Replace(ok, `"entries"`, `"provenance":`+p+`,"entries"`, 1)
	}
	tests := []struct {
		name    string
		doc     string
		keyword string        // a schema keyword among the failures
		codes   []dendai.Code // the loader's problem codes
	}{
		{"a catalog document", withCriterion(okCriterion), "const",
			[]dendai.Code{criteria.CodeMappingFormat, dendai.CodeUnknownField, dendai.CodeUnknownField,
				dendai.CodeMissingField, dendai.CodeMissingField, dendai.CodeMissingField}},
		{"wrong format", strings.Replace(ok, "dendai.mapping/v1", "dendai.mapping/v2", 1), "const", []dendai.Code{criteria.CodeMappingFormat}},
		{"no entries", strings.Replace(ok, `,"entries":[`+okEntry+`]`, ``, 1), "required", []dendai.Code{dendai.CodeMissingField}},
		{"entries not a list", withEntries(`{}`), "type", []dendai.Code{dendai.CodeWrongType}},
		{"unknown field", strings.Replace(ok, `"id":"m"`, `"id":"m","title":"T"`, 1), "additionalProperties", []dendai.Code{dendai.CodeUnknownField}},
		{"malformed ID", strings.Replace(ok, `"id":"m"`, `"id":"-m"`, 1), "pattern", []dendai.Code{criteria.CodeMappingInvalidID}},
		{"version with a space", strings.Replace(ok, `"version":"1.0.0"`, `"version":"1 0"`, 1), "pattern", []dendai.Code{criteria.CodeMappingInvalidVersion}},
		{"empty version", strings.Replace(ok, `"version":"1.0.0"`, `"version":""`, 1), "pattern", []dendai.Code{criteria.CodeMappingInvalidVersion}},
		{"source without a version", strings.Replace(ok, `{"catalog":"jpbank-checklist","version":"`+criteria.Checklist().Version()+`"}`, `{"catalog":"jpbank-checklist"}`, 1),
			"required", []dendai.Code{dendai.CodeMissingField}},
		{"source as a string", strings.Replace(ok, `{"catalog":"jpbank-checklist","version":"`+criteria.Checklist().Version()+`"}`, `"jpbank-checklist"`, 1),
			"type", []dendai.Code{dendai.CodeWrongType}},
		{"malformed target catalog", strings.Replace(ok, `"catalog":"jpbank-standard"`, `"catalog":"jpbank standard"`, 1), "pattern", []dendai.Code{criteria.CodeMappingInvalidID}},
		{"unknown field in a catalog", strings.Replace(ok, `"catalog":"jpbank-standard"`, `"catalog":"jpbank-standard","title":"x"`, 1),
			"additionalProperties", []dendai.Code{dendai.CodeUnknownField}},
		{"entry without a relationship", entry(`{"target":"S6-2","sources":["1-30"]}`), "required", []dendai.Code{dendai.CodeMissingField}},
		{"entry without sources", entry(`{"target":"S6-2","relationship":"equivalent"}`), "required", []dendai.Code{dendai.CodeMissingField}},
		{"entry not an object", withEntries(`["S6-2"]`), "type", []dendai.Code{dendai.CodeWrongType}},
		{"unknown relationship", entry(`{"target":"S6-2","sources":["1-30"],"relationship":"equivalent-to"}`), "enum",
			[]dendai.Code{criteria.CodeMappingRelationship}},
		{"relationship as a number", entry(`{"target":"S6-2","sources":["1-30"],"relationship":1}`), "enum", []dendai.Code{dendai.CodeWrongType}},
		{"no sources for a subset", entry(`{"target":"S6-2","sources":[],"relationship":"subset"}`), "minItems",
			[]dendai.Code{criteria.CodeMappingNoSources}},
		{"a source twice", entry(`{"target":"S6-2","sources":["1-30","1-30"],"relationship":"equivalent"}`), "uniqueItems",
			[]dendai.Code{criteria.CodeMappingDuplicateSource}},
		{"malformed source", entry(`{"target":"S6-2","sources":["1 30"],"relationship":"equivalent"}`), "pattern",
			[]dendai.Code{criteria.CodeMappingUnknownSource}},
		{"sources not a list", entry(`{"target":"S6-2","sources":"1-30","relationship":"equivalent"}`), "type", []dendai.Code{dendai.CodeWrongType}},
		{"unknown entry field", entry(`{"target":"S6-2","sources":["1-30"],"relationship":"equivalent","weight":1}`), "additionalProperties",
			[]dendai.Code{dendai.CodeUnknownField}},
		{"rationale in Japanese only", entry(`{"target":"S6-2","sources":["1-30"],"relationship":"subset","rationale":{"ja":"一部"}}`), "required",
			[]dendai.Code{dendai.CodeMissingEN}},
		{"blank rationale", entry(`{"target":"S6-2","sources":["1-30"],"relationship":"subset","rationale":{"ja":"\u3000","en":"x"}}`), "pattern",
			[]dendai.Code{dendai.CodeMissingJA}},
		{"blank author", provenance(`{"author":" "}`), "pattern", []dendai.Code{criteria.CodeMappingBlank}},
		{"empty method", provenance(`{"method":""}`), "pattern", []dendai.Code{criteria.CodeMappingBlank}},
		{"date not YYYY-MM-DD", provenance(`{"date":"2026/11/25"}`), "pattern", []dendai.Code{criteria.CodeMappingDate}},
		{"empty date", provenance(`{"date":""}`), "pattern", []dendai.Code{criteria.CodeMappingBlank}},
		{"month 13", provenance(`{"date":"2026-13-01"}`), "pattern", []dendai.Code{criteria.CodeMappingDate}},
		{"unknown provenance field", provenance(`{"reviewer":"x"}`), "additionalProperties", []dendai.Code{dendai.CodeUnknownField}},
		{"provenance as a string", provenance(`"expert review"`), "type", []dendai.Code{dendai.CodeWrongType}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validate(t, sch, []byte(tc.doc))
			if err == nil {
				t.Errorf("schema accepts an invalid document:\n%s", tc.doc)
			} else if kw := failures(err, false); !slices.ContainsFunc(kw, func(k string) bool { return strings.HasSuffix(k, tc.keyword) }) {
				t.Errorf("schema rejects it for %q, want %q among them:\n%v", kw, tc.keyword, err)
			}
			got := parseMapping(tc.doc)
			if got == nil {
				t.Fatalf("criteria.ParseMapping accepts a document the schema rejects:\n%s", tc.doc)
			}
			if diff := cmp.Diff(tc.codes, got); diff != "" {
				t.Errorf("criteria.ParseMapping problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMappingLoaderOnlyRules pins down what the schema says it leaves to the
// loader: these documents match the schema, and the loader refuses them.
func TestMappingLoaderOnlyRules(t *testing.T) {
	sch := compile(t, mappingFile)
	ok := withEntries(`[` + okEntry + `]`)
	tests := []struct {
		name  string
		doc   string
		codes []dendai.Code
	}{
		{"another source catalog", strings.Replace(ok, `"catalog":"jpbank-checklist"`, `"catalog":"acme-bank"`, 1),
			[]dendai.Code{criteria.CodeMappingSourceCatalog}},
		{"another target version", strings.Replace(ok, `"version":"`+criteria.Standard().Version()+`"}`, `"version":"9.9.9"}`, 1),
			[]dendai.Code{criteria.CodeMappingTargetCatalog}},
		{"an unknown target", withEntries(`[{"target":"S11-1","sources":["1-30"],"relationship":"equivalent"}]`),
			[]dendai.Code{criteria.CodeMappingUnknownTarget}},
		{"a group as target", withEntries(`[{"target":"S6","sources":["1-30"],"relationship":"equivalent"}]`),
			[]dendai.Code{criteria.CodeMappingUnknownTarget}},
		{"an unknown source", withEntries(`[{"target":"S6-2","sources":["1-56"],"relationship":"equivalent"}]`),
			[]dendai.Code{criteria.CodeMappingUnknownSource}},
		{"a target twice", withEntries(`[` + okEntry + `,` + okEntry + `]`), []dendai.Code{criteria.CodeMappingDuplicateTarget}},
		{"a date that does not exist", strings.Replace(ok, `"entries"`, `"provenance":{"date":"2026-02-30"},"entries"`, 1),
			[]dendai.Code{criteria.CodeMappingDate}},
		{"duplicate key", strings.Replace(ok, `"id":"m"`, `"id":"m","id":"n"`, 1), []dendai.Code{dendai.CodeDuplicateKey}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects it; update the schema's description of what it leaves to the loader:\n%v", err)
			}
			if diff := cmp.Diff(tc.codes, parseMapping(tc.doc)); diff != "" {
				t.Errorf("criteria.ParseMapping problem codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMappingWhiteSpaceAgreement checks that the schema and the loader draw
// the line between white space and a value at the same characters, for a
// provenance field and for a version.
func TestMappingWhiteSpaceAgreement(t *testing.T) {
	sch := compile(t, mappingFile)
	var runes []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) || unicode.In(r, unicode.White_Space, unicode.Zs, unicode.Cc, unicode.Cf) {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 'a', '0', '-', 'あ')
	quote := func(s string) string {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	ok := withEntries(`[` + okEntry + `]`)
	type disagreement struct {
		Rune           string
		Field          string
		Schema, Loader bool // whether each accepts
	}
	var got []disagreement
	for _, r := range runes {
		s := string(r)
		author := strings.Replace(ok, `"entries"`, `"provenance":{"author":`+quote(s+s)+`},"entries"`, 1)
		version := strings.Replace(ok, `"version":"1.0.0"`, `"version":`+quote("1.0"+s), 1)
		for _, d := range []struct{ field, doc string }{{"author", author}, {"version", version}} {
			schemaOK := validate(t, sch, []byte(d.doc)) == nil
			if loaderOK := parseMapping(d.doc) == nil; schemaOK != loaderOK {
				got = append(got, disagreement{Rune: fmt.Sprintf("%U", r), Field: d.field, Schema: schemaOK, Loader: loaderOK})
			}
		}
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and loader disagree (-want +got):\n%s", diff)
	}
}
