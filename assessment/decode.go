package assessment

import (
	"errors"
	"io"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// DefaultMaxSize is the size limit of an assessment document when Options leave
// it unset: 8 MiB.
const DefaultMaxSize = 8 << 20

// Options tune decoding and validation. A nil *Options means the defaults.
type Options struct {
	// MaxSize is the largest document accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int
	// Now returns the current time; nil means time.Now. Validation refuses an
	// assessment dated after today, today being the date in Japan Standard Time
	// (UTC+9) at Now.
	Now func() time.Time
}

func (o *Options) maxSize() int {
	if o == nil || o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// jst is Japan Standard Time; Japan has no daylight saving time, so a fixed zone
// is exact and needs no time zone database.
var jst = time.FixedZone("JST", 9*60*60)

func (o *Options) today() Date {
	now := time.Now
	if o != nil && o.Now != nil {
		now = o.Now
	}
	return DateOf(now().In(jst))
}

// Decode reads a dendai.assessment/v1 document strictly: malformed JSON, invalid
// UTF-8, trailing data, duplicate keys, unknown fields, values of the wrong type
// and unparseable values (a status, a date, a corporate or registration number)
// are refused with a *dendai.Error listing every problem, located by JSON Pointer, line
// and column. It does not check the assessment against a catalog; see Validate,
// or Check, which does both.
func Decode(data []byte, opts *Options) (*Assessment, error) {
	r := decode(data, opts)
	if len(r.problems) > 0 {
		return nil, r.problems.Cap(r.more).Err()
	}
	return r.a, nil
}

// Read reads an assessment document from r, reading no more than the size limit
// allows, and decodes it as Decode does.
func Read(r io.Reader, opts *Options) (*Assessment, error) {
	max := opts.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	return Decode(data, opts)
}

// UnmarshalJSON decodes a dendai.assessment/v1 document as Decode does, so that
// json.Unmarshal is as strict as Decode.
func (a *Assessment) UnmarshalJSON(b []byte) error {
	v, err := Decode(b, &Options{MaxSize: len(b) + 1})
	if err != nil {
		return err
	}
	*a = *v
	return nil
}

// decoded is the outcome of decoding: the assessment (nil if the document is not
// well-formed), the problems, and the parse tree for locating later problems.
type decoded struct {
	a        *Assessment
	problems dendai.Problems
	more     int // problems found past dendai.MaxProblems, counted, not built
	src      string
	root     jsonx.Value
}

func decode(data []byte, opts *Options) decoded {
	if max := opts.maxSize(); len(data) > max {
		return decoded{problems: dendai.Problems{dendai.TooLarge(max)}}
	}
	src := string(data)
	root, serr := jsonx.Parse(src)
	if serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return decoded{src: src, problems: dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}}
	}
	d := decoder{src: src, a: &Assessment{}}
	d.d.Messages = messages
	d.d.Limit = dendai.MaxProblems
	d.assessment(root)
	return decoded{a: d.a, problems: d.problems, more: d.d.Dropped, src: src, root: root}
}

type decoder struct {
	src      string
	lines    *jsonx.Lines // indexed on the first problem: a valid document needs none
	d        jsonx.Decoder
	a        *Assessment
	problems dendai.Problems
	id       criteria.ID // the criterion of the response being read
}

func (d *decoder) flush() {
	for _, p := range d.d.Problems {
		if d.lines == nil {
			d.lines = jsonx.NewLines(d.src)
		}
		line, col := d.lines.Position(p.Off)
		d.problems = append(d.problems, dendai.Problem{Path: p.Path, Line: line, Column: col, Criterion: string(d.id), Code: dendai.Code(p.Key), Message: p.Message()})
	}
	d.d.Problems = d.d.Problems[:0]
}

// value parses a string with parse, recording a failure as a problem. An empty
// string is the zero value, as a blank template has it; validation reports it if
// the value is required.
func value[T any](d *decoder, v jsonx.Value, parse func(string) (T, error)) T {
	if v.Kind == jsonx.String && v.Str == "" {
		var zero T
		return zero
	}
	return required(d, v, parse)
}

// required is value for a value that may not be left empty: an empty string
// goes to parse, which refuses it.
func required[T any](d *decoder, v jsonx.Value, parse func(string) (T, error)) T {
	var zero T
	s := d.d.String(v)
	if v.Kind != jsonx.String {
		return zero
	}
	t, err := parse(s)
	if err != nil {
		var e *dendai.Error
		if errors.As(err, &e) && len(e.Problems) > 0 {
			p := e.Problems[0]
			d.d.FailText(v.Off, i18n.Key(p.Code), p.Message)
		} else {
			d.d.Fail(v.Off, i18n.Key(CodeValueInvalid), s)
		}
		return zero
	}
	return t
}

