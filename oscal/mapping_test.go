package oscal

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// secondBank loads the example mapping from jpbank-checklist to the fictional
// Tsubasa Bank, in examples/secondbank.
func secondBank(t testing.TB) *criteria.Mapping {
	t.Helper()
	data, err := os.ReadFile("../examples/secondbank/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	bank, err := criteria.Parse(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if data, err = os.ReadFile("../examples/secondbank/mapping.json"); err != nil {
		t.Fatal(err)
	}
	m, err := criteria.ParseMapping(data, criteria.Checklist(), bank, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The catalogs of the synthetic mapping: IDs that need the "c" of ControlID
// on one side, IDs that are OSCAL tokens already on the other.
const (
	mapSource = `{"format": "dendai.catalog/v1", "id": "src", "version": "1.1.0",
  "title": {"ja": "元", "en": "Source"},
  "groups": [{"id": "g", "title": {"ja": "群", "en": "Group"}, "criteria": [
    {"id": "1-1", "text": {"ja": "一", "en": "One"}},
    {"id": "1-2", "text": {"ja": "二", "en": "Two"}},
    {"id": "1-3", "text": {"ja": "三", "en": "Three"}}]}]}`
	mapTarget = `{"format": "dendai.catalog/v1", "id": "dst", "version": "2026.1",
  "title": {"ja": "先", "en": "Target"},
  "groups": [{"id": "h", "title": {"ja": "節", "en": "Section"}, "criteria": [
    {"id": "S1-1", "text": {"ja": "甲", "en": "A"}},
    {"id": "S1-2", "text": {"ja": "乙", "en": "B"}},
    {"id": "S1-3", "text": {"ja": "丙", "en": "C"}},
    {"id": "S1-4", "text": {"ja": "丁", "en": "D"}},
    {"id": "S1-5", "text": {"ja": "戊", "en": "E"}},
    {"id": "S1-6", "text": {"ja": "己", "en": "F"}},
    {"id": "S1-7", "text": {"ja": "庚", "en": "G"}},
    {"id": "1-9", "text": {"ja": "辛", "en": "H"}}]}]}`
)

// everyRelationship is a mapping from mapSource to mapTarget with each
// relationship, several sources, a none entry with sources and two without,
// and rationales with Markdown and line breaks.
const everyRelationship = `{"format": "dendai.mapping/v1", "id": "src-to-dst", "version": "0.3",
  "source": {"catalog": "src", "version": "1.1.0"},
  "target": {"catalog": "dst", "version": "2026.1"},
  "provenance": {"author": "QA <team>", "date": "2026-11-25", "method": "automation"},
  "entries": [
    {"target": "S1-1", "sources": ["1-1"], "relationship": "equivalent"},
    {"target": "S1-2", "sources": ["1-2", "1-3"], "relationship": "subset",
     "rationale": {"ja": "一部 *のみ*\n対応", "en": "Only *part*\nof it"}},
    {"target": "S1-3", "sources": ["1-1"], "relationship": "superset", "rationale": {"ja": "広い", "en": "Wider"}},
    {"target": "1-9", "sources": ["1-3"], "relationship": "intersects"},
    {"target": "S1-4", "sources": ["1-2"], "relationship": "none", "rationale": {"ja": "別物", "en": "Unrelated"}},
    {"target": "S1-5", "sources": [], "relationship": "none", "rationale": {"ja": "対応なし_1", "en": "Nothing [here]"}},
    {"target": "S1-6", "sources": [], "relationship": "none"}
  ]}`

func parseMapping(t testing.TB, doc, source, target string) *criteria.Mapping {
	t.Helper()
	src, err := criteria.Parse([]byte(source), nil)
	if err != nil {
		t.Fatal(err)
	}
	dst, err := criteria.Parse([]byte(target), nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := criteria.ParseMapping([]byte(doc), src, dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The test types read a mapping-collection back with the names of the OSCAL
// schema.

type tItem struct {
	Type  string `json:"type"`
	IDRef string `json:"id-ref"`
}

type tMap struct {
	UUID         string  `json:"uuid"`
	Relationship string  `json:"relationship"`
	Sources      []tItem `json:"sources"`
	Targets      []tItem `json:"targets"`
	Remarks      string  `json:"remarks"`
}

type tResourceRef struct {
	Type string `json:"type"`
	Href string `json:"href"`
}

type tMappingCollection struct {
	MappingCollection struct {
		UUID       string    `json:"uuid"`
		Metadata   tMetadata `json:"metadata"`
		Provenance struct {
			Method             string  `json:"method"`
			MatchingRationale  string  `json:"matching-rationale"`
			Status             string  `json:"status"`
			MappingDescription string  `json:"mapping-description"`
			Props              []tProp `json:"props"`
		} `json:"provenance"`
		Mappings []struct {
			UUID             string       `json:"uuid"`
			SourceResource   tResourceRef `json:"source-resource"`
			TargetResource   tResourceRef `json:"target-resource"`
			Maps             []tMap       `json:"maps"`
			Remarks          string       `json:"remarks"`
			TargetGapSummary *struct {
				UUID             string `json:"uuid"`
				UnmappedControls []struct {
					WithIDs []string `json:"with-ids"`
				} `json:"unmapped-controls"`
			} `json:"target-gap-summary"`
		} `json:"mappings"`
		BackMatter struct {
			Resources []struct {
				UUID  string  `json:"uuid"`
				Title string  `json:"title"`
				Props []tProp `json:"props"`
			} `json:"resources"`
		} `json:"back-matter"`
	} `json:"mapping-collection"`
}

func readMapping(t *testing.T, m *criteria.Mapping) tMappingCollection {
	t.Helper()
	b, err := MappingCollection(m)
	if err != nil {
		t.Fatal(err)
	}
	var doc tMappingCollection
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestMappingCollectionGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    *criteria.Mapping
	}{
		{"mapping-collection.tsubasa-bank.json.golden", secondBank(t)},
		{"mapping-collection.every-relationship.json.golden", parseMapping(t, everyRelationship, mapSource, mapTarget)},
	} {
		b, err := MappingCollection(tt.m)
		if err != nil {
			t.Fatal(err)
		}
		testkit.Golden(t, tt.name, b)
	}
}

// TestMappingCollection reads the export of a mapping with every relationship
// back and checks each part: the maps, the gaps, the catalogs and the
// provenance.
func TestMappingCollection(t *testing.T) {
	m := parseMapping(t, everyRelationship, mapSource, mapTarget)
	doc := readMapping(t, m).MappingCollection

	md := doc.Metadata
	props := md.Props
	md.Props = nil
	wantMD := tMetadata{Title: "Mapping of src 1.1.0 to dst 2026.1", LastModified: "2026-11-25T00:00:00+09:00", Version: "0.3", OSCALVersion: "1.2.2"}
	if diff := cmp.Diff(wantMD, md); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"src 1.1.0 から dst 2026.1 への対応付け"}, values(props, "title", "ja")); diff != "" {
		t.Errorf("Japanese title (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"src-to-dst"}, values(props, "mapping", "")); diff != "" {
		t.Errorf("mapping prop (-want +got):\n%s", diff)
	}

	pv := doc.Provenance
	if pv.Method != "automation" || pv.MatchingRationale != "semantic" || pv.Status != "complete" ||
		!strings.HasPrefix(pv.MappingDescription, "Which criteria of src 1.1.0 answer each criterion of dst 2026.1") {
		t.Errorf("provenance: %+v", pv)
	}
	for _, c := range []struct{ name, class, want string }{
		{"author", "", "QA <team>"}, {"date", "", "2026-11-25"}, {"method", "", "automation"},
	} {
		if diff := cmp.Diff([]string{c.want}, values(pv.Props, c.name, c.class)); diff != "" {
			t.Errorf("provenance prop %s (-want +got):\n%s", c.name, diff)
		}
	}
	if _, ja, ok := strings.Cut(pv.MappingDescription, "\n\n"); !ok || !strings.HasPrefix(ja, "src 1.1.0 の各基準が dst 2026.1 のどの基準に答えるか") {
		t.Errorf("description: %q, want a second paragraph in Japanese", pv.MappingDescription)
	}

	if len(doc.Mappings) != 1 {
		t.Fatalf("%d mappings, want 1", len(doc.Mappings))
	}
	mp := doc.Mappings[0]
	ctl := func(ids ...string) []tItem {
		var out []tItem
		for _, id := range ids {
			out = append(out, tItem{Type: "control", IDRef: id})
		}
		return out
	}
	wantMaps := []tMap{
		{Relationship: "equivalent-to", Sources: ctl("c1-1"), Targets: ctl("S1-1")},
		{Relationship: "subset-of", Sources: ctl("c1-2", "c1-3"), Targets: ctl("S1-2"), Remarks: "Only \\*part\\*\nof it\n\n一部 \\*のみ\\*\n対応"},
		{Relationship: "superset-of", Sources: ctl("c1-1"), Targets: ctl("S1-3"), Remarks: "Wider\n\n広い"},
		{Relationship: "intersects-with", Sources: ctl("c1-3"), Targets: ctl("c1-9")},
		{Relationship: "no-relationship", Sources: ctl("c1-2"), Targets: ctl("S1-4"), Remarks: "Unrelated\n\n別物"},
	}
	uuids := map[string]bool{doc.UUID: true, mp.UUID: true}
	for i := range mp.Maps {
		if uuids[mp.Maps[i].UUID] {
			t.Errorf("map %d: UUID %s used twice", i, mp.Maps[i].UUID)
		}
		uuids[mp.Maps[i].UUID] = true
		mp.Maps[i].UUID = ""
	}
	if diff := cmp.Diff(wantMaps, mp.Maps); diff != "" {
		t.Errorf("maps (-want +got):\n%s", diff)
	}
	if mp.TargetGapSummary == nil || len(mp.TargetGapSummary.UnmappedControls) != 1 {
		t.Fatalf("target gap summary: %+v", mp.TargetGapSummary)
	}
	if diff := cmp.Diff([]string{"S1-5", "S1-6"}, mp.TargetGapSummary.UnmappedControls[0].WithIDs); diff != "" {
		t.Errorf("unmapped controls (-want +got):\n%s", diff)
	}
	if want := "- S1-5: Nothing \\[here\\]\n\n- S1-5: 対応なし\\_1"; mp.Remarks != want {
		t.Errorf("remarks = %q, want %q", mp.Remarks, want)
	}

	// The resources name the catalogs, and the UUIDs of the documents
	// Catalog exports for them.
	res := doc.BackMatter.Resources
	if len(res) != 2 {
		t.Fatalf("%d resources, want 2", len(res))
	}
	for i, c := range []struct {
		ref             tResourceRef
		source, version string
		doc             string
	}{
		{mp.SourceResource, "src", "1.1.0", mapSource},
		{mp.TargetResource, "dst", "2026.1", mapTarget},
	} {
		r := res[i]
		if c.ref != (tResourceRef{Type: "catalog", Href: "#" + r.UUID}) {
			t.Errorf("resource %s: reference %+v, resource UUID %s", c.source, c.ref, r.UUID)
		}
		if r.Title != c.source+" "+c.version {
			t.Errorf("resource %s: title %q", c.source, r.Title)
		}
		var exported tCatalog
		b, err := Catalog(parseCatalog(t, c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &exported); err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct{ name, want string }{
			{"catalog", c.source}, {"catalog-version", c.version}, {"catalog-uuid", exported.Catalog.UUID},
		} {
			if diff := cmp.Diff([]string{p.want}, values(r.Props, p.name, "")); diff != "" {
				t.Errorf("resource %s: prop %s (-want +got):\n%s", c.source, p.name, diff)
			}
		}
	}
}

// TestMappingCollectionUUIDs checks which changes of a mapping change which
// UUIDs: the document's changes with any change, the mapping's and its maps'
// only with the mapping's ID and the targets.
func TestMappingCollectionUUIDs(t *testing.T) {
	base := readMapping(t, parseMapping(t, everyRelationship, mapSource, mapTarget)).MappingCollection
	edited := readMapping(t, parseMapping(t, strings.Replace(everyRelationship, `"Wider"`, `"Much wider"`, 1), mapSource, mapTarget)).MappingCollection
	if base.UUID == edited.UUID {
		t.Error("a changed rationale keeps the document's UUID")
	}
	if base.Mappings[0].UUID != edited.Mappings[0].UUID || base.Mappings[0].Maps[2].UUID != edited.Mappings[0].Maps[2].UUID {
		t.Error("a changed rationale changes the UUID of the mapping or of its map")
	}
	renamed := readMapping(t, parseMapping(t, strings.Replace(everyRelationship, `"src-to-dst"`, `"other"`, 1), mapSource, mapTarget)).MappingCollection
	if base.Mappings[0].UUID == renamed.Mappings[0].UUID || base.Mappings[0].Maps[0].UUID == renamed.Mappings[0].Maps[0].UUID {
		t.Error("another mapping ID keeps the UUIDs")
	}
}

func TestMappingCollectionErrors(t *testing.T) {
	if b, err := MappingCollection(nil); err == nil || err.Error() != "oscal: nil mapping" || b != nil {
		t.Errorf("nil mapping: %d bytes, %v", len(b), err)
	}
	empty := func(id string) dendai.Problem {
		return dendai.Problem{Code: CodeEmptyMapping, Message: i18n.Text{
			JA: "対応付け「" + id + "」には対応元のある項目が1件もありません。OSCAL の対応付けには少なくとも1件の map が必要です",
			EN: "the mapping \"" + id + "\" has no entry with sources, and an OSCAL mapping needs at least one map",
		}}
	}
	collision := dendai.Problem{Criterion: "c1-1", Code: CodeIDCollision, Message: i18n.Text{
		JA: "1-1 と c1-1 はどちらも OSCAL の ID「c1-1」になります。OSCAL の ID は重複できないため、どちらかの ID を変えてください",
		EN: "1-1 and c1-1 both map to the OSCAL ID \"c1-1\", which must be unique: change one of the IDs",
	}}
	const onlyGaps = `{"format": "dendai.mapping/v1", "id": "src-to-dst", "version": "0.3",
  "source": {"catalog": "src", "version": "1.1.0"}, "target": {"catalog": "dst", "version": "2026.1"},
  "entries": [{"target": "S1-7", "sources": [], "relationship": "none"}]}`
	tests := []struct {
		name string
		m    *criteria.Mapping
		want dendai.Problems
	}{
		{"zero mapping", &criteria.Mapping{}, dendai.Problems{empty("")}},
		{"only gaps", parseMapping(t, onlyGaps, mapSource, mapTarget), dendai.Problems{empty("src-to-dst")}},
		{"colliding sources", parseMapping(t, strings.Replace(everyRelationship, `["1-2", "1-3"]`, `["1-2", "c1-1", "1-3"]`, 1),
			strings.Replace(mapSource, `"criteria": [`, `"criteria": [{"id": "c1-1", "text": {"ja": "四", "en": "Four"}},`, 1), mapTarget),
			dendai.Problems{collision}},
	}
	for _, tt := range tests {
		b, err := MappingCollection(tt.m)
		var e *dendai.Error
		if !errors.As(err, &e) || b != nil {
			t.Errorf("%s: %d bytes, error %v; want a *dendai.Error", tt.name, len(b), err)
			continue
		}
		if diff := cmp.Diff(tt.want, problemsOf(t, b, err)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestMappingMethod(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"human", "human"}, {"automation", "automation"}, {"hybrid", "hybrid"},
		{"", "human"}, {"expert review", "human"}, {"Automation", "human"},
	} {
		if got := method(tt.in); got != tt.want {
			t.Errorf("method(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMappingLastModified(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2026-11-25", "2026-11-25T00:00:00+09:00"},
		{"1900-01-01", "1900-01-01T00:00:00+09:00"},
		{"2999-12-31", "2999-12-31T00:00:00+09:00"},
		{"", catalogLastModified},
		{"1899-12-31", catalogLastModified},
		{"3000-01-01", catalogLastModified},
	} {
		if got := lastModified(tt.in); got != tt.want {
			t.Errorf("lastModified(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
