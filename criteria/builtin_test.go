package criteria

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBuiltinVersions(t *testing.T) {
	tests := []struct {
		id   ID
		want []string
	}{
		{ChecklistID, []string{"1.0.0", "1.1.0"}},
		{StandardID, []string{"1.0.0", "1.0.1"}},
		{"my-bank", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := BuiltinVersions(tt.id)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("BuiltinVersions(%q) (-want +got):\n%s", tt.id, diff)
		}
		if len(got) > 0 {
			got[0] = "changed"
			if BuiltinVersions(tt.id)[0] == "changed" {
				t.Errorf("BuiltinVersions(%q) returned the table itself", tt.id)
			}
		}
		for i, v := range tt.want {
			c, ok := BuiltinVersion(tt.id, v)
			if !ok || c.ID() != tt.id || c.Version() != v {
				t.Errorf("BuiltinVersion(%q, %q) = %v %v, %v", tt.id, v, c.ID(), c.Version(), ok)
				continue
			}
			latest, _ := Builtin(tt.id)
			if isLatest := i == len(tt.want)-1; c.Equal(latest) != isLatest {
				t.Errorf("BuiltinVersion(%q, %q).Equal(Builtin) = %v, want %v", tt.id, v, !isLatest, isLatest)
			}
			if again, _ := BuiltinVersion(tt.id, v); again == c || !again.Equal(c) {
				t.Errorf("BuiltinVersion(%q, %q) does not return a new handle on the same data", tt.id, v)
			}
		}
	}
	for _, tt := range []struct {
		id      ID
		version string
	}{{ChecklistID, "1.2.0"}, {ChecklistID, ""}, {ChecklistID, "1.0"}, {"my-bank", "1.0.0"}, {"", ""}} {
		if c, ok := BuiltinVersion(tt.id, tt.version); ok || c != nil {
			t.Errorf("BuiltinVersion(%q, %q) = %v, %v; want nil, false", tt.id, tt.version, c, ok)
		}
	}
	if v := Checklist().Version(); v != "1.1.0" {
		t.Errorf("Checklist().Version() = %q, want 1.1.0", v)
	}
	// A handle on an earlier version cannot change it.
	old, _ := BuiltinVersion(ChecklistID, "1.0.0")
	*old = Catalog{}
	if again, _ := BuiltinVersion(ChecklistID, "1.0.0"); again.Len() != 57 {
		t.Errorf("clearing a handle changed the built-in 1.0.0: %d criteria", again.Len())
	}
}

