package criteria_test

import (
	"fmt"
	"log"

	"github.com/dendai-go/dendai/criteria"
)

// Two versions of a bank's catalog: 2027.1 rewords SEC-1 in English, drops
// SEC-2, moves SEC-3 to a new group and adds OPS-1.
const (
	bank2026 = `{"format": "dendai.catalog/v1", "id": "my-bank", "version": "2026.1",
  "title": {"ja": "接続基準", "en": "Connection criteria"},
  "groups": [{"id": "security", "title": {"ja": "セキュリティ", "en": "Security"}, "criteria": [
    {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "MFA is in place."}},
    {"id": "SEC-2", "text": {"ja": "ログを保管している", "en": "Logs are retained."}},
    {"id": "SEC-3", "text": {"ja": "バックアップを取得している", "en": "Backups are taken."}}]}]}`
	bank2027 = `{"format": "dendai.catalog/v1", "id": "my-bank", "version": "2027.1",
  "title": {"ja": "接続基準", "en": "Connection criteria"},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"}, "criteria": [
      {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "Multi-factor authentication is in place."}}]},
    {"id": "operations", "title": {"ja": "運用", "en": "Operations"}, "criteria": [
      {"id": "SEC-3", "text": {"ja": "バックアップを取得している", "en": "Backups are taken."}},
      {"id": "OPS-1", "text": {"ja": "障害訓練を年1回実施している", "en": "A failure drill is run yearly."}}]}]}`
)

func ExampleDiff() {
	old, err := criteria.Parse([]byte(bank2026), nil)
	if err != nil {
		log.Fatal(err)
	}
	new, err := criteria.Parse([]byte(bank2027), nil)
	if err != nil {
		log.Fatal(err)
	}
	d := criteria.Diff(old, new)
	fmt.Println(d.OldID, d.OldVersion, "->", d.NewVersion)
	fmt.Println("added:", d.Added, "removed:", d.Removed)
	for _, c := range d.Changed {
		fmt.Printf("%s: Japanese changed %v, English changed %v\n", c.ID, c.Text.JA(), c.Text.EN())
		fmt.Printf("  %q -> %q\n", c.Text.Old.EN, c.Text.New.EN)
	}
	for _, m := range d.Moved {
		fmt.Println(m.ID, "moved from", m.From, "to", m.To)
	}
	// Output:
	// my-bank 2026.1 -> 2027.1
	// added: [OPS-1] removed: [SEC-2]
	// SEC-1: Japanese changed false, English changed true
	//   "MFA is in place." -> "Multi-factor authentication is in place."
	// SEC-3 moved from security to operations
}

func ExampleVersionMapping() {
	old, err := criteria.Parse([]byte(bank2026), nil)
	if err != nil {
		log.Fatal(err)
	}
	new, err := criteria.Parse([]byte(bank2027), nil)
	if err != nil {
		log.Fatal(err)
	}
	m, err := criteria.VersionMapping(old, new)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.ID())
	for e := range m.Entries() {
		fmt.Println(e.Target, "<-", e.Sources, e.Relationship)
		if e.Rationale.EN != "" {
			fmt.Println("  " + e.Rationale.EN)
		}
	}
	// OPS-1 is new: nothing answers it.
	_, ok := m.For("OPS-1")
	fmt.Println("OPS-1 mapped:", ok)
	// Output:
	// my-bank-2026.1-to-2027.1
	// SEC-1 <- [SEC-1] equivalent
	//   The text of the criterion changed from version 2026.1 to 2027.1: review the answer.
	// SEC-3 <- [SEC-3] equivalent
	// OPS-1 mapped: false
}
