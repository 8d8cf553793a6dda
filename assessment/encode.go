package assessment

import (
	"encoding"
	"errors"
	"strconv"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/jsonw"
)

// MarshalJSON encodes the assessment as a compact dendai.assessment/v1 document,
// as AppendJSON writes it.
func (a *Assessment) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(nil)
}

// AppendJSON appends the compact dendai.assessment/v1 document of a to b: the
// document Encode writes, without its indentation and final newline, and
// without HTML escaping. Fields come in a fixed order, that of the format's
// documentation; empty optional fields are left out. It writes the document in
// one pass, without reflection. The values it refuses are Encode's, with the
// same *dendai.Error; b is then returned as it was.
func (a *Assessment) AppendJSON(b []byte) ([]byte, error) {
	if err := encodable(a); err != nil {
		return b, err
	}
	w := writer{b: b}
	w.assessment(a)
	return w.b, nil
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
	if err := encodable(a); err != nil {
		return nil, err
	}
	w := writer{indent: true}
	w.assessment(a)
	return append(w.b, '\n'), nil
}

// writer appends a JSON document to b, compact or, with indent, laid out as
// encoding/json's Encoder with SetIndent("", "  ") lays it out. Strings are
// escaped as encoding/json escapes them without HTML escaping. Its callers
// have checked with encodable that every value can be written.
type writer struct {
	b      []byte
	indent bool
	depth  int
	empty  bool // nothing written yet in the object or array just opened
}

// open starts an object or an array.
func (w *writer) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = true
}

// close ends the object or array opened last.
func (w *writer) close(c byte) {
	w.depth--
	if !w.empty {
		w.newline()
	}
	w.b = append(w.b, c)
	w.empty = false
}

// next starts a member or an element: a comma after the one before, then the
// line break and indentation of the indented form.
func (w *writer) next() {
	if !w.empty {
		w.b = append(w.b, ',')
	}
	w.empty = false
	w.newline()
}

func (w *writer) newline() {
	if w.indent {
		w.b = append(w.b, '\n')
		for range w.depth {
			w.b = append(w.b, "  "...)
		}
	}
}

// key starts the member name, which needs no escaping.
func (w *writer) key(name string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
	if w.indent {
		w.b = append(w.b, ' ')
	}
}

func (w *writer) str(name, s string) {
	w.key(name)
	w.b = jsonw.String(w.b, s, false)
}

// optional writes a member that is left out when empty.
func (w *writer) optional(name, s string) {
	if s != "" {
		w.str(name, s)
	}
}

// text writes a member whose value has a text form; encodable has refused
// those that fail.
func (w *writer) text(name string, v encoding.TextAppender) {
	w.key(name)
	var buf [64]byte
	t, _ := v.AppendText(buf[:0])
	w.b = jsonw.String(w.b, t, false)
}

// assessment writes the document of a.
func (w *writer) assessment(a *Assessment) {
	w.open('{')
	w.optional("$schema", a.Schema)
	w.str("format", Format)
	w.str("catalog", string(a.Catalog))
	w.str("catalogVersion", a.CatalogVersion)
	w.str("state", string(a.State))
	w.text("assessedOn", a.AssessedOn)
	w.key("subject")
	w.open('{')
	w.key("name")
	w.open('{')
	w.str("ja", a.Subject.Name.JA)
	w.str("en", a.Subject.Name.EN)
	w.close('}')
	w.text("corporateNumber", a.Subject.CorporateNumber)
	w.text("registrationNumber", a.Subject.RegistrationNumber)
	w.close('}')
	w.key("assessor")
	w.open('{')
	w.str("name", a.Assessor.Name)
	w.optional("organization", a.Assessor.Organization)
	w.optional("email", a.Assessor.Email)
	w.close('}')
	// "responses" is required: [] rather than nothing when there are none.
	w.objects("responses", len(a.Responses), false, func(i int) { w.response(&a.Responses[i]) })
	w.close('}')
}

// objects writes a member whose value is an array of n objects, the members
// of the i-th written by each(i); omitEmpty leaves out an empty array.
func (w *writer) objects(name string, n int, omitEmpty bool, each func(i int)) {
	if n == 0 && omitEmpty {
		return
	}
	w.key(name)
	w.open('[')
	for i := range n {
		w.next()
		w.open('{')
		each(i)
		w.close('}')
	}
	w.close(']')
}

// response writes the members of r.
func (w *writer) response(r *Response) {
	w.str("criterion", string(r.Criterion))
	w.text("status", r.Status)
	w.objects("evidence", len(r.Evidence), true, func(i int) {
		w.str("title", r.Evidence[i].Title)
		w.optional("ref", r.Evidence[i].Ref)
	})
	w.optional("justification", r.Justification)
	w.optional("comment", r.Comment)
	if rem := r.Remediation; rem != nil {
		w.key("remediation")
		w.open('{')
		w.str("action", rem.Action)
		w.optional("owner", rem.Owner)
		w.text("due", rem.Due)
		w.close('}')
	}
	w.objects("derivedFrom", len(r.DerivedFrom), true, func(i int) {
		x := &r.DerivedFrom[i]
		w.str("criterion", string(x.Criterion))
		w.text("relationship", x.Relationship)
		w.text("status", x.Status)
	})
	if r.NeedsReview {
		w.key("needsReview")
		w.b = append(w.b, "true"...)
	}
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
