package criteria

import (
	"crypto/sha256"
	"iter"
	"slices"
	"sync"

	"github.com/dendai-go/dendai/i18n"
)

// Catalog is a versioned, bilingual set of criteria arranged in groups.
//
// A *Catalog is a handle on immutable data: it has no exported fields, its
// accessors return values and copies, and so it is safe for concurrent use by
// any number of goroutines. Assigning to a Catalog (*c = Catalog{}) changes
// that handle only, never the data other handles share: [Checklist] returns a
// new handle on each call, so the built-in catalogs cannot be changed through
// it. The zero Catalog is an empty catalog.
//
// Compare catalogs with [Catalog.Equal], not ==; cmp.Diff uses Equal.
type Catalog struct {
	d *catalog
}

// catalog is the data a Catalog handle shares; nothing changes it after the
// loader has built it.
type catalog struct {
	id         ID
	version    string
	title      i18n.Text
	publisher  i18n.Text
	legalBasis i18n.Text
	source     i18n.Text
	groups     []*group     // top-level groups
	criteria   []*criterion // every criterion, in document order
	allGroups  []*group     // every group, depth first in document order
	index      map[ID]entity
	digest     func() [sha256.Size]byte // of the compact encoding, on first use
}

// entity is what an ID names: a criterion or a group.
type entity struct {
	criterion *criterion
	group     *group
}

// group is the data of a Group.
type group struct {
	cat      *catalog
	id       ID
	title    i18n.Text
	parent   *group
	groups   []*group
	criteria []*criterion
	depth    int
	first    int // index of the first criterion under the group, in catalog order
	count    int // criteria under the group, at any depth
}

// criterion is the data of a Criterion.
type criterion struct {
	cat      *catalog
	id       ID
	text     i18n.Text
	note     i18n.Text
	standard []ID
	group    *group
	index    int
}

// noData is what the zero Catalog holds: no criteria, no groups.
var noData = &catalog{}

// data returns the catalog c is a handle on; the zero Catalog, and nil, hold
// an empty one.
func (c *Catalog) data() *catalog {
	if c == nil || c.d == nil {
		return noData
	}
	return c.d
}

// Equal reports whether c and d hold the same catalog: the same ID, version,
// texts, groups and criteria in the same order. Two catalogs loaded from the
// same document are equal, and so is any byte-identical copy of a built-in
// catalog: what a catalog is does not depend on where it was loaded from.
// A nil catalog equals only nil, and the zero Catalog only a zero Catalog.
func (c *Catalog) Equal(d *Catalog) bool {
	if c == nil || d == nil {
		return c == d
	}
	return c.d.equal(d.d)
}

func (x *catalog) equal(y *catalog) bool {
	if x == nil || y == nil {
		return x == y
	}
	return x == y || x.id == y.id && x.version == y.version && len(x.criteria) == len(y.criteria) && x.digest() == y.digest()
}

// newDigest returns the digest function of c: SHA-256 of its compact
// dendai.catalog/v1 encoding, computed once, on first use.
func newDigest(c *catalog) func() [sha256.Size]byte {
	return sync.OnceValue(func() [sha256.Size]byte {
		b, err := c.encode("")
		if err != nil {
			panic("criteria: encoding a loaded catalog: " + err.Error()) // cannot happen: every value is a string or a slice of them
		}
		return sha256.Sum256(b)
	})
}

// ID returns the catalog's ID, such as "jpbank-checklist".
func (c *Catalog) ID() ID { return c.data().id }

// Version returns the version of the catalog's data set, such as "1.0.0".
func (c *Catalog) Version() string { return c.data().version }

// Title returns the catalog's title.
func (c *Catalog) Title() i18n.Text { return c.data().title }

// Publisher returns who publishes the criteria.
func (c *Catalog) Publisher() i18n.Text { return c.data().publisher }

// LegalBasis returns the provision the criteria are published under; it may be empty.
func (c *Catalog) LegalBasis() i18n.Text { return c.data().legalBasis }

