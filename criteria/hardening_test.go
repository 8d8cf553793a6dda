package criteria_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// This file feeds hostile catalogs through Parse; testkit checks the
// invariants of DESIGN.md on every refusal: never a panic, a stable code and
// a message in both languages, a location, and the caller's input left as it
// was. The rows edit testkit.MyBank, which Parse accepts (TestParseMinimal).

// catalogEdit returns testkit.MyBank with old replaced by new once.
func catalogEdit(old, new string) []byte { return []byte(testkit.Edit(testkit.MyBank, old, new)) }

// badCatalogs returns the hostile catalog documents.
func badCatalogs() []testkit.Bad {
	var nested strings.Builder
	for i := range 40 {
		fmt.Fprintf(&nested, `{"id":"g%d","title":{"ja":"階層","en":"Level"},"groups":[`, i)
	}
	nested.WriteString(`{"id":"leaf","title":{"ja":"葉","en":"Leaf"},"criteria":[{"id":"L-1","text":{"ja":"基準","en":"Criterion"}}]}`)
	nested.WriteString(strings.Repeat("]}", 40))
	return []testkit.Bad{
		{Name: "empty", Data: []byte{}, Code: dendai.CodeEmpty},
		{Name: "whitespace only", Data: []byte("\n\n   \t"), Code: dendai.CodeEmpty},
		{Name: "lone BOM", Data: []byte(testkit.BOM), Code: dendai.CodeEmpty},
		{Name: "truncated", Data: []byte(testkit.MyBank[:len(testkit.MyBank)-10]), Code: dendai.CodeUnexpectedEnd},
		{Name: "invalid UTF-8 in an ID", Data: catalogEdit(`"SEC-2"`, "\"SEC-\xff\""), Code: dendai.CodeInvalidUTF8},
		{Name: "overlong UTF-8 in a text", Data: catalogEdit(`ログを`, "\xc1\x81ログを"), Code: dendai.CodeInvalidUTF8},
		{Name: "NUL in a text", Data: catalogEdit(`ログを`, "\x00ログを"), Code: dendai.CodeControlChar},
		{Name: "format of an assessment", Data: catalogEdit(`"dendai.catalog/v1"`, `"dendai.assessment/v1"`), Code: criteria.CodeFormat},
		{Name: "unknown top-level field", Data: catalogEdit(`"version"`, `"versoin": "1", "version"`), Code: dendai.CodeUnknownField},
		{Name: "unknown group field", Data: catalogEdit(`{"id": "security",`, `{"id": "security", "weight": 1,`), Code: dendai.CodeUnknownField},
		{Name: "unknown criterion field", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-2", "status": "compliant",`), Code: dendai.CodeUnknownField},
		{Name: "unknown text language", Data: catalogEdit(`"en": "Logs are retained."`, `"en": "Logs are retained.", "fr": "x"`), Code: dendai.CodeUnknownField},
		{Name: "duplicate key", Data: catalogEdit(`"version": "2026.1",`, `"version": "2026.1", "version": "2026.2",`), Code: dendai.CodeDuplicateKey},
		{Name: "ID shared by a group and a criterion", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "security",`), Code: criteria.CodeDuplicateID},
		{Name: "ID shared by two criteria", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-1",`), Code: criteria.CodeDuplicateID},
		{Name: "ID of the catalog reused by a group", Data: catalogEdit(`{"id": "security",`, `{"id": "my-bank",`), Code: criteria.CodeDuplicateID},
		{Name: "ID with a space", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC 2",`), Code: criteria.CodeInvalidID},
		{Name: "ID of 65 characters", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "`+strings.Repeat("a", 65)+`",`), Code: criteria.CodeInvalidID},
		{Name: "ID in Japanese", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "セキュリティ",`), Code: criteria.CodeInvalidID, Quotes: true},
		{Name: "ID empty", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "",`), Code: criteria.CodeInvalidID},
		{Name: "terminal escape sequence as an ID", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "\u001b[2J",`), Code: criteria.CodeInvalidID},
		{Name: "group with criteria and subgroups", Data: catalogEdit(`"criteria": [`, `"groups": [{"id": "sub", "title": {"ja": "下位", "en": "Sub"}, "criteria": [{"id": "X-1", "text": {"ja": "あ", "en": "a"}}]}], "criteria": [`), Code: criteria.CodeMixedGroup},
		{Name: "group without criteria", Data: catalogEdit(`"groups": [`, `"groups": [{"id": "empty", "title": {"ja": "空", "en": "Empty"}, "criteria": []},`), Code: criteria.CodeEmptyGroup},
		{Name: "no groups", Data: []byte(`{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},"groups":[]}`), Code: criteria.CodeNoGroups},
		{Name: "text without Japanese", Data: catalogEdit(`{"ja": "ログを保管している", `, `{`), Code: dendai.CodeMissingJA},
		{Name: "text with blank English", Data: catalogEdit(`"en": "Logs are retained."`, `"en": " \u3000 "`), Code: dendai.CodeMissingEN},
		{Name: "version with a space", Data: catalogEdit(`"version": "2026.1"`, `"version": "2026 1"`), Code: criteria.CodeInvalidVersion},
		{Name: "version empty", Data: catalogEdit(`"version": "2026.1"`, `"version": ""`), Code: criteria.CodeInvalidVersion},
		{Name: "standard listed twice", Data: catalogEdit(`["S6-3"]`, `["S6-3", "S6-3"]`), Code: criteria.CodeDuplicateRef},
		{Name: "standard an invalid ID", Data: catalogEdit(`["S6-3"]`, `["S6-3", "S6 3"]`), Code: criteria.CodeInvalidID},
		{Name: "wrong type for every field", Code: dendai.CodeWrongType, Min: 16, Data: []byte(`{"format":1,"id":2,"version":3,"title":"t","publisher":[],"legalBasis":true,"source":null,
"groups":[{"id":1,"title":{"ja":1,"en":2},"criteria":[{"id":1,"text":[],"note":"n","standard":"S1-1"},{"id":"c2","text":{"ja":"あ","en":"a"},"standard":[1]}]},"g"]}`)},
		{Name: "weight given as a string where a catalog has none", Data: catalogEdit(`"version": "2026.1"`, `"version": 2026.1`), Code: dendai.CodeWrongType},
		{Name: "groups nested 40 deep", Data: catalogEdit(`"groups": [`, `"groups": [`+nested.String()+`,`), Code: dendai.CodeTooDeep},
		{Name: "65-deep nesting", Data: []byte(testkit.Nest(65)), Code: dendai.CodeTooDeep},
		{Name: "100k criteria that are not objects", Data: catalogEdit(`"criteria": [`, `"criteria": [`+testkit.Repeat("", "1", ",", ",", 100_000)), Code: dendai.CodeWrongType, Min: 990},
		// ---- The hostile shapes of issue 10, read without a tree.
		{Name: "version an array of 100k zeros", Data: catalogEdit(`"version": "2026.1"`, `"version": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "ID an object", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": {"ja": "SEC-2"},`), Code: dendai.CodeWrongType},
		{Name: "100k-deep nesting", Data: []byte(testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k-deep nesting in a note", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-2", "note": `+testkit.Nest(100_000)+`,`), Code: dendai.CodeTooDeep},
		{Name: "100k unknown fields in a criterion", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-2", `+testkit.Repeat("", `"k#": 0`, ", ", ",", 100_000)), Code: dendai.CodeUnknownField, Min: 990},
		{Name: "duplicate key spelt with an escape", Data: catalogEdit(`{"id": "SEC-2",`, `{"id": "SEC-2", "\u0069d": "SEC-3",`), Code: dendai.CodeDuplicateKey},
		{Name: "invalid UTF-8 after an escape", Data: catalogEdit(`ログを`, "\\nロ\xe3グを"), Code: dendai.CodeInvalidUTF8},
		{Name: "trailing data", Data: []byte(testkit.MyBank + `{}`), Code: dendai.CodeTrailingData},
		{Name: "BOM then trailing data", Data: []byte(testkit.BOM + testkit.MyBank + `x`), Code: dendai.CodeTrailingData},
		{Name: "member name in another case", Data: catalogEdit(`"title": {"ja": "接続基準"`, `"Title": {"ja": "接続基準"`), Code: dendai.CodeUnknownField},
		{Name: "criterion member name in capitals", Data: catalogEdit(`{"id": "SEC-2",`, `{"ID": "SEC-2",`), Code: dendai.CodeUnknownField},
		{Name: "over the size limit", Data: []byte(testkit.MyBank), MaxSize: 64, Code: dendai.CodeInputTooLarge, NoPlace: true},
		{Name: "over the default size limit", Data: []byte(testkit.MyBank + strings.Repeat("\n", criteria.DefaultMaxSize)), Code: dendai.CodeInputTooLarge, NoPlace: true},
	}
}

