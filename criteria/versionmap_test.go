package criteria

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

func TestVersionMapping(t *testing.T) {
	old := mustParse(t, versionDoc("my-bank", "1.0", "Criteria", baseGroups))
	changed := i18n.Text{
		JA: "バージョン 1.0 から 1.1 で基準の本文が変わりました。回答を見直してください",
		EN: "The text of the criterion changed from version 1.0 to 1.1: review the answer.",
	}
	same := func(id ID) MappingEntry {
		return MappingEntry{Target: id, Sources: []ID{id}, Relationship: Equivalent}
	}
	tests := []struct {
		name string
		new  string
		want []MappingEntry
	}{
		{
			name: "the same criteria",
			new:  versionDoc("my-bank", "1.1", "Criteria", baseGroups),
			want: []MappingEntry{same("SEC-1"), same("SEC-2"), same("SEC-3"), same("OPS-1")},
		},
		{
			name: "text changed in one language, then the other",
			new:  versionDoc("my-bank", "1.1", "Criteria", edit("多要素認証を導入している", "多要素認証を必須としている", "Backups are taken.", "Backups are taken daily.")),
			want: []MappingEntry{
				{Target: "SEC-1", Sources: []ID{"SEC-1"}, Relationship: Equivalent, Rationale: changed},
				same("SEC-2"), same("SEC-3"),
				{Target: "OPS-1", Sources: []ID{"OPS-1"}, Relationship: Equivalent, Rationale: changed},
			},
		},
		{
			name: "notes, standard lists and groups do not count",
			new: versionDoc("my-bank", "1.1", "Criteria", edit(
				`,"note":{"ja":"注記","en":"A note."}`, ``, `["S6-3"]`, `["S6-4"]`, `"id":"ops"`, `"id":"operations"`)),
			want: []MappingEntry{same("SEC-1"), same("SEC-2"), same("SEC-3"), same("OPS-1")},
		},
		{
			name: "added and removed criteria have no entry, in the new order",
			new: versionDoc("my-bank", "1.1", "Criteria", `[
 {"id":"ops","title":{"ja":"運用","en":"Operations"},"criteria":[
  {"id":"OPS-2","text":{"ja":"新","en":"New"}},
  {"id":"OPS-1","text":{"ja":"バックアップを取得している","en":"Backups are taken."}}]},
 {"id":"sec","title":{"ja":"セキュリティ","en":"Security"},"criteria":[
  {"id":"SEC-3","text":{"ja":"通信を暗号化している","en":"Traffic is encrypted."}},
  {"id":"SEC-1","text":{"ja":"多要素認証を導入している","en":"MFA is in place."}}]}]`),
			want: []MappingEntry{same("OPS-1"), same("SEC-3"), same("SEC-1")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			new := mustParse(t, tt.new)
			m, err := VersionMapping(old, new)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, slices.Collect(m.Entries())); diff != "" {
				t.Errorf("entries (-want +got):\n%s", diff)
			}
			srcID, srcVersion := m.Source()
			dstID, dstVersion := m.Target()
			got := []string{string(m.ID()), m.Version(), string(srcID), srcVersion, string(dstID), dstVersion}
			if want := []string{"my-bank-1.0-to-1.1", "1.1", "my-bank", "1.0", "my-bank", "1.1"}; !slices.Equal(got, want) {
				t.Errorf("ID, version, source, target = %q, want %q", got, want)
			}
			if p := m.Provenance(); p != (Provenance{Method: VersionMappingMethod}) {
				t.Errorf("Provenance() = %+v", p)
			}
			for _, e := range tt.want {
				if got, ok := m.For(e.Target); !ok || got.Target != e.Target {
					t.Errorf("For(%s) = %+v, %v", e.Target, got, ok)
				}
			}
			for _, id := range Diff(old, new).Added {
				if e, ok := m.For(id); ok {
					t.Errorf("For(%s), an added criterion, = %+v", id, e)
				}
			}
			for _, id := range Diff(old, new).Removed {
				if ts := m.TargetsOf(id); ts != nil {
					t.Errorf("TargetsOf(%s), a removed criterion, = %v", id, ts)
				}
			}
			roundTrip(t, m, old, new)
		})
	}
}

