package review

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// The decoder reads the document with the streaming jsonx.Reader, as
// assessment, criteria and scoring do: no tree of the document is built.

// DefaultMaxSize is the size limit of a review document when Options leave it
// unset: 4 MiB.
const DefaultMaxSize = 4 << 20

// Decode reads a dendai.review/v1 document strictly: malformed JSON, invalid
// UTF-8, trailing data, duplicate keys, unknown fields, values of the wrong
// type and values that do not parse (a digest, a date, a status) are refused
// with a *dendai.Error listing every problem, located by JSON Pointer, line
// and column. It does not check the review's content; see Validate, or
// Check, which does both.
func Decode(data []byte, opts *Options) (*Review, error) {
	d := decode(data, opts)
	if len(d.problems) > 0 {
		return nil, d.problems.Cap(d.more).Err()
	}
	return d.r, nil
}

// Read reads a review document from r, no more than the size limit allows,
// and decodes it as Decode does.
func Read(r io.Reader, opts *Options) (*Review, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(opts.maxSize())+1))
	if err != nil {
		return nil, err
	}
	return Decode(data, opts)
}

// UnmarshalJSON decodes a dendai.review/v1 document as Decode does.
func (r *Review) UnmarshalJSON(b []byte) error {
	v, err := Decode(b, &Options{MaxSize: len(b) + 1})
	if err != nil {
		return err
	}
	*r = *v
	return nil
}

// decoded is the outcome of decoding: the review (nil if the document is not
// well-formed), the problems, and what locating later problems needs: the
// source and the offsets of the items and conditions.
type decoded struct {
	r          *Review
	problems   dendai.Problems
	more       int
	src        string
	items      []int // the offset of each element of Review.Items
	conditions []int // the offset of each element of Review.Conditions
}

// offset returns the offset of the value at the JSON Pointer path, or of the
// object a missing member belongs in, scanning from the item or condition
// the path goes through.
func (d *decoded) offset(path string) int {
	for _, l := range [...]struct {
		prefix string
		offs   []int
	}{{"/items/", d.items}, {"/conditions/", d.conditions}} {
		rest, ok := strings.CutPrefix(path, l.prefix)
		if !ok {
			continue
		}
		n, tail, _ := strings.Cut(rest, "/")
		if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(l.offs) {
			if tail != "" {
				tail = "/" + tail
			}
			off, _ := jsonx.LocateIn(d.src, l.offs[i], tail)
			return off
		}
	}
	off, _ := jsonx.LocateIn(d.src, 0, path)
	return off
}

func decode(data []byte, opts *Options) decoded {
	if max := opts.maxSize(); len(data) > max {
		return decoded{problems: dendai.Problems{dendai.TooLarge(max)}}
	}
	src := string(data)
	d := decoder{rd: jsonx.NewReader(src), r: &Review{}}
	d.rd.Messages = messages
	d.rd.Limit = dendai.MaxProblems
	if serr := d.rd.Document(d.review); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return decoded{src: src, problems: dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}}
	}
	d.flush()
	return decoded{r: d.r, problems: d.problems, more: d.rd.Dropped, src: src, items: d.items, conditions: d.conditions}
}

type decoder struct {
	lines      *jsonx.Lines // indexed on the first problem: a sound review needs none
	rd         *jsonx.Reader
	r          *Review
	problems   dendai.Problems
	id         criteria.ID // the criterion of the item being read
	items      []int
	conditions []int
}

func (d *decoder) flush() {
	for _, p := range d.rd.Problems {
		if d.lines == nil {
			d.lines = jsonx.NewLines(d.rd.Source())
		}
		line, col := d.lines.Position(p.Off)
		d.problems = append(d.problems, dendai.Problem{Path: p.Path, Line: line, Column: col, Criterion: string(d.id), Code: dendai.Code(p.Key), Message: p.Message()})
	}
	d.rd.Problems = d.rd.Problems[:0]
}

// value parses a string with parse, recording a failure as a problem. An
// empty string is the zero value, which Validate reports where it is required.
func value[T any](d *decoder, parse func(string) (T, error)) T {
	s, off, ok := d.rd.StringAt()
	if !ok {
		var zero T
		return zero
	}
	return parsed(d, s, off, parse)
}

// parsed is value for the string s, read at off.
func parsed[T any](d *decoder, s string, off int, parse func(string) (T, error)) T {
	var zero T
	if s == "" {
		return zero
	}
	t, err := parse(s)
	if err != nil {
		if d.rd.Dropping() {
			return zero
		}
		if e, ok := errors.AsType[*dendai.Error](err); ok && len(e.Problems) > 0 {
			d.rd.FailText(off, i18n.Key(e.Problems[0].Code), e.Problems[0].Message)
		} else {
			d.rd.FailText(off, i18n.Key(assessment.CodeValueInvalid), i18n.Text{JA: err.Error(), EN: err.Error()})
		}
		return zero
	}
	return t
}

