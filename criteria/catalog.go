package criteria

import (
	"crypto/sha256"
	"iter"
	"slices"
	"sync"

	"github.com/dendai-go/dendai/i18n"
)

// Catalog is a versioned, bilingual set of criteria arranged in groups. A Catalog
// is immutable: it has no exported fields, its accessors return copies or
// read-only views, and so it is safe for concurrent use by any number of
// goroutines.
type Catalog struct {
	id         ID
	version    string
	title      i18n.Text
	publisher  i18n.Text
	legalBasis i18n.Text
	source     i18n.Text
	groups     []*Group     // top-level groups
	criteria   []*Criterion // every criterion, in document order
	allGroups  []*Group     // every group, depth first in document order
	index      map[ID]entity
	digest     func() [sha256.Size]byte // of the compact encoding, on first use
}

// entity is what an ID names: a criterion or a group.
type entity struct {
	criterion *Criterion
	group     *Group
}

// Group is a heading of a catalog: a part, a category or a section. A group holds
// either subgroups or criteria.
type Group struct {
	id       ID
	title    i18n.Text
	parent   *Group
	groups   []*Group
	criteria []*Criterion
	depth    int
	first    int // index of the first criterion under the group, in catalog order
	count    int // criteria under the group, at any depth
}

// Criterion is one requirement or checklist item.
type Criterion struct {
	id       ID
	text     i18n.Text
	note     i18n.Text
	standard []ID
	group    *Group
	index    int
}

// Equal reports whether c and d hold the same catalog: the same ID, version,
// texts, groups and criteria in the same order. Two catalogs loaded from the
// same document are equal, and so is any byte-identical copy of a built-in
// catalog: what a catalog is does not depend on where it was loaded from.
// A nil catalog equals only nil.
func (c *Catalog) Equal(d *Catalog) bool {
	if c == nil || d == nil {
		return c == d
	}
	return c == d || c.id == d.id && c.version == d.version && len(c.criteria) == len(d.criteria) && c.digest() == d.digest()
}

// newDigest returns the digest function of c: SHA-256 of its compact
// dendai.catalog/v1 encoding, computed once, on first use.
func newDigest(c *Catalog) func() [sha256.Size]byte {
	return sync.OnceValue(func() [sha256.Size]byte {
		b, err := c.encode("")
		if err != nil {
			panic("criteria: encoding a loaded catalog: " + err.Error()) // cannot happen: every value is a string or a slice of them
		}
		return sha256.Sum256(b)
	})
}

// ID returns the catalog's ID, such as "jpbank-checklist".
func (c *Catalog) ID() ID { return c.id }

// Version returns the version of the catalog's data set, such as "1.0.0".
func (c *Catalog) Version() string { return c.version }

// Title returns the catalog's title.
func (c *Catalog) Title() i18n.Text { return c.title }

// Publisher returns who publishes the criteria.
func (c *Catalog) Publisher() i18n.Text { return c.publisher }

// LegalBasis returns the provision the criteria are published under; it may be empty.
func (c *Catalog) LegalBasis() i18n.Text { return c.legalBasis }

// Source describes the document the criteria are quoted from; it may be empty.
func (c *Catalog) Source() i18n.Text { return c.source }

// Len returns the number of criteria.
func (c *Catalog) Len() int { return len(c.criteria) }

// At returns the i-th criterion in catalog order; it panics if i is out of range.
// With Len and Index it lets callers keep per-criterion data in plain slices.
func (c *Catalog) At(i int) *Criterion { return c.criteria[i] }

// Criterion returns the criterion with the given ID. The lookup takes constant
// time and does not allocate.
func (c *Catalog) Criterion(id ID) (*Criterion, bool) {
	e := c.index[id]
	return e.criterion, e.criterion != nil
}

// Index returns the position of the criterion with the given ID in catalog order.
func (c *Catalog) Index(id ID) (int, bool) {
	e := c.index[id]
	if e.criterion == nil {
		return -1, false
	}
	return e.criterion.index, true
}

// Group returns the group with the given ID.
func (c *Catalog) Group(id ID) (*Group, bool) {
	e := c.index[id]
	return e.group, e.group != nil
}

// All iterates over the criteria in catalog order, with their index.
func (c *Catalog) All() iter.Seq2[int, *Criterion] {
	return func(yield func(int, *Criterion) bool) {
		for i, cr := range c.criteria {
			if !yield(i, cr) {
				return
			}
		}
	}
}

// Groups iterates over the top-level groups in order.
func (c *Catalog) Groups() iter.Seq[*Group] { return seq(c.groups) }

// AllGroups iterates over every group, depth first in document order: a part,
// then its categories, then the next part.
func (c *Catalog) AllGroups() iter.Seq[*Group] { return seq(c.allGroups) }

// Categories iterates over the groups that hold criteria directly: the categories
// of the checklist, the sections of the standard.
func (c *Catalog) Categories() iter.Seq[*Group] {
	return func(yield func(*Group) bool) {
		for _, g := range c.allGroups {
			if len(g.criteria) > 0 && !yield(g) {
				return
			}
		}
	}
}

// NumGroups returns the number of groups at every level.
func (c *Catalog) NumGroups() int { return len(c.allGroups) }

// NumCategories returns the number of groups that hold criteria directly.
func (c *Catalog) NumCategories() int {
	n := 0
	for _, g := range c.allGroups {
		if len(g.criteria) > 0 {
			n++
		}
	}
	return n
}

// ID returns the group's ID, such as "outsourcing" or "S2".
func (g *Group) ID() ID { return g.id }

// Title returns the group's heading.
func (g *Group) Title() i18n.Text { return g.title }

// Parent returns the enclosing group, or nil for a top-level group.
func (g *Group) Parent() *Group { return g.parent }

// Depth returns 0 for a top-level group, 1 for its subgroups, and so on.
func (g *Group) Depth() int { return g.depth }

// Groups iterates over the direct subgroups.
func (g *Group) Groups() iter.Seq[*Group] { return seq(g.groups) }

// Criteria iterates over the criteria the group holds directly.
func (g *Group) Criteria() iter.Seq[*Criterion] { return seq(g.criteria) }

// Len returns the number of criteria under the group, at any depth.
func (g *Group) Len() int { return g.count }

// Span returns the catalog indexes of the criteria under the group at any depth:
// they are contiguous, from first up to but not including first+Len().
func (g *Group) Span() (first, end int) { return g.first, g.first + g.count }

// ID returns the criterion's ID, such as "1-30".
func (cr *Criterion) ID() ID { return cr.id }

// Text returns the criterion's text.
func (cr *Criterion) Text() i18n.Text { return cr.text }

// Note returns an editorial note on the criterion; it is usually empty.
func (cr *Criterion) Note() i18n.Text { return cr.note }

// Standard returns the IDs of the standard's requirements this checklist item
// implements (the crosswalk). The slice is a copy.
func (cr *Criterion) Standard() []ID { return slices.Clone(cr.standard) }

// Group returns the group that holds the criterion.
func (cr *Criterion) Group() *Group { return cr.group }

// Index returns the criterion's position in catalog order.
func (cr *Criterion) Index() int { return cr.index }

func seq[T any](s []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}
