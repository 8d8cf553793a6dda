package criteria

import (
	"bytes"
	"iter"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// catalogShape is everything the accessors tell of a catalog, in plain values,
// for tests to compare field by field.
type catalogShape struct {
	ID                                   ID
	Version                              string
	Title, Publisher, LegalBasis, Source i18n.Text
	Len, NumGroups, NumCategories        int
	Groups, Categories                   []ID
	AllGroups                            []groupShape
	Criteria                             []criterionShape
}

type groupShape struct {
	ID, Parent                ID
	Title                     i18n.Text
	Depth, First, End, Len    int
	Subgroups, DirectCriteria []ID
}

type criterionShape struct {
	ID, Group  ID
	Index      int
	Text, Note i18n.Text
	Standard   []ID
}

func ids[T interface{ ID() ID }](seq iter.Seq[T]) []ID {
	var out []ID
	for v := range seq {
		out = append(out, v.ID())
	}
	return out
}

func shapeOf(c *Catalog) catalogShape {
	s := catalogShape{
		ID: c.ID(), Version: c.Version(),
		Title: c.Title(), Publisher: c.Publisher(), LegalBasis: c.LegalBasis(), Source: c.Source(),
		Len: c.Len(), NumGroups: c.NumGroups(), NumCategories: c.NumCategories(),
		Groups: ids(c.Groups()), Categories: ids(c.Categories()),
	}
	for g := range c.AllGroups() {
		first, end := g.Span()
		s.AllGroups = append(s.AllGroups, groupShape{
			ID: g.ID(), Parent: g.Parent().ID(), Title: g.Title(),
			Depth: g.Depth(), First: first, End: end, Len: g.Len(),
			Subgroups: ids(g.Groups()), DirectCriteria: ids(g.Criteria()),
		})
	}
	for i, cr := range c.All() {
		if i != cr.Index() {
			panic("All yields a criterion with another index")
		}
		s.Criteria = append(s.Criteria, criterionShape{
			ID: cr.ID(), Group: cr.Group().ID(), Index: cr.Index(),
			Text: cr.Text(), Note: cr.Note(), Standard: cr.Standard(),
		})
	}
	return s
}

// TestImmutable changes everything the API hands out and checks that the
// built-in catalogs, and a loaded one, are as loaded from their documents.
func TestImmutable(t *testing.T) {
	type builtin struct {
		id   ID
		get  func() *Catalog
		file string
	}
	builtins := []builtin{
		{ChecklistID, Checklist, "data/jpbank-checklist.json"},
		{StandardID, Standard, "data/jpbank-standard.json"},
	}

	// Everything a caller can get hold of, changed.
	cl, st := Checklist(), Standard()
	for _, c := range []*Catalog{cl, st} {
		for _, cr := range c.All() {
			std := cr.Standard()
			for i := range std {
				std[i] = "HACKED"
			}
			_ = append(std, "MORE")
		}
		for g := range c.AllGroups() {
			for cr := range g.Criteria() {
				if std := cr.Standard(); len(std) > 0 {
					std[0] = "HACKED"
				}
			}
		}
		out, err := c.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		out[0] = 'X'
		compact, err := c.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		compact[0] = 'X'
	}
	impl := ImplementedBy(cl, "S6-2")
	impl[0] = cl.At(0)
	gaps := Gaps(cl, st)
	gaps[0] = Criterion{}
	names := BuiltinIDs()
	names[0] = "other"
	for _, id := range BuiltinIDs() {
		c, _ := Builtin(id)
		*c = Catalog{}
	}
	*cl = Catalog{}
	*st = *cl
	*Checklist() = Catalog{}
	*Standard() = Catalog{}

	for _, b := range builtins {
		doc, err := data.ReadFile(b.file)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := Parse(doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		c := b.get()
		if diff := cmp.Diff(shapeOf(fresh), shapeOf(c)); diff != "" {
			t.Errorf("%s changed through returned values (-loaded +built-in):\n%s", b.id, diff)
		}
		if out, _ := c.AppendJSON(nil); !bytes.Equal(out, doc) {
			t.Errorf("%s encodes to another document than its file", b.id)
		}
		if !c.Equal(fresh) {
			t.Errorf("%s is not Equal to a fresh load of its file", b.id)
		}
		if got, ok := Builtin(b.id); !ok || !got.Equal(fresh) {
			t.Errorf("Builtin(%q) = %v, %v after the overwrites", b.id, got.ID(), ok)
		}
	}
	if diff := cmp.Diff([]ID{ChecklistID, StandardID}, BuiltinIDs()); diff != "" {
		t.Errorf("BuiltinIDs (-want +got):\n%s", diff)
	}
	// The overwritten handles are zero catalogs now, and only they.
	if cl.Len() != 0 || st.Len() != 0 || !cl.Equal(&Catalog{}) {
		t.Errorf("overwritten handles hold %d and %d criteria", cl.Len(), st.Len())
	}

	// A loaded catalog: a copy of the handle is another handle on the same data.
	c, err := Parse([]byte(testkit.MyBank), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := shapeOf(c)
	cr, _ := c.Criterion("SEC-2")
	g := cr.Group()
	kept := *c
	*c = Catalog{}
	if diff := cmp.Diff(want, shapeOf(&kept)); diff != "" {
		t.Errorf("a copied handle changed with the original (-want +got):\n%s", diff)
	}
	if cr.ID() != "SEC-2" || cr.Group().ID() != "security" || g.Len() != 2 {
		t.Errorf("values taken from a handle changed with it: %v in %v (%d)", cr, cr.Group(), g.Len())
	}
}

// TestZeroValues checks that the zero Criterion, Group and Catalog (and a nil
// *Catalog) are safe to use and empty.
func TestZeroValues(t *testing.T) {
	var cr Criterion
	first, end := cr.Group().Span()
	got := []any{cr.IsValid(), cr.ID(), cr.String(), cr.Text(), cr.Note(), cr.Standard(), cr.Index(),
		cr.Group().IsValid(), cr.Group().ID(), cr.Group().String(), cr.Group().Title(), cr.Group().Parent().IsValid(),
		cr.Group().Depth(), cr.Group().Len(), first, end,
		slices.Collect(cr.Group().Groups()), slices.Collect(cr.Group().Criteria())}
	want := []any{false, ID(""), "", i18n.Text{}, i18n.Text{}, []ID(nil), -1,
		false, ID(""), "", i18n.Text{}, false,
		0, 0, 0, 0,
		[]Group(nil), []Criterion(nil)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Criterion and Group (-want +got):\n%s", diff)
	}

	for _, tt := range []struct {
		name string
		c    *Catalog
	}{{"zero Catalog", &Catalog{}}, {"nil *Catalog", nil}} {
		cr, okc := tt.c.Criterion("1-1")
		i, oki := tt.c.Index("1-1")
		g, okg := tt.c.Group("part-1")
		got := []any{tt.c.ID(), tt.c.Version(), tt.c.Title(), tt.c.Len(), tt.c.NumGroups(), tt.c.NumCategories(),
			cr.IsValid(), okc, i, oki, g.IsValid(), okg,
			slices.Collect(tt.c.Groups()), slices.Collect(tt.c.AllGroups()), slices.Collect(tt.c.Categories()),
			len(ImplementedBy(tt.c, "S1-1")), len(Gaps(tt.c, tt.c)), len(Gaps(Checklist(), tt.c))}
		want := []any{ID(""), "", i18n.Text{}, 0, 0, 0,
			false, false, -1, false, false, false,
			[]Group(nil), []Group(nil), []Group(nil),
			0, 0, 0}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		for range tt.c.All() {
			t.Errorf("%s: All yields a criterion", tt.name)
		}
		if _, err := tt.c.AppendJSON(nil); err != nil {
			t.Errorf("%s: AppendJSON: %v", tt.name, err)
		}
	}
}

// TestValuesEqual checks Equal on criteria and groups, and that cmp.Diff with
// no options compares catalogs, criteria and groups by it.
func TestValuesEqual(t *testing.T) {
	doc, err := Checklist().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	copied, err := Parse(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	changed, err := Parse(bytes.Replace(doc, []byte("経営陣"), []byte("役員"), 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	cl, st := Checklist(), Standard()
	cr := func(c *Catalog, id ID) Criterion {
		v, ok := c.Criterion(id)
		if !ok {
			t.Fatalf("%s has no %s", c.ID(), id)
		}
		return v
	}
	gr := func(c *Catalog, id ID) Group {
		v, ok := c.Group(id)
		if !ok {
			t.Fatalf("%s has no group %s", c.ID(), id)
		}
		return v
	}
	criteriaTests := []struct {
		name     string
		a, b     Criterion
		equal    bool
		sameData bool // a == b
	}{
		{"one criterion, two handles", cr(cl, "1-30"), cr(Checklist(), "1-30"), true, true},
		{"one criterion, by ID and by index", cr(cl, "1-30"), cl.At(29), true, true},
		{"one criterion of a copy loaded from JSON", cr(cl, "1-30"), cr(copied, "1-30"), true, false},
		{"two criteria", cr(cl, "1-30"), cr(cl, "1-31"), false, false},
		{"one criterion of a changed catalog", cr(cl, "1-30"), cr(changed, "1-30"), false, false},
		{"criteria of two catalogs", cl.At(0), st.At(0), false, false},
		{"zero and a criterion", Criterion{}, cl.At(0), false, false},
		{"zero and zero", Criterion{}, Criterion{}, true, true},
	}
	for _, tt := range criteriaTests {
		if got := tt.a.Equal(tt.b); got != tt.equal {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.equal)
		}
		if got := tt.b.Equal(tt.a); got != tt.equal {
			t.Errorf("%s, reversed: Equal = %v, want %v", tt.name, got, tt.equal)
		}
		if got := tt.a == tt.b; got != tt.sameData {
			t.Errorf("%s: == is %v, want %v", tt.name, got, tt.sameData)
		}
		if diff := cmp.Diff(tt.a, tt.b); (diff == "") != tt.equal {
			t.Errorf("%s: cmp.Diff = %q, want equal %v", tt.name, diff, tt.equal)
		}
	}
	groupTests := []struct {
		name     string
		a, b     Group
		equal    bool
		sameData bool
	}{
		{"one group, two handles", gr(cl, "outsourcing"), gr(Checklist(), "outsourcing"), true, true},
		{"one group, by ID and as a parent", gr(cl, "part-1"), gr(cl, "outsourcing").Parent(), true, true},
		{"one group, by ID and of its criterion", gr(cl, "outsourcing"), cr(cl, "1-12").Group(), true, true},
		{"one group of a copy loaded from JSON", gr(cl, "outsourcing"), gr(copied, "outsourcing"), true, false},
		{"two groups", gr(cl, "part-1"), gr(cl, "part-2"), false, false},
		{"one group of a changed catalog", gr(cl, "outsourcing"), gr(changed, "outsourcing"), false, false},
		{"groups of two catalogs", gr(cl, "part-1"), gr(st, "S1"), false, false},
		{"zero and a top-level group's parent", Group{}, gr(cl, "part-1").Parent(), true, true},
		{"zero and a group", Group{}, gr(cl, "part-1"), false, false},
	}
	for _, tt := range groupTests {
		if got := tt.a.Equal(tt.b); got != tt.equal {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.equal)
		}
		if got := tt.b.Equal(tt.a); got != tt.equal {
			t.Errorf("%s, reversed: Equal = %v, want %v", tt.name, got, tt.equal)
		}
		if got := tt.a == tt.b; got != tt.sameData {
			t.Errorf("%s: == is %v, want %v", tt.name, got, tt.sameData)
		}
		if diff := cmp.Diff(tt.a, tt.b); (diff == "") != tt.equal {
			t.Errorf("%s: cmp.Diff = %q, want equal %v", tt.name, diff, tt.equal)
		}
	}

	// cmp.Diff with no options on catalogs, and on values that hold them.
	type holder struct {
		Catalog   *Catalog
		Criteria  []Criterion
		Group     Group
		ByID      map[ID]Criterion
		Implement []Criterion
	}
	hold := func(c *Catalog) holder {
		return holder{
			Catalog: c, Criteria: slices.Collect(func(yield func(Criterion) bool) {
				for _, cr := range c.All() {
					if !yield(cr) {
						return
					}
				}
			}),
			Group:     gr(c, "api-security"),
			ByID:      map[ID]Criterion{"1-1": cr(c, "1-1")},
			Implement: ImplementedBy(c, "S6-2"),
		}
	}
	if diff := cmp.Diff(hold(cl), hold(copied)); diff != "" {
		t.Errorf("a copy differs from the checklist:\n%s", diff)
	}
	if diff := cmp.Diff(cl, copied); diff != "" {
		t.Errorf("a copy differs from the checklist:\n%s", diff)
	}
	if diff := cmp.Diff(hold(cl), hold(changed)); diff == "" {
		t.Error("cmp.Diff finds no difference between the checklist and a changed copy")
	}
	if diff := cmp.Diff(cl, changed); diff == "" {
		t.Error("cmp.Diff finds no difference between the checklist and a changed copy")
	}
}
