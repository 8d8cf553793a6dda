package criteria

import (
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// ParseMapping reads a dendai.mapping/v1 document that maps criteria of
// source onto criteria of target. The document is refused, with a
// *dendai.Error that lists every problem found, if it is not strict JSON
// (malformed, invalid UTF-8, trailing data, duplicate keys, unknown fields,
// wrong types), if it is over the size limit of opts (the same as a
// catalog's), or if the mapping is not sound:
//   - its source and target must name the catalogs given, ID and version
//     (CodeMappingSourceCatalog, CodeMappingTargetCatalog);
//   - every target must be a criterion of target, mapped by one entry only,
//     and every source a criterion of source, listed once in its entry
//     (CodeMappingUnknownTarget, CodeMappingDuplicateTarget,
//     CodeMappingUnknownSource, CodeMappingDuplicateSource);
//   - an entry's relationship must be one of the five (CodeMappingRelationship),
//     and only an entry whose relationship is none may have no sources
//     (CodeMappingNoSources);
//   - a rationale, when present, needs both languages; a provenance field,
//     when present, must not be blank, and its date is written YYYY-MM-DD.
//
// A problem inside an entry names the entry's target in Problem.Criterion. A
// nil source or target is taken as an empty catalog, which no mapping fits.
func ParseMapping(data []byte, source, target *Catalog, opts *Options) (*Mapping, error) {
	if max := opts.maxSize(); len(data) > max {
		return nil, tooLarge(max)
	}
	src := string(data)
	m := &mapping{index: map[ID]int{}}
	b := mappingBuilder{r: jsonx.NewReader(src), m: m, source: source, target: target, seen: map[ID]string{}}
	b.r.Messages = messages
	b.r.Limit = dendai.MaxProblems
	if serr := b.r.Document(b.mapping); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	if len(b.problems) > 0 {
		return nil, b.problems.Cap(b.r.Dropped).Err()
	}
	return &Mapping{m}, nil
}

// mappingBuilder reads a mapping document into a mapping as it scans it,
// collecting every problem.
type mappingBuilder struct {
	lines          *jsonx.Lines // indexed on the first problem: a sound mapping needs none
	r              *jsonx.Reader
	m              *mapping
	source, target *Catalog
	seen           map[ID]string // target -> JSON Pointer of its entry
	problems       dendai.Problems
}

// flush moves the reader's problems into b.problems, naming the criterion
// they concern, if any.
func (b *mappingBuilder) flush(criterion ID) {
	if len(b.r.Problems) > 0 && b.lines == nil {
		b.lines = jsonx.NewLines(b.r.Source())
	}
	for _, p := range b.r.Problems {
		b.problems = append(b.problems, problemAt(b.lines, p, criterion))
	}
	b.r.Problems = b.r.Problems[:0]
}

func (b *mappingBuilder) fail(off int, c dendai.Code, args ...any) {
	b.r.Fail(off, i18n.Key(c), args...)
}

func (b *mappingBuilder) mapping() {
	m, r := b.m, b.r
	off := r.Offset()
	var seen [6]bool // format, id, version, source, target, entries
	ok := r.Object(func(key string) bool {
		switch key {
		case "$schema":
			r.Expect(jsonx.String) // for editors; a string, otherwise ignored
		case "format":
			seen[0] = true
			if f, at, ok := b.r.StringAt(); ok && f != MappingFormat {
				b.fail(at, CodeMappingFormat, f)
			}
		case "id":
			seen[1] = true
			m.id = b.id()
		case "version":
			seen[2] = true
			m.version = b.version()
		case "source":
			seen[3] = true
			m.source = b.catalogRef(b.source, CodeMappingSourceCatalog)
		case "target":
			seen[4] = true
			m.target = b.catalogRef(b.target, CodeMappingTargetCatalog)
		case "provenance":
			m.provenance = b.provenance()
		case "entries":
			seen[5] = true
			b.flush("")
			// The shortest sound entry names a criterion of the target, whose
			// ID may be one character long.
			m.entries, _ = jsonx.List(r, len(`{"target":"x","sources":[],"relationship":"none"},`), b.entry)
		default:
			return false
		}
		return true
	})
	if ok {
		for i, name := range [...]string{"format", "id", "version", "source", "target", "entries"} {
			if !seen[i] {
				r.Missing(off, name)
			}
		}
	}
	b.flush("")
}

// id reads the mapping's ID or a catalog's.
func (b *mappingBuilder) id() ID {
	s, off, ok := b.r.StringAt()
	if ok && !ID(s).IsValid() {
		b.fail(off, CodeMappingInvalidID, s)
	}
	return ID(s)
}

func (b *mappingBuilder) version() string {
	s, off, ok := b.r.StringAt()
	if ok && (s == "" || strings.ContainsFunc(s, isSpace)) {
		b.fail(off, CodeMappingInvalidVersion, s)
	}
	return s
}

// catalogRef reads the source or the target, and reports one that names
// another catalog than c, the one given. A reference already found wrong in
// itself is not reported again.
func (b *mappingBuilder) catalogRef(c *Catalog, code dendai.Code) catalogRef {
	var ref catalogRef
	r := b.r
	off := r.Offset()
	var hasCatalog, hasVersion bool
	if !r.Object(func(key string) bool {
		switch key {
		case "catalog":
			hasCatalog = true
			ref.Catalog = b.id()
		case "version":
			hasVersion = true
			ref.Version = b.version()
		default:
			return false
		}
		return true
	}) {
		return ref
	}
	if !hasCatalog {
		r.Missing(off, "catalog")
	}
	if !hasVersion {
		r.Missing(off, "version")
	}
	if !ref.Catalog.IsValid() || ref.Version == "" || strings.ContainsFunc(ref.Version, isSpace) {
		return ref
	}
	if ref.Catalog != c.ID() || ref.Version != c.Version() {
		b.fail(off, code, ref.Catalog, ref.Version, c.ID(), c.Version())
	}
	return ref
}

func (b *mappingBuilder) provenance() Provenance {
	var p Provenance
	b.r.Object(func(key string) bool {
		var dst *string
		switch key {
		case "author":
			dst = &p.Author
		case "date":
			dst = &p.Date
		case "method":
			dst = &p.Method
		default:
			return false
		}
		s, off, ok := b.r.StringAt()
		*dst = s
		switch {
		case !ok:
		case strings.TrimSpace(s) == "": // blank as a text is blank
			b.fail(off, CodeMappingBlank, key)
		case key == "date" && !isDate(s):
			b.fail(off, CodeMappingDate, s)
		}
		return true
	})
	return p
}

// relationshipOf returns the relationship spelt s, as ParseRelationship
// does, or the zero Relationship, which is not valid; it builds no error,
// since a hostile mapping may spell every one wrong.
func relationshipOf(s string) Relationship {
	for r := Equivalent; r <= NoRelationship; r++ {
		if r.String() == s {
			return r
		}
	}
	return 0
}

// isDate reports whether s is a date written YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == len(time.DateOnly)
}

