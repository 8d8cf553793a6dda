package schema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/schema"
	"github.com/dendai-go/dendai/scoring"
)

const (
	deltaFile = "delta.schema.json"
	deltaID   = baseURL + deltaFile
)

func TestDelta(t *testing.T) {
	checkSchemaFile(t, schema.Delta, deltaFile, deltaID, []string{
		"date", "gateChange", "id", "origin", "percent", "status", "statusChange", "subject",
	})
}

// TestDeltaDocuments checks the deltas the command writes, and deltas of
// results of no assessment and of a draft, against the schema.
func TestDeltaDocuments(t *testing.T) {
	sch := compile(t, deltaFile)
	files, err := filepath.Glob("../cmd/dendai/testdata/diff.sample.*.json.golden")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("found %d diff goldens of the command line, want at least 2: %q", len(files), files)
	}
	docs := map[string][]byte{}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(file)] = b
	}
	a, err := assessment.Decode([]byte(sampleDoc(t)), nil)
	if err != nil {
		t.Fatal(err)
	}
	draft := *a
	draft.State = assessment.Draft
	draft.Responses = draft.Responses[:3]
	for _, p := range []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted()} {
		for name, pair := range map[string][2]*assessment.Assessment{
			"nothing to sample": {nil, a},
			"sample to draft":   {a, &draft},
		} {
			d, err := scoring.Compare(p.Score(pair[0]), p.Score(pair[1]))
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			docs[p.Name()+" "+name] = b
		}
	}
	for name, b := range docs {
		t.Run(name, func(t *testing.T) {
			if err := validate(t, sch, b); err != nil {
				t.Errorf("the delta does not match the schema:\n%v\n%s", err, b)
			}
		})
	}
}

// TestInvalidDeltas checks that the schema rejects broken deltas.
func TestInvalidDeltas(t *testing.T) {
	sch := compile(t, deltaFile)
	b, err := os.ReadFile("../cmd/dendai/testdata/diff.sample.en.json.golden")
	if err != nil {
		t.Fatal(err)
	}
	ok := string(b)
	tests := []struct {
		name, doc, keyword string
	}{
		{"wrong format", testkit.Edit(ok, "dendai.delta/v1", "dendai.delta/v2"), "const"},
		{"unknown state", testkit.Edit(ok, `"state": "submitted"`, `"state": "final"`), "enum"},
		{"corporate number of 12 digits", testkit.Edit(ok, `"corporateNumber": "5010001112730"`, `"corporateNumber": "501000111273"`), "pattern"},
		{"unknown field", testkit.Edit(ok, `"policy": "risk-weighted",`, `"policy": "risk-weighted", "x": 1,`), "additionalProperties"},
		{"gate with neither criterion nor tier", testkit.Edit(ok, `"tier": "critical",`, ``), "oneOf"},
		{"unknown status", testkit.Edit(ok, `"to": "partially_compliant"`, `"to": "good"`), "enum"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validate(t, sch, []byte(tc.doc))
			if err == nil {
				t.Fatalf("schema accepts an invalid delta:\n%s", tc.doc)
			}
			if fs := failures(err, false); !hasKeyword(fs, tc.keyword) {
				t.Errorf("schema rejects it for %q, want %q among them:\n%v", fs, tc.keyword, err)
			}
		})
	}
}

// TestDeltaSharedDefinitions checks that the delta schema describes IDs,
// scores, statuses, subjects and dates as the result schema does.
func TestDeltaSharedDefinitions(t *testing.T) {
	var delta, result struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Delta(), &delta); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(schema.Result(), &result); err != nil {
		t.Fatal(err)
	}
	for _, def := range []string{"id", "percent", "status", "subject", "date"} {
		var d, r any
		if err := json.Unmarshal(delta.Defs[def], &d); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(result.Defs[def], &r); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, d); diff != "" {
			t.Errorf("$defs/%s (-result +delta):\n%s", def, diff)
		}
	}
}
