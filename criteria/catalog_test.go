package criteria

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	c := Checklist()
	tests := []struct {
		id        ID
		found     bool
		index     int
		group     ID
		isGroup   bool
		groupSpan [2]int
	}{
		{id: "1-1", found: true, index: 0, group: "management-involvement"},
		{id: "1-30", found: true, index: 29, group: "system-development-operations"},
		{id: "2-2", found: true, index: 56, group: "anti-social-forces"},
		{id: "1-56"},
		{id: ""},
		{id: "S1-1"},
		{id: "outsourcing", isGroup: true, groupSpan: [2]int{11, 14}},
		{id: "part-2", isGroup: true, groupSpan: [2]int{55, 57}},
	}
	for _, tt := range tests {
		cr, ok := c.Criterion(tt.id)
		if ok != tt.found || ok != cr.IsValid() || (ok && (cr.ID() != tt.id || cr.Index() != tt.index || cr.Group().ID() != tt.group || c.At(tt.index) != cr)) {
			t.Errorf("Criterion(%q) = %v, %v; want index %d in %s", tt.id, cr, ok, tt.index, tt.group)
		}
		if !ok && cr != (Criterion{}) {
			t.Errorf("Criterion(%q) not found returns %v, want the zero Criterion", tt.id, cr)
		}
		if i, ok := c.Index(tt.id); ok != tt.found || (ok && i != tt.index) || (!ok && i != -1) {
			t.Errorf("Index(%q) = %d, %v", tt.id, i, ok)
		}
		g, ok := c.Group(tt.id)
		if !ok && g != (Group{}) {
			t.Errorf("Group(%q) not found returns %v, want the zero Group", tt.id, g)
		}
		if ok != tt.isGroup || ok != g.IsValid() {
			t.Errorf("Group(%q) found = %v, want %v", tt.id, ok, tt.isGroup)
			continue
		}
		if ok {
			first, end := g.Span()
			if got := [2]int{first, end}; got != tt.groupSpan || g.Len() != end-first {
				t.Errorf("Group(%q).Span() = %v (Len %d), want %v", tt.id, got, g.Len(), tt.groupSpan)
			}
		}
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	c := Checklist()
	ids := []ID{"1-1", "1-30", "2-2", "missing"}
	allocs := testing.AllocsPerRun(100, func() {
		for _, id := range ids {
			cr, _ := c.Criterion(id)
			c.Index(id)
			g, _ := c.Group(id)
			_ = cr.Group().Parent().ID()
			_, _ = g.Span()
		}
		_ = c.At(56).Group().Title()
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", allocs)
	}
	n := 0
	allocs = testing.AllocsPerRun(100, func() {
		for _, cr := range c.All() {
			n += cr.Index()
		}
		for g := range c.AllGroups() {
			for cr := range g.Criteria() {
				n += cr.Index()
			}
		}
	})
	if allocs != 0 {
		t.Errorf("walking the catalog allocates %v times per run, want 0", allocs)
	}
}

func TestGroupTree(t *testing.T) {
	c := Checklist()
	var got []string
	for g := range c.AllGroups() {
		if g.Parent().IsValid() != (g.Depth() > 0) {
			t.Errorf("group %s at depth %d: Parent().IsValid() = %v", g, g.Depth(), g.Parent().IsValid())
		}
		got = append(got, fmt.Sprintf("%d %s<%s %d", g.Depth(), g.ID(), g.Parent().ID(), g.Len()))
	}
	want := []string{
		"0 part-1< 55", "1 management-involvement<part-1 1", "1 information-security-management<part-1 10",
		"1 outsourcing<part-1 3", "1 bank-cooperation<part-1 6", "1 computer-facilities<part-1 3",
		"1 office-facilities<part-1 4", "1 system-development-operations<part-1 14",
		"1 service-system-security<part-1 9", "1 api-security<part-1 3", "1 api-usage-security<part-1 2",
		"0 part-2< 2", "1 business-continuity<part-2 1", "1 anti-social-forces<part-2 1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("group tree (-want +got):\n%s", diff)
	}
	// Criteria under a group, walked through its subgroups, are its span.
	part1, _ := c.Group("part-1")
	n := 0
	for sub := range part1.Groups() {
		for cr := range sub.Criteria() {
			if cr.Index() != n {
				t.Errorf("criterion %s has index %d, want %d", cr.ID(), cr.Index(), n)
			}
			n++
		}
	}
	if n != part1.Len() {
		t.Errorf("part-1 walks %d criteria, Len %d", n, part1.Len())
	}
}

func TestIteratorsStopEarly(t *testing.T) {
	c := Checklist()
	n := 0
	for range c.All() {
		n++
		if n == 3 {
			break
		}
	}
	for range c.Categories() {
		n++
		break
	}
	for range c.AllGroups() {
		n++
		break
	}
	if n != 5 {
		t.Errorf("iterators did not stop when asked: n = %d", n)
	}
}

func TestConcurrentReads(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 50 {
				c := Checklist()
				if g%2 == 1 {
					c = Standard()
				}
				// Overwriting one's own handle is no business of the others.
				*Checklist() = Catalog{}
				*Standard() = Catalog{}
				n := 0
				for _, cr := range c.All() {
					if got, _ := c.Criterion(cr.ID()); got != cr {
						t.Errorf("lookup of %s returned another criterion", cr.ID())
					}
					_ = cr.Standard()
					n++
				}
				if n != c.Len() {
					t.Errorf("walked %d criteria of %d", n, c.Len())
				}
				_ = Gaps(Checklist(), Standard())
			}
		})
	}
	wg.Wait()
}

func TestIDIsValid(t *testing.T) {
	tests := []struct {
		id   ID
		want bool
	}{
		{"1-1", true}, {"S10-15", true}, {"api-security", true}, {"a.b_c", true}, {"x", true},
		{"", false}, {"-a", false}, {".a", false}, {"a b", false}, {"日本", false}, {"a/b", false},
		{ID(string(make([]byte, 65))), false},
	}
	for _, tt := range tests {
		if got := tt.id.IsValid(); got != tt.want {
			t.Errorf("ID(%q).IsValid() = %v, want %v", tt.id, got, tt.want)
		}
	}
	long := make([]byte, 64)
	for i := range long {
		long[i] = 'a'
	}
	if !ID(long).IsValid() {
		t.Error("a 64-character ID is valid")
	}
}

func TestCatalogEqual(t *testing.T) {
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
	same := Checklist()
	tests := []struct {
		name string
		a, b *Catalog
		want bool
	}{
		{"one handle", same, same, true},
		{"two handles", Checklist(), Checklist(), true},
		{"a copy loaded from its JSON", Checklist(), copied, true},
		{"one text changed", Checklist(), changed, false},
		{"another catalog", Checklist(), Standard(), false},
		{"nil and a catalog", nil, Checklist(), false},
		{"nil and nil", nil, nil, true},
		{"zero and a catalog", &Catalog{}, Checklist(), false},
		{"zero and zero", &Catalog{}, &Catalog{}, true},
		{"nil and zero", nil, &Catalog{}, false},
	}
	for _, tt := range tests {
		if got := tt.a.Equal(tt.b); got != tt.want {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Equal(tt.a); got != tt.want {
			t.Errorf("%s, reversed: Equal = %v, want %v", tt.name, got, tt.want)
		}
	}
}
