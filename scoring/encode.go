package scoring

import (
	"bytes"
	"encoding/json"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

type policyDoc struct {
	Format        string         `json:"format"`
	Name          string         `json:"name"`
	Version       string         `json:"version"`
	Catalog       criteria.ID    `json:"catalog"`
	Title         i18n.Text      `json:"title"`
	Description   i18n.Text      `json:"description,omitzero"`
	Credit        creditDoc      `json:"credit"`
	Tiers         []tierDoc      `json:"tiers"`
	DefaultWeight Decimal        `json:"defaultWeight"`
	Criteria      []criterionDoc `json:"criteria"`
	Gates         []gateDoc      `json:"gates"`
	Bands         []bandDoc      `json:"bands"`
}

type creditDoc struct {
	Compliant          Decimal `json:"compliant"`
	PartiallyCompliant Decimal `json:"partially_compliant"`
	NonCompliant       Decimal `json:"non_compliant"`
	NotAssessed        Decimal `json:"not_assessed"`
}

type tierDoc struct {
	ID     string    `json:"id"`
	Weight Decimal   `json:"weight"`
	Title  i18n.Text `json:"title"`
}

type criterionDoc struct {
	Criterion criteria.ID `json:"criterion"`
	Tier      string      `json:"tier,omitempty"`
	Weight    *Decimal    `json:"weight,omitempty"`
	Rationale i18n.Text   `json:"rationale,omitzero"`
}

type gateDoc struct {
	Criterion           criteria.ID       `json:"criterion,omitempty"`
	Tier                string            `json:"tier,omitempty"`
	Minimum             assessment.Status `json:"minimum"`
	NotApplicablePasses bool              `json:"notApplicablePasses,omitempty"`
}

type bandDoc struct {
	Rating   string  `json:"rating"`
	MinScore Decimal `json:"minScore"`
}

// AppendJSON appends the policy's dendai.policy/v1 document to b, indented by
// two spaces and ending in a newline: the form of the built-in policy files,
// which ParsePolicy reads back into the same policy.
func (p *Policy) AppendJSON(b []byte) ([]byte, error) {
	s := &p.d.spec
	doc := policyDoc{
		Format: PolicyFormat, Name: s.Name, Version: s.Version, Catalog: s.Catalog,
		Title: s.Title, Description: s.Description,
		Credit: creditDoc{
			Compliant: s.Credit.Compliant, PartiallyCompliant: s.Credit.PartiallyCompliant,
			NonCompliant: s.Credit.NonCompliant, NotAssessed: s.Credit.NotAssessed,
		},
		Tiers: []tierDoc{}, DefaultWeight: s.DefaultWeight, Criteria: []criterionDoc{},
		Gates: []gateDoc{}, Bands: []bandDoc{},
	}
	for _, t := range s.Tiers {
		doc.Tiers = append(doc.Tiers, tierDoc(t))
	}
	for _, c := range s.Criteria {
		doc.Criteria = append(doc.Criteria, criterionDoc(c))
	}
	for _, g := range s.Gates {
		doc.Gates = append(doc.Gates, gateDoc(g))
	}
	for _, band := range s.Bands {
		doc.Bands = append(doc.Bands, bandDoc{band.Rating, Decimal(band.MinScore) * (unit / 10)})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return b, err
	}
	return append(b, buf.Bytes()...), nil
}