func TestHardeningCatalog(t *testing.T) {
	testkit.RunBad(t, badCatalogs(), testkit.Reader{Name: "Parse", Read: func(t *testing.T, b testkit.Bad) error {
		cat, err := criteria.Parse(b.Data, &criteria.Options{MaxSize: b.MaxSize})
		if (cat == nil) == (err == nil) {
			t.Errorf("Parse = %v, %v; want a catalog or an error", cat, err)
		}
		return err
	}})
}

// mappingEdit returns the built-in mapping from the checklist to the
// standard with old replaced by new once.
func mappingEdit(t *testing.T, old, new string) []byte {
	t.Helper()
	data, err := os.ReadFile("data/jpbank-checklist-to-standard.json")
	if err != nil {
		t.Fatal(err)
	}
	return []byte(testkit.Edit(string(data), old, new))
}

// badMappings returns hostile mapping documents: the shapes of issue 10.
func badMappings(t *testing.T) []testkit.Bad {
	const entry = `"entries": [`
	return []testkit.Bad{
		{Name: "empty", Data: []byte{}, Code: dendai.CodeEmpty},
		{Name: "author an array of 100k zeros", Data: mappingEdit(t, `"author": "dendai"`, `"author": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "target an object", Data: mappingEdit(t, `"target": "S1-1"`, `"target": {"id": "S1-1"}`), Code: dendai.CodeWrongType},
		{Name: "100k-deep nesting", Data: []byte(testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k-deep nesting in the entries", Data: mappingEdit(t, entry, entry+testkit.Nest(100_000)+","), Code: dendai.CodeTooDeep},
		{Name: "100k unknown fields in an entry", Data: mappingEdit(t, `"target": "S1-1",`, testkit.Repeat("", `"k#": 0`, ", ", ", ", 100_000)+`"target": "S1-1",`), Code: dendai.CodeUnknownField, Min: 990},
		{Name: "100k entries that are not objects", Data: mappingEdit(t, entry, entry+testkit.Repeat("", "1", ",", ",", 100_000)), Code: dendai.CodeWrongType, Min: 990},
		{Name: "duplicate key spelt with an escape", Data: mappingEdit(t, `"target": "S1-1",`, `"target": "S1-1", "t\u0061rget": "S1-2",`), Code: dendai.CodeDuplicateKey},
		{Name: "invalid UTF-8 inside a string", Data: mappingEdit(t, `"author": "dendai"`, "\"author\": \"den\xffdai\""), Code: dendai.CodeInvalidUTF8},
		{Name: "trailing data", Data: mappingEdit(t, "}\n  ]\n}", "}\n  ]\n}\n{}"), Code: dendai.CodeTrailingData},
		{Name: "BOM then a duplicate key", Data: append([]byte(testkit.BOM), mappingEdit(t, `"version": "1.0.0",`, `"version": "1.0.0", "version": "1.0.1",`)...), Code: dendai.CodeDuplicateKey},
		{Name: "member name in another case", Data: mappingEdit(t, `"relationship": "equivalent"`, `"Relationship": "equivalent"`), Code: dendai.CodeUnknownField},
		{Name: "relationship in capitals", Data: mappingEdit(t, `"relationship": "equivalent"`, `"relationship": "EQUIVALENT"`), Code: criteria.CodeMappingRelationship},
	}
}

func TestHardeningMapping(t *testing.T) {
	source, target := criteria.Checklist(), criteria.Standard()
	testkit.RunBad(t, badMappings(t), testkit.Reader{Name: "ParseMapping", Read: func(t *testing.T, b testkit.Bad) error {
		m, err := criteria.ParseMapping(b.Data, source, target, &criteria.Options{MaxSize: b.MaxSize})
		if (m == nil) == (err == nil) {
			t.Errorf("ParseMapping = %v, %v; want a mapping or an error", m, err)
		}
		return err
	}})
}
