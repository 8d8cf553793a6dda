package dendai_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// plainAssessment mirrors the assessment format with plain Go types: what a
// program gets from encoding/json with no strictness, no positions, no parsing
// of statuses, dates or identifiers and no validation. It is the baseline of
// BenchmarkEndToEnd.
type plainAssessment struct {
	Format         string `json:"format"`
	Catalog        string `json:"catalog"`
	CatalogVersion string `json:"catalogVersion"`
	State          string `json:"state"`
	AssessedOn     string `json:"assessedOn"`
	Subject        struct {
		Name               map[string]string `json:"name"`
		CorporateNumber    string            `json:"corporateNumber"`
		RegistrationNumber string            `json:"registrationNumber"`
	} `json:"subject"`
	Assessor struct {
		Name, Organization, Email string
	} `json:"assessor"`
	Responses []struct {
		Criterion     string `json:"criterion"`
		Status        string `json:"status"`
		Evidence      []struct{ Title, Ref string }
		Justification string `json:"justification"`
		Comment       string `json:"comment"`
		Remediation   *struct{ Action, Owner, Due string }
	} `json:"responses"`
}

func sampleDocument(b *testing.B) []byte {
	data, err := os.ReadFile("examples/assessments/sample.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkEncodingJSON is the baseline: encoding/json decoding the sample into
// plainAssessment.
func BenchmarkEncodingJSON(b *testing.B) {
	data := sampleDocument(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var a plainAssessment
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEndToEnd reads the sample strictly, validates it against the
// checklist and scores it under the risk-weighted policy into a reused Result.
func BenchmarkEndToEnd(b *testing.B) {
	data := sampleDocument(b)
	cat, p := criteria.Checklist(), scoring.RiskWeighted()
	var r scoring.Result
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		a, problems := assessment.Check(cat, data, nil)
		if len(problems) > 0 {
			b.Fatal(problems)
		}
		p.ScoreTo(&r, a)
	}
}

// generated returns a catalog of n criteria in n/10 groups and the encoded
// document of a complete, valid assessment of it.
func generated(b *testing.B, n int) (*criteria.Catalog, []byte) {
	var doc strings.Builder
	doc.WriteString(`{"format":"dendai.catalog/v1","id":"generated","version":"1","title":{"ja":"生成","en":"Generated"},"groups":[`)
	for g := 0; g < n/10; g++ {
		if g > 0 {
			doc.WriteString(",")
		}
		fmt.Fprintf(&doc, `{"id":"g%d","title":{"ja":"群%d","en":"Group %d"},"criteria":[`, g, g, g)
		for c := 0; c < 10; c++ {
			if c > 0 {
				doc.WriteString(",")
			}
			fmt.Fprintf(&doc, `{"id":"c%d-%d","text":{"ja":"基準%d","en":"Criterion %d"}}`, g, c, c, c)
		}
		doc.WriteString("]}")
	}
	doc.WriteString("]}")
	cat, err := criteria.Parse([]byte(doc.String()), &criteria.Options{MaxSize: 64 << 20})
	if err != nil {
		b.Fatal(err)
	}
	a := assessment.Template(cat)
	a.State, a.AssessedOn = assessment.Submitted, assessment.MustParseDate("2026-11-01")
	a.Subject.Name.JA, a.Assessor.Name = "株式会社サンプルペイ", "山田 太郎"
	a.Subject.CorporateNumber = assessment.MustParseCorporateNumber("5010001112730")
	for i := range a.Responses {
		r := &a.Responses[i]
		switch i % 10 {
		case 0:
			r.Status = assessment.PartiallyCompliant
			r.Remediation = &assessment.Remediation{Action: "多要素認証を導入", Due: assessment.MustParseDate("2027-03-31")}
		case 1:
			r.Status, r.Justification = assessment.NotApplicable, "スマートフォンアプリを提供していないため"
		default:
			r.Status = assessment.Compliant
			r.Evidence = []assessment.Evidence{{Title: "情報セキュリティ基本方針", Ref: "https://example.jp/policy.pdf"}}
		}
	}
	data, err := assessment.Encode(a)
	if err != nil {
		b.Fatal(err)
	}
	return cat, data
}

// BenchmarkEndToEndSize is EndToEnd on generated catalogs of 57, 570 and 5,700
// criteria, each with its encoding/json baseline in the same run.
func BenchmarkEndToEndSize(b *testing.B) {
	for _, n := range []int{57, 570, 5700} {
		cat, data := generated(b, n)
		p := scoring.UniformFor(cat)
		opts := &assessment.Options{MaxSize: 64 << 20}
		b.Run(fmt.Sprintf("n=%d/encoding-json", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var a plainAssessment
				if err := json.Unmarshal(data, &a); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/dendai", n), func(b *testing.B) {
			var r scoring.Result
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				a, problems := assessment.Check(cat, data, opts)
				if len(problems) > 0 {
					b.Fatal(problems[0].Describe(0))
				}
				p.ScoreTo(&r, a)
			}
		})
	}
}
