package schema_test

import (
	"bytes"
	"os"
	"testing"
)

// TestSchemaKey checks that the schemas of the documents dendai reads allow a
// top-level "$schema" string, for editors, and nothing else under that name.
func TestSchemaKey(t *testing.T) {
	for _, tt := range []struct{ schema, doc string }{
		{"catalog.schema.json", "../examples/secondbank/catalog.json"},
		{"mapping.schema.json", "../examples/secondbank/mapping.json"},
		{"policy.schema.json", "../scoring/data/risk-weighted.json"},
		{"assessment.schema.json", "../examples/assessments/sample.json"},
	} {
		t.Run(tt.schema, func(t *testing.T) {
			sch := compile(t, tt.schema)
			doc, err := os.ReadFile(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			with := func(v string) []byte {
				i := bytes.IndexByte(doc, '{')
				return append(append(append([]byte{}, doc[:i+1]...), `"$schema": `+v+`,`...), doc[i+1:]...)
			}
			if err := validate(t, sch, doc); err != nil {
				t.Fatalf("%s: %v", tt.doc, err)
			}
			if err := validate(t, sch, with(`"https://github.com/dendai-go/dendai/schema/`+tt.schema+`"`)); err != nil {
				t.Errorf("with a $schema string: %v", err)
			}
			if err := validate(t, sch, with(`1`)); err == nil {
				t.Error("a $schema that is a number is valid")
			}
		})
	}
}
