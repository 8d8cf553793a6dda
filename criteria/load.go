package criteria

import (
	"io"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// Format is the format name every catalog document declares.
const Format = "dendai.catalog/v1"

// DefaultMaxSize is the size limit of a catalog document when Options leave it
// unset: 4 MiB, some 30 times the size of the built-in checklist.
const DefaultMaxSize = 4 << 20

// Options tune Parse and Read. A nil *Options means the defaults.
type Options struct {
	// MaxSize is the largest document accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int
}

func (o *Options) maxSize() int {
	if o == nil || o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Parse reads a dendai.catalog/v1 document. The document is refused, with an
// *dendai.Error that lists every problem found, if it is not strict JSON (malformed,
// invalid UTF-8, trailing data, duplicate keys, unknown fields, wrong types), if
// it is over the size limit, or if the catalog is not sound: an ID that is
// malformed or used twice, a Japanese or English text missing, a group without
// criteria or subgroups.
func Parse(data []byte, opts *Options) (*Catalog, error) {
	if max := opts.maxSize(); len(data) > max {
		return nil, tooLarge(max)
	}
	return parse(string(data))
}

// Read reads a catalog document from r, reading no more than the size limit
// allows, and parses it as Parse does.
func Read(r io.Reader, opts *Options) (*Catalog, error) {
	max := opts.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, tooLarge(max)
	}
	return parse(string(data))
}

func tooLarge(max int) error {
	return dendai.Problems{dendai.TooLarge(max)}.Err()
}

func parse(src string) (*Catalog, error) {
	v, serr := jsonx.Parse(src)
	if serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	c := &catalog{}
	b := builder{lines: jsonx.NewLines(src), cat: c, seen: map[ID]string{}}
	b.d.Messages = messages
	b.d.Limit = dendai.MaxProblems
	b.catalog(v)
	if len(b.problems) > 0 {
		return nil, b.problems.Cap(b.d.Dropped).Err()
	}
	c.digest = newDigest(c)
	c.index = make(map[ID]entity, len(c.criteria)+len(c.allGroups))
	for _, g := range c.allGroups {
		c.index[g.id] = entity{group: g}
	}
	for _, cr := range c.criteria {
		c.index[cr.id] = entity{criterion: cr}
	}
	return &Catalog{c}, nil
}

// builder turns a parsed document into a catalog, collecting every problem.
type builder struct {
	lines    *jsonx.Lines
	d        jsonx.Decoder
	cat      *catalog
	seen     map[ID]string // ID -> JSON Pointer of its first use
	problems dendai.Problems
}

// about names what a problem concerns: a criterion, a group, or, when both
// are empty, the catalog as a whole.
type about struct {
	criterion, group ID
}

// aboutGroup names g, or the catalog when g is nil (the top-level list).
func aboutGroup(g *group) about {
	if g == nil {
		return about{}
	}
	return about{group: g.id}
}

// flush moves the decoder's problems into b.problems, naming what they concern.
// Each part of the document flushes its own problems before its children are
// read, so that a problem never takes the name of a neighbour.
func (b *builder) flush(a about) {
	for _, p := range b.d.Problems {
		b.problems = append(b.problems, problemAt(b.lines, p, a))
	}
	b.d.Problems = b.d.Problems[:0]
}

// fail records a problem of this package's own.
func (b *builder) fail(off int, c dendai.Code, args ...any) {
	b.d.Fail(off, i18n.Key(c), args...)
}

func (b *builder) catalog(v jsonx.Value) {
	c := b.cat
	var groups jsonx.Value
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "$schema":
			b.d.String(v) // for editors; a string, otherwise ignored
		case "format":
			if f := b.d.String(v); v.Kind == jsonx.String && f != Format {
				b.fail(v.Off, CodeFormat, f)
			}
		case "id":
			c.id = b.readID(v)
		case "version":
			c.version = b.d.String(v)
			if v.Kind == jsonx.String && (c.version == "" || strings.ContainsFunc(c.version, isSpace)) {
				b.fail(v.Off, CodeInvalidVersion, c.version)
			}
		case "title":
			c.title = b.d.Text(v)
		case "publisher":
			c.publisher = b.d.Text(v)
		case "legalBasis":
			c.legalBasis = b.d.Text(v)
		case "source":
			c.source = b.d.Text(v)
		case "groups":
			groups = v
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "format", "id", "version", "title", "groups")
	b.flush(about{})
	if groups.Kind == jsonx.Invalid {
		return
	}
	b.d.Enter("groups")
	c.groups = b.groups(groups, nil)
	if groups.Kind == jsonx.Array && len(groups.Elems) == 0 {
		b.fail(groups.Off, CodeNoGroups)
	}
	b.d.Leave()
	b.flush(about{})
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' }

// readID reads an ID and records its first use; a malformed or repeated ID is a
// problem.
func (b *builder) readID(v jsonx.Value) ID {
	s := b.d.String(v)
	if v.Kind != jsonx.String {
		return ""
	}
	id := ID(s)
	if !id.IsValid() {
		b.fail(v.Off, CodeInvalidID, s)
		return id
	}
	if first, dup := b.seen[id]; dup {
		b.fail(v.Off, CodeDuplicateID, s, first)
		return id
	}
	b.seen[id] = b.d.Path()
	return id
}

// groups reads a list of groups, the subgroups of parent or, when parent is
// nil, the top-level ones. A problem with the list itself, or with an element
// that is not a group at all, concerns parent.
func (b *builder) groups(v jsonx.Value, parent *group) []*group {
	var out []*group
	b.d.Array(v, func(_ int, v jsonx.Value) {
		if g := b.group(v, parent); g != nil {
			out = append(out, g)
		}
		b.flush(aboutGroup(parent))
	})
	return out
}

// group reads a group and what it holds. It returns nil, leaving the problem
// for the caller to flush, when v is not an object.
func (b *builder) group(v jsonx.Value, parent *group) *group {
	g := &group{cat: b.cat, parent: parent, first: len(b.cat.criteria)}
	if parent != nil {
		g.depth = parent.depth + 1
	}
	var subgroups, criteria jsonx.Value
	if !b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "id":
			g.id = b.readID(v)
		case "title":
			g.title = b.d.Text(v)
		case "groups":
			subgroups = v
		case "criteria":
			criteria = v
		default:
			return false
		}
		return true
	}) {
		return nil
	}
	b.d.Required(v, "id", "title")
	self := aboutGroup(g)
	b.flush(self)
	b.cat.allGroups = append(b.cat.allGroups, g)
	if subgroups.Kind != jsonx.Invalid {
		b.d.Enter("groups")
		g.groups = b.groups(subgroups, g)
		b.d.Leave()
	}
	if criteria.Kind != jsonx.Invalid {
		b.d.Enter("criteria")
		b.d.Array(criteria, func(_ int, v jsonx.Value) {
			if cr := b.criterion(v, g); cr != nil {
				g.criteria = append(g.criteria, cr)
			}
			b.flush(self) // an element that is not an object
		})
		b.d.Leave()
	}
	switch {
	case len(g.groups) == 0 && len(g.criteria) == 0 && len(subgroups.Elems) == 0 && len(criteria.Elems) == 0:
		b.fail(v.Off, CodeEmptyGroup, string(g.id))
	case subgroups.Kind != jsonx.Invalid && criteria.Kind != jsonx.Invalid:
		b.fail(v.Off, CodeMixedGroup, string(g.id))
	}
	b.flush(self)
	g.count = len(b.cat.criteria) - g.first
	return g
}

