package review

import (
	"errors"
	"io"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// The decoder reads the parse tree of internal/jsonx, as assessment and
// scoring do; it is kept in this one file so that it can follow jsonx when
// that changes.

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
// well-formed), the problems, and what locating later problems needs.
type decoded struct {
	r        *Review
	problems dendai.Problems
	more     int
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
	d := decoder{src: src, r: &Review{}}
	d.d.Messages = messages
	d.d.Limit = dendai.MaxProblems
	d.review(root)
	d.flush()
	return decoded{r: d.r, problems: d.problems, more: d.d.Dropped, src: src, root: root}
}

type decoder struct {
	src      string
	lines    *jsonx.Lines
	d        jsonx.Decoder
	r        *Review
	problems dendai.Problems
	id       criteria.ID // the criterion of the item being read
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

// value parses a string with parse, recording a failure as a problem. An
// empty string is the zero value, which Validate reports where it is required.
func value[T any](d *decoder, v jsonx.Value, parse func(string) (T, error)) T {
	var zero T
	s := d.d.String(v)
	if v.Kind != jsonx.String || s == "" {
		return zero
	}
	t, err := parse(s)
	if err != nil {
		if e, ok := errors.AsType[*dendai.Error](err); ok && len(e.Problems) > 0 {
			d.d.FailText(v.Off, i18n.Key(e.Problems[0].Code), e.Problems[0].Message)
		} else {
			d.d.FailText(v.Off, i18n.Key(assessment.CodeValueInvalid), i18n.Text{JA: err.Error(), EN: err.Error()})
		}
		return zero
	}
	return t
}

func (d *decoder) review(v jsonx.Value) {
	r := d.r
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "$schema":
			r.Schema = d.d.String(v)
		case "format":
			if f := d.d.String(v); v.Kind == jsonx.String && f != Format {
				d.d.Fail(v.Off, i18n.Key(CodeFormat), f)
			}
		case "assessment":
			d.target(v)
		case "policy":
			r.Policy = d.d.String(v)
		case "reviewer":
			d.d.Object(v, func(key string, v jsonx.Value) bool {
				switch key {
				case "name":
					r.Reviewer.Name = d.d.String(v)
				case "organization":
					r.Reviewer.Organization = d.d.String(v)
				default:
					return false
				}
				return true
			})
			d.d.Required(v, "name")
		case "reviewedOn":
			r.ReviewedOn = value(d, v, assessment.ParseDate)
		case "decision":
			r.Decision = Decision(d.d.String(v))
		case "conditions":
			d.d.Array(v, func(_ int, v jsonx.Value) {
				r.Conditions = append(r.Conditions, d.condition(v))
			})
		case "items":
			r.Items = []Item{}
			d.d.Array(v, func(_ int, v jsonx.Value) {
				d.flush()
				r.Items = append(r.Items, d.item(v))
				d.flush()
				d.id = ""
			})
		default:
			return false
		}
		return true
	})
	d.d.Required(v, "format", "assessment", "policy", "reviewer", "reviewedOn", "decision", "items")
}

func (d *decoder) target(v jsonx.Value) {
	t := &d.r.Assessment
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "digest":
			t.Digest = value(d, v, assessment.ParseDigest)
		case "catalog":
			t.Catalog = criteria.ID(d.d.String(v))
		case "catalogVersion":
			t.CatalogVersion = d.d.String(v)
		default:
			return false
		}
		return true
	})
	d.d.Required(v, "digest", "catalog", "catalogVersion")
}

func (d *decoder) condition(v jsonx.Value) Condition {
	var c Condition
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "text":
			c.Text = d.d.String(v)
		case "due":
			c.Due = value(d, v, assessment.ParseDate)
		default:
			return false
		}
		return true
	})
	d.d.Required(v, "text", "due")
	return c
}

func (d *decoder) item(v jsonx.Value) Item {
	var it Item
	// Read the criterion and the decision first, so that every problem of the
	// item names the criterion, and a member of another kind of decision is
	// known for what it is wherever it comes.
	var verdict Verdict
	if v.Kind == jsonx.Object {
		for _, m := range v.Members {
			switch {
			case m.Key == "criterion" && m.Value.Kind == jsonx.String:
				d.id = criteria.ID(m.Value.Str)
			case m.Key == "decision" && m.Value.Kind == jsonx.String:
				verdict = Verdict(m.Value.Str)
			}
		}
	}
	allowed := func(v jsonx.Value, key string, kind Verdict) bool {
		if verdict.IsValid() && verdict != kind {
			d.d.Fail(v.Off, i18n.Key(CodeFieldNotAllowed), string(verdict), key)
			return false
		}
		return true
	}
	d.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "criterion":
			it.Criterion = criteria.ID(d.d.String(v))
		case "decision":
			it.Decision = Verdict(d.d.String(v))
		case "question":
			if allowed(v, key, Query) {
				it.Question = d.d.String(v)
			}
		case "due":
			if allowed(v, key, Query) {
				it.Due = value(d, v, assessment.ParseDate)
			}
		case "status":
			if allowed(v, key, Overridden) {
				it.Status = value(d, v, assessment.ParseStatus)
				if s, err := assessment.ParseStatus(v.Str); v.Kind == jsonx.String && err == nil && s == assessment.NotAssessed {
					d.d.Fail(v.Off, i18n.Key(CodeOverrideNotAssessed))
				}
			}
		case "reason":
			if allowed(v, key, Overridden) {
				it.Reason = d.d.String(v)
			}
		default:
			return false
		}
		return true
	})
	d.d.Required(v, "criterion", "decision")
	return it
}
