package schema_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/schema"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

// outcome is the document `dendai validate --format json` writes.
func outcome(ps dendai.Problems, l i18n.Lang) []byte {
	b := []byte(`{"valid":` + strconv.FormatBool(len(ps) == 0) + `,"problems":`)
	return append(ps.AppendJSON(b, l), '}')
}

// TestProblemsSchemaAgrees checks the JSON form of real problems, from every
// kind of document and reader, against problems.schema.json, in both languages.
func TestProblemsSchemaAgrees(t *testing.T) {
	if !bytes.Equal(schema.Problems(), must(fs.ReadFile(schema.FS(), "problems.schema.json"))) {
		t.Fatal("Problems() differs from the file in FS")
	}
	sch := compile(t, "problems.schema.json")
	cases := map[string]dendai.Problems{"no problems": nil}
	files, err := filepath.Glob("../examples/assessments/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example assessments: %v", err)
	}
	for _, f := range files {
		cases[filepath.Base(f)] = spreadsheet.Check(must(os.ReadFile(f)), nil).Problems
	}
	cases["a CSV that is not the template"] = spreadsheet.Check([]byte("a,b\r\n1,2\r\n"), &spreadsheet.Options{Format: spreadsheet.CSV}).Problems
	cases["malformed JSON"] = spreadsheet.Check([]byte(`{"format": `), nil).Problems
	_, err = criteria.Parse([]byte(`{"format": "dendai.catalog/v1", "id": "x", "version": "1", "title": {"ja": "", "en": "T"},
	  "groups": [{"id": "g", "title": {"ja": "群", "en": ""}, "criteria": []}]}`), nil)
	cases["a catalog with group problems"] = errProblems(t, err)
	_, err = scoring.ParsePolicy([]byte(`{"format": "dendai.policy/v1"}`), criteria.Checklist(), nil)
	cases["a policy"] = errProblems(t, err)
	var unknown strings.Builder
	for i := range dendai.MaxProblems + 20 {
		unknown.WriteString(`"x` + strconv.Itoa(i) + `":1,`)
	}
	cases["past the cap"] = spreadsheet.Check([]byte(`{`+unknown.String()+`"format":"dendai.assessment/v1"}`), nil).Problems

	for name, ps := range cases {
		for _, l := range i18n.Langs() {
			if err := validate(t, sch, outcome(ps, l)); err != nil {
				t.Errorf("%s, %v: %v", name, l, err)
			}
		}
	}
	if ps := cases["past the cap"]; len(ps) != dendai.MaxProblems+1 || ps[len(ps)-1].Code != dendai.CodeTooManyProblems {
		t.Errorf("past the cap: %d problems, the last %q", len(ps), ps[len(ps)-1].Code)
	}
	if ps := cases["a catalog with group problems"]; !hasGroup(ps) {
		t.Errorf("no problem of the catalog names its group: %v", ps)
	}
}

func hasGroup(ps dendai.Problems) bool {
	for _, p := range ps {
		if p.Group != "" {
			return true
		}
	}
	return false
}

// TestProblemsSchemaRefuses checks that the schema is not vacuous.
func TestProblemsSchemaRefuses(t *testing.T) {
	sch := compile(t, "problems.schema.json")
	for _, doc := range []string{
		`{"valid": true, "problems": [{"path": "", "code": "json.empty", "message": "m"}]}`,
		`{"valid": false, "problems": []}`,
		`{"valid": false, "problems": [{"path": "", "code": "json.empty", "message": "m", "line": 1}]}`,
		`{"valid": false, "problems": [{"path": "x", "code": "json.empty", "message": "m"}]}`,
		`{"valid": false, "problems": [{"path": "", "code": "Empty", "message": "m"}]}`,
		`{"valid": false, "problems": [{"path": "", "code": "json.empty", "message": ""}]}`,
		`{"valid": false, "problems": [{"path": "", "code": "json.empty", "message": "m", "id": "1-1"}]}`,
		`{"valid": false}`,
	} {
		if err := validate(t, sch, []byte(doc)); err == nil {
			t.Errorf("the schema accepts %s", doc)
		}
	}
}

func errProblems(t *testing.T, err error) dendai.Problems {
	t.Helper()
	e, ok := err.(*dendai.Error)
	if !ok {
		t.Fatalf("err = %v, want a *dendai.Error", err)
	}
	return e.Problems
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