// entry reads entry i. Its problems name its target, once the target is
// known.
func (b *mappingBuilder) entry(i int) mappingEntry {
	r := b.r
	off := r.Offset()
	e := mappingEntry{}
	if r.Kind() != jsonx.Object {
		r.Expect(jsonx.Object)
		b.flush("")
		return e
	}
	var hasTarget, hasSources, hasRel, targetOK, relIsString bool
	sourcesOff, nSources := -1, 0
	r.Object(func(key string) bool {
		switch key {
		case "target":
			hasTarget = true
			s, at, ok := b.r.StringAt()
			if !ok {
				return true
			}
			e.target = ID(s)
			if _, ok := b.target.Criterion(e.target); !ok {
				b.fail(at, CodeMappingUnknownTarget, b.target.ID(), s)
				return true
			}
			if first, dup := b.seen[e.target]; dup {
				b.fail(at, CodeMappingDuplicateTarget, s, first)
				return true
			}
			path := r.Path()
			b.seen[e.target] = path[:len(path)-len("/target")]
			targetOK = true
		case "sources":
			hasSources = true
			if r.Kind() == jsonx.Array {
				sourcesOff = r.Offset()
			}
			e.sources, nSources = b.sources()
		case "relationship":
			hasRel = true
			s, at, ok := b.r.StringAt()
			if !ok {
				return true
			}
			relIsString = true
			e.relationship = relationshipOf(s)
			if !e.relationship.IsValid() {
				b.fail(at, CodeMappingRelationship, s)
			}
		case "rationale":
			e.rationale = r.Text()
		default:
			return false
		}
		return true
	})
	if !hasTarget {
		r.Missing(off, "target")
	}
	if !hasSources {
		r.Missing(off, "sources")
	}
	if !hasRel {
		r.Missing(off, "relationship")
	}
	if sourcesOff >= 0 && nSources == 0 && relIsString && e.relationship != NoRelationship && e.relationship.IsValid() {
		r.Enter("sources")
		b.fail(sourcesOff, CodeMappingNoSources, string(e.target))
		r.Leave()
	}
	b.flush(e.target)
	if targetOK {
		b.m.index[e.target] = i
	}
	return e
}

// sources reads an entry's sources, criteria of the source catalog, each
// once, and returns them and the number of elements.
func (b *mappingBuilder) sources() ([]ID, int) {
	ids := []ID{}
	var seen idSet
	n := 0
	b.r.Array(func(int) {
		n++
		s, off, ok := b.r.StringAt()
		if !ok {
			return
		}
		id := ID(s)
		switch {
		case !seen.add(id):
			b.fail(off, CodeMappingDuplicateSource, s)
		default:
			if _, ok := b.source.Criterion(id); !ok {
				b.fail(off, CodeMappingUnknownSource, b.source.ID(), s)
			}
			if b.r.Dropped == 0 { // refused anyway: not kept
				ids = append(ids, id)
			}
		}
	})
	return ids, n
}
