package criteria

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestRelationship(t *testing.T) {
	tests := []struct {
		r          Relationship
		text, nist string
	}{
		{Equivalent, "equivalent", "equivalent-to"},
		{Subset, "subset", "subset-of"},
		{Superset, "superset", "superset-of"},
		{Intersects, "intersects", "intersects-with"},
		{NoRelationship, "none", "no-relationship"},
	}
	var all []Relationship
	for _, tt := range tests {
		all = append(all, tt.r)
		if !tt.r.IsValid() {
			t.Errorf("%v.IsValid() = false", tt.r)
		}
		if got := tt.r.String(); got != tt.text {
			t.Errorf("String() = %q, want %q", got, tt.text)
		}
		if got := tt.r.NISTToken(); got != tt.nist {
			t.Errorf("%v.NISTToken() = %q, want %q", tt.r, got, tt.nist)
		}
		if got, err := ParseRelationship(tt.text); got != tt.r || err != nil {
			t.Errorf("ParseRelationship(%q) = %v, %v", tt.text, got, err)
		}
		b, err := tt.r.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%v.MarshalText() = %q, %v", tt.r, b, err)
		}
		b, err = tt.r.AppendText([]byte("x:"))
		if err != nil || string(b) != "x:"+tt.text {
			t.Errorf("%v.AppendText() = %q, %v", tt.r, b, err)
		}
		var u Relationship
		if err := u.UnmarshalText([]byte(tt.text)); err != nil || u != tt.r {
			t.Errorf("UnmarshalText(%q) = %v, %v", tt.text, u, err)
		}
	}
	if diff := cmp.Diff(all, Relationships()); diff != "" {
		t.Errorf("Relationships() (-want +got):\n%s", diff)
	}
	for _, r := range []Relationship{0, NoRelationship + 1, 255} {
		if r.IsValid() || r.NISTToken() != "" {
			t.Errorf("%v: IsValid %v, NISTToken %q", r, r.IsValid(), r.NISTToken())
		}
		b, err := r.AppendText([]byte("x"))
		if string(b) != "x" || !slices.Equal(errCodes(err), []dendai.Code{CodeMappingRelationship}) {
			t.Errorf("%v.AppendText() = %q, %v", r, b, err)
		}
		if _, err := json.Marshal(r); err == nil {
			t.Errorf("json.Marshal(%v) succeeded", r)
		}
	}
	if got := Relationship(0).String(); got != "Relationship(0)" {
		t.Errorf("Relationship(0).String() = %q", got)
	}
	for _, s := range []string{"", "Equivalent", "equivalent-to", " none", "subset-of", "partial"} {
		r, err := ParseRelationship(s)
		if r != 0 || !slices.Equal(errCodes(err), []dendai.Code{CodeMappingRelationship}) {
			t.Errorf("ParseRelationship(%q) = %v, %v", s, r, err)
		}
		u := Subset
		if err := u.UnmarshalText([]byte(s)); err == nil || u != Subset {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an error and no change", s, u, err)
		}
	}
	var e *dendai.Error
	_, err := ParseRelationship("partial")
	if !errors.As(err, &e) || e.Problems[0].Message.EN != `the relationship "partial" is not valid: use equivalent, subset, superset, intersects or none` {
		t.Errorf("ParseRelationship error: %v", err)
	}
}

func errCodes(err error) []dendai.Code {
	var e *dendai.Error
	if !errors.As(err, &e) {
		return nil
	}
	var out []dendai.Code
	for _, p := range e.Problems {
		out = append(out, p.Code)
	}
	return out
}

// The catalogs the mapping tests map between.
const (
	mapSourceDoc = `{"format":"dendai.catalog/v1","id":"src","version":"1.1.0","title":{"ja":"元","en":"Source"},` +
		`"groups":[{"id":"g","title":{"ja":"群","en":"G"},"criteria":[` +
		`{"id":"a1","text":{"ja":"あ","en":"a"}},{"id":"a2","text":{"ja":"い","en":"b"}},{"id":"a3","text":{"ja":"う","en":"c"}}]}]}`
	mapTargetDoc = `{"format":"dendai.catalog/v1","id":"dst","version":"2026.1","title":{"ja":"先","en":"Target"},` +
		`"groups":[{"id":"h","title":{"ja":"節","en":"H"},"criteria":[` +
		`{"id":"T-1","text":{"ja":"か","en":"k"}},{"id":"T-2","text":{"ja":"き","en":"l"}},{"id":"T-3","text":{"ja":"く","en":"m"}}]}]}`
)

