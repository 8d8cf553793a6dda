package assessment

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/criteria"
)

// FuzzDecode checks that decoding never panics, that an accepted document
// encodes to one that decodes to the same assessment, under cmp.Diff with no
// options (decode -> encode -> decode loses nothing), and that Check never panics on the same input. The example
// assessments, derivedDoc and testdata/fuzz/FuzzDecode are the seed corpus.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("../examples/assessments/*.json")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(derivedDoc))
	f.Fuzz(func(t *testing.T, in []byte) {
		Check(criteria.Checklist(), in, clock)
		a, err := Decode(in, nil)
		if err != nil {
			return
		}
		out, err := Encode(a)
		if err != nil {
			t.Fatalf("Encode of a decoded assessment: %v", err)
		}
		b, err := Decode(out, nil)
		if err != nil {
			t.Fatalf("the encoding does not decode: %v\n%s", err, out)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("decode -> encode -> decode changed the assessment (-first +second):\n%s", diff)
		}
		out2, err := Encode(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the assessment:\n%s\n%s", out, out2)
		}
	})
}
