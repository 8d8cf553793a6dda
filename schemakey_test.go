package dendai_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// withSchema puts "$schema": value first in the JSON object data.
func withSchema(t *testing.T, data []byte, value string) []byte {
	t.Helper()
	i := bytes.IndexByte(data, '{')
	if i < 0 {
		t.Fatal("not an object")
	}
	return append(append(append([]byte{}, data[:i+1]...), "\n  \"$schema\": "+value+","...), data[i+1:]...)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSchemaKey checks that every document dendai reads may name its JSON
// Schema in "$schema", for editors, and that a "$schema" that is not a string
// is a problem.
func TestSchemaKey(t *testing.T) {
	const url = `"https://github.com/dendai-go/dendai/schema/x.schema.json"`
	checklist := criteria.Checklist()
	second := readFile(t, "examples/secondbank/catalog.json")
	secondCat, err := criteria.Parse(second, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs := []struct {
		name  string
		data  []byte
		parse func([]byte) error
	}{
		{"catalog", second, func(b []byte) error { _, err := criteria.Parse(b, nil); return err }},
		{"mapping", readFile(t, "examples/secondbank/mapping.json"), func(b []byte) error {
			_, err := criteria.ParseMapping(b, checklist, secondCat, nil)
			return err
		}},
		{"policy", readFile(t, "scoring/data/risk-weighted.json"), func(b []byte) error {
			_, err := scoring.ParsePolicy(b, checklist, nil)
			return err
		}},
		{"assessment", readFile(t, "examples/assessments/sample.json"), func(b []byte) error {
			_, err := assessment.Decode(b, nil)
			return err
		}},
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			if err := d.parse(d.data); err != nil {
				t.Fatalf("without $schema: %v", err)
			}
			if err := d.parse(withSchema(t, d.data, url)); err != nil {
				t.Errorf("with $schema: %v", err)
			}
			err := d.parse(withSchema(t, d.data, "1"))
			if err == nil || !strings.Contains(err.Error(), "/$schema") {
				t.Errorf("with a $schema that is a number: %v, want a problem at /$schema", err)
			}
		})
	}
}

// TestAssessmentSchemaRoundTrip checks that an assessment's "$schema" is
// written back as it was read, first, and that the template names the schema.
func TestAssessmentSchemaRoundTrip(t *testing.T) {
	for _, data := range [][]byte{
		readFile(t, "examples/assessments/sample.json"),
		withSchema(t, readFile(t, "examples/assessments/sample.json"), `"`+assessment.SchemaURL+`"`),
	} {
		a, err := assessment.Decode(data, nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := assessment.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, data) {
			t.Errorf("Decode then Encode changed the document:\n%s", out)
		}
	}
	out, err := assessment.Encode(assessment.Template(criteria.Checklist()))
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"$schema\": \"" + assessment.SchemaURL + "\",\n  \"format\""; !bytes.HasPrefix(out, []byte(want)) {
		t.Errorf("template starts %.120q, want %q", out, want)
	}
}
