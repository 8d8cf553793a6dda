// Package schema holds the JSON Schemas (draft 2020-12) of dendai's public JSON
// formats, for the programs that read or write those documents without Go: editors
// that complete and check a custom catalog, an assessment or a scoring policy as it
// is typed, CI pipelines, services in other languages that read a result.
//
// Each format has one file, named after it and embedded in the package, whose $id
// lies under https://github.com/dendai-go/dendai/schema/:
//
//   - catalog.schema.json, for dendai.catalog/v1, the format of the built-in
//     catalogs and of custom ones (see [Catalog]);
//   - assessment.schema.json, for dendai.assessment/v1, the format of an EPISP's
//     self-assessment against a catalog, as a person fills it in from the template
//     (see [Assessment]);
//   - policy.schema.json, for dendai.policy/v1, the format of the built-in scoring
//     policies and of custom ones (see [Policy]);
//   - result.schema.json, for dendai.result/v1, the format of the score of an
//     assessment under a policy, as dendai score --format json writes it (see
//     [Result]);
//   - mapping.schema.json, for dendai.mapping/v1, the format of a mapping from
//     the criteria of one catalog to those of another, such as the built-in
//     jpbank-checklist-to-standard (see [Mapping]);
//   - catalog-diff.schema.json, for dendai.catalog-diff/v1, the differences
//     between two catalogs as dendai catalog diff --format json writes them
//     (see [CatalogDiff]);
//   - delta.schema.json, for dendai.delta/v1, the format of what changed
//     between two results, with whose each is, as dendai diff --format json
//     writes it (see [Delta]);
//   - problems.schema.json, for the outcome of checking any of them, {"valid": …,
//     "problems": […]}, each problem in the one JSON form of a dendai.Problem, as
//     dendai validate --format json writes it (see [Problems]).
//
// # The schemas and the loaders
//
// The Go loaders stay the authority: a document that [criteria.Parse],
// [criteria.ParseMapping], [assessment.Check] or [scoring.ParsePolicy] refuses is
// refused, whatever a schema says. The schemas describe as much of the same rules
// as JSON Schema can express, and the package's tests check that every document a
// schema rejects is also refused by the Go code, with the one exception below.
// What a schema cannot say, the Go code still checks: that an ID is used only once,
// that no object repeats a key, the limits on size and nesting, and for an
// assessment, everything that needs the catalog (that each criterion exists and is
// answered once), dates that do not exist or are out of order, and check digits;
// for a policy, that the criteria and tiers it names exist, that its weights are
// not all zero, that its bands descend, and how its numbers are written (no
// exponent, at most three decimals even when they are zeros); for a mapping,
// everything that needs the two catalogs (that they are the ones it names, that
// each source and target exists) and that no two entries have the same target.
//
// The assessment schema is looser than [assessment.Check] in one deliberate way:
// a draft may leave blank the fields that the template leaves blank (the date, the
// company's name and corporate number, the assessor's name), so that an editor
// does not flag a fresh template; Check refuses them in any state. It is stricter
// in one, the exception: of the status spellings that [assessment.ParseStatus]
// folds for width, case and spaces, it lists the canonical ones only.
//
// No Go code reads a result; dendai only writes it. The result schema describes
// what [scoring.Result] marshals to, and the package's tests check it against
// results of the example assessment and of random ones.
//
// # Use
//
// [Catalog], [Assessment], [Policy], [Result], [Mapping] and [Problems] return a
// schema's bytes, ready to hand to a validator or to write to a file; [FS] gives
// all the schemas as a read-only file system, to serve over HTTP or to register
// with a validator that resolves $ref by file name.
//
// [criteria.Parse]: https://pkg.go.dev/github.com/dendai-go/dendai/criteria#Parse
// [criteria.ParseMapping]: https://pkg.go.dev/github.com/dendai-go/dendai/criteria#ParseMapping
// [assessment.Check]: https://pkg.go.dev/github.com/dendai-go/dendai/assessment#Check
// [assessment.ParseStatus]: https://pkg.go.dev/github.com/dendai-go/dendai/assessment#ParseStatus
// [scoring.ParsePolicy]: https://pkg.go.dev/github.com/dendai-go/dendai/scoring#ParsePolicy
// [scoring.Result]: https://pkg.go.dev/github.com/dendai-go/dendai/scoring#Result
package schema

import (
	"embed"
	"io/fs"
)

// files holds every schema; it is only ever read.
//
//go:embed *.schema.json
var files embed.FS

// The names of the schemas within [FS].
const (
	catalogFile    = "catalog.schema.json"      // dendai.catalog/v1
	assessmentFile = "assessment.schema.json"   // dendai.assessment/v1
	policyFile     = "policy.schema.json"       // dendai.policy/v1
	resultFile     = "result.schema.json"       // dendai.result/v1
	problemsFile   = "problems.schema.json"     // the outcome of a validation
	mappingFile    = "mapping.schema.json"      // dendai.mapping/v1
	deltaFile      = "delta.schema.json"        // dendai.delta/v1
	catalogDiff    = "catalog-diff.schema.json" // dendai.catalog-diff/v1
	reviewFile     = "review.schema.json"       // dendai.review/v1
)

// Catalog returns the JSON Schema of the dendai.catalog/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/catalog.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Catalog() []byte { return read(catalogFile) }

// Assessment returns the JSON Schema of the dendai.assessment/v1 format, whose
// $id is https://github.com/dendai-go/dendai/schema/assessment.schema.json. Each
// call returns a new copy, which the caller may change freely.
func Assessment() []byte { return read(assessmentFile) }

// Policy returns the JSON Schema of the dendai.policy/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/policy.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Policy() []byte { return read(policyFile) }

// Result returns the JSON Schema of the dendai.result/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/result.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Result() []byte { return read(resultFile) }

// Problems returns the JSON Schema of the outcome of a validation, {"valid":
// …, "problems": […]}, with each problem in the JSON form of
// dendai.Problem.AppendJSON, as `dendai validate --format json` writes it. Its
// $id is https://github.com/dendai-go/dendai/schema/problems.schema.json.
// Each call returns a new copy, which the caller may change freely.
func Problems() []byte { return read(problemsFile) }

// Mapping returns the JSON Schema of the dendai.mapping/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/mapping.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Mapping() []byte { return read(mappingFile) }

// Delta returns the JSON Schema of the dendai.delta/v1 format, whose $id is
// https://github.com/dendai-go/dendai/schema/delta.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Delta() []byte { return read(deltaFile) }

// CatalogDiff returns the JSON Schema of the dendai.catalog-diff/v1 format,
// what dendai catalog diff --format json writes, whose $id is
// https://github.com/dendai-go/dendai/schema/catalog-diff.schema.json. Each
// call returns a new copy, which the caller may change freely.
func CatalogDiff() []byte { return read(catalogDiff) }

// Review returns the JSON Schema of the dendai.review/v1 format, a bank's
// review of an assessment, whose $id is
// https://github.com/dendai-go/dendai/schema/review.schema.json. Each call
// returns a new copy, which the caller may change freely.
func Review() []byte { return read(reviewFile) }

// read returns a copy of the embedded file name.
func read(name string) []byte {
	b, err := files.ReadFile(name) // ReadFile copies the embedded bytes.
	if err != nil {
		// The file is embedded at build time; the package's tests read it.
		panic("schema: " + name + " is not embedded: " + err.Error())
	}
	return b
}

// FS returns the embedded schemas as a read-only file system, one file per format
// at its root, named <format>.schema.json.
func FS() fs.FS { return files }
