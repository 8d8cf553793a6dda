package assessment

import (
	"errors"
	"io"
	"strconv"
	"strings"
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
// well-formed), the problems, and what locating later problems needs: the
// source and the offset of each response.
type decoded struct {
	a         *Assessment
	problems  dendai.Problems
	more      int // problems found past dendai.MaxProblems, counted, not built
	src       string
	responses []int // the offset of each response in Assessment.Responses
	index     []int // the index in the document of each, when it differs
	lines     *jsonx.Lines
}

// locate turns a validation problem's path, which numbers responses as
// Assessment.Responses does, into the document's, and sets its line and
// column.
func (r *decoded) locate(p *dendai.Problem) {
	if r.index != nil {
		if rest, ok := strings.CutPrefix(p.Path, "/responses/"); ok {
			n, tail, _ := strings.Cut(rest, "/")
			if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(r.index) {
				p.Path = "/responses/" + strconv.Itoa(r.index[i])
				if tail != "" {
					p.Path += "/" + tail
				}
				p.Line, p.Column = r.positionAt(r.responses[i], tail)
				return
			}
		}
	}
	p.Line, p.Column = r.position(p.Path)
}

// position returns the line and column of the value at the JSON Pointer path,
// or of the object a missing member belongs in. A response's problem is found
// from the response's start, so that locating costs a scan of the response,
// not of the document; the line index is built on the first call.
func (r *decoded) position(path string) (line, col int) {
	if rest, ok := strings.CutPrefix(path, "/responses/"); ok && r.index == nil {
		n, tail, _ := strings.Cut(rest, "/")
		if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(r.responses) {
			return r.positionAt(r.responses[i], tail)
		}
	}
	return r.positionAt(0, strings.TrimPrefix(path, "/"))
}

// positionAt returns the line and column of the value at the pointer "/"+tail
// from the value at off.
func (r *decoded) positionAt(off int, tail string) (line, col int) {
	ptr := ""
	if tail != "" {
		ptr = "/" + tail
	}
	off, _ = jsonx.LocateIn(r.src, off, ptr)
	if r.lines == nil {
		r.lines = jsonx.NewLines(r.src)
	}
	return r.lines.Position(off)
}

func decode(data []byte, opts *Options) decoded {
	if max := opts.maxSize(); len(data) > max {
		return decoded{problems: dendai.Problems{dendai.TooLarge(max)}}
	}
	src := string(data)
	d := decoder{r: jsonx.NewReader(src), a: &Assessment{}}
	d.r.Messages = messages
	d.r.Limit = dendai.MaxProblems
	if serr := d.r.Document(d.assessment); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return decoded{src: src, problems: dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}}
	}
	return decoded{a: d.a, problems: d.problems, more: d.r.Dropped, src: src, responses: d.offsets, index: d.index, lines: d.lines}
}

type decoder struct {
	r        *jsonx.Reader
	lines    *jsonx.Lines // indexed on the first problem: a valid document needs none
	a        *Assessment
	problems dendai.Problems
	id       criteria.ID // the criterion of the response being read
	offsets  []int       // of the responses
	// index is the place in the document of each response read, when it
	// differs from the place in Responses: an element that is not an object
	// has none.
	index []int
}

// flush turns the reader's problems into the decoder's, located and named
// after the criterion of the response being read.
func (d *decoder) flush() {
	for _, p := range d.r.Problems {
		if d.lines == nil {
			d.lines = jsonx.NewLines(d.r.Source())
		}
		line, col := d.lines.Position(p.Off)
		d.problems = append(d.problems, dendai.Problem{Path: p.Path, Line: line, Column: col, Criterion: string(d.id), Code: dendai.Code(p.Key), Message: p.Message()})
	}
	d.r.Problems = d.r.Problems[:0]
}

// value parses the current string with parse, recording a failure as a problem.
// An empty string is the zero value, as a blank template has it; validation
// reports it if the value is required.
func value[T any](d *decoder, parse func(string) (T, error)) T {
	return parsed(d, parse, false)
}

// required is value for a value that may not be left empty: an empty string
// goes to parse, which refuses it.
func required[T any](d *decoder, parse func(string) (T, error)) T {
	return parsed(d, parse, true)
}

func parsed[T any](d *decoder, parse func(string) (T, error), required bool) T {
	var zero T
	off := d.r.Offset()
	if !d.r.Expect(jsonx.String) {
		return zero
	}
	s := d.r.String()
	if s == "" && !required {
		return zero
	}
	t, err := parse(s)
	if err != nil {
		var e *dendai.Error
		if errors.As(err, &e) && len(e.Problems) > 0 {
			p := e.Problems[0]
			d.r.FailText(off, i18n.Key(p.Code), p.Message)
		} else {
			d.r.Fail(off, i18n.Key(CodeValueInvalid), s)
		}
		return zero
	}
	return t
}

func (d *decoder) assessment() {
	a, r := d.a, d.r
	off := r.Offset()
	var format, responses bool
	if !r.Object(func(key string) bool {
		switch key {
		case "$schema":
			a.Schema = r.String()
		case "format":
			format = true
			at, isString := r.Offset(), r.Kind() == jsonx.String
			if f := r.String(); isString && f != Format {
				r.Fail(at, i18n.Key(CodeFormat), f)
			}
		case "catalog":
			a.Catalog = criteria.ID(r.String())
		case "catalogVersion":
			a.CatalogVersion = r.String()
		case "state":
			a.State = State(r.String())
		case "assessedOn":
			a.AssessedOn = value(d, ParseDate)
		case "subject":
			d.subject()
		case "assessor":
			d.assessor()
		case "responses":
			responses = true
			d.responses()
		default:
			return false
		}
		return true
	}) {
		d.flush()
		return
	}
	// Other required fields are the validator's: their zero values are checked
	// the same way in an assessment built in Go.
	if !format {
		r.Missing(off, "format")
	}
	if !responses {
		r.Missing(off, "responses")
	}
	d.flush()
}

