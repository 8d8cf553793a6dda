package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
)

const (
	baseURL     = "https://github.com/dendai-go/dendai/schema/"
	catalogFile = "catalog.schema.json"
	catalogID   = baseURL + catalogFile
	draft       = "https://json-schema.org/draft/2020-12/schema"
)

// compile compiles the schema file name from schema.FS. The compiler checks the
// schema against the draft 2020-12 metaschema, which the library carries, so
// nothing is fetched.
func compile(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	return compileDef(t, name, "")
}

// compileDef compiles one definition of the schema file name on its own, such
// as "corporateNumber" of the assessment schema or "weight" of the policy
// schema; def "" is the whole schema.
func compileDef(t *testing.T, name, def string) *jsonschema.Schema {
	t.Helper()
	b, err := fs.ReadFile(schema.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	id := baseURL + name
	if err := c.AddResource(id, doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	ref := id
	if def != "" {
		ref += "#/$defs/" + def
	}
	sch, err := c.Compile(ref)
	if err != nil {
		t.Fatalf("%s $defs/%s: %v", name, def, err)
	}
	return sch
}

// validate validates doc, which must be well-formed JSON, against sch.
func validate(t *testing.T, sch *jsonschema.Schema, doc []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("test document is not JSON: %v\n%s", err, doc)
	}
	return sch.Validate(inst)
}

// failures returns the failures of a validation error's tree as
// "<JSON Pointer> <keyword path>", such as "/responses/1 required", sorted,
// without repeats: the innermost ones only, or with innermost false the
// failures at every level too (such as a oneOf above the failures of its
// branches).
func failures(err error, innermost bool) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []string
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if e.ErrorKind != nil && (len(e.Causes) == 0 || !innermost) {
			var ptr strings.Builder
			for _, seg := range e.InstanceLocation {
				ptr.WriteString("/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(seg))
			}
			kw := strings.Join(e.ErrorKind.KeywordPath(), "/")
			if _, ok := e.ErrorKind.(*kind.Not); ok {
				kw = "not" // the library gives it no keyword path
			}
			out = append(out, ptr.String()+" "+kw)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	slices.Sort(out)
	return slices.Compact(out)
}

// hasKeyword reports whether one of failures is for keyword, such as
// "required" or "oneOf".
func hasKeyword(failures []string, keyword string) bool {
	return slices.ContainsFunc(failures, func(f string) bool { return strings.HasSuffix(f, " "+keyword) })
}

// withGroups returns a valid catalog document around the given groups array.
func withGroups(groups string) string {
	return `{"format":"dendai.catalog/v1","id":"test","version":"1.0.0",` +
		`"title":{"ja":"題","en":"Title"},"groups":` + groups + `}`
}

// withCriterion returns a valid catalog document holding one group with the
// given criterion.
func withCriterion(criterion string) string {
	return withGroups(`[{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[` + criterion + `]}]`)
}

const (
	okCriterion = `{"id":"c-1","text":{"ja":"基準","en":"Criterion"}}`
	okGroup     = `{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[` + okCriterion + `]}`
)

func TestSchemaFiles(t *testing.T) {
	names, err := fs.Glob(schema.FS(), "*")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"assessment.schema.json", "catalog-diff.schema.json", "catalog.schema.json", "delta.schema.json", "mapping.schema.json", "policy.schema.json", "problems.schema.json", "result.schema.json", "review.schema.json"}, names); diff != "" {
		t.Errorf("files in FS (-want +got):\n%s", diff)
	}
	type header struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(schema.FS(), name)
			if err != nil {
				t.Fatal(err)
			}
			var got header
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("not valid JSON: %v", err)
			}
			if diff := cmp.Diff(header{Schema: draft, ID: baseURL + name}, got); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			compile(t, name)
		})
	}
}

func TestCatalog(t *testing.T) {
	checkSchemaFile(t, schema.Catalog, catalogFile, catalogID, []string{"criterion", "group", "id", "nonBlank", "text"})
}