func mapCatalogs(t *testing.T) (src, dst *Catalog) {
	t.Helper()
	src, err := Parse([]byte(mapSourceDoc), nil)
	if err != nil {
		t.Fatal(err)
	}
	dst, err = Parse([]byte(mapTargetDoc), nil)
	if err != nil {
		t.Fatal(err)
	}
	return src, dst
}

// mapDoc is a sound mapping between the test catalogs, in the indented form
// AppendJSON writes.
const mapDoc = `{
  "format": "dendai.mapping/v1",
  "id": "src-to-dst",
  "version": "1.0.0",
  "source": {
    "catalog": "src",
    "version": "1.1.0"
  },
  "target": {
    "catalog": "dst",
    "version": "2026.1"
  },
  "provenance": {
    "author": "テスト",
    "date": "2026-11-25",
    "method": "expert review"
  },
  "entries": [
    {
      "target": "T-2",
      "sources": [
        "a2",
        "a1"
      ],
      "relationship": "subset",
      "rationale": {
        "ja": "一部のみ",
        "en": "Only in part <&>."
      }
    },
    {
      "target": "T-1",
      "sources": [
        "a1"
      ],
      "relationship": "equivalent"
    },
    {
      "target": "T-3",
      "sources": [],
      "relationship": "none"
    }
  ]
}
`

func TestParseMapping(t *testing.T) {
	src, dst := mapCatalogs(t)
	m, err := ParseMapping([]byte(mapDoc), src, dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	sid, sver := m.Source()
	tid, tver := m.Target()
	got := []any{m.ID(), m.Version(), sid, sver, tid, tver, m.Provenance(), m.Len()}
	want := []any{ID("src-to-dst"), "1.0.0", ID("src"), "1.1.0", ID("dst"), "2026.1",
		Provenance{Author: "テスト", Date: "2026-11-25", Method: "expert review"}, 3}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	wantEntries := []MappingEntry{
		{Target: "T-2", Sources: []ID{"a2", "a1"}, Relationship: Subset, Rationale: i18n.Text{JA: "一部のみ", EN: "Only in part <&>."}},
		{Target: "T-1", Sources: []ID{"a1"}, Relationship: Equivalent},
		{Target: "T-3", Sources: []ID{}, Relationship: NoRelationship},
	}
	if diff := cmp.Diff(wantEntries, slices.Collect(m.Entries())); diff != "" {
		t.Errorf("Entries (-want +got):\n%s", diff)
	}
	for _, e := range wantEntries {
		got, ok := m.For(e.Target)
		if !ok {
			t.Errorf("For(%s) found nothing", e.Target)
		}
		if diff := cmp.Diff(e, got); diff != "" {
			t.Errorf("For(%s) (-want +got):\n%s", e.Target, diff)
		}
	}
	if e, ok := m.For("a1"); ok {
		t.Errorf("For(a1), a source, = %+v", e)
	}
	for _, tt := range []struct {
		source ID
		want   []ID
	}{{"a1", []ID{"T-2", "T-1"}}, {"a2", []ID{"T-2"}}, {"a3", nil}, {"T-1", nil}} {
		if diff := cmp.Diff(tt.want, m.TargetsOf(tt.source)); diff != "" {
			t.Errorf("TargetsOf(%s) (-want +got):\n%s", tt.source, diff)
		}
	}

	// Entries are copies: changing one changes nothing in the mapping.
	for e := range m.Entries() {
		if len(e.Sources) > 0 {
			e.Sources[0] = "zz"
		}
	}
	e, _ := m.For("T-2")
	e.Sources[1] = "zz"
	if diff := cmp.Diff(wantEntries, slices.Collect(m.Entries())); diff != "" {
		t.Errorf("Entries after changing copies (-want +got):\n%s", diff)
	}

	// Stopping an iteration early.
	n := 0
	for range m.Entries() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Entries yielded %d entries after a break", n)
	}
}

