package criteria

import (
	"embed"
	"sync"

	"github.com/dendai-go/dendai/i18n"
)

// The IDs of the built-in catalogs.
const (
	// ChecklistID is Japan Post Bank's checklist 電子決済等代行業者に求める基準:
	// 57 items in 12 categories under 2 parts.
	ChecklistID ID = "jpbank-checklist"
	// StandardID is Japan Post Bank's published standard 電子決済等代行業者に求める
	// 事項の基準: 51 requirements in 10 sections.
	StandardID ID = "jpbank-standard"
)

//go:generate go run gen_builtin.go

// data holds the built-in documents. The catalogs are built from
// builtin_data.go; their files stay here for the package's tests, and cost
// a program nothing until read.
//
//go:embed data/jpbank-checklist.json data/jpbank-checklist-1.0.0.json
//go:embed data/jpbank-standard.json data/jpbank-standard-1.0.0.json
//go:embed data/jpbank-checklist-to-standard.json
var data embed.FS

// builtinVersion is one version of a built-in catalog: its data, built into a
// catalog on first use. Callers get handles on the built data, never the data
// itself.
type builtinVersion struct {
	version string
	load    func() *catalog
}

func embedded(s *staticCatalog) func() *catalog {
	return sync.OnceValue(s.build)
}

// builtins lists every version of each built-in catalog, oldest first: the
// last is the one Checklist, Standard and Builtin return. Their data is
// builtin_data.go, generated from data/*.json (go generate), which
// TestBuiltinDataMatchesJSON keeps equal to what Parse reads from those files.
var builtins = [...]struct {
	id       ID
	versions []builtinVersion
}{
	{ChecklistID, []builtinVersion{
		{"1.0.0", embedded(&checklist100)},
		{"1.1.0", embedded(&checklist110)},
	}},
	{StandardID, []builtinVersion{
		{"1.0.0", embedded(&standard100)},
		{"1.0.1", embedded(&standard101)},
	}},
}

func builtinVersions(id ID) []builtinVersion {
	for _, b := range builtins {
		if b.id == id {
			return b.versions
		}
	}
	return nil
}

// latest returns the newest version of the built-in catalog id, which must
// exist.
func latest(id ID) *catalog {
	vs := builtinVersions(id)
	return vs[len(vs)-1].load()
}

// staticCatalog is a built-in catalog as Go data, laid out by the linker: a
// tree without the links between its parts, which build makes. The data has
// passed Parse's checks (see gen_builtin.go), so build checks nothing.
type staticCatalog struct {
	id                                   ID
	version                              string
	title, publisher, legalBasis, source i18n.Text
	groups                               []staticGroup
}

type staticGroup struct {
	id       ID
	title    i18n.Text
	groups   []staticGroup
	criteria []staticCriterion
}

type staticCriterion struct {
	id         ID
	text, note i18n.Text
	standard   []ID // shared, never changed: Criterion.Standard returns a copy
}

// build makes the catalog s holds, as Parse makes it from the same document:
// groups depth first in document order, criteria in document order.
func (s *staticCatalog) build() *catalog {
	c := &catalog{id: s.id, version: s.version, title: s.title, publisher: s.publisher, legalBasis: s.legalBasis, source: s.source}
	c.groups = c.buildGroups(s.groups, nil)
	c.digest = newDigest(c)
	c.index = make(map[ID]entity, len(c.criteria)+len(c.allGroups))
	for _, g := range c.allGroups {
		c.index[g.id] = entity{group: g}
	}
	for _, cr := range c.criteria {
		c.index[cr.id] = entity{criterion: cr}
	}
	return c
}

func (c *catalog) buildGroups(gs []staticGroup, parent *group) []*group {
	if len(gs) == 0 {
		return nil
	}
	out := make([]*group, len(gs))
	for i := range gs {
		sg := &gs[i]
		g := &group{cat: c, id: sg.id, title: sg.title, parent: parent, first: len(c.criteria)}
		if parent != nil {
			g.depth = parent.depth + 1
		}
		c.allGroups = append(c.allGroups, g)
		g.groups = c.buildGroups(sg.groups, g)
		if len(sg.criteria) > 0 {
			g.criteria = make([]*criterion, len(sg.criteria))
			for j := range sg.criteria {
				sc := &sg.criteria[j]
				cr := &criterion{cat: c, id: sc.id, text: sc.text, note: sc.note, standard: sc.standard, group: g, index: len(c.criteria)}
				g.criteria[j] = cr
				c.criteria = append(c.criteria, cr)
			}
		}
		g.count = len(c.criteria) - g.first
		out[i] = g
	}
	return out
}