// checkSchemaFile checks a schema accessor: it returns the file FS has, a fresh
// copy each call, of a draft 2020-12 schema with the expected $id, a title and
// the expected $defs, which compiles.
func checkSchemaFile(t *testing.T, get func() []byte, file, id string, wantDefs []string) {
	t.Helper()
	b := get()
	fromFS, err := fs.ReadFile(schema.FS(), file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, fromFS) {
		t.Errorf("the accessor differs from %s in FS()", file)
	}
	var doc struct {
		Schema string                     `json:"$schema"`
		ID     string                     `json:"$id"`
		Title  string                     `json:"title"`
		Defs   map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not valid JSON: %v", err)
	}
	if doc.Schema != draft || doc.ID != id || doc.Title == "" {
		t.Errorf("$schema %q, $id %q, title %q; want %q, %q and a title", doc.Schema, doc.ID, doc.Title, draft, id)
	}
	if diff := cmp.Diff(wantDefs, slices.Sorted(maps.Keys(doc.Defs))); diff != "" {
		t.Errorf("$defs (-want +got):\n%s", diff)
	}
	compile(t, file)
	// Each call returns its own copy.
	b[0] = 'x'
	if got := get(); got[0] != '{' {
		t.Errorf("changing what the accessor returned changed the next result: it starts with %q", got[0])
	}
}

func TestBuiltinCatalogsValid(t *testing.T) {
	sch := compile(t, catalogFile)
	for _, name := range []string{"jpbank-checklist.json", "jpbank-checklist-1.0.0.json", "jpbank-standard.json", "jpbank-standard-1.0.0.json"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile("../criteria/data/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, sch, b); err != nil {
				t.Errorf("the embedded catalog does not match the schema:\n%v", err)
			}
			// What the encoder writes must match too, compact and indented.
			c, err := criteria.Parse(b, nil)
			if err != nil {
				t.Fatalf("criteria.Parse: %v", err)
			}
			validateEncodings(t, sch, "catalog", c)
		})
	}
}

// validateEncodings checks both of a document's encodings, compact
// (MarshalJSON) and indented (AppendJSON), against sch.
func validateEncodings(t *testing.T, sch *jsonschema.Schema, what string, doc interface {
	MarshalJSON() ([]byte, error)
	AppendJSON([]byte) ([]byte, error)
}) {
	t.Helper()
	compact, err := doc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	indented, err := doc.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, enc := range [][]byte{compact, indented} {
		if err := validate(t, sch, enc); err != nil {
			t.Errorf("the re-encoded %s does not match the schema:\n%v", what, err)
		}
	}
}

func TestValidDocuments(t *testing.T) {
	sch := compile(t, catalogFile)
	long := strings.Repeat("a", 64)
	tests := []struct {
		name string
		doc  string
	}{
		{"minimal", withGroups(`[` + okGroup + `]`)},
		{"nested groups", withGroups(`[{"id":"p","title":{"ja":"部","en":"Part"},"groups":[` +
			`{"id":"q","title":{"ja":"節","en":"Section"},"groups":[` + okGroup + `]}]}]`)},
		{"every optional field", `{"format":"dendai.catalog/v1","id":"test","version":"2026.1-rc.1+b7",` +
			`"title":{"ja":"題","en":"Title"},"publisher":{"ja":"銀行","en":"Bank"},` +
			`"legalBasis":{"ja":"法","en":"Act"},"source":{"ja":"出典","en":"Source"},` +
			`"groups":[{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[` +
			`{"id":"1-1","text":{"ja":"基準","en":"Criterion"},"note":{"ja":"注","en":"Note"},"standard":["S1-1","S1-2"]}]}]}`},
		{"empty standard", withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion"},"standard":[]}`)},
		{"64-character IDs", withCriterion(`{"id":"` + long + `","text":{"ja":"基準","en":"Criterion"},"standard":["` + long + `"]}`)},
		{"ID characters", withCriterion(`{"id":"A.b_c-9","text":{"ja":"基準","en":"Criterion"}}`)},
		{"text with spaces around it", withCriterion(`{"id":"c-1","text":{"ja":"\u3000基準 ","en":"\n Criterion\t"}}`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects a valid document: %v", err)
			}
			if _, err := criteria.Parse([]byte(tc.doc), nil); err != nil {
				t.Errorf("criteria.Parse refuses a valid document: %v", err)
			}
		})
	}
}

