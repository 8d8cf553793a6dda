package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// document is an Assessment with its format name first, as it is written.
type document struct {
	Schema string `json:"$schema,omitempty"`
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
//
// Encode never writes what it was not given. The values that cannot be
// written as they are: a Status or a criteria.Relationship that is not valid
// (coded CodeStatusInvalid and criteria.CodeMappingRelationship), and a text
// or an ID that is not valid UTF-8 (coded CodeValidationUTF8), which JSON
// would carry only by turning each bad byte into U+FFFD. Encode then returns
// a *dendai.Error with a problem for each such value, located by its JSON
// Pointer, and writes nothing.
func Encode(a *Assessment) ([]byte, error) {
	return encode(a, "  ")
}

func encode(a *Assessment, indent string) ([]byte, error) {
	if err := encodable(a); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	p := plain(*a) // a shallow copy: a itself is never changed
	if p.Responses == nil {
		p.Responses = []Response{} // "responses" is required: write [] rather than null
	}
	doc := document{Schema: a.Schema, Format: Format, plain: &p}
	if err := enc.Encode(doc); err != nil {
		// encodable leaves nothing to fail; should that change, a value's
		// *dendai.Error is returned as it is, not wrapped by encoding/json.
		if e, ok := errors.AsType[*dendai.Error](err); ok {
			return nil, e
		}
		return nil, err
	}
	if indent == "" {
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	return buf.Bytes(), nil
}

// encodable returns the problems of the values of a that have no text form,
// statuses and relationships that are not valid, and of the texts JSON would
// change, those that are not valid UTF-8.
func encodable(a *Assessment) error {
	var ps dendai.Problems
	badHeaderTexts(a, true, func(path string) {
		ps = append(ps, dendai.Problem{Path: path, Code: CodeValidationUTF8, Message: text(CodeValidationUTF8)})
	})
	for i := range a.Responses {
		r := &a.Responses[i]
		at := "/responses/" + strconv.Itoa(i)
		badResponseTexts(r, true, func(path string) {
			ps = append(ps, dendai.Problem{Path: at + path, Criterion: string(r.Criterion), Code: CodeValidationUTF8, Message: text(CodeValidationUTF8)})
		})
		if !r.Status.IsValid() {
			ps = append(ps, statusProblem(at+"/status", r.Criterion, r.Status))
		}
		for j, x := range r.DerivedFrom {
			if !x.Relationship.IsValid() {
				ps = append(ps, relationshipProblem(at+"/derivedFrom/"+strconv.Itoa(j)+"/relationship", r.Criterion, x.Relationship))
			}
			if !x.Status.IsValid() {
				ps = append(ps, statusProblem(at+"/derivedFrom/"+strconv.Itoa(j)+"/status", r.Criterion, x.Status))
			}
		}
	}
	sortProblems(ps)
	return ps.Cap(0).Err()
}

// statusProblem is the problem of a Status that is not valid, at path in the
// response to id.
func statusProblem(path string, id criteria.ID, s Status) dendai.Problem {
	return dendai.Problem{Path: path, Criterion: string(id), Code: CodeStatusInvalid, Message: text(CodeStatusInvalid, s.String())}
}

// relationshipProblem is the problem of a criteria.Relationship that is not
// valid, at path in the response to id: the code and message are the ones
// criteria gives it.
func relationshipProblem(path string, id criteria.ID, r criteria.Relationship) dendai.Problem {
	p := dendai.Problem{Code: criteria.CodeMappingRelationship}
	if _, err := r.AppendText(nil); err != nil {
		if e, ok := errors.AsType[*dendai.Error](err); ok && len(e.Problems) > 0 {
			p = e.Problems[0]
		}
	}
	p.Path, p.Criterion = path, string(id)
	return p
}