// Source describes the document the criteria are quoted from; it may be empty.
func (c *Catalog) Source() i18n.Text { return c.data().source }

// Len returns the number of criteria.
func (c *Catalog) Len() int { return len(c.data().criteria) }

// At returns the i-th criterion in catalog order; it panics if i is out of range.
// With Len and Index it lets callers keep per-criterion data in plain slices.
func (c *Catalog) At(i int) Criterion { return Criterion{c.data().criteria[i]} }

// Criterion returns the criterion with the given ID, or the zero Criterion and
// false. The lookup takes constant time and does not allocate.
func (c *Catalog) Criterion(id ID) (Criterion, bool) {
	e := c.data().index[id]
	return Criterion{e.criterion}, e.criterion != nil
}

// Index returns the position of the criterion with the given ID in catalog
// order, or -1 and false.
func (c *Catalog) Index(id ID) (int, bool) {
	e := c.data().index[id]
	if e.criterion == nil {
		return -1, false
	}
	return e.criterion.index, true
}

// Group returns the group with the given ID, or the zero Group and false.
func (c *Catalog) Group(id ID) (Group, bool) {
	e := c.data().index[id]
	return Group{e.group}, e.group != nil
}

// All iterates over the criteria in catalog order, with their index.
func (c *Catalog) All() iter.Seq2[int, Criterion] {
	cs := c.data().criteria
	return func(yield func(int, Criterion) bool) {
		for i, cr := range cs {
			if !yield(i, Criterion{cr}) {
				return
			}
		}
	}
}

// Groups iterates over the top-level groups in order.
func (c *Catalog) Groups() iter.Seq[Group] { return groupSeq(c.data().groups) }

// AllGroups iterates over every group, depth first in document order: a part,
// then its categories, then the next part.
func (c *Catalog) AllGroups() iter.Seq[Group] { return groupSeq(c.data().allGroups) }

// Categories iterates over the groups that hold criteria directly: the categories
// of the checklist, the sections of the standard.
func (c *Catalog) Categories() iter.Seq[Group] {
	gs := c.data().allGroups
	return func(yield func(Group) bool) {
		for _, g := range gs {
			if len(g.criteria) > 0 && !yield(Group{g}) {
				return
			}
		}
	}
}

// NumGroups returns the number of groups at every level.
func (c *Catalog) NumGroups() int { return len(c.data().allGroups) }

// NumCategories returns the number of groups that hold criteria directly.
func (c *Catalog) NumCategories() int {
	n := 0
	for _, g := range c.data().allGroups {
		if len(g.criteria) > 0 {
			n++
		}
	}
	return n
}

// Group is a heading of a catalog: a part, a category or a section. A group holds
// either subgroups or criteria.
//
// A Group is a small value, a reference into its catalog's immutable data: copy
// it freely. == tells whether two Groups are the same group of one loaded
// catalog; [Group.Equal] compares across catalogs loaded apart. The zero Group
// stands for no group (a top-level group's Parent, a failed lookup): it is not
// valid, and its methods return zero values.
type Group struct {
	g *group
}

// IsValid reports whether g is a group of a catalog, not the zero Group.
func (g Group) IsValid() bool { return g.g != nil }

// Equal reports whether g and h are the same group of equal catalogs (see
// [Catalog.Equal]): the group with one ID in two loads of one document is
// equal to itself. The zero Group equals only the zero Group.
func (g Group) Equal(h Group) bool {
	if g.g == nil || h.g == nil {
		return g.g == h.g
	}
	return g.g == h.g || g.g.id == h.g.id && g.g.cat.equal(h.g.cat)
}

// String returns the group's ID.
func (g Group) String() string { return string(g.ID()) }

// ID returns the group's ID, such as "outsourcing" or "S2".
func (g Group) ID() ID {
	if g.g == nil {
		return ""
	}
	return g.g.id
}

