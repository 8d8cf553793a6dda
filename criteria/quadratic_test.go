package criteria

import (
	"strconv"
	"strings"
	"testing"
)

// TestLongListsAreLinear checks that the loaders find repeats in a list of IDs
// (a crosswalk list, a mapping entry's sources) by a set once the list is
// long, not by scanning the list for every element: a hostile catalog with
// 100,000 crosswalk IDs took 14 s to parse that way. It checks the set's
// structure and that such a catalog still has its repeat found, not a clock.
func TestLongListsAreLinear(t *testing.T) {
	var s idSet
	for i := range 100_000 {
		if !s.add(ID("S" + strconv.Itoa(i))) {
			t.Fatalf("ID %d reported as a repeat", i)
		}
	}
	if s.add("S42") || s.add("S99999") {
		t.Error("a repeat is not found")
	}
	if len(s.ids) != 0 || len(s.m) != 100_000 {
		t.Errorf("the set holds %d in its list and %d in its map", len(s.ids), len(s.m))
	}
	var short idSet
	for _, id := range []ID{"a", "b", "a"} {
		short.add(id)
	}
	if short.m != nil || len(short.ids) != 2 {
		t.Errorf("a short list uses a map (%v) or holds %d IDs", short.m != nil, len(short.ids))
	}

	ids := make([]string, 100_000)
	for i := range ids {
		ids[i] = `"X-` + strconv.Itoa(i) + `"`
	}
	doc := strings.Replace(`{"format": "dendai.catalog/v1", "id": "big", "version": "1",
	  "title": {"ja": "基準", "en": "Criteria"},
	  "groups": [{"id": "g", "title": {"ja": "群", "en": "Group"},
	    "criteria": [{"id": "A-1", "text": {"ja": "一", "en": "One"}, "standard": [LIST, "X-7"]}]}]}`, "LIST", strings.Join(ids, ","), 1)
	_, err := Parse([]byte(doc), nil)
	if err == nil || !strings.Contains(err.Error(), `"X-7" is listed twice`) {
		t.Errorf("Parse = %v, want the repeat of X-7", err)
	}
}
