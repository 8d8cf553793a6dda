package criteria

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// The seed documents under testdata/seeds are copies of Japan Post Bank's texts as
// extracted from its publications. These tests read them with a parser of their
// own and check that the built-in catalogs quote every Japanese text verbatim.

type seedItem struct {
	ID, Group, Text string
}

func readSeed(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

var partHeading = regexp.MustCompile(`^\(([12])\)(.+?)\t*$`)
var checklistRow = regexp.MustCompile(`^(\d+)\t([^\t]*)\t([^\t]*)$`)

// seedChecklist returns the checklist's parts and items as the source has them.
func seedChecklist(t *testing.T) (parts []string, items []seedItem) {
	part, category := "", ""
	for _, line := range readSeed(t, "jpbank-checklist.txt") {
		if m := partHeading.FindStringSubmatch(line); m != nil {
			part = m[1]
			parts = append(parts, m[2])
			continue
		}
		m := checklistRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		num, cat, text := m[1], m[2], m[3]
		switch {
		case part == "1" && num == "12":
			// The row lost its item text in extraction and holds only the
			// category heading, which is also the item's text in the catalog.
			category = text
		case text == "":
			// Rows 13 and 14 carry their item text in the category column.
			text = cat
		case cat != "":
			category = cat
		}
		items = append(items, seedItem{ID: part + "-" + num, Group: category, Text: text})
	}
	return parts, items
}

var sectionHeading = regexp.MustCompile(`^\((\d+)\) (.+)$`)

// seedStandard returns the standard's sections and requirements.
func seedStandard(t *testing.T) (sections []string, items []seedItem) {
	section, n := "", 0
	for _, line := range readSeed(t, "jpbank-standard.txt") {
		if strings.HasPrefix(line, "連絡窓口") {
			break
		}
		if m := sectionHeading.FindStringSubmatch(line); m != nil {
			section, n = m[1], 0
			sections = append(sections, m[2])
			continue
		}
		if text, ok := strings.CutPrefix(line, "  • "); ok && section != "" {
			n++
			items = append(items, seedItem{ID: "S" + section + "-" + strconv.Itoa(n), Group: sections[len(sections)-1], Text: text})
			continue
		}
		// A requirement that wraps continues on an indented line; it is joined
		// without the line break.
		if cont, ok := strings.CutPrefix(line, "    "); ok && len(items) > 0 && strings.TrimSpace(cont) != "" {
			items[len(items)-1].Text += strings.TrimSpace(cont)
		}
	}
	return sections, items
}

func catalogItems(c *Catalog) []seedItem {
	var out []seedItem
	for _, cr := range c.All() {
		out = append(out, seedItem{ID: string(cr.ID()), Group: cr.Group().Title().JA, Text: cr.Text().JA})
	}
	return out
}

func TestChecklistQuotesSeed(t *testing.T) {
	parts, want := seedChecklist(t)
	c := Checklist()
	if diff := cmp.Diff(want, catalogItems(c)); diff != "" {
		t.Errorf("checklist items differ from the seed (-seed +catalog):\n%s", diff)
	}
	var got []string
	for g := range c.Groups() {
		got = append(got, g.Title().JA)
	}
	if diff := cmp.Diff(parts, got); diff != "" {
		t.Errorf("part titles differ from the seed (-seed +catalog):\n%s", diff)
	}
	if got, want := c.Title().JA, "電子決済等代行業者に求める基準"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

func TestStandardQuotesSeed(t *testing.T) {
	sections, want := seedStandard(t)
	c := Standard()
	if diff := cmp.Diff(want, catalogItems(c)); diff != "" {
		t.Errorf("standard requirements differ from the seed (-seed +catalog):\n%s", diff)
	}
	var got []string
	for g := range c.Groups() {
		got = append(got, g.Title().JA)
	}
	if diff := cmp.Diff(sections, got); diff != "" {
		t.Errorf("section titles differ from the seed (-seed +catalog):\n%s", diff)
	}
	if last, ok := c.Criterion("S10-15"); !ok || strings.ContainsAny(last.Text().JA, "\n ") {
		t.Errorf("S10-15 must be one line without spaces, got %+v", last)
	}
}

func TestOutsourcingRow12Note(t *testing.T) {
	c := Checklist()
	for _, cr := range c.All() {
		note := cr.Note()
		if cr.ID() != "1-12" {
			if !note.IsZero() {
				t.Errorf("%s has a note %q; only 1-12 should", cr.ID(), note.EN)
			}
			continue
		}
		if cr.Text().JA != "外部委託管理" || cr.Group().ID() != "outsourcing" {
			t.Errorf("1-12 = %q in %s, want the heading text in outsourcing", cr.Text().JA, cr.Group().ID())
		}
		if note.JA == "" || note.EN == "" {
			t.Errorf("1-12 note must exist in both languages, got %+v", note)
		}
	}
	g, _ := c.Group("outsourcing")
	var ids []ID
	for cr := range g.Criteria() {
		ids = append(ids, cr.ID())
	}
	if diff := cmp.Diff([]ID{"1-12", "1-13", "1-14"}, ids); diff != "" {
		t.Errorf("outsourcing items (-want +got):\n%s", diff)
	}
}

func hasJapanese(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x3000 && r <= 0x303F)
	})
}

