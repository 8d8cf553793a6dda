package assessment_test

import (
	"fmt"
	"time"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

func ExampleCheck() {
	doc := []byte(`{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-checklist",
  "catalogVersion": "1.1.0",
  "state": "draft",
  "assessedOn": "2026-11-01",
  "subject": {"name": {"ja": "株式会社サンプルペイ"}, "corporateNumber": "5010001112730"},
  "assessor": {"name": "山田 太郎"},
  "responses": [
    {"criterion": "1-30", "status": "△"},
    {"criterion": "1-48", "status": "該当なし"}
  ]
}`)
	today := func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }
	_, problems := assessment.Check(criteria.Checklist(), doc, &assessment.Options{Now: today})
	for _, p := range problems {
		fmt.Println(p.Describe(i18n.Japanese))
	}
	// Output:
	// 10行目、5列目（/responses/0/remediation、ID 1-30）: 「一部適合」または「不適合」とする場合は、対応内容と期限を記した改善計画（remediation）を記入してください
	// 11行目、5列目（/responses/1/justification、ID 1-48）: 「該当なし」とする場合は、その理由（justification）を記入してください
}

func ExampleValidate() {
	a := assessment.Template(criteria.Checklist())
	a.AssessedOn = assessment.MustParseDate("2026-11-01")
	a.Subject.Name.JA = "株式会社サンプルペイ"
	a.Subject.CorporateNumber = assessment.MustParseCorporateNumber("5010001112730")
	a.Assessor.Name = "山田 太郎"
	a.State = assessment.Submitted
	for i := range a.Responses {
		a.Responses[i].Status = assessment.Compliant
	}
	a.Responses[0].Status = assessment.NonCompliant
	for _, p := range assessment.Validate(criteria.Checklist(), a, nil) {
		fmt.Println(p.Path, p.Code)
	}
	// Output:
	// /responses/0/remediation assessment.remediation_required
}

func ExampleDecode() {
	a, err := assessment.Decode([]byte(`{"format": "dendai.assessment/v1", "responses": [{"criterion": "2-2", "status": "○"}], "score": 100}`), nil)
	fmt.Println(a, err)
	// Output:
	// <nil> dendai: line 1, column 88 (/score): unknown field "score"
}

func ExampleTemplate() {
	a := assessment.Template(criteria.Standard())
	fmt.Println(a.Catalog, a.State, len(a.Responses), a.Responses[0].Criterion, a.Responses[0].Status)
	// Output:
	// jpbank-standard draft 51 S1-1 not_assessed
}

func ExampleStatus_Label() {
	s, _ := assessment.ParseStatus("△")
	fmt.Println(s, s.Label().In(i18n.Japanese), s.Label().In(i18n.English))
	// Output:
	// partially_compliant 一部適合 Partially compliant
}

// EvidenceURL is the one decision on which evidence references become links:
// the reports use it, and Validate refuses every other URL scheme. It reads a
// reference as a browser would, so that no spelling of javascript: slips
// through.
func ExampleEvidenceURL() {
	for _, ref := range []string{
		"https://example.jp/policy.pdf",
		" HTTPS://example.jp/a\n",
		"java\tscript:alert(1)",
		"第3条: 規程",
		"./SEC:001",
	} {
		u, ok := assessment.EvidenceURL(ref)
		fmt.Printf("%q: %q %t\n", ref, u, ok)
	}
	// Output:
	// "https://example.jp/policy.pdf": "https://example.jp/policy.pdf" true
	// " HTTPS://example.jp/a\n": "https://example.jp/a" true
	// "java\tscript:alert(1)": "" false
	// "第3条: 規程": "" false
	// "./SEC:001": "" false
}

// Parse reads a document once; the catalog it names then decides what to
// check it against. Here, a checklist item in a jpbank-standard assessment.
func ExampleParse() {
	doc := []byte(`{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-standard",
  "catalogVersion": "1.0.1",
  "state": "draft",
  "assessedOn": "2026-11-01",
  "subject": {"name": {"ja": "株式会社サンプルペイ"}, "corporateNumber": "5010001112730"},
  "assessor": {"name": "山田 太郎"},
  "responses": [
    {"criterion": "1-30", "status": "compliant"}
  ]
}`)
	p := assessment.Parse(doc, nil)
	cat := criteria.Checklist()
	if a := p.Assessment(); a != nil {
		if c, ok := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion); ok {
			cat = c
		}
	}
	_, problems := p.Check(cat)
	fmt.Println(cat.ID(), cat.Version())
	for _, p := range problems {
		fmt.Println(p.Describe(i18n.English))
	}
	// Output:
	// jpbank-standard 1.0.1
	// line 10, column 19 (/responses/0/criterion; ID 1-30): catalog "jpbank-standard" has no criterion "1-30"
}

func ExampleAssessment_AppendJSON() {
	a := &assessment.Assessment{
		Catalog: criteria.ChecklistID, CatalogVersion: "1.1.0", State: assessment.Draft,
		AssessedOn: assessment.MustParseDate("2026-11-01"),
		Subject:    assessment.Subject{Name: i18n.Text{JA: "株式会社サンプルペイ"}},
		Assessor:   assessment.Assessor{Name: "山田 太郎"},
		Responses:  []assessment.Response{{Criterion: "1-1", Status: assessment.Compliant, Comment: "<規程> & 記録"}},
	}
	b, err := a.AppendJSON([]byte("document: "))
	fmt.Println(string(b), err)
	// Output:
	// document: {"format":"dendai.assessment/v1","catalog":"jpbank-checklist","catalogVersion":"1.1.0","state":"draft","assessedOn":"2026-11-01","subject":{"name":{"ja":"株式会社サンプルペイ","en":""},"corporateNumber":"","registrationNumber":""},"assessor":{"name":"山田 太郎"},"responses":[{"criterion":"1-1","status":"compliant","comment":"<規程> & 記録"}]} <nil>
}
