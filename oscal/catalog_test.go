package oscal

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// The test types read the documents back with the names the OSCAL schema uses,
// independently of the types that write them.

type tProp struct {
	Name  string `json:"name"`
	NS    string `json:"ns"`
	Value string `json:"value"`
	Class string `json:"class"`
}

type tPart struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	NS    string  `json:"ns"`
	Class string  `json:"class"`
	Prose string  `json:"prose"`
	Parts []tPart `json:"parts"`
}

type tControl struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Props []tProp `json:"props"`
	Parts []tPart `json:"parts"`
}

type tGroup struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Props    []tProp    `json:"props"`
	Groups   []tGroup   `json:"groups"`
	Controls []tControl `json:"controls"`
}

type tMetadata struct {
	Title        string  `json:"title"`
	LastModified string  `json:"last-modified"`
	Version      string  `json:"version"`
	OSCALVersion string  `json:"oscal-version"`
	Props        []tProp `json:"props"`
}

type tCatalog struct {
	Catalog struct {
		UUID     string    `json:"uuid"`
		Metadata tMetadata `json:"metadata"`
		Groups   []tGroup  `json:"groups"`
	} `json:"catalog"`
}

// values returns the values of the props named name in dendai's namespace
// with the class class.
func values(props []tProp, name, class string) []string {
	var out []string
	for _, p := range props {
		if p.NS == Namespace && p.Name == name && p.Class == class {
			out = append(out, p.Value)
		}
	}
	return out
}

// controls returns the controls under gs, depth first.
func controls(gs []tGroup) []tControl {
	var out []tControl
	for _, g := range gs {
		out = append(out, controls(g.Groups)...)
		out = append(out, g.Controls...)
	}
	return out
}

// exportCatalog exports cat, with the weights of p, a policy of cat, if p is
// not nil.
func exportCatalog(cat *criteria.Catalog, p *scoring.Policy) ([]byte, error) {
	if p != nil {
		return PolicyCatalog(p)
	}
	return Catalog(cat)
}

