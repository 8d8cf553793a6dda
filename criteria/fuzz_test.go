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

// FuzzParseMapping checks that the mapping loader never panics, that every
// problem it reports has a message in both languages, and that whatever it
// accepts encodes to a document it reads back equal and to the same bytes.
func FuzzParseMapping(f *testing.F) {
	f.Add([]byte(mapDoc))
	b, err := data.ReadFile("data/jpbank-checklist-to-standard.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":"src","version":"1.1.0"},` +
		`"target":{"catalog":"dst","version":"2026.1"},"provenance":{"date":"2026-02-29"},"entries":[{"target":"T-1","sources":[],"relationship":"none"}]}`))
	src, err := Parse([]byte(mapSourceDoc), nil)
	if err != nil {
		f.Fatal(err)
	}
	dst, err := Parse([]byte(mapTargetDoc), nil)
	if err != nil {
		f.Fatal(err)
	}
	cl, st := Checklist(), Standard()
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, cats := range [][2]*Catalog{{src, dst}, {cl, st}} {
			m, err := ParseMapping(in, cats[0], cats[1], nil)
			if err != nil {
				var e *dendai.Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is not a *dendai.Error", err)
				}
				for _, p := range e.Problems {
					if p.Message.JA == "" || p.Message.EN == "" {
						t.Fatalf("problem %s has no message in both languages", p.Code)
					}
				}
				continue
			}
			out, err := m.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			m2, err := ParseMapping(out, cats[0], cats[1], nil)
			if err != nil {
				t.Fatalf("encoding of an accepted mapping is refused: %v\n%s", err, out)
			}
			out2, _ := m2.AppendJSON(nil)
			if !m.Equal(m2) || !bytes.Equal(out, out2) {
				t.Fatalf("round trip changed the mapping:\n%s\n%s", out, out2)
			}
		}
	})
}
