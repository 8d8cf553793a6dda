// Package testkit is what dendai's own tests share: the golden-file helper
// with its -update flag, the custom catalogs the tests load, and the problem
// helpers. Like go-cmp's internal/teststructs, it exists once so that no test
// package keeps a copy. It is imported only by tests.
package testkit

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Golden compares got with the file testdata/name byte for byte, or, with
// `go test -update`, writes got to it (creating its folder).
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	GoldenFile(t, filepath.Join("testdata", filepath.FromSlash(name)), got)
}

// GoldenFile is Golden for a file kept outside testdata, such as a generated
// doc.go or a published document: path is relative to the package's folder.
func GoldenFile(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (-golden +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// Problems returns the problems of a *dendai.Error in err's chain, and false
// when there is none.
func Problems(err error) (dendai.Problems, bool) {
	var e *dendai.Error
	if !errors.As(err, &e) {
		return nil, false
	}
	return e.Problems, true
}

// Codes returns the codes of ps, in order.
func Codes(ps dendai.Problems) []dendai.Code {
	var out []dendai.Code
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

// ErrCodes returns the codes of the problems of a *dendai.Error in err's
// chain; nil when err holds none.
func ErrCodes(err error) []dendai.Code {
	ps, _ := Problems(err)
	return Codes(ps)
}

// MyBank is a small valid custom catalog, as a bank would write one: two
// criteria in one group, one of them mapped to the standard.
const MyBank = `{
  "format": "dendai.catalog/v1",
  "id": "my-bank",
  "version": "2026.1",
  "title": {"ja": "接続基準", "en": "Connection criteria"},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"},
     "criteria": [
       {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "Multi-factor authentication is in place."}},
       {"id": "SEC-2", "text": {"ja": "ログを保管している", "en": "Logs are retained."}, "standard": ["S6-3"]}
     ]}
  ]
}
`
