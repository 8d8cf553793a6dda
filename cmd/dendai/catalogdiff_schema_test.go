package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dendai-go/dendai/schema"
)

// TestCatalogDiffSchema checks `catalog diff --format json` against
// schema/catalog-diff.schema.json, and that the schema refuses a document
// that breaks it.
func TestCatalogDiffSchema(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.CatalogDiff()))
	if err != nil {
		t.Fatal(err)
	}
	const id = "https://github.com/dendai-go/dendai/schema/catalog-diff.schema.json"
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	validate := func(out string) error {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		return sch.Validate(v)
	}
	for _, args := range [][]string{
		{"jpbank-checklist@1.0.0", "jpbank-checklist"},
		{"jpbank-checklist", "jpbank-standard"},
		{"jpbank-standard@1.0.0", "jpbank-standard"},
	} {
		out, errOut, status := invoke(t, nil, "", append([]string{"catalog", "diff", "--format", "json"}, args...)...)
		if status != exitOK {
			t.Fatalf("%v: status %d, %s", args, status, errOut)
		}
		if err := validate(out); err != nil {
			t.Errorf("%v: the output does not validate: %v", args, err)
		}
	}
	out, _, _ := invoke(t, nil, "", "catalog", "diff", "--format", "json", "jpbank-checklist@1.0.0", "jpbank-checklist")
	for _, broken := range []string{
		strings.Replace(out, `"moved": []`, `"moves": []`, 1),
		strings.Replace(out, `"dendai.catalog-diff/v1"`, `"dendai.catalog-diff/v2"`, 1),
		strings.Replace(out, `"criterion": "1-5"`, `"criterion": "1 5"`, 1),
	} {
		if broken == out {
			t.Fatal("an edit did not apply")
		}
		if validate(broken) == nil {
			t.Errorf("the schema accepts a broken document")
		}
	}
}