// TestInvalidDocuments checks that the schema and the loader agree: each document
// breaks one rule, and both refuse it for that reason.
func TestInvalidDocuments(t *testing.T) {
	sch := compile(t, catalogFile)
	tests := []struct {
		name    string
		doc     string
		keyword string        // a schema keyword among the failures
		codes   []dendai.Code // the loader's problem codes
	}{
		{
			name:    "missing ja text",
			doc:     withCriterion(`{"id":"c-1","text":{"en":"Criterion"}}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingJA},
		},
		{
			name:    "empty title text",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"en":"Title"`, `"en":""`, 1),
			keyword: "pattern",
			codes:   []dendai.Code{dendai.CodeMissingEN},
		},
		{
			name:    "blank ja text",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"\u3000 \t","en":"Criterion"}}`),
			keyword: "pattern",
			codes:   []dendai.Code{dendai.CodeMissingJA},
		},
		{
			name:    "note without ja",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion"},"note":{"en":"Note"}}`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingJA},
		},
		{
			name:    "text in a third language",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion","zh":"标准"}}`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "text is null",
			doc:     withCriterion(`{"id":"c-1","text":null}`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "empty group",
			doc:     withGroups(`[{"id":"g","title":{"ja":"群","en":"Group"}}]`),
			keyword: "oneOf",
			codes:   []dendai.Code{criteria.CodeEmptyGroup},
		},
		{
			name:    "group with empty criteria",
			doc:     withGroups(`[{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[]}]`),
			keyword: "minItems",
			codes:   []dendai.Code{criteria.CodeEmptyGroup},
		},
		{
			name: "group with both groups and criteria",
			doc: withGroups(`[{"id":"p","title":{"ja":"部","en":"Part"},"groups":[` + okGroup +
				`],"criteria":[{"id":"c-2","text":{"ja":"基準","en":"Criterion"}}]}]`),
			keyword: "oneOf",
			codes:   []dendai.Code{criteria.CodeMixedGroup},
		},
		{
			name:    "group without title",
			doc:     withGroups(`[{"id":"g","criteria":[` + okCriterion + `]}]`),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "no groups",
			doc:     withGroups(`[]`),
			keyword: "minItems",
			codes:   []dendai.Code{criteria.CodeNoGroups},
		},
		{
			name:    "unknown top-level field",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"id":"test"`, `"id":"test","author":"me"`, 1),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "unknown criterion field",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion"},"weight":2}`),
			keyword: "additionalProperties",
			codes:   []dendai.Code{dendai.CodeUnknownField},
		},
		{
			name:    "bad criterion id",
			doc:     withCriterion(`{"id":"-1","text":{"ja":"基準","en":"Criterion"}}`),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidID},
		},
		{
			name:    "group id with a space",
			doc:     withGroups(`[{"id":"api security","title":{"ja":"群","en":"Group"},"criteria":[` + okCriterion + `]}]`),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidID},
		},
		{
			name:    "catalog id too long",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"id":"test"`, `"id":"`+strings.Repeat("a", 65)+`"`, 1),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidID},
		},
		{
			name:    "id is a number",
			doc:     withCriterion(`{"id":11,"text":{"ja":"基準","en":"Criterion"}}`),
			keyword: "type",
			codes:   []dendai.Code{dendai.CodeWrongType},
		},
		{
			name:    "wrong format value",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), "dendai.catalog/v1", "dendai.catalog/v2", 1),
			keyword: "const",
			codes:   []dendai.Code{criteria.CodeFormat},
		},
		{
			name:    "no format",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"format":"dendai.catalog/v1",`, ``, 1),
			keyword: "required",
			codes:   []dendai.Code{dendai.CodeMissingField},
		},
		{
			name:    "duplicate in standard",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion"},"standard":["S1-1","S1-1"]}`),
			keyword: "uniqueItems",
			codes:   []dendai.Code{criteria.CodeDuplicateRef},
		},
		{
			name:    "bad id in standard",
			doc:     withCriterion(`{"id":"c-1","text":{"ja":"基準","en":"Criterion"},"standard":["S1 1"]}`),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidID},
		},
		{
			name:    "version with a space",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"1.0.0"`, `"1.0 beta"`, 1),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidVersion},
		},
		{
			name:    "empty version",
			doc:     strings.Replace(withGroups(`[`+okGroup+`]`), `"1.0.0"`, `""`, 1),
			keyword: "pattern",
			codes:   []dendai.Code{criteria.CodeInvalidVersion},
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
			_, err = criteria.Parse([]byte(tc.doc), nil)
			if err == nil {
				t.Fatalf("criteria.Parse accepts a document the schema rejects:\n%s", tc.doc)
			}
			if diff := cmp.Diff(tc.codes, testkit.ErrCodes(err)); diff != "" {
				t.Errorf("criteria.Parse problem codes (-want +got):\n%s\n%v", diff, err)
			}
		})
	}
}

// TestLoaderOnlyRules pins down what the schema says it leaves to the loader:
// these documents match the schema, and the loader refuses them.
func TestLoaderOnlyRules(t *testing.T) {
	sch := compile(t, catalogFile)
	deep := okGroup
	for range 32 {
		deep = `{"id":"g","title":{"ja":"群","en":"Group"},"groups":[` + deep + `]}`
	}
	tests := []struct {
		name string
		doc  string
	}{
		{"duplicate criterion ID", withGroups(`[{"id":"g","title":{"ja":"群","en":"Group"},"criteria":[` +
			okCriterion + `,` + okCriterion + `]}]`)},
		{"group ID equal to the catalog ID", withGroups(`[{"id":"test","title":{"ja":"群","en":"Group"},"criteria":[` +
			okCriterion + `]}]`)},
		{"duplicate key", withCriterion(`{"id":"c-1","id":"c-2","text":{"ja":"基準","en":"Criterion"}}`)},
		{"nested too deep", withGroups(`[` + deep + `]`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validate(t, sch, []byte(tc.doc)); err != nil {
				t.Errorf("schema rejects it; update the schema's description of what it leaves to the loader:\n%v", err)
			}
			if _, err := criteria.Parse([]byte(tc.doc), nil); err == nil {
				t.Error("criteria.Parse accepts it")
			}
		})
	}
}

// TestWhiteSpaceAgreement checks that the schema's patterns and the loader draw
// the line between white space and text at the same characters: every space,
// control and format character, and a few ordinary ones.
func TestWhiteSpaceAgreement(t *testing.T) {
	sch := compile(t, catalogFile)
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
	type disagreement struct {
		Rune           string
		Field          string
		Schema, Loader bool // whether each accepts
	}
	var got []disagreement
	for _, r := range runes {
		s := string(r)
		text := withCriterion(`{"id":"c-1","text":{"ja":` + quote(s+s) + `,"en":"Criterion"}}`)
		version := strings.Replace(withCriterion(okCriterion), `"1.0.0"`, quote("1.0"+s), 1)
		for _, d := range []struct{ field, doc string }{{"text", text}, {"version", version}} {
			schemaOK := validate(t, sch, []byte(d.doc)) == nil
			_, err := criteria.Parse([]byte(d.doc), nil)
			if loaderOK := err == nil; schemaOK != loaderOK {
				got = append(got, disagreement{Rune: fmt.Sprintf("%U", r), Field: d.field, Schema: schemaOK, Loader: loaderOK})
			}
		}
	}
	if diff := cmp.Diff([]disagreement(nil), got); diff != "" {
		t.Errorf("schema and loader disagree (-want +got):\n%s", diff)
	}
}
