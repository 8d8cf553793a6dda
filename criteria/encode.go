package criteria

import (
	"bytes"
	"encoding/json"

	"github.com/dendai-go/dendai/i18n"
)

type catalogDoc struct {
	Format     string     `json:"format"`
	ID         ID         `json:"id"`
	Version    string     `json:"version"`
	Title      i18n.Text  `json:"title"`
	Publisher  i18n.Text  `json:"publisher,omitzero"`
	LegalBasis i18n.Text  `json:"legalBasis,omitzero"`
	Source     i18n.Text  `json:"source,omitzero"`
	Groups     []groupDoc `json:"groups"`
}

type groupDoc struct {
	ID       ID             `json:"id"`
	Title    i18n.Text      `json:"title"`
	Groups   []groupDoc     `json:"groups,omitempty"`
	Criteria []criterionDoc `json:"criteria,omitempty"`
}

type criterionDoc struct {
	ID       ID        `json:"id"`
	Text     i18n.Text `json:"text"`
	Note     i18n.Text `json:"note,omitzero"`
	Standard []ID      `json:"standard,omitempty"`
}

// MarshalJSON encodes the catalog as a dendai.catalog/v1 document, which Parse
// reads back into an equal catalog. Fields come in a fixed order.
func (c *Catalog) MarshalJSON() ([]byte, error) {
	return c.data().encode("")
}

// AppendJSON appends the catalog's dendai.catalog/v1 document to b, indented by two
// spaces and ending in a newline, with no HTML escaping: the form of the embedded
// data files and of `dendai catalog --format json`.
func (c *Catalog) AppendJSON(b []byte) ([]byte, error) {
	out, err := c.data().encode("  ")
	return append(b, out...), err
}

func (c *catalog) encode(indent string) ([]byte, error) {
	doc := catalogDoc{
		Format: Format, ID: c.id, Version: c.version,
		Title: c.title, Publisher: c.publisher, LegalBasis: c.legalBasis, Source: c.source,
		Groups: groupDocs(c.groups),
	}
	return encodeDoc(doc, indent)
}

func groupDocs(gs []*group) []groupDoc {
	out := make([]groupDoc, len(gs))
	for i, g := range gs {
		out[i] = groupDoc{ID: g.id, Title: g.title, Groups: groupDocs(g.groups)}
		if len(g.groups) == 0 {
			out[i].Groups = nil
		}
		for _, cr := range g.criteria {
			out[i].Criteria = append(out[i].Criteria, criterionDoc{
				ID: cr.id, Text: cr.text, Note: cr.note, Standard: cr.standard,
			})
		}
	}
	return out
}

// encodeDoc writes a document as the embedded data files are written: fields
// in struct order, no HTML escaping, indented by indent and ending in a
// newline, or compact, without one, when indent is empty.
func encodeDoc(doc any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if indent == "" {
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	return buf.Bytes(), nil
}