// criterion reads a criterion of g. It returns nil, leaving the problem for
// the caller to flush, when v is not an object.
func (b *builder) criterion(v jsonx.Value, g *group) *criterion {
	cr := &criterion{cat: b.cat, group: g, index: len(b.cat.criteria)}
	if !b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "id":
			cr.id = b.readID(v)
		case "text":
			cr.text = b.d.Text(v)
		case "note":
			cr.note = b.d.Text(v)
		case "standard":
			cr.standard = b.references(v)
		default:
			return false
		}
		return true
	}) {
		return nil
	}
	b.d.Required(v, "id", "text")
	b.flush(about{criterion: cr.id})
	b.cat.criteria = append(b.cat.criteria, cr)
	return cr
}

// references reads a list of IDs of another catalog; only their form can be
// checked here.
func (b *builder) references(v jsonx.Value) []ID {
	var ids []ID
	var seen idSet
	b.d.Array(v, func(_ int, v jsonx.Value) {
		s := b.d.String(v)
		if v.Kind != jsonx.String {
			return
		}
		id := ID(s)
		switch {
		case !id.IsValid():
			b.fail(v.Off, CodeInvalidID, s)
		case !seen.add(id):
			b.fail(v.Off, CodeDuplicateRef, s)
		default:
			ids = append(ids, id)
		}
	})
	return ids
}

// idSet finds repeats in a list of IDs read from a document: by a scan while
// the list is short, as real lists are, and by a map past that, so that a
// hostile list of a million IDs costs linear time, not quadratic.
type idSet struct {
	ids []ID
	m   map[ID]struct{}
}

// add adds id and reports whether it was not there yet.
func (s *idSet) add(id ID) bool {
	const short = 16
	if s.m == nil {
		if containsID(s.ids, id) {
			return false
		}
		if s.ids = append(s.ids, id); len(s.ids) > short {
			s.m = make(map[ID]struct{}, 2*short)
			for _, x := range s.ids {
				s.m[x] = struct{}{}
			}
			s.ids = nil
		}
		return true
	}
	if _, dup := s.m[id]; dup {
		return false
	}
	s.m[id] = struct{}{}
	return true
}

func containsID(ids []ID, id ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
