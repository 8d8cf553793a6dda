package review

import (
	"bytes"
	"encoding/json"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// itemWire is an Item as it is written: the status only for an override.
type itemWire struct {
	Criterion criteria.ID        `json:"criterion"`
	Decision  Verdict            `json:"decision"`
	Question  string             `json:"question,omitempty"`
	Due       assessment.Date    `json:"due,omitzero"`
	Status    *assessment.Status `json:"status,omitempty"`
	Reason    string             `json:"reason,omitempty"`
}

// MarshalJSON writes the item; status is written for an override only.
func (it Item) MarshalJSON() ([]byte, error) {
	w := itemWire{Criterion: it.Criterion, Decision: it.Decision, Question: it.Question, Due: it.Due, Reason: it.Reason}
	if it.Decision == Overridden {
		w.Status = &it.Status
	}
	return json.Marshal(w)
}

// MarshalJSON encodes the review as a compact dendai.review/v1 document, its
// format first and the other members in the order of the format's
// documentation.
func (r *Review) MarshalJSON() ([]byte, error) {
	return encode(r, "")
}

// Encode returns the dendai.review/v1 document of r, indented by two spaces
// and ending in a newline, without HTML escaping. Decoding it gives back an
// equal review. The one value it cannot write is an override's status that
// is not valid.
func Encode(r *Review) ([]byte, error) {
	return encode(r, "  ")
}

func encode(r *Review, indent string) ([]byte, error) {
	type plain Review
	p := plain(*r)
	if p.Items == nil {
		p.Items = []Item{} // "items" is required: [] rather than null
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(struct {
		Schema string `json:"$schema,omitempty"`
		Format string `json:"format"`
		*plain
	}{r.Schema, Format, &p}); err != nil {
		return nil, err
	}
	if indent == "" {
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	return buf.Bytes(), nil
}
