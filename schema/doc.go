// Package schema holds the JSON Schemas (draft 2020-12) of dendai's public JSON
// formats, for the programs that read or write those documents without Go: editors
// that complete and check a custom catalog as it is typed, CI pipelines, services
// in other languages.
//
// Each format has one file, named after it and embedded in the package, whose $id
// lies under https://github.com/dendai-go/dendai/schema/. For now there is one:
//
//   - catalog.schema.json, for dendai.catalog/v1, the format of the built-in
//     catalogs and of custom ones (see [Catalog]).
//
// # The schemas and the loaders
//
// The Go loaders stay the authority: a document that [criteria.Parse] refuses is
// refused, whatever a schema says. The schemas describe as much of the same rules
// as JSON Schema can express, and the package's tests check that every document
// the catalog schema rejects is also refused by the loader. What a schema cannot
// say, the loader still checks: that an ID is used only once, that no object
// repeats a key, and the limits on size and nesting.
//
// # Use
//
// [Catalog] returns the catalog schema's bytes, ready to hand to a validator or to
// write to a file; [FS] gives all the schemas as a read-only file system, to serve
// over HTTP or to register with a validator that resolves $ref by file name.
//
// [criteria.Parse]: https://pkg.go.dev/github.com/dendai-go/dendai/criteria#Parse
package schema

import (
	"embed"
	"io/fs"
)

// files holds every schema; it is only ever read.
//
//go:embed *.schema.json
var files embed.FS

// catalogFile is the name of the dendai.catalog/v1 schema within [FS].
const catalogFile = "catalog.schema.json"

// Catalog returns the JSON Schema of the dendai.catalog/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/catalog.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Catalog() []byte {
	b, err := files.ReadFile(catalogFile) // ReadFile copies the embedded bytes.
	if err != nil {
		// The file is embedded at build time; the package's tests read it.
		panic("schema: " + catalogFile + " is not embedded: " + err.Error())
	}
	return b
}

// FS returns the embedded schemas as a read-only file system, one file per format
// at its root, named <format>.schema.json.
func FS() fs.FS { return files }
