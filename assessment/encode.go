package assessment

import (
	"bytes"
	"encoding/json"
)

// document is an Assessment with its format name first, as it is written.
type document struct {
	Format string `json:"format"`
	*plain
}

// plain has the fields of Assessment without its methods, so that encoding it
// does not recurse into MarshalJSON.
type plain Assessment

// MarshalJSON encodes the assessment as a compact dendai.assessment/v1 document.
// Fields come in a fixed order, that of the format's documentation; empty
// optional fields are left out.
func (a *Assessment) MarshalJSON() ([]byte, error) {
	return encode(a, "")
}

// Encode returns the dendai.assessment/v1 document of a, indented by two spaces
// and ending in a newline, without HTML escaping. Decoding the result gives back
// an equal assessment.
func Encode(a *Assessment) ([]byte, error) {
	return encode(a, "  ")
}

func encode(a *Assessment, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	p := plain(*a) // a shallow copy: a itself is never changed
	if p.Responses == nil {
		p.Responses = []Response{} // "responses" is required: write [] rather than null
	}
	doc := document{Format: Format, plain: &p}
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if indent == "" {
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	return buf.Bytes(), nil
}