// TestEnglishTexts checks that every text of the built-in catalogs has an English
// version with no Japanese left in it, and a Japanese version that is Japanese.
func TestEnglishTexts(t *testing.T) {
	for _, c := range []*Catalog{Checklist(), Standard()} {
		texts := map[string]struct{ ja, en string }{
			"title": {c.Title().JA, c.Title().EN}, "publisher": {c.Publisher().JA, c.Publisher().EN},
			"legalBasis": {c.LegalBasis().JA, c.LegalBasis().EN}, "source": {c.Source().JA, c.Source().EN},
		}
		for g := range c.AllGroups() {
			texts["group "+string(g.ID())] = struct{ ja, en string }{g.Title().JA, g.Title().EN}
		}
		for _, cr := range c.All() {
			texts[string(cr.ID())] = struct{ ja, en string }{cr.Text().JA, cr.Text().EN}
			if n := cr.Note(); !n.IsZero() {
				texts[string(cr.ID())+" note"] = struct{ ja, en string }{n.JA, n.EN}
			}
		}
		for where, tx := range texts {
			if strings.TrimSpace(tx.en) == "" || hasJapanese(tx.en) {
				t.Errorf("%s %s: English text %q is missing or not English", c.ID(), where, tx.en)
			}
			if !hasJapanese(tx.ja) {
				t.Errorf("%s %s: Japanese text %q has no Japanese", c.ID(), where, tx.ja)
			}
		}
	}
}

func TestBuiltinShape(t *testing.T) {
	tests := []struct {
		id                          ID
		criteria, categories, total int
		first, last                 ID
		legalBasis, version         string
	}{
		{ChecklistID, 57, 12, 14, "1-1", "2-2", "銀行法第52条の61の11", "1.1.0"},
		{StandardID, 51, 10, 10, "S1-1", "S10-15", "銀行法第52条の61の11", "1.0.1"},
	}
	for _, tt := range tests {
		c, ok := Builtin(tt.id)
		if !ok {
			t.Fatalf("Builtin(%q) not found", tt.id)
		}
		got := []any{c.ID(), c.Len(), c.NumCategories(), c.NumGroups(), c.At(0).ID(), c.At(c.Len() - 1).ID(), c.LegalBasis().JA, c.Version()}
		want := []any{tt.id, tt.criteria, tt.categories, tt.total, tt.first, tt.last, tt.legalBasis, tt.version}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.id, diff)
		}
	}
	// Checklist IDs are <part>-<number>, numbered from 1 within each part.
	want := []ID{}
	for i := 1; i <= 55; i++ {
		want = append(want, ID("1-"+strconv.Itoa(i)))
	}
	want = append(want, "2-1", "2-2")
	var got []ID
	for _, cr := range Checklist().All() {
		got = append(got, cr.ID())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checklist IDs (-want +got):\n%s", diff)
	}
	var categories []ID
	for g := range Checklist().Categories() {
		categories = append(categories, g.ID())
	}
	wantCategories := []ID{"management-involvement", "information-security-management", "outsourcing",
		"bank-cooperation", "computer-facilities", "office-facilities", "system-development-operations",
		"service-system-security", "api-security", "api-usage-security", "business-continuity", "anti-social-forces"}
	if diff := cmp.Diff(wantCategories, categories); diff != "" {
		t.Errorf("checklist categories (-want +got):\n%s", diff)
	}
}

