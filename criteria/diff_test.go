package criteria

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
)

// versionDoc returns a dendai.catalog/v1 document of the catalog id at
// version, with the English title title and the groups given as JSON.
func versionDoc(id, version, title, groups string) string {
	return `{"format":"dendai.catalog/v1","id":"` + id + `","version":"` + version + `",` +
		`"title":{"ja":"接続基準","en":"` + title + `"},"groups":` + groups + `}`
}

func mustParse(t *testing.T, doc string) *Catalog {
	t.Helper()
	c, err := Parse([]byte(doc), nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, doc)
	}
	return c
}

// baseGroups are the groups of the old catalog the diff tests start from: a
// criterion with a standard list, one with a note, and two groups.
const baseGroups = `[
 {"id":"sec","title":{"ja":"セキュリティ","en":"Security"},"criteria":[
  {"id":"SEC-1","text":{"ja":"多要素認証を導入している","en":"MFA is in place."}},
  {"id":"SEC-2","text":{"ja":"ログを保管している","en":"Logs are retained."},"standard":["S6-3"]},
  {"id":"SEC-3","text":{"ja":"通信を暗号化している","en":"Traffic is encrypted."},"note":{"ja":"注記","en":"A note."}}]},
 {"id":"ops","title":{"ja":"運用","en":"Operations"},"criteria":[
  {"id":"OPS-1","text":{"ja":"バックアップを取得している","en":"Backups are taken."}}]}]`

// edit returns baseGroups with each pair of old and new strings replaced.
func edit(pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(baseGroups)
}

