package oscal

import (
	"errors"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// Catalog returns cat as an OSCAL catalog document: a group for each dendai
// group, nested as they nest, and a control for each criterion, in catalog
// order. PolicyCatalog adds a policy's weights.
//
// The output is indented JSON ending in a newline. It depends only on cat:
// exporting the same catalog twice gives the same bytes, UUIDs included. The
// package documentation describes the mapping.
func Catalog(cat *criteria.Catalog) ([]byte, error) {
	if cat == nil {
		return nil, errors.New("oscal: nil catalog")
	}
	return catalog(cat, nil)
}

// PolicyCatalog returns the catalog of p (p.Catalog()) as Catalog does, with
// the weight, the tier and the rationale p gives each criterion on its
// control, and the policy named in the metadata. Its output depends only on p.
func PolicyCatalog(p *scoring.Policy) ([]byte, error) {
	if p == nil {
		return nil, errors.New("oscal: nil policy")
	}
	return catalog(p.Catalog(), p)
}

// catalog exports cat with the weights of p, which is nil or a policy of cat.
func catalog(cat *criteria.Catalog, p *scoring.Policy) ([]byte, error) {
	m, ps := mapIDs(cat)
	if err := ps.Err(); err != nil {
		return nil, err
	}
	b := catalogBuilder{cat: cat, p: p, ids: m}
	doc := catalogDocument{Catalog: catalogModel{
		UUID:     id(b.name()),
		Metadata: b.metadata(),
	}}
	for g := range cat.Groups() {
		doc.Catalog.Groups = append(doc.Catalog.Groups, b.group(g))
	}
	return encode(doc)
}

type catalogBuilder struct {
	cat *criteria.Catalog
	p   *scoring.Policy
	ids ids
}

// name is the UUID name of the document; the names of its other UUIDs extend it.
func (b *catalogBuilder) name() string {
	return catalogName(b.cat.ID(), b.cat.Version()) + policyName(b.p, nil)
}

// catalogName is the UUID name of the document Catalog exports for the
// catalog id at version.
func catalogName(id criteria.ID, version string) string {
	return "catalog/" + string(id) + "/" + version
}

// policyName is the part of a UUID name that tells the policy, if any; r names
// it when p is nil.
func policyName(p *scoring.Policy, r *scoring.Result) string {
	switch {
	case p != nil:
		return "/policy/" + p.Name() + "/" + p.Version()
	case r != nil:
		return "/policy/" + r.Policy + "/" + r.PolicyVersion
	}
	return ""
}

func (b *catalogBuilder) metadata() metadata {
	cat := b.cat
	md := metadata{
		Title:        markupLine(either(cat.Title())),
		LastModified: catalogLastModified,
		Version:      line(cat.Version()),
		OSCALVersion: Version,
	}
	md.Props = append(md.Props, jaProp("title", cat.Title())...)
	md.Props = append(md.Props, nsProp("catalog", string(cat.ID()))...)
	md.Props = append(md.Props, textProps("legal-basis", cat.LegalBasis())...)
	md.Props = append(md.Props, textProps("source", cat.Source())...)
	if b.p != nil {
		md.Props = append(md.Props, nsProp("policy", b.p.Name())...)
		md.Props = append(md.Props, nsProp("policy-version", b.p.Version())...)
	}
	if pub := cat.Publisher(); !pub.IsZero() {
		label := messages.Text(keyPublisher)
		puid := id("party/organization/" + either(pub))
		md.Roles = []role{{ID: "publisher", Title: markupLine(label.EN), Props: jaProp("title", label)}}
		md.Parties = []party{{UUID: puid, Type: "organization", Name: either(pub), Props: jaProp("name", pub)}}
		md.ResponsibleParties = []responsibleParty{{RoleID: "publisher", PartyUUIDs: []string{puid}}}
	}
	return md
}

func (b *catalogBuilder) group(g criteria.Group) group {
	og := group{
		ID:    b.ids.groups[g],
		Title: markupLine(either(g.Title())),
		Props: append(nsProp("id", string(g.ID())), jaProp("title", g.Title())...),
	}
	if og.Title == "" {
		og.Title = string(g.ID())
	}
	for sub := range g.Groups() {
		og.Groups = append(og.Groups, b.group(sub))
	}
	for cr := range g.Criteria() {
		og.Controls = append(og.Controls, b.control(cr))
	}
	return og
}

func (b *catalogBuilder) control(cr criteria.Criterion) control {
	cid := b.ids.controls[cr.Index()]
	c := control{ID: cid, Title: markupLine(either(cr.Text()))}
	if c.Title == "" {
		c.Title = string(cr.ID())
	}
	c.Props = []prop{{Name: "label", Value: string(cr.ID())}}
	c.Props = append(c.Props, nsProp("id", string(cr.ID()))...)
	for _, s := range cr.Standard() {
		c.Props = append(c.Props, nsProp("standard", string(s))...)
	}
	w, ok := weighting(b.p, cr)
	if ok {
		c.Props = append(c.Props, nsProp("tier", w.tier)...)
		c.Props = append(c.Props, nsProp("weight", w.weight.String())...)
	}
	c.Parts = []part{textPart(statementID(cid), "statement", "", cr.Text())}
	if note := cr.Note(); !note.IsZero() {
		c.Parts = append(c.Parts, textPart("", "note", Namespace, note))
	}
	if ok && !w.rationale.IsZero() {
		c.Parts = append(c.Parts, textPart("", "rationale", Namespace, w.rationale))
	}
	return c
}

// weight is what a policy says of one criterion.
type weight struct {
	weight    scoring.Decimal
	tier      string
	rationale i18n.Text
}

// weighting returns what p says of cr, looked up by ID so that p may have been
// parsed with another instance of the catalog. It reports false if p is nil or
// does not know cr.
func weighting(p *scoring.Policy, cr criteria.Criterion) (weight, bool) {
	if p == nil {
		return weight{}, false
	}
	if _, ok := p.Catalog().Index(cr.ID()); !ok {
		return weight{}, false
	}
	w := weight{weight: p.Weight(cr.ID()), rationale: p.Rationale(cr.ID())}
	if t, ok := p.Tier(cr.ID()); ok {
		w.tier = t.ID
	}
	return w, true
}