func (d *decoder) review() {
	r, rd := d.r, d.rd
	off := rd.Offset()
	var seen uint // format, assessment, policy, reviewer, reviewedOn, decision, items
	if !rd.Object(func(key string) bool {
		switch key {
		case "$schema":
			r.Schema = rd.String()
		case "format":
			seen |= 1 << 0
			if f, at, ok := d.rd.StringAt(); ok && f != Format {
				rd.Fail(at, i18n.Key(CodeFormat), f)
			}
		case "assessment":
			seen |= 1 << 1
			d.target()
		case "policy":
			seen |= 1 << 2
			r.Policy = rd.String()
		case "reviewer":
			seen |= 1 << 3
			at := rd.Offset()
			hasName := false
			if rd.Object(func(key string) bool {
				switch key {
				case "name":
					hasName = true
					r.Reviewer.Name = rd.String()
				case "organization":
					r.Reviewer.Organization = rd.String()
				default:
					return false
				}
				return true
			}) && !hasName {
				rd.Missing(at, "name")
			}
		case "reviewedOn":
			seen |= 1 << 4
			r.ReviewedOn = value(d, assessment.ParseDate)
		case "decision":
			seen |= 1 << 5
			r.Decision = Decision(rd.String())
		case "conditions":
			r.Conditions, d.conditions = jsonx.List(rd, len(`{"text":"","due":""},`), func(int) Condition { return d.condition() })
		case "items":
			seen |= 1 << 6
			d.flush()
			r.Items, d.items = jsonx.List(rd, len(`{"criterion":"","decision":""},`), func(int) Item {
				it := d.item()
				d.flush()
				d.id = ""
				return it
			})
			if r.Items == nil {
				r.Items = []Item{}
			}
		default:
			return false
		}
		return true
	}) {
		return
	}
	d.rd.Required(off, seen, "format", "assessment", "policy", "reviewer", "reviewedOn", "decision", "items")
}

func (d *decoder) target() {
	t, rd := &d.r.Assessment, d.rd
	off := rd.Offset()
	var seen uint
	if rd.Object(func(key string) bool {
		switch key {
		case "digest":
			seen |= 1 << 0
			t.Digest = value(d, assessment.ParseDigest)
		case "catalog":
			seen |= 1 << 1
			t.Catalog = criteria.ID(rd.String())
		case "catalogVersion":
			seen |= 1 << 2
			t.CatalogVersion = rd.String()
		default:
			return false
		}
		return true
	}) {
		d.rd.Required(off, seen, "digest", "catalog", "catalogVersion")
	}
}

func (d *decoder) condition() Condition {
	var c Condition
	rd := d.rd
	off := rd.Offset()
	var seen uint
	if rd.Object(func(key string) bool {
		switch key {
		case "text":
			seen |= 1 << 0
			c.Text = rd.String()
		case "due":
			seen |= 1 << 1
			c.Due = value(d, assessment.ParseDate)
		default:
			return false
		}
		return true
	}) {
		d.rd.Required(off, seen, "text", "due")
	}
	return c
}

func (d *decoder) item() Item {
	var it Item
	rd := d.rd
	off := rd.Offset()
	// Look the criterion and the decision up first, so that every problem of
	// the item names the criterion, and a member of another kind of decision
	// is known for what it is wherever it comes.
	if id, ok := rd.PeekString("criterion"); ok {
		d.id = criteria.ID(id)
	}
	v, _ := rd.PeekString("decision")
	verdict := Verdict(v)
	allowed := func(key string, kind Verdict) bool {
		if verdict.IsValid() && verdict != kind {
			rd.Fail(rd.Offset(), i18n.Key(CodeFieldNotAllowed), string(verdict), key)
			return false
		}
		return true
	}
	var seen uint
	if rd.Object(func(key string) bool {
		switch key {
		case "criterion":
			seen |= 1 << 0
			it.Criterion = criteria.ID(rd.String())
		case "decision":
			seen |= 1 << 1
			it.Decision = Verdict(rd.String())
		case "question":
			if !allowed(key, Query) {
				return true // skipped
			}
			it.Question = rd.String()
		case "due":
			if !allowed(key, Query) {
				return true // skipped
			}
			it.Due = value(d, assessment.ParseDate)
		case "status":
			if !allowed(key, Overridden) {
				return true // skipped
			}
			raw, at, ok := d.rd.StringAt()
			if !ok {
				return true
			}
			it.Status = parsed(d, raw, at, assessment.ParseStatus)
			if s, err := assessment.ParseStatus(raw); err == nil && s == assessment.NotAssessed {
				rd.Fail(at, i18n.Key(CodeOverrideNotAssessed))
			}
		case "reason":
			if !allowed(key, Overridden) {
				return true // skipped
			}
			it.Reason = rd.String()
		default:
			return false
		}
		return true
	}) {
		d.rd.Required(off, seen, "criterion", "decision")
	}
	return it
}
