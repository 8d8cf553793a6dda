package spreadsheet

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// TestNewer checks newer, the rule of Document.Newer, on fake built-in
// catalogs: my-bank 2026.1 and 2027.1, the newest.
func TestNewer(t *testing.T) {
	parse := func(doc string) *criteria.Catalog {
		t.Helper()
		c, err := criteria.Parse([]byte(doc), nil)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	v2026 := parse(testkit.MyBank)
	v2027 := parse(strings.Replace(testkit.MyBank, `"2026.1"`, `"2027.1"`, 1))
	v2025 := parse(strings.Replace(testkit.MyBank, `"2026.1"`, `"2025.1"`, 1))
	edited := parse(strings.Replace(testkit.MyBank, "Logs are retained.", "Logs are kept.", 1))
	other := parse(strings.Replace(testkit.MyBank, `"my-bank"`, `"other-bank"`, 1))
	version := func(id criteria.ID, v string) (*criteria.Catalog, bool) {
		for _, c := range []*criteria.Catalog{v2026, v2027} {
			if c.ID() == id && c.Version() == v {
				return c, true
			}
		}
		return nil, false
	}
	newest := func(id criteria.ID) (*criteria.Catalog, bool) {
		if id == "my-bank" {
			return v2027, true
		}
		return nil, false
	}
	tests := []struct {
		name string
		cat  *criteria.Catalog
		want *criteria.Catalog
	}{
		{"an earlier built-in version", v2026, v2027},
		{"a copy of an earlier built-in version", parse(testkit.MyBank), v2027},
		{"the newest version", v2027, nil},
		{"a version not built in", v2025, nil},
		{"a custom catalog with a built-in ID and version", edited, nil},
		{"a catalog not built in", other, nil},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		got, ok := newer(tt.cat, version, newest)
		if !got.Equal(tt.want) || ok != (tt.want != nil) {
			t.Errorf("%s: newer = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
	}
}

// TestCheckVersions checks that Check picks the built-in version a document
// names, and that Newer says when it is not the newest.
func TestCheckVersions(t *testing.T) {
	for _, id := range criteria.BuiltinIDs() {
		newest, _ := criteria.Builtin(id)
		versions := criteria.BuiltinVersions(id)
		if versions[len(versions)-1] != newest.Version() {
			t.Errorf("%s: the last version is %s, Builtin's %s", id, versions[len(versions)-1], newest.Version())
		}
		for _, v := range versions {
			cat, ok := criteria.BuiltinVersion(id, v)
			if !ok {
				t.Fatalf("%s %s is not built in", id, v)
			}
			data := []byte(encode(t, assessment.Template(cat)))
			doc := Check(data, &Options{Now: testNow})
			if doc.Catalog.ID() != id || doc.Catalog.Version() != v {
				t.Errorf("%s %s: checked against %s %s", id, v, doc.Catalog.ID(), doc.Catalog.Version())
			}
			if slices.Contains(testkit.Codes(doc.Problems), assessment.CodeVersionMismatch) {
				t.Errorf("%s %s: %v", id, v, doc.Problems)
			}
			got, ok := doc.Newer()
			if v == newest.Version() {
				if ok || got != nil {
					t.Errorf("%s %s, the newest: Newer() = %v, %v", id, v, got, ok)
				}
			} else if !ok || !got.Equal(newest) {
				t.Errorf("%s %s: Newer() = %v, %v; want %s", id, v, got, ok, newest.Version())
			}
		}
		// A version that is not built in is checked against the newest, and
		// told apart.
		data := []byte(encode(t, assessment.Template(newest)))
		data = bytes.Replace(data, []byte(`"catalogVersion": "`+newest.Version()+`"`), []byte(`"catalogVersion": "0.0.1"`), 1)
		doc := Check(data, &Options{Now: testNow})
		if !doc.Catalog.Equal(newest) || !slices.Contains(testkit.Codes(doc.Problems), assessment.CodeVersionMismatch) {
			t.Errorf("%s 0.0.1: checked against %s %s, problems %v", id, doc.Catalog.ID(), doc.Catalog.Version(), testkit.Codes(doc.Problems))
		}
		if got, ok := doc.Newer(); ok || got != nil {
			t.Errorf("%s 0.0.1: Newer() = %v, %v", id, got, ok)
		}
	}
	// Against a catalog given, the newest: nothing newer.
	doc := Check(nil, &Options{Catalog: criteria.Standard()})
	if _, ok := doc.Newer(); ok || !slices.Equal(testkit.Codes(doc.Problems), []dendai.Code{dendai.CodeEmpty}) {
		t.Errorf("an empty document: Newer %v, problems %v", ok, doc.Problems)
	}
}