// Checklist returns the built-in catalog jpbank-checklist, building it on first
// use. Each call returns a new handle on the same data: changing what one call
// returned (even *Checklist() = Catalog{}) leaves the next call's intact.
//
// It returns the newest version, 1.1.0; BuiltinVersion returns the earlier
// ones.
func Checklist() *Catalog { return &Catalog{latest(ChecklistID)} }

// Standard returns the built-in catalog jpbank-standard, loading it on first
// use. Like Checklist, it returns a new handle on each call.
//
// It returns the newest version, 1.0.1; BuiltinVersion returns 1.0.0.
func Standard() *Catalog { return &Catalog{latest(StandardID)} }

// Builtin returns the newest version of the built-in catalog with the given
// ID, as Checklist and Standard do, or nil and false.
func Builtin(id ID) (*Catalog, bool) {
	switch id {
	case ChecklistID:
		return Checklist(), true
	case StandardID:
		return Standard(), true
	}
	return nil, false
}

// BuiltinIDs returns the IDs of the built-in catalogs, checklist first, in a new
// slice the caller may change.
func BuiltinIDs() []ID { return []ID{ChecklistID, StandardID} }

// BuiltinVersion returns the given version of the built-in catalog with the
// given ID, the newest or an earlier one, loading it on first use; or nil and
// false when there is no such built-in catalog or version. An assessment made
// against an earlier version still validates against that version:
//
//	cat, ok := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion)
//
// Like Checklist, it returns a new handle on each call.
func BuiltinVersion(id ID, version string) (*Catalog, bool) {
	for _, v := range builtinVersions(id) {
		if v.version == version {
			return &Catalog{v.load()}, true
		}
	}
	return nil, false
}

// BuiltinVersions returns the versions of the built-in catalog with the given
// ID, oldest first, in a new slice the caller may change; nil when id is not a
// built-in catalog. The last is the version Builtin returns. The versions of
// jpbank-checklist are 1.0.0 (the first crosswalk) and 1.1.0 (the crosswalk
// corrected by an expert review); those of jpbank-standard are 1.0.0 and 1.0.1
// (the same requirements, with clearer English for S1-8 and S5-2).
func BuiltinVersions(id ID) []string {
	vs := builtinVersions(id)
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.version
	}
	return out
}

// ChecklistToStandardID is the ID of the built-in mapping from jpbank-checklist
// to jpbank-standard.
const ChecklistToStandardID ID = "jpbank-checklist-to-standard"

var checklistToStandard = sync.OnceValue(func() *mapping {
	const name = "data/jpbank-checklist-to-standard.json"
	b, err := data.ReadFile(name)
	if err != nil {
		panic("criteria: built-in mapping missing: " + err.Error())
	}
	m, err := ParseMapping(b, Checklist(), Standard(), nil)
	if err != nil {
		// The embedded data is checked by the package's tests.
		panic("criteria: built-in mapping " + name + " is invalid: " + err.Error())
	}
	return m.d
})

// ChecklistToStandard returns the built-in mapping jpbank-checklist-to-standard,
// from the newest jpbank-checklist to jpbank-standard, loading it on first use
// through ParseMapping. It is the crosswalk of the checklist's standard lists
// (Criterion.Standard), entry by entry, with a relationship for each: one entry
// for each requirement that some item implements, so a requirement with none
// (see Gaps) has no entry. Like Checklist, it returns a new handle on each call.
func ChecklistToStandard() *Mapping { return &Mapping{checklistToStandard()} }

// BuiltinMapping returns the built-in mapping with the given ID, or nil and
// false. There is one, ChecklistToStandardID.
func BuiltinMapping(id ID) (*Mapping, bool) {
	if id == ChecklistToStandardID {
		return ChecklistToStandard(), true
	}
	return nil, false
}

// BuiltinMappingIDs returns the IDs of the built-in mappings, in a new slice
// the caller may change.
func BuiltinMappingIDs() []ID { return []ID{ChecklistToStandardID} }