// TestChecklistToStandard checks the built-in mapping against the checklist's
// crosswalk: the same pairs, one entry for each requirement some item
// implements, in the standard's order, none for a gap; 1-10 and 1-12 in no
// entry; a rationale for each relationship other than equivalent.
func TestChecklistToStandard(t *testing.T) {
	m := ChecklistToStandard()
	cl, st := Checklist(), Standard()
	sid, sver := m.Source()
	tid, tver := m.Target()
	got := []any{m.ID(), sid, sver, tid, tver, m.Provenance().Method != "", m.Provenance().Date}
	want := []any{ChecklistToStandardID, ChecklistID, cl.Version(), StandardID, st.Version(), true, "2026-11-25"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// The pairs of the mapping are the pairs of the crosswalk.
	type pair struct{ Item, Req ID }
	var fromCatalog, fromMapping []pair
	for _, cr := range cl.All() {
		for _, req := range cr.Standard() {
			fromCatalog = append(fromCatalog, pair{cr.ID(), req})
		}
	}
	var targets []ID
	for e := range m.Entries() {
		targets = append(targets, e.Target)
		for _, src := range e.Sources {
			fromMapping = append(fromMapping, pair{src, e.Target})
		}
		var ids []ID
		for _, c := range ImplementedBy(cl, e.Target) {
			ids = append(ids, c.ID())
		}
		if diff := cmp.Diff(ids, e.Sources); diff != "" {
			t.Errorf("%s: sources are not the items that implement it, in checklist order (-crosswalk +mapping):\n%s", e.Target, diff)
		}
		if e.Relationship != Equivalent && e.Rationale.IsZero() {
			t.Errorf("%s: %v without a rationale", e.Target, e.Relationship)
		}
		if e.Relationship == NoRelationship || !e.Relationship.IsValid() {
			t.Errorf("%s: relationship %v", e.Target, e.Relationship)
		}
	}
	byItem := func(a, b pair) int {
		ai, _ := cl.Index(a.Item)
		bi, _ := cl.Index(b.Item)
		if ai != bi {
			return ai - bi
		}
		ar, _ := st.Index(a.Req)
		br, _ := st.Index(b.Req)
		return ar - br
	}
	slices.SortFunc(fromMapping, byItem)
	slices.SortFunc(fromCatalog, byItem)
	if diff := cmp.Diff(fromCatalog, fromMapping); diff != "" {
		t.Errorf("pairs (-checklist +mapping):\n%s", diff)
	}
	var wantTargets []ID
	for _, req := range st.All() {
		if !slices.Contains(crosswalkGaps, req.ID()) {
			wantTargets = append(wantTargets, req.ID())
		}
	}
	if diff := cmp.Diff(wantTargets, targets); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
	if e, ok := m.For("S1-8"); ok {
		t.Errorf("S1-8 has an entry: %+v", e)
	}
	for _, id := range []ID{"1-10", "1-12"} {
		if got := m.TargetsOf(id); got != nil {
			t.Errorf("%s is a source of %v, want none", id, got)
		}
	}

	// The relationships the review found.
	rels := map[ID]Relationship{}
	for e := range m.Entries() {
		if e.Relationship != Equivalent {
			rels[e.Target] = e.Relationship
		}
	}
	wantRels := map[ID]Relationship{"S2-2": Intersects, "S10-5": Subset, "S10-8": Subset, "S10-13": Subset, "S10-14": Intersects}
	if diff := cmp.Diff(wantRels, rels); diff != "" {
		t.Errorf("relationships other than equivalent (-want +got):\n%s", diff)
	}
	if e, _ := m.For("S10-8"); !slices.Equal(e.Sources, []ID{"1-33", "1-34", "1-35"}) {
		t.Errorf("S10-8 sources = %v", e.Sources)
	}
	if e, _ := m.For("S10-13"); !slices.Equal(e.Sources, []ID{"1-54", "1-55"}) {
		t.Errorf("S10-13 sources = %v", e.Sources)
	}

	if b, ok := BuiltinMapping(ChecklistToStandardID); !ok || !b.Equal(m) || b == m {
		t.Errorf("BuiltinMapping(%s) = %v, %v", ChecklistToStandardID, b, ok)
	}
	if b, ok := BuiltinMapping("other"); ok || b != nil {
		t.Errorf("BuiltinMapping(other) = %v, %v", b, ok)
	}
	if diff := cmp.Diff([]ID{ChecklistToStandardID}, BuiltinMappingIDs()); diff != "" {
		t.Errorf("BuiltinMappingIDs (-want +got):\n%s", diff)
	}
}

// TestChecklistToStandardRoundTrip checks that the embedded file is in the
// form AppendJSON writes, byte for byte, and that it does not fit the
// checklist's earlier version.
func TestChecklistToStandardRoundTrip(t *testing.T) {
	const name = "data/jpbank-checklist-to-standard.json"
	orig, err := data.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	out, err := ChecklistToStandard().AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(orig), string(out)); diff != "" {
		t.Errorf("%s: AppendJSON differs from the embedded file (-file +encoded):\n%s", name, diff)
	}
	old, _ := BuiltinVersion(ChecklistID, "1.0.0")
	_, err = ParseMapping(orig, old, Standard(), nil)
	if diff := cmp.Diff([]problemKey{{"/source", 5, 13, "", "", CodeMappingSourceCatalog}}, keys(t, err)); diff != "" {
		t.Errorf("against checklist 1.0.0 (-want +got):\n%s", diff)
	}
}
