package criteria

import (
	"bytes"
	"errors"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/internal/testkit"
)

// FuzzParse checks that the loader never panics and that whatever it accepts
// encodes to a document it reads back to the same encoding. The seed corpus is
// in testdata/fuzz/FuzzParse and runs with every go test.
func FuzzParse(f *testing.F) {
	f.Add([]byte(testkit.MyBank))
	for _, name := range []string{"data/jpbank-checklist.json", "data/jpbank-standard.json"} {
		b, err := data.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := Parse(in, nil)
		if err != nil {
			if e := (*dendai.Error)(nil); !errors.As(err, &e) {
				t.Fatalf("error %v is not a *dendai.Error", err)
			}
			return
		}
		out, err := c.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		c2, err := Parse(out, nil)
		if err != nil {
			t.Fatalf("encoding of an accepted catalog is refused: %v\n%s", err, out)
		}
		out2, _ := c2.AppendJSON(nil)
		if !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the catalog:\n%s\n%s", out, out2)
		}
	})
}
