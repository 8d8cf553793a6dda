package criteria

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
)

// TestBuiltinDataMatchesJSON checks that each built-in catalog, built from
// builtin_data.go, is the catalog Parse reads from its file in data/, part for
// part: the JSON files are the source of truth, and a change to one without
// `go generate ./criteria` fails here.
func TestBuiltinDataMatchesJSON(t *testing.T) {
	files := map[ID]map[string]string{
		ChecklistID: {"1.0.0": "data/jpbank-checklist-1.0.0.json", "1.1.0": "data/jpbank-checklist.json"},
		StandardID:  {"1.0.0": "data/jpbank-standard-1.0.0.json", "1.0.1": "data/jpbank-standard.json"},
	}
	n := 0
	for _, b := range builtins {
		for _, v := range b.versions {
			n++
			t.Run(string(b.id)+"@"+v.version, func(t *testing.T) {
				name, ok := files[b.id][v.version]
				if !ok {
					t.Fatalf("no file listed for %s %s", b.id, v.version)
				}
				src, err := data.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				want, err := Parse(src, nil)
				if err != nil {
					t.Fatal(err)
				}
				got := v.load()
				if diff := cmp.Diff(dump(want.d), dump(got)); diff != "" {
					t.Errorf("built-in data differs from %s (-file +built-in); run go generate ./criteria:\n%s", name, diff)
				}
				if got.version != v.version || got.id != b.id {
					t.Errorf("listed as %s %s, holds %s %s", b.id, v.version, got.id, got.version)
				}
				if !(&Catalog{got}).Equal(want) {
					t.Errorf("not Equal to %s", name)
				}
			})
		}
	}
	if want := 4; n != want {
		t.Errorf("%d built-in versions, the test lists %d", n, want)
	}
}

// catalogDump is every part of a catalog and every link between them, as
// plain values.
type catalogDump struct {
	ID, Version                          ID
	Title, Publisher, LegalBasis, Source i18n.Text
	Groups                               []ID
	AllGroups                            []groupDump
	Criteria                             []criterionDump
	Index                                map[ID]string
}

type groupDump struct {
	ID, Parent             ID
	Title                  i18n.Text
	Groups, Criteria       []ID
	Depth, First, Count    int
	OwnCatalog, OwnParents bool
}

type criterionDump struct {
	ID, Group  ID
	Text, Note i18n.Text
	Standard   []ID
	Index      int
	OwnCatalog bool
}

func dump(c *catalog) catalogDump {
	ids := func(gs []*group) []ID {
		var out []ID
		for _, g := range gs {
			out = append(out, g.id)
		}
		return out
	}
	d := catalogDump{ID: c.id, Version: ID(c.version), Title: c.title, Publisher: c.publisher, LegalBasis: c.legalBasis, Source: c.source,
		Groups: ids(c.groups), Index: map[ID]string{}}
	for _, g := range c.allGroups {
		gd := groupDump{ID: g.id, Title: g.title, Groups: ids(g.groups), Depth: g.depth, First: g.first, Count: g.count, OwnCatalog: g.cat == c, OwnParents: true}
		if g.parent != nil {
			gd.Parent = g.parent.id
		}
		for _, s := range g.groups {
			gd.OwnParents = gd.OwnParents && s.parent == g
		}
		for _, cr := range g.criteria {
			gd.Criteria = append(gd.Criteria, cr.id)
		}
		d.AllGroups = append(d.AllGroups, gd)
	}
	for _, cr := range c.criteria {
		d.Criteria = append(d.Criteria, criterionDump{ID: cr.id, Group: cr.group.id, Text: cr.text, Note: cr.note, Standard: cr.standard, Index: cr.index, OwnCatalog: cr.cat == c})
	}
	for id, e := range c.index {
		switch {
		case e.criterion != nil && c.criteria[e.criterion.index] == e.criterion:
			d.Index[id] = "criterion " + string(e.criterion.id)
		case e.group != nil:
			d.Index[id] = "group " + string(e.group.id)
		default:
			d.Index[id] = "a criterion of another catalog"
		}
	}
	return d
}