// roundTrip checks that the mapping's encodings read back, through
// ParseMapping, into an equal mapping that encodes the same.
func roundTrip(t *testing.T, m *Mapping, source, target *Catalog) {
	t.Helper()
	compact, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	indented, err := m.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range [][]byte{compact, indented} {
		back, err := ParseMapping(doc, source, target, nil)
		if err != nil {
			t.Fatalf("ParseMapping: %v\n%s", err, doc)
		}
		if !back.Equal(m) {
			t.Errorf("the mapping read back differs:\n%s", doc)
		}
		again, _ := back.AppendJSON(nil)
		if string(again) != string(indented) {
			t.Errorf("the mapping read back encodes differently (-first +again):\n%s", cmp.Diff(string(indented), string(again)))
		}
	}
}

func TestVersionMappingBuiltin(t *testing.T) {
	for _, id := range BuiltinIDs() {
		c, _ := Builtin(id)
		m, err := VersionMapping(c, c)
		if err != nil {
			t.Fatal(err)
		}
		if m.Len() != c.Len() || m.ID() != ID(string(id)+"-"+c.Version()+"-to-"+c.Version()) {
			t.Errorf("%s: %s has %d entries, want %d", id, m.ID(), m.Len(), c.Len())
		}
		for e := range m.Entries() {
			if e.Relationship != Equivalent || !slices.Equal(e.Sources, []ID{e.Target}) || e.Rationale != (i18n.Text{}) {
				t.Errorf("%s: entry %+v", id, e)
			}
		}
		roundTrip(t, m, c, c)
	}
}

// TestVersionMappingID checks the mapping's ID when the versions hold what an
// ID cannot, or the catalog's ID is long.
func TestVersionMappingID(t *testing.T) {
	long := strings.Repeat("x", 60)
	tests := []struct {
		id, old, new string
		want         ID
	}{
		{"my-bank", "2026/1", "2027 rev.2", "my-bank-2026_1-to-2027_rev.2"},
		{"my-bank", "第1版", "第2版", "my-bank-___1___-to-___2___"},
		{long, "1.0", "1.1", ID(long + "-1.0")},
	}
	for _, tt := range tests {
		got := versionMappingID(ID(tt.id), tt.old, tt.new)
		if got != tt.want || !got.IsValid() {
			t.Errorf("versionMappingID(%q, %q, %q) = %q (valid %v), want %q", tt.id, tt.old, tt.new, got, got.IsValid(), tt.want)
		}
	}
	// Through VersionMapping and back, with versions an ID cannot hold.
	old := mustParse(t, versionDoc(long, "第1版", "Criteria", baseGroups))
	new := mustParse(t, versionDoc(long, "第2版", "Criteria", edit("MFA is in place.", "MFA is required.")))
	m, err := VersionMapping(old, new)
	if err != nil {
		t.Fatal(err)
	}
	if !m.ID().IsValid() || m.Version() != "第2版" {
		t.Errorf("ID %q, version %q", m.ID(), m.Version())
	}
	roundTrip(t, m, old, new)
}

func TestVersionMappingRefuses(t *testing.T) {
	mine := mustParse(t, versionDoc("my-bank", "1.0", "Criteria", baseGroups))
	other := mustParse(t, versionDoc("other-bank", "1.0", "Criteria", baseGroups))
	tests := []struct {
		name     string
		old, new *Catalog
		en       string
	}{
		{"different IDs", mine, other, `the catalogs "my-bank" and "other-bank" are not versions of one catalog, so no mapping between versions can be derived`},
		{"nil old", nil, mine, `the catalogs "" and "my-bank" are not versions of one catalog, so no mapping between versions can be derived`},
		{"zero catalogs", &Catalog{}, &Catalog{}, `the catalogs "" and "" are not versions of one catalog, so no mapping between versions can be derived`},
		{"the checklist and the standard", Checklist(), Standard(), `the catalogs "jpbank-checklist" and "jpbank-standard" are not versions of one catalog, so no mapping between versions can be derived`},
	}
	for _, tt := range tests {
		m, err := VersionMapping(tt.old, tt.new)
		var e *dendai.Error
		if m != nil || !errors.As(err, &e) || !slices.Equal(errCodes(err), []dendai.Code{CodeMappingNotVersions}) {
			t.Errorf("%s: VersionMapping = %v, %v", tt.name, m, err)
			continue
		}
		if msg := e.Problems[0].Message; msg.EN != tt.en || !strings.Contains(msg.JA, "同じカタログの別バージョンではない") {
			t.Errorf("%s: message %+v", tt.name, msg)
		}
	}
}
