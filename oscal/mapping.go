package oscal

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// MappingVersion is the OSCAL version a mapping-collection document declares
// in metadata/oscal-version. OSCAL's mapping model came with OSCAL 1.2, so
// unlike the other documents, which declare [Version], a mapping-collection
// is valid against the OSCAL 1.2.2 schema only.
const MappingVersion = "1.2.2"

// The values of the mapping-collection's provenance that dendai's mapping
// format does not record: how the relationships were judged (on what the
// criteria mean, not on their wording) and the state of the document.
const (
	matchingRationale = "semantic"
	mappingStatus     = "complete"
)

// MappingCollection returns m as an OSCAL mapping-collection document: one
// mapping from the source catalog to the target catalog, with a map for each
// entry of m that has sources, in the order of m, whose relationship is the
// entry's NIST IR 8477 token (Relationship.NISTToken: equivalent-to,
// subset-of, superset-of, intersects-with or no-relationship). The package
// documentation describes the mapping in full.
//
// The document refers to the catalogs as [Catalog] exports them: a map names
// its source and target controls by their [ControlID], and the source and
// target resources point to back-matter resources that give each catalog's
// ID, version and the UUID of its Catalog document. A mapping holds only the
// IDs of its catalogs, so MappingCollection needs nothing else.
//
// MappingCollection returns a plain error if m is nil, and a *dendai.Error
// if OSCAL cannot express m: a mapping with no entry that has sources
// ([CodeEmptyMapping]), since an OSCAL mapping needs at least one map, or two
// IDs of one catalog that map to the same OSCAL ID ([CodeIDCollision]).
//
// The output is indented JSON ending in a newline. It depends only on m:
// exporting the same mapping twice gives the same bytes, UUIDs included.
func MappingCollection(m *criteria.Mapping) ([]byte, error) {
	if m == nil {
		return nil, errors.New("oscal: nil mapping")
	}
	var ps dendai.Problems
	more := 0
	var maps, gaps []criteria.MappingEntry
	sources, targets := map[string]criteria.ID{}, map[string]criteria.ID{}
	for e := range m.Entries() {
		if len(e.Sources) == 0 {
			gaps = append(gaps, e)
		} else {
			maps = append(maps, e)
		}
		for _, s := range e.Sources {
			more += claimControl(sources, s, &ps)
		}
		more += claimControl(targets, e.Target, &ps)
	}
	if len(maps) == 0 {
		ps = append(dendai.Problems{{Code: CodeEmptyMapping, Message: messages.Text(keyEmptyMapping, m.ID())}}, ps...)
	}
	if err := ps.Cap(more).Err(); err != nil {
		return nil, err
	}
	doc, err := m.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("oscal: %w", err)
	}
	digest := sha256.Sum256(doc)
	b := mappingBuilder{m: m, base: "mapping/" + string(m.ID())}
	return encode(b.document(maps, gaps, hex.EncodeToString(digest[:])))
}

// claimControl records the OSCAL control ID of id in owner, the IDs of one
// catalog seen so far. An ID whose control ID another ID already has is a
// problem coded CodeIDCollision, appended to ps, or counted (the result is 1)
// once ps is full.
func claimControl(owner map[string]criteria.ID, id criteria.ID, ps *dendai.Problems) int {
	cid := ControlID(id)
	other, seen := owner[cid]
	switch {
	case !seen:
		owner[cid] = id
		return 0
	case other == id:
		return 0
	case len(*ps) >= dendai.MaxProblems:
		return 1
	}
	*ps = append(*ps, dendai.Problem{Criterion: string(id), Code: CodeIDCollision, Message: messages.Text(keyIDCollision, other, id, cid)})
	return 0
}

type mappingBuilder struct {
	m    *criteria.Mapping
	base string // the UUID name the others extend: "mapping/" and the mapping's ID
}