// TestMappingRoundTrip checks that AppendJSON gives back the document read,
// byte for byte, and that MarshalJSON reads back to an equal mapping.
func TestMappingRoundTrip(t *testing.T) {
	src, dst := mapCatalogs(t)
	docs := map[string]string{
		"full": mapDoc,
		"minimal": `{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":"src","version":"1.1.0"},` +
			`"target":{"catalog":"dst","version":"2026.1"},"entries":[]}`,
		"partial provenance": `{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":"src","version":"1.1.0"},` +
			`"target":{"catalog":"dst","version":"2026.1"},"provenance":{"method":"automatic"},"entries":[{"target":"T-3","sources":["a3"],"relationship":"intersects","rationale":{"ja":"重なる","en":"overlap"}}]}`,
	}
	for name, doc := range docs {
		m, err := ParseMapping([]byte(doc), src, dst, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		compact, err := m.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := ParseMapping(compact, src, dst, nil)
		if err != nil {
			t.Fatalf("%s: MarshalJSON output does not parse: %v\n%s", name, err, compact)
		}
		if !m.Equal(m2) || !m2.Equal(m) {
			t.Errorf("%s: a MarshalJSON round trip is not Equal", name)
		}
		indented, err := m.AppendJSON([]byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(indented), "x") {
			t.Errorf("%s: AppendJSON dropped the prefix", name)
		}
		m3, err := ParseMapping(indented[1:], src, dst, nil)
		if err != nil || !m3.Equal(m) {
			t.Errorf("%s: AppendJSON output does not read back equal: %v", name, err)
		}
		again, _ := m3.AppendJSON(nil)
		if diff := cmp.Diff(string(indented[1:]), string(again)); diff != "" {
			t.Errorf("%s: AppendJSON is not stable (-first +second):\n%s", name, diff)
		}
		if !json.Valid(compact) || strings.Contains(string(compact), "\n") {
			t.Errorf("%s: MarshalJSON is not compact JSON: %s", name, compact)
		}
	}
	m, _ := ParseMapping([]byte(mapDoc), src, dst, nil)
	out, _ := m.AppendJSON(nil)
	if diff := cmp.Diff(mapDoc, string(out)); diff != "" {
		t.Errorf("AppendJSON differs from the document read (-read +written):\n%s", diff)
	}
}

func TestMappingEqual(t *testing.T) {
	src, dst := mapCatalogs(t)
	parse := func(doc string) *Mapping {
		t.Helper()
		m, err := ParseMapping([]byte(doc), src, dst, nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	a, b := parse(mapDoc), parse(mapDoc)
	if !a.Equal(b) || !a.Equal(a) {
		t.Errorf("two loads of one document are not Equal")
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("cmp.Diff of equal mappings:\n%s", diff)
	}
	for _, change := range [][2]string{
		{`"version": "1.0.0"`, `"version": "1.0.1"`},
		{`"id": "src-to-dst"`, `"id": "other"`},
		{`"method": "expert review"`, `"method": "guess"`},
		{`"relationship": "equivalent"`, `"relationship": "superset"`},
		{`"ja": "一部のみ"`, `"ja": "一部"`},
		{"\"a2\",\n        \"a1\"", "\"a1\",\n        \"a2\""},
		{`"sources": [],`, `"sources": ["a3"],`},
	} {
		doc := strings.Replace(mapDoc, change[0], change[1], 1)
		if doc == mapDoc {
			t.Fatalf("change %q not applied", change[0])
		}
		if c := parse(doc); a.Equal(c) || c.Equal(a) {
			t.Errorf("mappings differing by %q are Equal", change[1])
		}
	}
	var zero Mapping
	if a.Equal(nil) || (*Mapping)(nil).Equal(a) || !(*Mapping)(nil).Equal(nil) || a.Equal(&zero) || !zero.Equal(&Mapping{}) {
		t.Errorf("Equal with nil or the zero Mapping is wrong")
	}
	if zero.Len() != 0 || zero.ID() != "" || slices.Collect(zero.Entries()) != nil {
		t.Errorf("the zero Mapping is not empty")
	}
	if _, ok := zero.For("T-1"); ok {
		t.Errorf("the zero Mapping maps T-1")
	}
	out, err := zero.MarshalJSON()
	if err != nil || string(out) != `{"format":"dendai.mapping/v1","id":"","version":"","source":{"catalog":"","version":""},"target":{"catalog":"","version":""},"entries":[]}` {
		t.Errorf("zero.MarshalJSON() = %s, %v", out, err)
	}
}

func TestParseMappingRefuses(t *testing.T) {
	src, dst := mapCatalogs(t)
	const head = `{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":"src","version":"1.1.0"},"target":{"catalog":"dst","version":"2026.1"},`
	doc := func(entries string) string { return head + `"entries":[` + entries + `]}` }
	const e1 = `{"target":"T-1","sources":["a1"],"relationship":"equivalent"}`
	tests := []struct {
		name string
		in   string
		want []problemKey
	}{
		{"empty", "", []problemKey{{"", 1, 1, "", "", dendai.CodeEmpty}}},
		{"malformed", `{"format": }`, []problemKey{{"", 1, 12, "", "", dendai.CodeUnexpectedChar}}},
		{"not an object", `[]`, []problemKey{{"", 1, 1, "", "", dendai.CodeWrongType}}},
		{"missing fields", `{"format":"dendai.mapping/v1","id":"m"}`, []problemKey{
			{"", 1, 1, "", "", dendai.CodeMissingField}, {"", 1, 1, "", "", dendai.CodeMissingField},
			{"", 1, 1, "", "", dendai.CodeMissingField}, {"", 1, 1, "", "", dendai.CodeMissingField},
		}},
		{"a catalog document", mapSourceDoc, []problemKey{
			{"/format", 1, 11, "", "", CodeMappingFormat},
			{"/title", 1, 60, "", "", dendai.CodeUnknownField},
			{"/groups", 1, 93, "", "", dendai.CodeUnknownField},
			{"", 1, 1, "", "", dendai.CodeMissingField}, {"", 1, 1, "", "", dendai.CodeMissingField},
			{"", 1, 1, "", "", dendai.CodeMissingField},
		}},
		{"unknown field", strings.Replace(doc(e1), `"id":"m"`, `"id":"m","title":"x"`, 1),
			[]problemKey{{"/title", 1, 40, "", "", dendai.CodeUnknownField}}},
		{"malformed ID and version", strings.Replace(doc(e1), `"id":"m","version":"1"`, `"id":"m m","version":""`, 1), []problemKey{
			{"/id", 1, 36, "", "", CodeMappingInvalidID}, {"/version", 1, 52, "", "", CodeMappingInvalidVersion},
		}},
		{"another source catalog", strings.Replace(doc(e1), `"catalog":"src"`, `"catalog":"other"`, 1),
			[]problemKey{{"/source", 1, 63, "", "", CodeMappingSourceCatalog}}},
		{"another source version", strings.Replace(doc(e1), `"version":"1.1.0"`, `"version":"1.0.0"`, 1),
			[]problemKey{{"/source", 1, 63, "", "", CodeMappingSourceCatalog}}},
		{"another target version", strings.Replace(doc(e1), `"version":"2026.1"`, `"version":"2027.1"`, 1),
			[]problemKey{{"/target", 1, 108, "", "", CodeMappingTargetCatalog}}},
		{"source and target swapped", strings.Replace(strings.Replace(doc(e1), `"catalog":"src","version":"1.1.0"`, `"catalog":"tmp"`, 1),
			`"catalog":"dst","version":"2026.1"`, `"catalog":"src","version":"1.1.0"`, 1), []problemKey{
			{"/source", 1, 63, "", "", dendai.CodeMissingField},
			{"/target", 1, 90, "", "", CodeMappingTargetCatalog},
		}},
		{"a source without a version", strings.Replace(doc(e1), `,"version":"1.1.0"`, ``, 1),
			[]problemKey{{"/source", 1, 63, "", "", dendai.CodeMissingField}}},
		{"a source of the wrong type", strings.Replace(doc(e1), `{"catalog":"src","version":"1.1.0"}`, `"src"`, 1),
			[]problemKey{{"/source", 1, 63, "", "", dendai.CodeWrongType}}},
		{"unknown target", doc(`{"target":"T-9","sources":["a1"],"relationship":"equivalent"}`),
			[]problemKey{{"/entries/0/target", 1, 166, "T-9", "", CodeMappingUnknownTarget}}},
		{"a group as target", doc(`{"target":"h","sources":["a1"],"relationship":"equivalent"}`),
			[]problemKey{{"/entries/0/target", 1, 166, "h", "", CodeMappingUnknownTarget}}},
		{"a source as target", doc(`{"target":"a1","sources":["a1"],"relationship":"equivalent"}`),
			[]problemKey{{"/entries/0/target", 1, 166, "a1", "", CodeMappingUnknownTarget}}},
		{"unknown source", doc(`{"target":"T-1","sources":["a1","T-1"],"relationship":"equivalent"}`),
			[]problemKey{{"/entries/0/sources/1", 1, 188, "T-1", "", CodeMappingUnknownSource}}},
		{"duplicate source", doc(`{"target":"T-1","sources":["a1","a1"],"relationship":"equivalent"}`),
			[]problemKey{{"/entries/0/sources/1", 1, 188, "T-1", "", CodeMappingDuplicateSource}}},
		{"duplicate target", doc(e1 + "," + e1),
			[]problemKey{{"/entries/1/target", 1, 228, "T-1", "", CodeMappingDuplicateTarget}}},
		{"no sources", doc(`{"target":"T-1","sources":[],"relationship":"subset"}`),
			[]problemKey{{"/entries/0/sources", 1, 182, "T-1", "", CodeMappingNoSources}}},
		{"bad relationship", doc(`{"target":"T-1","sources":["a1"],"relationship":"equivalent-to"}`),
			[]problemKey{{"/entries/0/relationship", 1, 204, "T-1", "", CodeMappingRelationship}}},
		{"no sources and a bad relationship", doc(`{"target":"T-1","sources":[],"relationship":"partial"}`),
			[]problemKey{{"/entries/0/relationship", 1, 200, "T-1", "", CodeMappingRelationship}}},
		{"relationship of the wrong type", doc(`{"target":"T-1","sources":["a1"],"relationship":1}`),
			[]problemKey{{"/entries/0/relationship", 1, 204, "T-1", "", dendai.CodeWrongType}}},
		{"entry fields missing", doc(`{"target":"T-1"}`), []problemKey{
			{"/entries/0", 1, 156, "T-1", "", dendai.CodeMissingField}, {"/entries/0", 1, 156, "T-1", "", dendai.CodeMissingField},
		}},
		{"entry not an object", doc(e1 + `,"T-2"`),
			[]problemKey{{"/entries/1", 1, 218, "", "", dendai.CodeWrongType}}},
		{"entry unknown field", doc(`{"target":"T-1","sources":["a1"],"relationship":"equivalent","weight":2}`),
			[]problemKey{{"/entries/0/weight", 1, 217, "T-1", "", dendai.CodeUnknownField}}},
		{"rationale in one language", doc(`{"target":"T-1","sources":["a1"],"relationship":"subset","rationale":{"ja":"一部"}}`),
			[]problemKey{{"/entries/0/rationale/en", 1, 225, "T-1", "", dendai.CodeMissingEN}}},
		{"entries not a list", head + `"entries":{}}`,
			[]problemKey{{"/entries", 1, 155, "", "", dendai.CodeWrongType}}},
		{"bad provenance", strings.Replace(doc(e1), `"entries"`, `"provenance":{"author":" ","date":"2026-2-30","method":"","by":"x"},"entries"`, 1), []problemKey{
			{"/provenance/author", 1, 168, "", "", CodeMappingBlank},
			{"/provenance/date", 1, 179, "", "", CodeMappingDate},
			{"/provenance/method", 1, 200, "", "", CodeMappingBlank},
			{"/provenance/by", 1, 203, "", "", dendai.CodeUnknownField},
		}},
		{"impossible date", strings.Replace(doc(e1), `"entries"`, `"provenance":{"date":"2026-02-30"},"entries"`, 1),
			[]problemKey{{"/provenance/date", 1, 166, "", "", CodeMappingDate}}},
		{"several problems at once", doc(`{"target":"T-9","sources":["zz"],"relationship":"same"},` + e1 + `,{"target":"T-1","sources":[],"relationship":"none"}`), []problemKey{
			{"/entries/0/target", 1, 166, "T-9", "", CodeMappingUnknownTarget},
			{"/entries/0/sources/0", 1, 183, "T-9", "", CodeMappingUnknownSource},
			{"/entries/0/relationship", 1, 204, "T-9", "", CodeMappingRelationship},
			{"/entries/2/target", 1, 284, "T-1", "", CodeMappingDuplicateTarget},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMapping([]byte(tt.in), src, dst, nil)
			if err == nil {
				t.Fatalf("ParseMapping accepted the document: %v", m.ID())
			}
			if diff := cmp.Diff(tt.want, keys(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseMappingMessages(t *testing.T) {
	src, dst := mapCatalogs(t)
	doc := strings.Replace(mapDoc, `"version": "2026.1"`, `"version": "2027.1"`, 1)
	doc = strings.Replace(doc, `"target": "T-1"`, `"target": "T-2"`, 1)
	_, err := ParseMapping([]byte(doc), src, dst, nil)
	var e *dendai.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v", err)
	}
	var got []string
	for _, p := range e.Problems {
		got = append(got, p.Describe(i18n.English), p.Describe(i18n.Japanese))
	}
	want := []string{
		"line 9, column 13 (/target): the mapping's target is dst 2027.1, but the catalog given is dst 2026.1",
		"9行目、13列目（/target）: 対応表の対応先は dst 2027.1 ですが、指定されたカタログは dst 2026.1 です",
		`line 32, column 17 (/entries/1/target; ID T-2): the target "T-2" is already mapped at /entries/0`,
		"32行目、17列目（/entries/1/target、ID T-2）: 対応先「T-2」の対応は /entries/0 に既にあります",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseMappingNilCatalogs(t *testing.T) {
	_, err := ParseMapping([]byte(mapDoc), nil, nil, nil)
	got := errCodes(err)
	if len(got) < 2 || got[0] != CodeMappingSourceCatalog || got[1] != CodeMappingTargetCatalog {
		t.Errorf("codes = %v, want the catalogs refused first", got)
	}
}

func TestParseMappingSizeLimit(t *testing.T) {
	src, dst := mapCatalogs(t)
	_, err := ParseMapping([]byte(mapDoc), src, dst, &Options{MaxSize: len(mapDoc) - 1})
	if diff := cmp.Diff([]problemKey{{Code: dendai.CodeInputTooLarge}}, keys(t, err)); diff != "" {
		t.Errorf("over the limit (-want +got):\n%s", diff)
	}
	if _, err := ParseMapping([]byte(mapDoc), src, dst, &Options{MaxSize: len(mapDoc)}); err != nil {
		t.Errorf("at the limit: %v", err)
	}
}

func TestParseMappingTooManyProblems(t *testing.T) {
	src, dst := mapCatalogs(t)
	var b strings.Builder
	b.WriteString(`{"format":"dendai.mapping/v1","id":"m","version":"1","source":{"catalog":"src","version":"1.1.0"},"target":{"catalog":"dst","version":"2026.1"},"entries":[`)
	for i := range dendai.MaxProblems + 5 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"target":"T-1","sources":["a1"],"relationship":"equivalent"}`)
	}
	b.WriteString("]}")
	_, err := ParseMapping([]byte(b.String()), src, dst, nil)
	codes := errCodes(err)
	if len(codes) != dendai.MaxProblems+1 || codes[len(codes)-1] != dendai.CodeTooManyProblems {
		t.Errorf("got %d problems, last %v; want %d ending in the marker", len(codes), codes[len(codes)-1:], dendai.MaxProblems+1)
	}
}