// responses reads the responses. What it builds is bounded by the input: an
// element that is not an object is refused and skipped, and past
// dendai.MaxProblems the document is refused anyway, so the rest is only
// checked, not built. The responses kept are numbered as in the document
// (index) when that differs from their place in Assessment.Responses.
// maxPresized is the number of responses the decoder makes room for before
// it reads them: the checklist's 57, and those of catalogs a little larger.
const maxPresized = 64

func (d *decoder) responses() {
	d.flush()
	r := d.r
	// Room for a checklist's responses at once, not grown from one; never
	// more than one response per 32 bytes left, so that a small document
	// reserves little.
	if n := min(maxPresized, (len(r.Source())-r.Offset())/32); n > 0 && d.a.Responses == nil {
		d.a.Responses = make([]Response, 0, n)
		d.offsets = make([]int, 0, n)
	}
	r.Array(func(i int) {
		if r.Full() {
			return
		}
		if r.Kind() != jsonx.Object {
			r.Expect(jsonx.Object)
			d.flush()
			if d.index == nil {
				d.index = make([]int, len(d.offsets), len(d.offsets)+1)
				for j := range d.index {
					d.index[j] = j
				}
			}
			return
		}
		if d.index != nil {
			d.index = append(d.index, i)
		}
		d.offsets = append(d.offsets, r.Offset())
		d.a.Responses = append(d.a.Responses, Response{})
		d.response(&d.a.Responses[len(d.a.Responses)-1])
	})
}

func (d *decoder) subject() {
	s, r := &d.a.Subject, d.r
	r.Object(func(key string) bool {
		switch key {
		case "name":
			s.Name = r.OptionalText()
		case "corporateNumber":
			s.CorporateNumber = value(d, ParseCorporateNumber)
		case "registrationNumber":
			s.RegistrationNumber = value(d, ParseRegistrationNumber)
		default:
			return false
		}
		return true
	})
}

func (d *decoder) assessor() {
	p, r := &d.a.Assessor, d.r
	r.Object(func(key string) bool {
		switch key {
		case "name":
			p.Name = r.String()
		case "organization":
			p.Organization = r.String()
		case "email":
			p.Email = r.String()
		default:
			return false
		}
		return true
	})
}

// response reads one element of "responses" into res. Its problems are named
// after its criterion, which may come after them: they wait in the reader until
// the response is read.
func (d *decoder) response(res *Response) {
	r := d.r
	off := r.Offset()
	var criterion, status bool
	ok := r.Object(func(key string) bool {
		switch key {
		case "criterion":
			criterion = true
			res.Criterion = criteria.ID(r.String())
		case "status":
			status = true
			res.Status = required(d, ParseStatus)
		case "evidence":
			r.Array(func(int) {
				res.Evidence = append(res.Evidence, d.evidence())
			})
		case "justification":
			res.Justification = r.String()
		case "comment":
			res.Comment = r.String()
		case "remediation":
			if !r.Null() {
				res.Remediation = d.remediation()
			}
		case "derivedFrom":
			r.Array(func(int) {
				res.DerivedFrom = append(res.DerivedFrom, d.derivation())
			})
		case "needsReview":
			res.NeedsReview = r.Bool()
		default:
			return false
		}
		return true
	})
	if ok {
		// A missing status would read as not_assessed, which is an answer.
		if !criterion {
			r.Missing(off, "criterion")
		}
		if !status {
			r.Missing(off, "status")
		}
	}
	if len(r.Problems) > 0 {
		d.id = res.Criterion
		d.flush()
		d.id = ""
	}
}

func (d *decoder) evidence() Evidence {
	var e Evidence
	r := d.r
	r.Object(func(key string) bool {
		switch key {
		case "title":
			e.Title = r.String()
		case "ref":
			e.Ref = r.String()
		default:
			return false
		}
		return true
	})
	return e
}

// derivation reads one element of derivedFrom. Its three fields are required:
// a derivation without its status or relationship says nothing.
func (d *decoder) derivation() Derivation {
	var x Derivation
	r := d.r
	off := r.Offset()
	var criterion, relationship, status bool
	if !r.Object(func(key string) bool {
		switch key {
		case "criterion":
			criterion = true
			x.Criterion = criteria.ID(r.String())
		case "relationship":
			relationship = true
			x.Relationship = required(d, criteria.ParseRelationship)
		case "status":
			status = true
			x.Status = required(d, ParseStatus)
		default:
			return false
		}
		return true
	}) {
		return x
	}
	for _, m := range [...]struct {
		seen bool
		name string
	}{{criterion, "criterion"}, {relationship, "relationship"}, {status, "status"}} {
		if !m.seen {
			r.Missing(off, m.name)
		}
	}
	return x
}

func (d *decoder) remediation() *Remediation {
	var x Remediation
	r := d.r
	r.Object(func(key string) bool {
		switch key {
		case "action":
			x.Action = r.String()
		case "owner":
			x.Owner = r.String()
		case "due":
			x.Due = value(d, ParseDate)
		default:
			return false
		}
		return true
	})
	return &x
}
