package criteria

import (
	"github.com/dendai-go/dendai"
)

// VersionMappingMethod is the method the provenance of a mapping made by
// [VersionMapping] names.
const VersionMappingMethod = "derived from stable criterion IDs"

// VersionMapping derives the mapping from one version of a catalog, old, to
// another, new, when the publisher keeps the IDs of its criteria stable from
// version to version, as dendai's built-in catalogs do. An assessment of old
// can then be migrated to new through it.
//
// The mapping has an entry for each criterion of new that old has too, in
// new's order: its source is the criterion with the same ID in old, and the
// relationship is [Equivalent], since a stable ID says the publisher keeps it
// as the same requirement. When its text changed, in either language, the
// entry's rationale says so: such an answer is kept but wants a review, and
// [Diff] lists those criteria with their old and new texts. A criterion only
// new has has no entry, so nothing answers it; one only old has is the source
// of no entry.
//
// The mapping's source and target are old and new, ID and version; its ID is
// made of the catalog's ID and both versions, such as
// "jpbank-checklist-1.0.0-to-1.1.0" (characters an ID cannot hold become
// underscores, and it is cut to the 64 characters an ID can have); its version
// is new's; its provenance has [VersionMappingMethod] as the method. Its
// dendai.mapping/v1 encoding reads back through [ParseMapping] given old and
// new.
//
// VersionMapping returns a *dendai.Error coded CodeMappingNotVersions when old
// and new have different IDs, or either has none (a nil or zero Catalog): they
// are not versions of one catalog.
func VersionMapping(old, new *Catalog) (*Mapping, error) {
	o, n := old.data(), new.data()
	if o.id != n.id || !o.id.IsValid() {
		return nil, dendai.Problems{{
			Code:    CodeMappingNotVersions,
			Message: messages.Text(keyOf(CodeMappingNotVersions), string(o.id), string(n.id)),
		}}.Err()
	}
	m := &mapping{
		id:         versionMappingID(o.id, o.version, n.version),
		version:    n.version,
		source:     catalogRef{Catalog: o.id, Version: o.version},
		target:     catalogRef{Catalog: n.id, Version: n.version},
		provenance: Provenance{Method: VersionMappingMethod},
		index:      map[ID]int{},
	}
	for _, cr := range n.criteria {
		prev := o.index[cr.id].criterion
		if prev == nil {
			continue
		}
		e := mappingEntry{target: cr.id, sources: []ID{cr.id}, relationship: Equivalent}
		if prev.text != cr.text {
			e.rationale = messages.Text(keyVersionTextChanged, o.version, n.version)
		}
		m.index[cr.id] = len(m.entries)
		m.entries = append(m.entries, e)
	}
	return &Mapping{m}, nil
}

// versionMappingID returns "ID-OLD-to-NEW" as a valid ID: the catalog's ID is
// one, so only the versions can bring characters an ID cannot hold, and the
// length.
func versionMappingID(id ID, old, new string) ID {
	b := []byte(string(id) + "-" + old + "-to-" + new)
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.':
		default:
			b[i] = '_'
		}
	}
	return ID(b[:min(len(b), 64)])
}
