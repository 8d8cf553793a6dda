package oscal

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSchemas validates every export against the official OSCAL complete JSON
// schemas, 1.1.3 and 1.2.2, but a mapping-collection against 1.2.2 only: the
// mapping model is new in OSCAL 1.2. The schemas are not part of the module: they are
// looked for in ../shared/oscal beside the repository (../../shared/oscal from
// this package's directory), and the test is skipped where they are missing.
// The schemas are draft-07, under which the validator also checks formats
// (date-time, uri, uri-reference, email).
func TestSchemas(t *testing.T) {
	docs := exports(t)
	for _, schema := range []struct{ name, version string }{
		{"oscal_complete_schema-1-1-3.json", "1.1.3"},
		{"oscal_complete_schema-1-2-2.json", "1.2.2"},
	} {
		name := schema.name
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("..", "..", "shared", "oscal", name)
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				t.Skipf("%s not found: it lives outside the repository, in ../shared/oscal", path)
			}
			sch, err := jsonschema.NewCompiler().Compile(path)
			if err != nil {
				t.Fatalf("compiling %s: %v", path, err)
			}
			for _, d := range docs {
				if !atLeast(schema.version, d.since) {
					continue
				}
				b, err := d.make()
				if err != nil {
					t.Fatalf("%s: %v", d.name, err)
				}
				v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("%s: %v", d.name, err)
				}
				if err := sch.Validate(v); err != nil {
					t.Errorf("%s is not valid:\n%v", d.name, err)
				}
			}
			// The check itself works: a finding state OSCAL does not know
			// fails, and so does a map whose source is neither a control nor
			// a statement.
			for _, c := range []struct {
				doc       string
				old, new  string
				since     string
				whatFails string
			}{
				{"assessment-results.every-status", `"not-satisfied"`, `"partially-satisfied"`, Version, "a finding with the state partially-satisfied"},
				{"mapping-collection.every-relationship", `"type": "control"`, `"type": "criterion"`, MappingVersion, "a map of a criterion"},
			} {
				if !atLeast(schema.version, c.since) {
					continue
				}
				i := slices.IndexFunc(docs, func(d export) bool { return d.name == c.doc })
				b, err := docs[i].make()
				if err != nil {
					t.Fatal(err)
				}
				v, err := jsonschema.UnmarshalJSON(bytes.NewReader(bytes.Replace(b, []byte(c.old), []byte(c.new), 1)))
				if err != nil {
					t.Fatal(err)
				}
				if sch.Validate(v) == nil {
					t.Errorf("%s passes", c.whatFails)
				}
			}
		})
	}
}

// atLeast reports whether the OSCAL version v is since or later. OSCAL
// versions here are major.minor.patch with one digit each.
func atLeast(v, since string) bool { return v >= since }