// Title returns the group's heading.
func (g Group) Title() i18n.Text {
	if g.g == nil {
		return i18n.Text{}
	}
	return g.g.title
}

// Parent returns the enclosing group, or the zero Group for a top-level group.
func (g Group) Parent() Group {
	if g.g == nil {
		return Group{}
	}
	return Group{g.g.parent}
}

// Depth returns 0 for a top-level group, 1 for its subgroups, and so on.
func (g Group) Depth() int {
	if g.g == nil {
		return 0
	}
	return g.g.depth
}

// Groups iterates over the direct subgroups.
func (g Group) Groups() iter.Seq[Group] {
	if g.g == nil {
		return groupSeq(nil)
	}
	return groupSeq(g.g.groups)
}

// Criteria iterates over the criteria the group holds directly.
func (g Group) Criteria() iter.Seq[Criterion] {
	var cs []*criterion
	if g.g != nil {
		cs = g.g.criteria
	}
	return func(yield func(Criterion) bool) {
		for _, cr := range cs {
			if !yield(Criterion{cr}) {
				return
			}
		}
	}
}

// Len returns the number of criteria under the group, at any depth.
func (g Group) Len() int {
	if g.g == nil {
		return 0
	}
	return g.g.count
}

// Span returns the catalog indexes of the criteria under the group at any depth:
// they are contiguous, from first up to but not including first+Len().
func (g Group) Span() (first, end int) {
	if g.g == nil {
		return 0, 0
	}
	return g.g.first, g.g.first + g.g.count
}

// Criterion is one requirement or checklist item.
//
// A Criterion is a small value, a reference into its catalog's immutable data:
// copy it freely. == tells whether two Criterion values are the same criterion
// of one loaded catalog; [Criterion.Equal] compares across catalogs loaded apart. The
// zero Criterion stands for no criterion (a failed lookup): it is not valid,
// and its methods return zero values.
type Criterion struct {
	c *criterion
}

// IsValid reports whether cr is a criterion of a catalog, not the zero
// Criterion.
func (cr Criterion) IsValid() bool { return cr.c != nil }

// Equal reports whether cr and d are the same criterion of equal catalogs (see
// [Catalog.Equal]): the criterion with one ID in two loads of one document is
// equal to itself. The zero Criterion equals only the zero Criterion.
func (cr Criterion) Equal(d Criterion) bool {
	if cr.c == nil || d.c == nil {
		return cr.c == d.c
	}
	return cr.c == d.c || cr.c.id == d.c.id && cr.c.cat.equal(d.c.cat)
}

// String returns the criterion's ID.
func (cr Criterion) String() string { return string(cr.ID()) }

// ID returns the criterion's ID, such as "1-30".
func (cr Criterion) ID() ID {
	if cr.c == nil {
		return ""
	}
	return cr.c.id
}

// Text returns the criterion's text.
func (cr Criterion) Text() i18n.Text {
	if cr.c == nil {
		return i18n.Text{}
	}
	return cr.c.text
}

// Note returns an editorial note on the criterion; it is usually empty.
func (cr Criterion) Note() i18n.Text {
	if cr.c == nil {
		return i18n.Text{}
	}
	return cr.c.note
}

// Standard returns the IDs of the standard's requirements this checklist item
// implements (the crosswalk). The slice is a copy, nil when there are none.
func (cr Criterion) Standard() []ID {
	if cr.c == nil {
		return nil
	}
	return slices.Clone(cr.c.standard)
}

// Group returns the group that holds the criterion.
func (cr Criterion) Group() Group {
	if cr.c == nil {
		return Group{}
	}
	return Group{cr.c.group}
}

// Index returns the criterion's position in catalog order; -1 for the zero
// Criterion.
func (cr Criterion) Index() int {
	if cr.c == nil {
		return -1
	}
	return cr.c.index
}

func groupSeq(gs []*group) iter.Seq[Group] {
	return func(yield func(Group) bool) {
		for _, g := range gs {
			if !yield(Group{g}) {
				return
			}
		}
	}
}