func (d *decoder) assessment(v jsonx.Value) {
	a := d.a
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "$schema":
			a.Schema = d.d.String(v)
		case "format":
			if f := d.d.String(v); v.Kind == jsonx.String && f != Format {
				d.d.Fail(v.Off, i18n.Key(CodeFormat), f)
			}
		case "catalog":
			a.Catalog = criteria.ID(d.d.String(v))
		case "catalogVersion":
			a.CatalogVersion = d.d.String(v)
		case "state":
			a.State = State(d.d.String(v))
		case "assessedOn":
			a.AssessedOn = value(d, v, ParseDate)
		case "subject":
			d.subject(v)
		case "assessor":
			d.assessor(v)
		case "responses":
			d.d.Array(v, func(i int, v jsonx.Value) {
				d.flush()
				d.id = ""
				a.Responses = append(a.Responses, d.response(v))
				d.flush()
				d.id = ""
			})
		default:
			return false
		}
		return true
	})
	// Other required fields are the validator's: their zero values are checked
	// the same way in an assessment built in Go.
	d.d.Required(v, "format", "responses")
	d.flush()
}

func (d *decoder) subject(v jsonx.Value) {
	s := &d.a.Subject
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "name":
			s.Name = d.d.OptionalText(v)
		case "corporateNumber":
			s.CorporateNumber = value(d, v, ParseCorporateNumber)
		case "registrationNumber":
			s.RegistrationNumber = value(d, v, ParseRegistrationNumber)
		default:
			return false
		}
		return true
	})
}

func (d *decoder) assessor(v jsonx.Value) {
	p := &d.a.Assessor
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "name":
			p.Name = d.d.String(v)
		case "organization":
			p.Organization = d.d.String(v)
		case "email":
			p.Email = d.d.String(v)
		default:
			return false
		}
		return true
	})
}

func (d *decoder) response(v jsonx.Value) Response {
	var r Response
	// Read the criterion first, so that every problem of the response names it.
	if v.Kind == jsonx.Object {
		for _, m := range v.Members {
			if m.Key == "criterion" && m.Value.Kind == jsonx.String {
				d.id = criteria.ID(m.Value.Str)
			}
		}
	}
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "criterion":
			r.Criterion = criteria.ID(d.d.String(v))
		case "status":
			r.Status = required(d, v, ParseStatus)
		case "evidence":
			d.d.Array(v, func(_ int, v jsonx.Value) {
				r.Evidence = append(r.Evidence, d.evidence(v))
			})
		case "justification":
			r.Justification = d.d.String(v)
		case "comment":
			r.Comment = d.d.String(v)
		case "remediation":
			if v.Kind == jsonx.Null {
				return true
			}
			r.Remediation = d.remediation(v)
		case "derivedFrom":
			d.d.Array(v, func(_ int, v jsonx.Value) {
				r.DerivedFrom = append(r.DerivedFrom, d.derivation(v))
			})
		case "needsReview":
			if d.d.Expect(v, jsonx.Bool) {
				r.NeedsReview = v.Str == "true"
			}
		default:
			return false
		}
		return true
	})
	// A missing status would read as not_assessed, which is an answer.
	d.d.Required(v, "criterion", "status")
	return r
}

func (d *decoder) evidence(v jsonx.Value) Evidence {
	var e Evidence
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "title":
			e.Title = d.d.String(v)
		case "ref":
			e.Ref = d.d.String(v)
		default:
			return false
		}
		return true
	})
	return e
}

// derivation reads one element of derivedFrom. Its three fields are required:
// a derivation without its status or relationship says nothing.
func (d *decoder) derivation(v jsonx.Value) Derivation {
	var x Derivation
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "criterion":
			x.Criterion = criteria.ID(d.d.String(v))
		case "relationship":
			x.Relationship = required(d, v, criteria.ParseRelationship)
		case "status":
			x.Status = required(d, v, ParseStatus)
		default:
			return false
		}
		return true
	})
	d.d.Required(v, "criterion", "relationship", "status")
	return x
}

func (d *decoder) remediation(v jsonx.Value) *Remediation {
	var r Remediation
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "action":
			r.Action = d.d.String(v)
		case "owner":
			r.Owner = d.d.String(v)
		case "due":
			r.Due = value(d, v, ParseDate)
		default:
			return false
		}
		return true
	})
	return &r
}
