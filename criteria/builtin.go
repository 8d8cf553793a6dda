package criteria

import (
	"embed"
	"slices"
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
var (
	checklist = sync.OnceValue(func() *Catalog { return mustLoad("data/jpbank-checklist.json") })
	standard  = sync.OnceValue(func() *Catalog { return mustLoad("data/jpbank-standard.json") })
)

func mustLoad(name string) *Catalog {
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
	return c
}

// Checklist returns the built-in catalog jpbank-checklist, loading it on first use.
func Checklist() *Catalog { return checklist() }

// Standard returns the built-in catalog jpbank-standard, loading it on first use.
func Standard() *Catalog { return standard() }

// Builtin returns the built-in catalog with the given ID.
func Builtin(id ID) (*Catalog, bool) {
	switch id {
	case ChecklistID:
		return Checklist(), true
	case StandardID:
		return Standard(), true
	}
	return nil, false
}

// BuiltinIDs returns the IDs of the built-in catalogs, checklist first.
func BuiltinIDs() []ID { return slices.Clone([]ID{ChecklistID, StandardID}) }
