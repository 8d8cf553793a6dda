package criteria

import (
	"iter"
	"slices"

	"github.com/dendai-go/dendai/i18n"
)

// MappingFormat is the format name every mapping document declares.
const MappingFormat = "dendai.mapping/v1"

// Mapping relates the criteria of one catalog, the source, to those of
// another, the target: for each target criterion it maps, which source
// criteria answer it and how ([Relationship]). An assessment of the source
// catalog can then be projected onto the target.
//
// Like a [Catalog], a *Mapping is a handle on immutable data, safe for
// concurrent use: its accessors return values and copies. The zero Mapping is
// an empty mapping. Compare mappings with [Mapping.Equal], not ==; cmp.Diff
// uses Equal.
type Mapping struct {
	d *mapping
}

// mapping is the data a Mapping handle shares; nothing changes it after the
// loader has built it.
type mapping struct {
	id         ID
	version    string
	source     catalogRef
	target     catalogRef
	provenance Provenance
	entries    []mappingEntry
	index      map[ID]int // target -> position in entries
}

// catalogRef names a catalog at a version.
type catalogRef struct {
	Catalog ID     `json:"catalog"`
	Version string `json:"version"`
}

type mappingEntry struct {
	target       ID
	sources      []ID
	relationship Relationship
	rationale    i18n.Text
}

// Provenance says who made a mapping, when and how. Every field is optional.
type Provenance struct {
	// Author names who made the mapping: a person, a team or an organization.
	Author string `json:"author,omitempty"`
	// Date is when the mapping was made or last reviewed, written YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Method says how it was made, such as "expert review".
	Method string `json:"method,omitempty"`
}

// IsZero reports whether p has no field set.
func (p Provenance) IsZero() bool { return p == Provenance{} }

// MappingEntry maps one target criterion: the source criteria that answer it,
// how they relate to it, and why. It is a value: its Sources are a copy, which
// the caller may change.
type MappingEntry struct {
	// Target is the ID of a criterion of the target catalog.
	Target ID
	// Sources are the IDs of criteria of the source catalog, in the order
	// the mapping lists them. They are empty only when the relationship is
	// NoRelationship.
	Sources []ID
	// Relationship is how the sources, taken together, relate to the target.
	Relationship Relationship
	// Rationale explains the relationship; it may be empty.
	Rationale i18n.Text
}

func (e *mappingEntry) value() MappingEntry {
	return MappingEntry{Target: e.target, Sources: slices.Clone(e.sources), Relationship: e.relationship, Rationale: e.rationale}
}

var noMapping = &mapping{}

func (m *Mapping) data() *mapping {
	if m == nil || m.d == nil {
		return noMapping
	}
	return m.d
}

// ID returns the mapping's ID, such as "jpbank-checklist-to-standard".
func (m *Mapping) ID() ID { return m.data().id }

// Version returns the version of the mapping itself, such as "1.0.0".
func (m *Mapping) Version() string { return m.data().version }

// Source returns the ID and version of the source catalog.
func (m *Mapping) Source() (ID, string) {
	d := m.data()
	return d.source.Catalog, d.source.Version
}

// Target returns the ID and version of the target catalog.
func (m *Mapping) Target() (ID, string) {
	d := m.data()
	return d.target.Catalog, d.target.Version
}

// Provenance returns who made the mapping, when and how.
func (m *Mapping) Provenance() Provenance { return m.data().provenance }

// Len returns the number of entries.
func (m *Mapping) Len() int { return len(m.data().entries) }

// Entries iterates over the entries in the order of the document.
func (m *Mapping) Entries() iter.Seq[MappingEntry] {
	es := m.data().entries
	return func(yield func(MappingEntry) bool) {
		for i := range es {
			if !yield(es[i].value()) {
				return
			}
		}
	}
}

// For returns the entry whose target is the criterion with the given ID, or
// the zero MappingEntry and false when the mapping does not map it.
func (m *Mapping) For(target ID) (MappingEntry, bool) {
	d := m.data()
	i, ok := d.index[target]
	if !ok {
		return MappingEntry{}, false
	}
	return d.entries[i].value(), true
}

// TargetsOf returns the targets of the entries that list the source criterion
// with the given ID, in the order of the entries; nil when none does.
func (m *Mapping) TargetsOf(source ID) []ID {
	var out []ID
	for _, e := range m.data().entries {
		if containsID(e.sources, source) {
			out = append(out, e.target)
		}
	}
	return out
}

// Equal reports whether m and n hold the same mapping: the same ID, version,
// catalogs, provenance and entries in the same order. Two mappings loaded from
// the same document are equal. A nil mapping equals only nil.
func (m *Mapping) Equal(n *Mapping) bool {
	if m == nil || n == nil {
		return m == n
	}
	x, y := m.data(), n.data()
	if x == y {
		return true
	}
	return x.id == y.id && x.version == y.version && x.source == y.source && x.target == y.target &&
		x.provenance == y.provenance &&
		slices.EqualFunc(x.entries, y.entries, func(a, b mappingEntry) bool {
			return a.target == b.target && a.relationship == b.relationship && a.rationale == b.rationale &&
				slices.Equal(a.sources, b.sources)
		})
}

type mappingDoc struct {
	Format     string            `json:"format"`
	ID         ID                `json:"id"`
	Version    string            `json:"version"`
	Source     catalogRef        `json:"source"`
	Target     catalogRef        `json:"target"`
	Provenance Provenance        `json:"provenance,omitzero"`
	Entries    []mappingEntryDoc `json:"entries"`
}

type mappingEntryDoc struct {
	Target       ID           `json:"target"`
	Sources      []ID         `json:"sources"`
	Relationship Relationship `json:"relationship"`
	Rationale    i18n.Text    `json:"rationale,omitzero"`
}

// MarshalJSON encodes the mapping as a dendai.mapping/v1 document, which
// ParseMapping reads back into an equal mapping. Fields come in a fixed order.
func (m *Mapping) MarshalJSON() ([]byte, error) {
	return m.data().encode("")
}

// AppendJSON appends the mapping's dendai.mapping/v1 document to b, indented
// by two spaces and ending in a newline, with no HTML escaping: the form of
// the embedded data files.
func (m *Mapping) AppendJSON(b []byte) ([]byte, error) {
	out, err := m.data().encode("  ")
	return append(b, out...), err
}

func (m *mapping) encode(indent string) ([]byte, error) {
	doc := mappingDoc{
		Format: MappingFormat, ID: m.id, Version: m.version,
		Source: m.source, Target: m.target, Provenance: m.provenance,
		Entries: make([]mappingEntryDoc, len(m.entries)),
	}
	for i, e := range m.entries {
		doc.Entries[i] = mappingEntryDoc{Target: e.target, Sources: e.sources, Relationship: e.relationship, Rationale: e.rationale}
		if e.sources == nil {
			doc.Entries[i].Sources = []ID{}
		}
	}
	return encodeDoc(doc, indent)
}