// crosswalk is the checklist's standard lists in version 1.1.0, as the expert
// review corrected them: 1-10 and 1-12 implement nothing.
var crosswalk = map[ID][]ID{
	"1-1": {"S1-1"}, "1-2": {"S1-1"}, "1-3": {"S1-2"}, "1-4": {"S1-3"},
	"1-5": {"S1-3"}, "1-6": {"S1-4", "S10-14"}, "1-7": {"S1-5"}, "1-8": {"S1-6"},
	"1-9": {"S1-7"}, "1-10": nil, "1-11": {"S1-9"}, "1-12": nil,
	"1-13": {"S2-1", "S2-2"}, "1-14": {"S2-1", "S2-2"}, "1-15": {"S3-1"}, "1-16": {"S10-2"},
	"1-17": {"S10-2"}, "1-18": {"S10-12"}, "1-19": {"S3-2"}, "1-20": {"S3-2"},
	"1-21": {"S4-1"}, "1-22": {"S4-1", "S5-1"}, "1-23": {"S4-1"}, "1-24": {"S5-1"},
	"1-25": {"S5-1"}, "1-26": {"S5-2"}, "1-27": {"S5-3"}, "1-28": {"S6-1"},
	"1-29": {"S6-1"}, "1-30": {"S6-2"}, "1-31": {"S6-3"}, "1-32": {"S6-4"},
	"1-33": {"S6-4", "S10-8"}, "1-34": {"S6-5", "S10-8"}, "1-35": {"S6-7", "S10-8"}, "1-36": {"S6-6"},
	"1-37": {"S6-6"}, "1-38": {"S6-7"}, "1-39": {"S6-1"}, "1-40": {"S6-3"},
	"1-41": {"S6-8"}, "1-42": {"S7-1", "S10-14"}, "1-43": {"S7-2"}, "1-44": {"S7-3"},
	"1-45": {"S7-4"}, "1-46": {"S7-4"}, "1-47": {"S7-4"}, "1-48": {"S7-5"},
	"1-49": {"S7-6"}, "1-50": {"S7-7"}, "1-51": {"S8-1"}, "1-52": {"S8-2"},
	"1-53": {"S8-2"}, "1-54": {"S9-1", "S10-13"}, "1-55": {"S9-1", "S10-13"}, "2-1": {"S9-2", "S10-3"},
	"2-2": {"S10-5"},
}

// crosswalkGaps are the requirements no checklist item implements.
var crosswalkGaps = []ID{"S1-8", "S10-1", "S10-4", "S10-6", "S10-7", "S10-9", "S10-10", "S10-11", "S10-15"}

func crosswalkOf(c *Catalog) map[ID][]ID {
	out := map[ID][]ID{}
	for _, cr := range c.All() {
		out[cr.ID()] = cr.Standard()
	}
	return out
}

