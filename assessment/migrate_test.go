package assessment_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
)

// versionDoc returns a catalog my-bank at version, with groups of criteria:
// each criterion written ID=ja|en.
func versionDoc(version string, groups ...string) string {
	var gs []string
	for _, g := range groups {
		id, list, _ := strings.Cut(g, ":")
		var cs []string
		for item := range strings.SplitSeq(list, ";") {
			cid, txt, _ := strings.Cut(item, "=")
			ja, en, _ := strings.Cut(txt, "|")
			cs = append(cs, fmt.Sprintf(`{"id": %q, "text": {"ja": %q, "en": %q}}`, cid, ja, en))
		}
		gs = append(gs, fmt.Sprintf(`{"id": %q, "title": {"ja": "グループ %s", "en": "Group %s"}, "criteria": [%s]}`, id, id, id, strings.Join(cs, ", ")))
	}
	return fmt.Sprintf(`{"format": "dendai.catalog/v1", "id": "my-bank", "version": %q,
  "title": {"ja": "接続基準", "en": "Connection criteria"}, "groups": [%s]}`, version, strings.Join(gs, ", "))
}

// The versions of my-bank the migration tests go through.
var (
	// v1 is the first version.
	v1 = versionDoc("1.0.0",
		"access:M-1=多要素認証|MFA;M-2=ログ保管|Logs kept;M-3=暗号化|Encryption",
		"people:M-4=教育|Training;M-5=監査|Audit")
	// v1fix is v1 under another version number, nothing else changed.
	v1fix = strings.Replace(v1, `"1.0.0"`, `"1.0.1"`, 1)
	// v2 changes the English of M-2 and the Japanese of M-3, moves M-4 to
	// access with its text as it was, removes M-5 and adds M-6.
	v2 = versionDoc("2.0.0",
		"access:M-1=多要素認証|MFA;M-2=ログ保管|Logs retained;M-3=通信の暗号化|Encryption;M-4=教育|Training",
		"people:M-6=委託先管理|Outsourcing")
	// v3 renames M-1 to N-1, splits M-2 into N-2 and N-3, merges M-3 and M-4
	// into N-4 and adds N-5; its mapping from v1 says so.
	v3 = versionDoc("3.0.0",
		"access:N-1=多要素認証|MFA;N-2=ログ取得|Logging;N-3=ログ保管期間|Log retention;N-4=暗号化と教育|Encryption and training;N-5=新規|New")
)

// submittedV1 returns a submitted assessment of v1 answering every
// criterion.
func submittedV1(t testing.TB, cat *criteria.Catalog) *assessment.Assessment {
	a := draftOf(cat, answer("M-1", c), answer("M-2", pc), answer("M-3", nap), answer("M-4", nc), answer("M-5", c))
	a.State = assessment.Submitted
	a.Responses[0].Evidence = []assessment.Evidence{{Title: "認証基準", Ref: "SEC-1"}}
	if ps := assessment.Validate(cat, a, options); len(ps) > 0 {
		t.Fatalf("the assessment of v1 has problems: %v", testkit.Codes(ps))
	}
	// Flagged by an earlier migration, and still so: Validate would refuse
	// it in a submitted assessment, Migrate must carry it.
	a.Responses[3].NeedsReview = true
	return a
}