func TestDiff(t *testing.T) {
	base := versionDoc("my-bank", "1.0", "Criteria", baseGroups)
	tests := []struct {
		name     string
		old, new string
		want     CatalogDiff // OldID, NewID and versions are filled from the catalogs when empty
	}{
		{name: "the same catalog", old: base, new: base},
		{name: "only the version", old: base, new: versionDoc("my-bank", "1.1", "Criteria", baseGroups)},
		{
			name: "the title in English",
			old:  base, new: versionDoc("my-bank", "1.1", "Connection criteria", baseGroups),
			want: CatalogDiff{Title: TextChange{
				Old: i18n.Text{JA: "接続基準", EN: "Criteria"},
				New: i18n.Text{JA: "接続基準", EN: "Connection criteria"},
			}},
		},
		{
			name: "added, in the new catalog's order",
			old:  base,
			new: versionDoc("my-bank", "1.1", "Criteria", strings.Replace(edit(
				`{"id":"SEC-1",`, `{"id":"SEC-0","text":{"ja":"新","en":"New"}},{"id":"SEC-1",`,
				`"Backups are taken."}}`, `"Backups are taken."}},{"id":"OPS-2","text":{"ja":"新","en":"New"}}`,
			), `]}]`, `]},{"id":"biz","title":{"ja":"業務","en":"Business"},"criteria":[{"id":"BIZ-1","text":{"ja":"新","en":"New"}}]}]`, 1)),
			want: CatalogDiff{Added: []ID{"SEC-0", "OPS-2", "BIZ-1"}},
		},
		{
			name: "removed, in the old catalog's order, a whole group too",
			old:  base,
			new: versionDoc("my-bank", "1.1", "Criteria", `[
 {"id":"sec","title":{"ja":"セキュリティ","en":"Security"},"criteria":[
  {"id":"SEC-1","text":{"ja":"多要素認証を導入している","en":"MFA is in place."}},
  {"id":"SEC-3","text":{"ja":"通信を暗号化している","en":"Traffic is encrypted."},"note":{"ja":"注記","en":"A note."}}]}]`),
			want: CatalogDiff{Removed: []ID{"SEC-2", "OPS-1"}},
		},
		{
			name: "the Japanese text only",
			old:  base, new: versionDoc("my-bank", "1.1", "Criteria", edit("多要素認証を導入している", "全ての利用者に多要素認証を導入している")),
			want: CatalogDiff{Changed: []CriterionChange{{ID: "SEC-1", Text: TextChange{
				Old: i18n.Text{JA: "多要素認証を導入している", EN: "MFA is in place."},
				New: i18n.Text{JA: "全ての利用者に多要素認証を導入している", EN: "MFA is in place."},
			}}}},
		},
		{
			name: "the English text only",
			old:  base, new: versionDoc("my-bank", "1.1", "Criteria", edit("Backups are taken.", "Backups are taken daily.")),
			want: CatalogDiff{Changed: []CriterionChange{{ID: "OPS-1", Text: TextChange{
				Old: i18n.Text{JA: "バックアップを取得している", EN: "Backups are taken."},
				New: i18n.Text{JA: "バックアップを取得している", EN: "Backups are taken daily."},
			}}}},
		},
		{
			name: "notes added, changed and removed",
			old: versionDoc("my-bank", "1.0", "Criteria", edit(
				`"en":"Logs are retained."}`, `"en":"Logs are retained."},"note":{"ja":"旧","en":"Old."}`)),
			new: versionDoc("my-bank", "1.1", "Criteria", edit(
				`"en":"MFA is in place."}`, `"en":"MFA is in place."},"note":{"ja":"新","en":"New."}`,
				`"en":"Logs are retained."}`, `"en":"Logs are retained."},"note":{"ja":"旧","en":"Changed."}`,
				`,"note":{"ja":"注記","en":"A note."}`, ``)),
			want: CatalogDiff{Changed: []CriterionChange{
				{ID: "SEC-1", Note: TextChange{New: i18n.Text{JA: "新", EN: "New."}}},
				{ID: "SEC-2", Note: TextChange{Old: i18n.Text{JA: "旧", EN: "Old."}, New: i18n.Text{JA: "旧", EN: "Changed."}}},
				{ID: "SEC-3", Note: TextChange{Old: i18n.Text{JA: "注記", EN: "A note."}}},
			}},
		},
		{
			name: "standard lists: one added, one extended, one dropped",
			old: versionDoc("my-bank", "1.0", "Criteria", edit(
				`"en":"Backups are taken."}`, `"en":"Backups are taken."},"standard":["S7-1"]`)),
			new: versionDoc("my-bank", "1.1", "Criteria", edit(
				`"en":"MFA is in place."}`, `"en":"MFA is in place."},"standard":["S1-1"]`,
				`["S6-3"]`, `["S6-3","S6-4"]`)),
			want: CatalogDiff{Changed: []CriterionChange{
				{ID: "SEC-1", OldStandard: []ID{}, NewStandard: []ID{"S1-1"}},
				{ID: "SEC-2", OldStandard: []ID{"S6-3"}, NewStandard: []ID{"S6-3", "S6-4"}},
				{ID: "OPS-1", OldStandard: []ID{"S7-1"}, NewStandard: []ID{}},
			}},
		},
		{
			name: "the order within a group is not compared",
			old:  base,
			new: versionDoc("my-bank", "1.1", "Criteria", `[
 {"id":"sec","title":{"ja":"セキュリティ（改）","en":"Security, renamed"},"criteria":[
  {"id":"SEC-3","text":{"ja":"通信を暗号化している","en":"Traffic is encrypted."},"note":{"ja":"注記","en":"A note."}},
  {"id":"SEC-2","text":{"ja":"ログを保管している","en":"Logs are retained."},"standard":["S6-3"]},
  {"id":"SEC-1","text":{"ja":"多要素認証を導入している","en":"MFA is in place."}}]},
 {"id":"ops","title":{"ja":"運用","en":"Operations"},"criteria":[
  {"id":"OPS-1","text":{"ja":"バックアップを取得している","en":"Backups are taken."}}]}]`),
		},
		{
			name: "moved to another group, and changed as well",
			old:  base,
			new: versionDoc("my-bank", "1.1", "Criteria", `[
 {"id":"sec","title":{"ja":"セキュリティ","en":"Security"},"criteria":[
  {"id":"SEC-1","text":{"ja":"多要素認証を導入している","en":"MFA is in place."}},
  {"id":"SEC-2","text":{"ja":"ログを保管している","en":"Logs are retained."},"standard":["S6-3"]}]},
 {"id":"ops","title":{"ja":"運用","en":"Operations"},"criteria":[
  {"id":"OPS-1","text":{"ja":"バックアップを取得している","en":"Backups are taken."}},
  {"id":"SEC-3","text":{"ja":"通信を暗号化している","en":"All traffic is encrypted."},"note":{"ja":"注記","en":"A note."}}]}]`),
			want: CatalogDiff{
				Changed: []CriterionChange{{ID: "SEC-3", Text: TextChange{
					Old: i18n.Text{JA: "通信を暗号化している", EN: "Traffic is encrypted."},
					New: i18n.Text{JA: "通信を暗号化している", EN: "All traffic is encrypted."},
				}}},
				Moved: []Move{{ID: "SEC-3", From: "sec", To: "ops"}},
			},
		},
		{
			name: "a group renamed: its criteria move",
			old:  base, new: versionDoc("my-bank", "1.1", "Criteria", edit(`"id":"ops"`, `"id":"operations"`)),
			want: CatalogDiff{Moved: []Move{{ID: "OPS-1", From: "ops", To: "operations"}}},
		},
		{
			name: "a group's ID becomes a criterion's",
			old:  base,
			new: versionDoc("my-bank", "1.1", "Criteria", edit(
				`"Backups are taken."}}`, `"Backups are taken."}},{"id":"sec","text":{"ja":"新","en":"New"}}`,
				`"id":"sec","title"`, `"id":"security","title"`)),
			want: CatalogDiff{Added: []ID{"sec"}, Moved: []Move{
				{ID: "SEC-1", From: "sec", To: "security"}, {ID: "SEC-2", From: "sec", To: "security"}, {ID: "SEC-3", From: "sec", To: "security"},
			}},
		},
		{
			name: "two different catalogs",
			old:  base, new: versionDoc("other-bank", "2026.1", "Criteria", edit("SEC-2", "SEC-9")),
			want: CatalogDiff{Added: []ID{"SEC-9"}, Removed: []ID{"SEC-2"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := mustParse(t, tt.old), mustParse(t, tt.new)
			want := tt.want
			want.OldID, want.OldVersion, want.NewID, want.NewVersion = old.ID(), old.Version(), new.ID(), new.Version()
			got := Diff(old, new)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
			if got.Empty() != (tt.want.Title.IsZero() && tt.want.Added == nil && tt.want.Removed == nil && tt.want.Changed == nil && tt.want.Moved == nil) {
				t.Errorf("Empty() = %v", got.Empty())
			}
			// The other way round, what was added is removed, and so on.
			back := Diff(new, old)
			if !cmp.Equal(back.Added, got.Removed) || !cmp.Equal(back.Removed, got.Added) || len(back.Changed) != len(got.Changed) || len(back.Moved) != len(got.Moved) {
				t.Errorf("Diff(new, old) is not the reverse: %+v", back)
			}
		})
	}
}

func TestDiffNil(t *testing.T) {
	c := mustParse(t, versionDoc("my-bank", "1.0", "Criteria", baseGroups))
	all := []ID{"SEC-1", "SEC-2", "SEC-3", "OPS-1"}
	title := i18n.Text{JA: "接続基準", EN: "Criteria"}
	tests := []struct {
		name     string
		old, new *Catalog
		want     CatalogDiff
	}{
		{"nil to a catalog", nil, c, CatalogDiff{NewID: "my-bank", NewVersion: "1.0", Title: TextChange{New: title}, Added: all}},
		{"a catalog to the zero catalog", c, &Catalog{}, CatalogDiff{OldID: "my-bank", OldVersion: "1.0", Title: TextChange{Old: title}, Removed: all}},
		{"nil to nil", nil, nil, CatalogDiff{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Diff(tt.old, tt.new)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestDiffMethods(t *testing.T) {
	tests := []struct {
		name            string
		t               TextChange
		zero, ja, en    bool
		standardChanged bool
	}{
		{name: "no change", zero: true},
		{name: "Japanese", t: TextChange{Old: i18n.Text{JA: "あ", EN: "a"}, New: i18n.Text{JA: "い", EN: "a"}}, ja: true},
		{name: "English", t: TextChange{Old: i18n.Text{JA: "あ", EN: "a"}, New: i18n.Text{JA: "あ", EN: "b"}}, en: true},
		{name: "both", t: TextChange{Old: i18n.Text{JA: "あ", EN: "a"}, New: i18n.Text{JA: "い", EN: "b"}}, ja: true, en: true},
		{name: "added", t: TextChange{New: i18n.Text{JA: "い", EN: "b"}}, ja: true, en: true},
	}
	for _, tt := range tests {
		if got := [3]bool{tt.t.IsZero(), tt.t.JA(), tt.t.EN()}; got != [3]bool{tt.zero, tt.ja, tt.en} {
			t.Errorf("%s: IsZero, JA, EN = %v, want %v", tt.name, got, [3]bool{tt.zero, tt.ja, tt.en})
		}
	}
	for _, tt := range []struct {
		c    CriterionChange
		want bool
	}{
		{CriterionChange{}, false},
		{CriterionChange{OldStandard: []ID{}, NewStandard: []ID{"S1-1"}}, true},
		{CriterionChange{OldStandard: []ID{"S1-1", "S1-2"}, NewStandard: []ID{"S1-2", "S1-1"}}, true},
		{CriterionChange{OldStandard: []ID{}, NewStandard: nil}, false},
	} {
		if got := tt.c.StandardChanged(); got != tt.want {
			t.Errorf("%+v.StandardChanged() = %v", tt.c, got)
		}
	}
	old := mustParse(t, versionDoc("my-bank", "1.0", "Criteria", baseGroups))
	new := mustParse(t, versionDoc("my-bank", "1.1", "Criteria", edit("MFA is in place.", "MFA is required.", `["S6-3"]`, `["S6-4"]`)))
	d := Diff(old, new)
	for _, tt := range []struct {
		id         ID
		ok, text   bool
		standardCh bool
	}{{"SEC-1", true, true, false}, {"SEC-2", true, false, true}, {"SEC-3", false, false, false}, {"nope", false, false, false}} {
		c, ok := d.ChangeOf(tt.id)
		if ok != tt.ok || !c.Text.IsZero() != tt.text || c.StandardChanged() != tt.standardCh || ok && c.ID != tt.id {
			t.Errorf("ChangeOf(%s) = %+v, %v", tt.id, c, ok)
		}
	}
	// The diff's slices are its own: changing them leaves the catalogs as
	// they were.
	c, _ := d.ChangeOf("SEC-2")
	c.OldStandard[0], c.NewStandard[0] = "X", "Y"
	if cr, _ := old.Criterion("SEC-2"); cr.Standard()[0] != "S6-3" {
		t.Errorf("changing the diff changed the old catalog: %v", cr.Standard())
	}
	if cr, _ := new.Criterion("SEC-2"); cr.Standard()[0] != "S6-4" {
		t.Errorf("changing the diff changed the new catalog: %v", cr.Standard())
	}
}

// TestDiffBuiltin diffs each built-in catalog with itself, and the two with
// each other.
func TestDiffBuiltin(t *testing.T) {
	for _, id := range BuiltinIDs() {
		c, _ := Builtin(id)
		if d := Diff(c, c); !d.Empty() || d.OldVersion != c.Version() || d.NewVersion != c.Version() {
			t.Errorf("Diff(%s, %s) = %+v, want no change", id, id, d)
		}
	}
	d := Diff(Checklist(), Standard())
	if len(d.Added) != Standard().Len() || len(d.Removed) != Checklist().Len() || d.Changed != nil || d.Moved != nil {
		t.Errorf("Diff(checklist, standard): %d added, %d removed, %d changed, %d moved", len(d.Added), len(d.Removed), len(d.Changed), len(d.Moved))
	}
}
