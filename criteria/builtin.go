package criteria

import (
	"embed"
	"sync"
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

//go:embed data/jpbank-checklist.json data/jpbank-standard.json
var data embed.FS

// The built-in catalogs go through the same loader as a user's, on first use.
// Callers get handles on the loaded data, never the data itself.
var (
	checklist = sync.OnceValue(func() *catalog { return mustLoad("data/jpbank-checklist.json") })
	standard  = sync.OnceValue(func() *catalog { return mustLoad("data/jpbank-standard.json") })
)

func mustLoad(name string) *catalog {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("criteria: built-in catalog missing: " + err.Error())
	}
	c, err := Parse(b, nil)
	if err != nil {
		// The embedded data is checked by the package's tests; this cannot happen
		// in a released build.
		panic("criteria: built-in catalog " + name + " is invalid: " + err.Error())
	}
	return c.d
}

// Checklist returns the built-in catalog jpbank-checklist, loading it on first
// use. Each call returns a new handle on the same data: changing what one call
// returned (even *Checklist() = Catalog{}) leaves the next call's intact.
func Checklist() *Catalog { return &Catalog{checklist()} }

// Standard returns the built-in catalog jpbank-standard, loading it on first
// use. Like Checklist, it returns a new handle on each call.
func Standard() *Catalog { return &Catalog{standard()} }

// Builtin returns the built-in catalog with the given ID, as Checklist and
// Standard do, or nil and false.
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
