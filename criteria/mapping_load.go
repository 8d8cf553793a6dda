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
	v, serr := jsonx.Parse(src)
	if serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	m := &mapping{index: map[ID]int{}}
	b := mappingBuilder{lines: jsonx.NewLines(src), m: m, source: source, target: target, seen: map[ID]string{}}
	b.d.Messages = messages
	b.d.Limit = dendai.MaxProblems
	b.mapping(v)
	if len(b.problems) > 0 {
		return nil, b.problems.Cap(b.d.Dropped).Err()
	}
	return &Mapping{m}, nil
}

// mappingBuilder turns a parsed document into a mapping, collecting every
// problem.
type mappingBuilder struct {
	lines          *jsonx.Lines
	d              jsonx.Decoder
	m              *mapping
	source, target *Catalog
	seen           map[ID]string // target -> JSON Pointer of its entry
	problems       dendai.Problems
}

func (b *mappingBuilder) flush(criterion ID) {
	for _, p := range b.d.Problems {
		b.problems = append(b.problems, problemAt(b.lines, p, criterion))
	}
	b.d.Problems = b.d.Problems[:0]
}

func (b *mappingBuilder) fail(off int, c dendai.Code, args ...any) {
	b.d.Fail(off, i18n.Key(c), args...)
}

func (b *mappingBuilder) mapping(v jsonx.Value) {
	m := b.m
	var entries jsonx.Value
	var source, target jsonx.Value
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "$schema":
			b.d.String(v) // for editors; a string, otherwise ignored
		case "format":
			if f := b.d.String(v); v.Kind == jsonx.String && f != MappingFormat {
				b.fail(v.Off, CodeMappingFormat, f)
			}
		case "id":
			m.id = b.id(v)
		case "version":
			m.version = b.version(v)
		case "source":
			source = v
			m.source = b.catalogRef(v)
		case "target":
			target = v
			m.target = b.catalogRef(v)
		case "provenance":
			m.provenance = b.provenance(v)
		case "entries":
			entries = v
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "format", "id", "version", "source", "target", "entries")
	b.checkCatalog(source, "source", m.source, b.source, CodeMappingSourceCatalog)
	b.checkCatalog(target, "target", m.target, b.target, CodeMappingTargetCatalog)
	b.flush("")
	if entries.Kind == jsonx.Invalid {
		return
	}
	b.d.Enter("entries")
	b.d.Array(entries, func(_ int, v jsonx.Value) {
		b.entry(v)
	})
	b.d.Leave()
	b.flush("")
}

// id reads the mapping's ID or a catalog's.
func (b *mappingBuilder) id(v jsonx.Value) ID {
	s := b.d.String(v)
	if v.Kind == jsonx.String && !ID(s).IsValid() {
		b.fail(v.Off, CodeMappingInvalidID, s)
	}
	return ID(s)
}

func (b *mappingBuilder) version(v jsonx.Value) string {
	s := b.d.String(v)
	if v.Kind == jsonx.String && (s == "" || strings.ContainsFunc(s, isSpace)) {
		b.fail(v.Off, CodeMappingInvalidVersion, s)
	}
	return s
}

func (b *mappingBuilder) catalogRef(v jsonx.Value) catalogRef {
	var r catalogRef
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "catalog":
			r.Catalog = b.id(v)
		case "version":
			r.Version = b.version(v)
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "catalog", "version")
	return r
}

// checkCatalog reports a source or target that names another catalog than the
// one given. A reference already found wrong in itself is not reported again.
func (b *mappingBuilder) checkCatalog(v jsonx.Value, key string, r catalogRef, c *Catalog, code dendai.Code) {
	if v.Kind != jsonx.Object || !r.Catalog.IsValid() || r.Version == "" || strings.ContainsFunc(r.Version, isSpace) {
		return
	}
	if r.Catalog == c.ID() && r.Version == c.Version() {
		return
	}
	b.d.Enter(key)
	b.fail(v.Off, code, r.Catalog, r.Version, c.ID(), c.Version())
	b.d.Leave()
}

func (b *mappingBuilder) provenance(v jsonx.Value) Provenance {
	var p Provenance
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		var s string
		switch key {
		case "author":
			s = b.d.String(v)
			p.Author = s
		case "date":
			s = b.d.String(v)
			p.Date = s
			if v.Kind == jsonx.String && strings.TrimSpace(s) != "" && !isDate(s) {
				b.fail(v.Off, CodeMappingDate, s)
			}
		case "method":
			s = b.d.String(v)
			p.Method = s
		default:
			return false
		}
		if v.Kind == jsonx.String && strings.TrimSpace(s) == "" { // blank as a text is blank
			b.fail(v.Off, CodeMappingBlank, key)
		}
		return true
	})
	return p
}

// isDate reports whether s is a date written YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == len(time.DateOnly)
}

// entry reads one entry. Its problems name its target, once the target is
// known.
func (b *mappingBuilder) entry(v jsonx.Value) {
	e := mappingEntry{}
	var sources, rel jsonx.Value
	var targetOK bool
	if !b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "target":
			s := b.d.String(v)
			if v.Kind != jsonx.String {
				return true
			}
			e.target = ID(s)
			if _, ok := b.target.Criterion(e.target); !ok {
				b.fail(v.Off, CodeMappingUnknownTarget, b.target.ID(), s)
				return true
			}
			if first, dup := b.seen[e.target]; dup {
				b.fail(v.Off, CodeMappingDuplicateTarget, s, first)
				return true
			}
			b.seen[e.target] = b.d.Path()[:len(b.d.Path())-len("/target")]
			targetOK = true
		case "sources":
			sources = v
			e.sources = b.sources(v)
		case "relationship":
			rel = v
			s := b.d.String(v)
			if v.Kind != jsonx.String {
				return true
			}
			r, err := ParseRelationship(s)
			if err != nil {
				b.fail(v.Off, CodeMappingRelationship, s)
			}
			e.relationship = r
		case "rationale":
			e.rationale = b.d.Text(v)
		default:
			return false
		}
		return true
	}) {
		b.flush("")
		return
	}
	b.d.Required(v, "target", "sources", "relationship")
	if sources.Kind == jsonx.Array && len(sources.Elems) == 0 && rel.Kind == jsonx.String && e.relationship != NoRelationship && e.relationship.IsValid() {
		b.d.Enter("sources")
		b.fail(sources.Off, CodeMappingNoSources, string(e.target))
		b.d.Leave()
	}
	b.flush(e.target)
	if targetOK {
		b.m.index[e.target] = len(b.m.entries)
	}
	b.m.entries = append(b.m.entries, e)
}

// sources reads an entry's sources: criteria of the source catalog, each once.
func (b *mappingBuilder) sources(v jsonx.Value) []ID {
	ids := []ID{}
	var seen idSet
	b.d.Array(v, func(_ int, v jsonx.Value) {
		s := b.d.String(v)
		if v.Kind != jsonx.String {
			return
		}
		id := ID(s)
		switch {
		case !seen.add(id):
			b.fail(v.Off, CodeMappingDuplicateSource, s)
		default:
			if _, ok := b.source.Criterion(id); !ok {
				b.fail(v.Off, CodeMappingUnknownSource, b.source.ID(), s)
			}
			ids = append(ids, id)
		}
	})
	return ids
}