func (b *mappingBuilder) document(maps, gaps []criteria.MappingEntry, digest string) mappingDocument {
	m := b.m
	srcID, srcVersion := m.Source()
	dstID, dstVersion := m.Target()
	versioned := b.base + "/" + m.Version()
	source := b.catalogResource(versioned+"/back-matter/source", srcID, srcVersion)
	target := b.catalogResource(versioned+"/back-matter/target", dstID, dstVersion)
	title := messages.Text(keyMappingTitle, srcID, srcVersion, dstID, dstVersion)
	description := messages.Text(keyMappingDescription, srcID, srcVersion, dstID, dstVersion)

	mp := mappingModel{
		UUID:           id(b.base),
		SourceResource: resourceRef{Type: "catalog", Href: "#" + source.UUID},
		TargetResource: resourceRef{Type: "catalog", Href: "#" + target.UUID},
	}
	for _, e := range maps {
		mp.Maps = append(mp.Maps, b.mapEntry(e))
	}
	if len(gaps) > 0 {
		sel := selectControlByID{}
		var en, ja []string
		for _, e := range gaps {
			sel.WithIDs = append(sel.WithIDs, ControlID(e.Target))
			if s := line(e.Rationale.EN); s != "" {
				en = append(en, "- "+string(e.Target)+": "+escaper.Replace(s))
			}
			if s := line(e.Rationale.JA); s != "" {
				ja = append(ja, "- "+string(e.Target)+": "+escaper.Replace(s))
			}
		}
		mp.TargetGapSummary = &gapSummary{UUID: id(b.base + "/target-gap-summary"), UnmappedControls: []selectControlByID{sel}}
		mp.Remarks = strings.Join(nonEmpty(strings.Join(en, "\n"), strings.Join(ja, "\n")), "\n\n")
	}

	p := m.Provenance()
	return mappingDocument{MappingCollection: mappingCollection{
		UUID: id(versioned + "/" + digest),
		Metadata: metadata{
			Title:        markupLine(title.EN),
			LastModified: lastModified(p.Date),
			Version:      line(m.Version()),
			OSCALVersion: MappingVersion,
			Props:        concat(jaProp("title", title), nsProp("mapping", string(m.ID()))),
		},
		Provenance: mappingProvenance{
			Method:             method(p.Method),
			MatchingRationale:  matchingRationale,
			Status:             mappingStatus,
			MappingDescription: paragraphs(description.EN, description.JA),
			Props: concat(
				nsProp("author", p.Author),
				nsProp("date", p.Date),
				nsProp("method", p.Method),
			),
		},
		Mappings:   []mappingModel{mp},
		BackMatter: &backMatter{Resources: []resource{source, target}},
	}}
}

// catalogResource returns the back-matter resource that stands for the catalog
// id at version: it names the catalog and the UUID of the document Catalog
// exports for it, whose controls the maps name.
func (b *mappingBuilder) catalogResource(name string, cat criteria.ID, version string) resource {
	return resource{
		UUID:  id(name),
		Title: markupLine(string(cat) + " " + version),
		Props: concat(
			nsProp("catalog", string(cat)),
			nsProp("catalog-version", version),
			nsProp("catalog-uuid", id(catalogName(cat, version))),
		),
	}
}

func (b *mappingBuilder) mapEntry(e criteria.MappingEntry) mapEntry {
	me := mapEntry{
		UUID:         id(b.base + "/map/" + string(e.Target)),
		Relationship: e.Relationship.NISTToken(),
		Targets:      []mappingItem{{Type: "control", IDRef: ControlID(e.Target)}},
		Remarks:      paragraphs(e.Rationale.EN, e.Rationale.JA),
	}
	for _, s := range e.Sources {
		me.Sources = append(me.Sources, mappingItem{Type: "control", IDRef: ControlID(s)})
	}
	return me
}

// method returns the OSCAL method of a mapping (human, automation or hybrid)
// from the method its provenance gives: one of those words as it is, and
// anything else, such as "expert review", or nothing, as human.
func method(s string) string {
	switch s {
	case "human", "automation", "hybrid":
		return s
	}
	return "human"
}

// lastModified returns the date of a mapping's provenance, YYYY-MM-DD, as an
// OSCAL timestamp at 00:00 in Japan, or catalogLastModified if there is none
// or it lies outside the years 1900 to 2999 that OSCAL timestamps allow.
func lastModified(date string) string {
	d, err := time.ParseInLocation(time.DateOnly, date, jst)
	if err != nil || d.Year() < 1900 || d.Year() > 2999 {
		return catalogLastModified
	}
	return d.Format(time.RFC3339)
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
