package spreadsheet

import (
	"bytes"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// TestCheckReadsJSONOnce checks that Check reads a JSON document once, to
// decode it, and finds the catalog it names in what it decoded: on hostile
// documents that name their catalog after megabytes of other data, Check
// allocates no more than decoding and checking alone (assessment.Parse, then
// Check), give or take an eighth of the document. Scanning the document
// beforehand for its catalog, as encoding/json would, costs at least the
// document's size again.
func TestCheckReadsJSONOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of several megabytes")
	}
	const size = 4 << 20
	head := []byte(`{"format": "dendai.assessment/v1", "state": "draft", "assessedOn": "2026-11-01", `)
	tail := []byte(`"catalog": "jpbank-standard", "catalogVersion": "1.0.0", "responses": []}`)
	shapes := []struct {
		name string
		data []byte
	}{
		{"an array of zeros where the subject's name belongs", bytes.Join([][]byte{head, []byte(`"subject": {"name": [`), bytes.Repeat([]byte("0,"), size/2), []byte(`0]}, `), tail}, nil)},
		{"an unknown member of a long string", bytes.Join([][]byte{head, []byte(`"x": "`), bytes.Repeat([]byte("a"), size), []byte(`", `), tail}, nil)},
	}
	want, _ := criteria.BuiltinVersion(criteria.StandardID, "1.0.0")
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			var doc *Document
			got := allocated(func() { doc = Check(s.data, nil) })
			if !doc.Catalog.Equal(want) || doc.Catalog.Version() != want.Version() {
				t.Fatalf("checked against %s %s, want the one the document names, %s %s", doc.Catalog.ID(), doc.Catalog.Version(), want.ID(), want.Version())
			}
			direct := allocated(func() { assessment.Parse(s.data, nil).Check(want) })
			if got > direct+uint64(len(s.data))/8 {
				t.Errorf("Check allocated %d bytes for a document of %d, decoding and checking alone %d: the document was read more than once", got, len(s.data), direct)
			}
			t.Logf("%d bytes: Check allocated %d, decoding and checking alone %d", len(s.data), got, direct)
		})
	}
}