func TestMigrate(t *testing.T) {
	from := mustCatalog(t, v1)
	base := submittedV1(t, from)
	flagged := func(r assessment.Response) assessment.Response { r.NeedsReview = true; return r }
	renamed := func(r assessment.Response, id criteria.ID) assessment.Response { r.Criterion = id; return r }
	tests := []struct {
		name    string
		to      string
		mapping func(from, to *criteria.Catalog) *criteria.Mapping
		change  func(a *assessment.Assessment)
		state   assessment.State
		want    []assessment.Response
		changed []criteria.ID
		added   []criteria.ID
		removed []criteria.ID
	}{
		{
			name: "nothing changed (one answer still flagged: a draft)", to: v1fix, state: assessment.Draft,
			want: base.Responses,
		},
		{
			name: "nothing changed, through a mapping (a draft, as above)", to: v1fix, state: assessment.Draft,
			mapping: func(from, to *criteria.Catalog) *criteria.Mapping {
				var es []entry
				for _, cr := range to.All() {
					es = append(es, entry{string(cr.ID()), []string{string(cr.ID())}, "equivalent"})
				}
				return mustMapping(t, from, to, es...)
			},
			want: base.Responses,
		},
		{
			name: "changed, moved, removed and added, by ID", to: v2, state: assessment.Draft,
			want: []assessment.Response{
				base.Responses[0],
				flagged(base.Responses[1]), // English changed
				flagged(base.Responses[2]), // Japanese changed
				base.Responses[3],          // moved, flagged already
				{Criterion: "M-6"},         // added
			},
			changed: []criteria.ID{"M-2", "M-3", "M-4"},
			added:   []criteria.ID{"M-6"},
			removed: []criteria.ID{"M-5"},
		},
		{
			name: "a changed criterion not yet answered", to: v2, state: assessment.Draft,
			change: func(a *assessment.Assessment) {
				a.State = assessment.Draft
				a.Responses[1].Status, a.Responses[1].Remediation = na, nil
				a.Responses = append(a.Responses[:2], a.Responses[3:]...) // no response to M-3
			},
			want: []assessment.Response{
				base.Responses[0], {Criterion: "M-2"}, {Criterion: "M-3"}, base.Responses[3], {Criterion: "M-6"},
			},
			changed: []criteria.ID{"M-2", "M-3", "M-4"},
			added:   []criteria.ID{"M-6"},
			removed: []criteria.ID{"M-5"},
		},
		{
			name: "a draft with nothing changed stays a draft", to: v1fix, state: assessment.Draft,
			change: func(a *assessment.Assessment) { a.State = assessment.Draft },
			want:   base.Responses,
		},
		{
			name: "renamed, split, merged and added, through a mapping", to: v3, state: assessment.Draft,
			mapping: func(from, to *criteria.Catalog) *criteria.Mapping {
				return mustMapping(t, from, to,
					entry{"N-1", []string{"M-1"}, "equivalent"},
					entry{"N-2", []string{"M-2"}, "superset"},
					entry{"N-3", []string{"M-2"}, "superset"},
					entry{"N-4", []string{"M-3", "M-4"}, "equivalent"},
					entry{"N-5", []string{"M-5"}, "none"},
				)
			},
			want: []assessment.Response{
				renamed(base.Responses[0], "N-1"), // the same text in the same group
				{Criterion: "N-2", Status: pc, Remediation: &assessment.Remediation{Action: "M-2: 対応 M-2", Due: assessment.MustParseDate("2027-03-31")},
					DerivedFrom: []assessment.Derivation{{Criterion: "M-2", Relationship: criteria.Superset, Status: pc}}, NeedsReview: true},
				{Criterion: "N-3", Status: pc, Remediation: &assessment.Remediation{Action: "M-2: 対応 M-2", Due: assessment.MustParseDate("2027-03-31")},
					DerivedFrom: []assessment.Derivation{{Criterion: "M-2", Relationship: criteria.Superset, Status: pc}}, NeedsReview: true},
				{Criterion: "N-4", Status: nc, Remediation: &assessment.Remediation{Action: "M-4: 対応 M-4", Due: assessment.MustParseDate("2027-03-31")},
					DerivedFrom: []assessment.Derivation{
						{Criterion: "M-3", Relationship: criteria.Equivalent, Status: nap},
						{Criterion: "M-4", Relationship: criteria.Equivalent, Status: nc},
					}, NeedsReview: true},
				{Criterion: "N-5"},
			},
			changed: []criteria.ID{"N-2", "N-3", "N-4"},
			added:   []criteria.ID{"N-5"},
			removed: []criteria.ID{"M-5"},
		},
		{
			name: "a mapping that says a criterion is new", to: v1fix, state: assessment.Draft,
			mapping: func(from, to *criteria.Catalog) *criteria.Mapping {
				return mustMapping(t, from, to,
					entry{"M-1", []string{"M-1"}, "equivalent"}, entry{"M-2", []string{"M-2"}, "equivalent"},
					entry{"M-3", []string{"M-3"}, "equivalent"}, entry{"M-4", []string{"M-4"}, "subset"})
			},
			want: []assessment.Response{
				base.Responses[0], base.Responses[1], base.Responses[2],
				{Criterion: "M-4", Status: nc, Remediation: &assessment.Remediation{Action: "M-4: 対応 M-4\n" +
					"対応元の基準（M-4）はこの基準の一部にしか対応していません。残りの部分を評価し、必要な対応を決めてください。\n" +
					"The source criteria (M-4) cover only part of this criterion: assess the rest and decide what to do.", Due: assessment.MustParseDate("2027-03-31")},
					DerivedFrom: []assessment.Derivation{{Criterion: "M-4", Relationship: criteria.Subset, Status: nc}}, NeedsReview: true},
				{Criterion: "M-5"},
			},
			changed: []criteria.ID{"M-4"},
			added:   []criteria.ID{"M-5"},
			removed: []criteria.ID{"M-5"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			to := mustCatalog(t, tt.to)
			a := submittedV1(t, from)
			if tt.change != nil {
				tt.change(a)
			}
			var m *criteria.Mapping
			if tt.mapping != nil {
				m = tt.mapping(from, to)
			}
			before, _ := assessment.Encode(a)
			mg, err := assessment.Migrate(a, from, to, m)
			if err != nil {
				t.Fatal(err)
			}
			if after, _ := assessment.Encode(a); string(before) != string(after) {
				t.Error("Migrate changed its assessment")
			}
			want := &assessment.Assessment{
				Catalog: to.ID(), CatalogVersion: to.Version(), State: tt.state,
				AssessedOn: a.AssessedOn, Subject: a.Subject, Assessor: a.Assessor, Responses: tt.want,
			}
			if diff := cmp.Diff(want, mg.Assessment); diff != "" {
				t.Errorf("migrated assessment (-want +got):\n%s", diff)
			}
			lists := [][]criteria.ID{mg.Changed, mg.Added, mg.Removed}
			if diff := cmp.Diff([][]criteria.ID{tt.changed, tt.added, tt.removed}, lists); diff != "" {
				t.Errorf("changed, added, removed (-want +got):\n%s", diff)
			}
			if ps := assessment.Validate(to, mg.Assessment, options); len(ps) > 0 {
				t.Errorf("the migrated assessment does not validate: %v", testkit.Codes(ps))
			}
			// It shares nothing with the assessment migrated.
			for i := range mg.Assessment.Responses {
				r := &mg.Assessment.Responses[i]
				for j := range r.Evidence {
					r.Evidence[j].Title = "x"
				}
				if r.Remediation != nil {
					r.Remediation.Action = "x"
				}
			}
			if after, _ := assessment.Encode(a); string(before) != string(after) {
				t.Error("changing the migrated assessment changed the old one")
			}
		})
	}
}

