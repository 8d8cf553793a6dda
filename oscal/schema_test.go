package oscal

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSchemas validates every export against the official OSCAL complete JSON
// schemas, 1.1.3 and 1.2.2. The schemas are not part of the module: they are
// looked for in ../shared/oscal beside the repository (../../shared/oscal from
// this package's directory), and the test is skipped where they are missing.
// The schemas are draft-07, under which the validator also checks formats
// (date-time, uri, uri-reference, email).
func TestSchemas(t *testing.T) {
	docs := exports(t)
	for _, name := range []string{"oscal_complete_schema-1-1-3.json", "oscal_complete_schema-1-2-2.json"} {
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
			// The check itself works: a finding state OSCAL does not know fails.
			b, err := docs[len(docs)-1].make()
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(bytes.Replace(b, []byte(`"not-satisfied"`), []byte(`"partially-satisfied"`), 1)))
			if err != nil {
				t.Fatal(err)
			}
			if sch.Validate(v) == nil {
				t.Error("a document with the state partially-satisfied passes")
			}
		})
	}
}