func readCatalog(t *testing.T, cat *criteria.Catalog, p *scoring.Policy) tCatalog {
	t.Helper()
	b, err := exportCatalog(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	var doc tCatalog
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestCatalogGolden(t *testing.T) {
	b, err := PolicyCatalog(scoring.RiskWeighted())
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "catalog.jpbank-checklist.json.golden", b)
}

func TestCatalogMetadata(t *testing.T) {
	tests := []struct {
		cat  *criteria.Catalog
		p    *scoring.Policy
		want tMetadata
	}{
		{criteria.Checklist(), scoring.RiskWeighted(), tMetadata{
			Title:        "Criteria Required of Electronic Payment Intermediate Service Providers",
			LastModified: "2026-01-01T00:00:00Z", Version: "1.1.0", OSCALVersion: "1.1.3",
		}},
		{criteria.Standard(), nil, tMetadata{
			Title:        "Standards for Matters Required of Electronic Payment Intermediate Service Providers",
			LastModified: "2026-01-01T00:00:00Z", Version: "1.0.1", OSCALVersion: "1.1.3",
		}},
	}
	for _, tt := range tests {
		doc := readCatalog(t, tt.cat, tt.p)
		md := doc.Catalog.Metadata
		props := md.Props
		md.Props = nil
		if diff := cmp.Diff(tt.want, md); diff != "" {
			t.Errorf("%s: metadata (-want +got):\n%s", tt.cat.ID(), diff)
		}
		type check struct {
			name, class string
			want        []string
		}
		checks := []check{
			{"catalog", "", []string{string(tt.cat.ID())}},
			{"title", "ja", []string{tt.cat.Title().JA}},
			{"legal-basis", "", []string{tt.cat.LegalBasis().EN}},
			{"legal-basis", "ja", []string{tt.cat.LegalBasis().JA}},
			{"policy", "", nil},
		}
		if tt.p != nil {
			checks[len(checks)-1].want = []string{tt.p.Name()}
		}
		for _, c := range checks {
			if diff := cmp.Diff(c.want, values(props, c.name, c.class)); diff != "" {
				t.Errorf("%s: prop %s (class %q) (-want +got):\n%s", tt.cat.ID(), c.name, c.class, diff)
			}
		}
	}
}

// TestCatalogControls checks that every criterion is a control, in catalog
// order, with its dendai ID, its text in English and in Japanese, and the
// policy's weight and tier when there is a policy.
func TestCatalogControls(t *testing.T) {
	tests := []struct {
		cat *criteria.Catalog
		p   *scoring.Policy
	}{
		{criteria.Checklist(), scoring.RiskWeighted()},
		{criteria.Checklist(), nil},
		{criteria.Standard(), nil},
	}
	for _, tt := range tests {
		doc := readCatalog(t, tt.cat, tt.p)
		got := controls(doc.Catalog.Groups)
		if len(got) != tt.cat.Len() {
			t.Fatalf("%s: %d controls, want %d", tt.cat.ID(), len(got), tt.cat.Len())
		}
		for i, cr := range tt.cat.All() {
			c := got[i]
			if c.ID != ControlID(cr.ID()) {
				t.Errorf("%s: control %d is %s, want %s", tt.cat.ID(), i, c.ID, ControlID(cr.ID()))
			}
			if c.Title != cr.Text().EN {
				t.Errorf("%s: title %q, want the English text %q", c.ID, c.Title, cr.Text().EN)
			}
			if diff := cmp.Diff([]string{string(cr.ID())}, values(c.Props, "id", "")); diff != "" {
				t.Errorf("%s: id prop (-want +got):\n%s", c.ID, diff)
			}
			var std []string
			for _, s := range cr.Standard() {
				std = append(std, string(s))
			}
			if diff := cmp.Diff(std, values(c.Props, "standard", "")); diff != "" {
				t.Errorf("%s: standard props (-want +got):\n%s", c.ID, diff)
			}
			wantSmt := tPart{ID: c.ID + "_smt", Name: "statement", Prose: cr.Text().EN,
				Parts: []tPart{{Name: "text", NS: Namespace, Class: "ja", Prose: cr.Text().JA}}}
			if len(c.Parts) == 0 {
				t.Errorf("%s: no parts", c.ID)
			} else if diff := cmp.Diff(wantSmt, c.Parts[0]); diff != "" {
				t.Errorf("%s: statement (-want +got):\n%s", c.ID, diff)
			}
			var names []string
			for _, p := range c.Parts {
				names = append(names, p.Name)
			}
			wantNames := []string{"statement"}
			if !cr.Note().IsZero() {
				wantNames = append(wantNames, "note")
			}
			var wantWeight, wantTier []string
			if tt.p != nil {
				wantWeight = []string{tt.p.Weight(cr.ID()).String()}
				if tier, ok := tt.p.Tier(cr.ID()); ok {
					wantTier = []string{tier.ID}
				}
				if !tt.p.Rationale(cr.ID()).IsZero() {
					wantNames = append(wantNames, "rationale")
				}
			}
			if diff := cmp.Diff(wantNames, names); diff != "" {
				t.Errorf("%s: parts (-want +got):\n%s", c.ID, diff)
			}
			if diff := cmp.Diff(wantWeight, values(c.Props, "weight", "")); diff != "" {
				t.Errorf("%s: weight (-want +got):\n%s", c.ID, diff)
			}
			if diff := cmp.Diff(wantTier, values(c.Props, "tier", "")); diff != "" {
				t.Errorf("%s: tier (-want +got):\n%s", c.ID, diff)
			}
		}
	}
}

func TestCatalogNote(t *testing.T) {
	doc := readCatalog(t, criteria.Checklist(), nil)
	cr, _ := criteria.Checklist().Criterion("1-12")
	for _, c := range controls(doc.Catalog.Groups) {
		if c.ID != "c1-12" {
			continue
		}
		want := tPart{Name: "note", NS: Namespace, Prose: cr.Note().EN,
			Parts: []tPart{{Name: "text", NS: Namespace, Class: "ja", Prose: cr.Note().JA}}}
		if diff := cmp.Diff(want, c.Parts[1]); diff != "" {
			t.Errorf("note of 1-12 (-want +got):\n%s", diff)
		}
		return
	}
	t.Error("no control c1-12")
}

// TestCatalogGroups checks that groups mirror the catalog's, nested as they
// nest, each holding either groups or controls.
func TestCatalogGroups(t *testing.T) {
	type node struct {
		ID, JA   string
		Children []node
		Controls int
	}
	var want func(g criteria.Group) node
	want = func(g criteria.Group) node {
		n := node{ID: string(g.ID()), JA: g.Title().JA}
		for sub := range g.Groups() {
			n.Children = append(n.Children, want(sub))
		}
		for range g.Criteria() {
			n.Controls++
		}
		return n
	}
	var got func(g tGroup) node
	got = func(g tGroup) node {
		n := node{ID: strings.Join(values(g.Props, "id", ""), ","), JA: strings.Join(values(g.Props, "title", "ja"), ",")}
		if len(g.Groups) > 0 && len(g.Controls) > 0 {
			t.Errorf("group %s holds both groups and controls", g.ID)
		}
		for _, sub := range g.Groups {
			n.Children = append(n.Children, got(sub))
		}
		n.Controls = len(g.Controls)
		return n
	}
	for _, cat := range []*criteria.Catalog{criteria.Checklist(), criteria.Standard()} {
		var w, g []node
		for gr := range cat.Groups() {
			w = append(w, want(gr))
		}
		for _, gr := range readCatalog(t, cat, nil).Catalog.Groups {
			g = append(g, got(gr))
		}
		if diff := cmp.Diff(w, g); diff != "" {
			t.Errorf("%s: groups (-want +got):\n%s", cat.ID(), diff)
		}
	}
}

// TestCatalogErrors checks the errors of a wrong call; TestProblems those of
// a catalog that cannot be exported.
func TestCatalogErrors(t *testing.T) {
	tests := []struct {
		name   string
		export func() ([]byte, error)
		want   string
	}{
		{"nil catalog", func() ([]byte, error) { return Catalog(nil) }, "oscal: nil catalog"},
		{"nil policy", func() ([]byte, error) { return PolicyCatalog(nil) }, "oscal: nil policy"},
	}
	for _, tt := range tests {
		b, err := tt.export()
		if err == nil || err.Error() != tt.want || b != nil {
			t.Errorf("%s: got %d bytes and error %v, want error %q", tt.name, len(b), err, tt.want)
		}
	}
}

// TestStable checks that every export gives the same bytes each time, also
// when made concurrently, and the form of those bytes: indented by two spaces,
// with a final newline and without HTML escapes.
func TestStable(t *testing.T) {
	for _, e := range exports(t) {
		first, err := e.make()
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		var wg sync.WaitGroup
		outs := make([][]byte, 4)
		for i := range outs {
			wg.Go(func() { outs[i], _ = e.make() })
		}
		wg.Wait()
		for _, out := range outs {
			if !bytes.Equal(first, out) {
				t.Errorf("%s: two exports differ", e.name)
				break
			}
		}
		var indented bytes.Buffer
		if err := json.Indent(&indented, first, "", "  "); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if !bytes.Equal(indented.Bytes(), first) {
			t.Errorf("%s: not indented by two spaces with a final newline", e.name)
		}
		if !bytes.HasSuffix(first, []byte("}\n")) {
			t.Errorf("%s: no final newline", e.name)
		}
		if bytes.Contains(first, []byte(`\u003c`)) || bytes.Contains(first, []byte(`\u0026`)) {
			t.Errorf("%s: HTML escapes", e.name)
		}
	}
}