// TestMigrateRefuses checks the errors of Migrate.
func TestMigrateRefuses(t *testing.T) {
	from := mustCatalog(t, v1)
	to := mustCatalog(t, v2)
	other := mustCatalog(t, catalogDoc("src", "1.0.0", "g", "M-1"))
	good := mustMapping(t, from, to, entry{"M-1", []string{"M-1"}, "equivalent"})
	backwards := mustMapping(t, to, from, entry{"M-1", []string{"M-1"}, "equivalent"})
	tests := []struct {
		name     string
		a        *assessment.Assessment
		from, to *criteria.Catalog
		m        *criteria.Mapping
		want     []dendai.Code
	}{
		{"assessment of another version", draftOf(to), from, to, nil, []dendai.Code{assessment.CodeMigrationCatalog}},
		{"assessment of another catalog", draftOf(other), from, to, good, []dendai.Code{assessment.CodeMigrationCatalog}},
		{"no assessment", nil, from, to, nil, []dendai.Code{assessment.CodeMigrationCatalog}},
		{"a mapping the other way", draftOf(from), from, to, backwards, []dendai.Code{assessment.CodeMappingSource, assessment.CodeMappingTarget}},
		{"a mapping to another version", draftOf(from), from, mustCatalog(t, v1fix), good, []dendai.Code{assessment.CodeMappingTarget}},
		{"another catalog and no mapping", draftOf(from), from, other, nil, []dendai.Code{assessment.CodeMigrationNoMapping}},
		{"no catalogs", draftOf(from), nil, nil, nil, []dendai.Code{assessment.CodeMissingInput}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mg *assessment.Migration
			var err error
			testkit.Protect(t, "Migrate", func() { mg, err = assessment.Migrate(tt.a, tt.from, tt.to, tt.m) })
			if mg != nil {
				t.Errorf("a migration with the error %v", err)
			}
			if diff := cmp.Diff(tt.want, testkit.ErrCodes(err)); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
			ps, _ := testkit.Problems(err)
			testkit.CheckProblems(t, "Migrate", ps, testkit.Want{Code: tt.want[0], Place: testkit.Nowhere})
		})
	}
}