// TestCrosswalk checks the mapping from checklist items to the standard's
// requirements: every pair, every reference exists, and the gaps are the ones
// the package documentation lists. S1-8 (chained connections) is a gap: 1-10,
// which the first crosswalk put there, implements no requirement.
func TestCrosswalk(t *testing.T) {
	cl, st := Checklist(), Standard()
	if diff := cmp.Diff(crosswalk, crosswalkOf(cl)); diff != "" {
		t.Errorf("crosswalk (-want +got):\n%s", diff)
	}
	for _, cr := range cl.All() {
		for _, id := range cr.Standard() {
			if _, ok := st.Criterion(id); !ok {
				t.Errorf("checklist item %s refers to unknown requirement %s", cr.ID(), id)
			}
		}
	}
	for _, id := range []ID{"1-10", "1-12"} {
		if cr, _ := cl.Criterion(id); cr.Standard() != nil {
			t.Errorf("%s implements %v, want nothing", id, cr.Standard())
		}
	}
	var gaps []ID
	for _, g := range Gaps(cl, st) {
		gaps = append(gaps, g.ID())
	}
	if diff := cmp.Diff(crosswalkGaps, gaps); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
	if got := ImplementedBy(cl, "S1-8"); got != nil {
		t.Errorf("ImplementedBy(S1-8) = %v, want none", got)
	}
	for _, req := range st.All() {
		if n := len(ImplementedBy(cl, req.ID())); (n == 0) != slices.Contains(crosswalkGaps, req.ID()) {
			t.Errorf("requirement %s is implemented by %d items", req.ID(), n)
		}
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	_, gapList, ok := strings.Cut(string(doc), "have no checklist item")
	gapList, _, ok2 := strings.Cut(gapList, "\n//\n// These")
	if !ok || !ok2 {
		t.Fatal("doc.go has no gap list")
	}
	var listed []ID
	for _, line := range strings.Split(gapList, "\n") {
		if f := strings.Fields(strings.TrimPrefix(line, "//")); len(f) > 1 && f[0] == "-" {
			listed = append(listed, ID(f[1]))
		}
	}
	if diff := cmp.Diff(crosswalkGaps, listed); diff != "" {
		t.Errorf("the gap list of doc.go (-gaps +listed):\n%s", diff)
	}
}

// TestCrosswalkChange checks that version 1.0.0 of the checklist keeps the
// first crosswalk, and that 1.1.0 differs from it in the corrected standard
// lists and the corrected English of three items only.
func TestCrosswalkChange(t *testing.T) {
	old, ok := BuiltinVersion(ChecklistID, "1.0.0")
	if !ok {
		t.Fatal("jpbank-checklist 1.0.0 is not built in")
	}
	want := maps.Clone(crosswalk)
	maps.Copy(want, map[ID][]ID{
		"1-6": {"S1-4"}, "1-10": {"S1-8"}, "1-12": {"S2-1", "S2-2"}, "1-14": {"S2-1"}, "1-22": {"S4-1"},
		"1-33": {"S6-4"}, "1-34": {"S6-5"}, "1-35": {"S6-7"}, "1-42": {"S7-1"}, "1-54": {"S9-1"}, "1-55": {"S9-1"},
	})
	if diff := cmp.Diff(want, crosswalkOf(old)); diff != "" {
		t.Errorf("crosswalk of 1.0.0 (-want +got):\n%s", diff)
	}
	corrected := shapeWithout(old)
	setEnglish(t, &corrected, map[ID]string{
		"1-5":  "Inform officers of information management methods and raise their security awareness.",
		"1-26": "Implement egress controls to prevent information leakage by insiders.",
		"1-54": "Fulfill the duty to explain API usage to users (preventing users from mistaking the service for the bank's own).",
	})
	if diff := cmp.Diff(shapeWithout(Checklist()), corrected); diff != "" {
		t.Errorf("1.0.0 and 1.1.0 differ beyond the crosswalk and the corrected English (-1.1.0 +1.0.0 corrected):\n%s", diff)
	}
}

// TestStandardChange checks that version 1.0.0 of the standard stays built in
// and that 1.0.1 differs from it in the corrected English of S1-8 and S5-2
// only.
func TestStandardChange(t *testing.T) {
	old, ok := BuiltinVersion(StandardID, "1.0.0")
	if !ok {
		t.Fatal("jpbank-standard 1.0.0 is not built in")
	}
	corrected := shapeWithout(old)
	setEnglish(t, &corrected, map[ID]string{
		"S1-8": "Security is ensured in chained connections (where the API connection with the bank is relayed onward to, or reached through, other businesses).",
		"S5-2": "Appropriate egress controls are in place to prevent information leakage by insiders.",
	})
	if diff := cmp.Diff(shapeWithout(Standard()), corrected); diff != "" {
		t.Errorf("1.0.0 and 1.0.1 differ beyond the corrected English (-1.0.1 +1.0.0 corrected):\n%s", diff)
	}
}

// setEnglish sets the English text of the criteria of s named in en, each of
// which must differ from the one s has.
func setEnglish(t *testing.T, s *catalogShape, en map[ID]string) {
	t.Helper()
	found := 0
	for i, cr := range s.Criteria {
		if text, ok := en[cr.ID]; ok {
			if cr.Text.EN == text {
				t.Errorf("%s: the English is already %q", cr.ID, text)
			}
			s.Criteria[i].Text.EN = text
			found++
		}
	}
	if found != len(en) {
		t.Errorf("found %d of the %d criteria to correct", found, len(en))
	}
}

// shapeWithout is the shape of c without its version and standard lists.
func shapeWithout(c *Catalog) catalogShape {
	s := shapeOf(c)
	s.Version = ""
	for i := range s.Criteria {
		s.Criteria[i].Standard = nil
	}
	return s
}
