// Package testkit is what dendai's own tests share: the golden-file helper
// with its -update flag, the documents the tests start from (MyBank, Draft,
// TieredPolicy), the problem helpers, and the checker of the hardening tests
// (RunBad, CheckProblems). Like go-cmp's internal/teststructs, it exists once
// so that no test package keeps a copy. It is imported only by tests, and
// imports no package of dendai but the root and i18n, so that the internal
// tests of every package can use it.
package testkit

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Golden compares got with the file testdata/name byte for byte, or, with
// `go test -update`, writes got to it (creating its folder).
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	GoldenFile(t, filepath.Join("testdata", filepath.FromSlash(name)), got)
}

// GoldenFile is Golden for a file kept outside testdata, such as a generated
// doc.go or a published document: path is relative to the package's folder.
func GoldenFile(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (-golden +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// Problems returns the problems of a *dendai.Error in err's chain, and false
// when there is none.
func Problems(err error) (dendai.Problems, bool) {
	var e *dendai.Error
	if !errors.As(err, &e) {
		return nil, false
	}
	return e.Problems, true
}

// Codes returns the codes of ps, in order.
func Codes(ps dendai.Problems) []dendai.Code {
	var out []dendai.Code
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

// ErrCodes returns the codes of the problems of a *dendai.Error in err's
// chain; nil when err holds none.
func ErrCodes(err error) []dendai.Code {
	ps, _ := Problems(err)
	return Codes(ps)
}

// MyBank is a small valid custom catalog, as a bank would write one: two
// criteria in one group, one of them mapped to the standard.
const MyBank = `{
  "format": "dendai.catalog/v1",
  "id": "my-bank",
  "version": "2026.1",
  "title": {"ja": "接続基準", "en": "Connection criteria"},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"},
     "criteria": [
       {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "Multi-factor authentication is in place."}},
       {"id": "SEC-2", "text": {"ja": "ログを保管している", "en": "Logs are retained."}, "standard": ["S6-3"]}
     ]}
  ]
}
`

// Draft is a valid draft assessment of jpbank-checklist 1.0.0, dated
// 2026-10-01, with a response of each kind the rules look at: compliant with
// evidence, partially compliant with a remediation plan, and not applicable
// with a justification.
const Draft = `{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-checklist",
  "catalogVersion": "1.1.0",
  "state": "draft",
  "assessedOn": "2026-10-01",
  "subject": {
    "name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."},
    "corporateNumber": "5010001112730",
    "registrationNumber": "関東財務局長（電代）第12号"
  },
  "assessor": {"name": "山田 太郎", "organization": "情報セキュリティ室", "email": "t.yamada@example.jp"},
  "responses": [
    {"criterion": "1-1", "status": "compliant",
     "evidence": [{"title": "情報セキュリティ基本方針", "ref": "https://example.jp/policy.pdf"}],
     "comment": "取締役会で年1回見直し"},
    {"criterion": "1-30", "status": "partially_compliant",
     "remediation": {"action": "全アカウントに多要素認証を導入", "owner": "情報システム部", "due": "2027-03-31"}},
    {"criterion": "1-48", "status": "not_applicable", "justification": "アプリを提供していないため"}
  ]
}
`

// TieredPolicy is a valid policy for jpbank-checklist: the built-in uniform
// one with a tier, critical, that weighs 10 and holds 2-2, a gate on 2-2 and
// one on the tier.
const TieredPolicy = `{
  "format": "dendai.policy/v1",
  "name": "hardening",
  "version": "1.0.0",
  "catalog": "jpbank-checklist",
  "title": {"ja": "堅牢化テスト", "en": "Hardening test"},
  "credit": {"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0},
  "tiers": [{"id": "critical", "weight": 10, "title": {"ja": "重大", "en": "Critical"}}],
  "defaultWeight": 1,
  "criteria": [{"criterion": "2-2", "tier": "critical"}],
  "gates": [{"criterion": "2-2", "minimum": "compliant"}, {"tier": "critical", "minimum": "partially_compliant"}],
  "bands": [{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}, {"rating": "C", "minScore": 60}, {"rating": "D", "minScore": 0}]
}
`

// Now is the clock of the tests that check Draft: 2026-11-01, 21:00 in
// Japan, a month after its date.
func Now() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }

// BOM is the UTF-8 byte order mark, which spreadsheet programs write first.
const BOM = "\ufeff"
