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
	c := &catalog{}
	b := builder{r: jsonx.NewReader(src), cat: c, seen: map[ID]string{}}
	b.r.Messages = messages
	b.r.Limit = dendai.MaxProblems
	if serr := b.r.Document(b.catalog); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	if len(b.problems) > 0 {
		// A group's ID may come after the problems found in it: they are named
		// once the whole document is read.
		for _, n := range b.named {
			b.problems[n.problem].Group = string(n.group.id)
		}
		return nil, b.problems.Cap(b.r.Dropped).Err()
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

// builder reads a catalog document into a catalog, collecting every problem.
type builder struct {
	lines    *jsonx.Lines // indexed on the first problem: a sound catalog needs none
	r        *jsonx.Reader
	cat      *catalog
	seen     map[ID]string // ID -> JSON Pointer of its first use
	problems dendai.Problems
	named    []named
}

// named is a problem that concerns a group, named after it at the end.
type named struct {
	problem int // index in builder.problems
	group   *group
}

// about names what a problem concerns: a criterion, a group, or, when both
// are empty, the catalog as a whole.
type about struct {
	criterion ID
	group     *group
}

// flush moves the reader's problems into b.problems, naming what they concern.
// Each part of the document flushes its own problems before its children are
// read, so that a problem never takes the name of a neighbour.
func (b *builder) flush(a about) {
	if len(b.r.Problems) > 0 && b.lines == nil {
		b.lines = jsonx.NewLines(b.r.Source())
	}
	for _, p := range b.r.Problems {
		if a.group != nil {
			b.named = append(b.named, named{len(b.problems), a.group})
		}
		b.problems = append(b.problems, problemAt(b.lines, p, a.criterion))
	}
	b.r.Problems = b.r.Problems[:0]
}

// fail records a problem of this package's own.
func (b *builder) fail(off int, c dendai.Code, args ...any) {
	b.r.Fail(off, i18n.Key(c), args...)
}

func (b *builder) catalog() {
	c, r := b.cat, b.r
	off := r.Offset()
	var seen [5]bool // format, id, version, title, groups
	ok := r.Object(func(key string) bool {
		switch key {
		case "$schema":
			r.Expect(jsonx.String) // for editors; a string, otherwise ignored
		case "format":
			seen[0] = true
			if f, at, ok := b.r.StringAt(); ok && f != Format {
				b.fail(at, CodeFormat, f)
			}
		case "id":
			seen[1] = true
			c.id = b.readID()
		case "version":
			seen[2] = true
			var at int
			var ok bool
			if c.version, at, ok = b.r.StringAt(); ok && (c.version == "" || strings.ContainsFunc(c.version, isSpace)) {
				b.fail(at, CodeInvalidVersion, c.version)
			}
		case "title":
			seen[3] = true
			c.title = r.Text()
		case "publisher":
			c.publisher = r.Text()
		case "legalBasis":
			c.legalBasis = r.Text()
		case "source":
			c.source = r.Text()
		case "groups":
			seen[4] = true
			at, isArray := r.Offset(), r.Kind() == jsonx.Array
			b.flush(about{})
			n := 0
			c.groups, n = b.groups(nil)
			if isArray && n == 0 {
				b.fail(at, CodeNoGroups)
			}
		default:
			return false
		}
		return true
	})
	if ok {
		for i, name := range [...]string{"format", "id", "version", "title", "groups"} {
			if !seen[i] {
				r.Missing(off, name)
			}
		}
	}
	b.flush(about{})
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' }

// readID reads an ID and records its first use; a malformed or repeated ID is a
// problem.
func (b *builder) readID() ID {
	s, off, ok := b.r.StringAt()
	if !ok {
		return ""
	}
	id := ID(s)
	if !id.IsValid() {
		b.fail(off, CodeInvalidID, s)
		return id
	}
	if first, dup := b.seen[id]; dup {
		b.fail(off, CodeDuplicateID, s, first)
		return id
	}
	b.seen[id] = b.r.Path()
	return id
}

// groups reads a list of groups, the subgroups of parent or, when parent is
// nil, the top-level ones, and returns them and the number of elements. A
// problem with the list itself, or with an element that is not a group at all,
// concerns parent.
func (b *builder) groups(parent *group) ([]*group, int) {
	var out []*group
	n := 0
	b.r.Array(func(int) {
		n++
		if g := b.group(parent); g != nil {
			out = append(out, g)
		}
		b.flush(about{group: parent})
	})
	return out, n
}

// group reads a group and what it holds. It returns nil, leaving the problem
// for the caller to flush, when the value is not an object.
func (b *builder) group(parent *group) *group {
	r := b.r
	off := r.Offset()
	if !r.Expect(jsonx.Object) {
		return nil
	}
	g := &group{cat: b.cat, parent: parent, first: len(b.cat.criteria)}
	if parent != nil {
		g.depth = parent.depth + 1
	}
	b.cat.allGroups = append(b.cat.allGroups, g)
	self := about{group: g}
	var id, title, hasGroups, hasCriteria bool
	elems := 0
	r.Object(func(key string) bool {
		switch key {
		case "id":
			id = true
			g.id = b.readID()
		case "title":
			title = true
			g.title = r.Text()
		case "groups":
			hasGroups = true
			b.flush(self)
			var n int
			g.groups, n = b.groups(g)
			elems += n
		case "criteria":
			hasCriteria = true
			b.flush(self)
			elems += b.criteria(g)
		default:
			return false
		}
		return true
	})
	if !id {
		r.Missing(off, "id")
	}
	if !title {
		r.Missing(off, "title")
	}
	switch {
	case len(g.groups) == 0 && len(g.criteria) == 0 && elems == 0:
		b.fail(off, CodeEmptyGroup, string(g.id))
	case hasGroups && hasCriteria:
		b.fail(off, CodeMixedGroup, string(g.id))
	}
	b.flush(self)
	g.count = len(b.cat.criteria) - g.first
	return g
}

// criteria reads the criteria of g and returns the number of elements.
func (b *builder) criteria(g *group) int {
	n := 0
	b.r.Array(func(int) {
		n++
		if cr := b.criterion(g); cr != nil {
			g.criteria = append(g.criteria, cr)
		}
		b.flush(about{group: g}) // an element that is not an object
	})
	return n
}

// criterion reads a criterion of g. It returns nil, leaving the problem for
// the caller to flush, when the value is not an object.
func (b *builder) criterion(g *group) *criterion {
	r := b.r
	off := r.Offset()
	if !r.Expect(jsonx.Object) {
		return nil
	}
	cr := &criterion{cat: b.cat, group: g, index: len(b.cat.criteria)}
	var id, text bool
	r.Object(func(key string) bool {
		switch key {
		case "id":
			id = true
			cr.id = b.readID()
		case "text":
			text = true
			cr.text = r.Text()
		case "note":
			cr.note = r.Text()
		case "standard":
			cr.standard = b.references()
		default:
			return false
		}
		return true
	})
	if !id {
		r.Missing(off, "id")
	}
	if !text {
		r.Missing(off, "text")
	}
	b.flush(about{criterion: cr.id})
	b.cat.criteria = append(b.cat.criteria, cr)
	return cr
}

// references reads a list of IDs of another catalog; only their form can be
// checked here.
func (b *builder) references() []ID {
	var ids []ID
	var seen idSet
	b.r.Array(func(int) {
		s, off, ok := b.r.StringAt()
		if !ok {
			return
		}
		id := ID(s)
		switch {
		case !id.IsValid():
			b.fail(off, CodeInvalidID, s)
		case !seen.add(id):
			b.fail(off, CodeDuplicateRef, s)
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
