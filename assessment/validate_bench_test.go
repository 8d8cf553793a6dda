package assessment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
)

// BenchmarkValidateComment validates the sample as it is, with a comment of
// 2,000 Japanese characters (6,000 bytes) on its first response, and with one
// on every response, in the same run. Within the limit of 4,000 characters a
// long comment must not send its response to the slow path of the validator:
// what it costs is reading its text once.
func BenchmarkValidateComment(b *testing.B) {
	cat := sampleCatalog(b)
	comment := strings.Repeat("多要素認証を導入済み。", 200)
	one, all := valid(b), valid(b)
	one.Responses[0].Comment = comment
	for i := range all.Responses {
		all.Responses[i].Comment = comment
	}
	for _, bc := range []struct {
		name string
		a    *Assessment
	}{{"comment=none", valid(b)}, {"comment=2000ja/one", one}, {"comment=2000ja/all", all}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ps := Validate(cat, bc.a, clock); len(ps) != 0 {
					b.Fatal(ps)
				}
			}
		})
	}
}

// generatedAssessment returns a catalog of n criteria, ten to a group, and a
// submitted assessment of it in catalog order: valid, or, when invalid is
// set, with every response wrong twice (a javascript: evidence reference and
// no remediation plan for non_compliant).
func generatedAssessment(tb testing.TB, n int, invalid bool) (*criteria.Catalog, *Assessment) {
	tb.Helper()
	var doc strings.Builder
	doc.WriteString(`{"format":"dendai.catalog/v1","id":"generated","version":"1","title":{"ja":"生成","en":"Generated"},"groups":[`)
	for g := range n / 10 {
		if g > 0 {
			doc.WriteByte(',')
		}
		fmt.Fprintf(&doc, `{"id":"g%d","title":{"ja":"群%d","en":"Group %d"},"criteria":[`, g, g, g)
		for c := range 10 {
			if c > 0 {
				doc.WriteByte(',')
			}
			fmt.Fprintf(&doc, `{"id":"c%d-%d","text":{"ja":"基準","en":"Criterion"}}`, g, c)
		}
		doc.WriteString("]}")
	}
	doc.WriteString("]}")
	cat, err := criteria.Parse([]byte(doc.String()), &criteria.Options{MaxSize: 64 << 20})
	if err != nil {
		tb.Fatal(err)
	}
	a := Template(cat)
	a.State, a.AssessedOn = Submitted, MustParseDate("2026-11-01")
	a.Subject.Name.JA, a.Assessor.Name = "株式会社サンプルペイ", "山田 太郎"
	a.Subject.CorporateNumber = MustParseCorporateNumber("5010001112730")
	for i := range a.Responses {
		r := &a.Responses[i]
		switch {
		case invalid:
			r.Status = NonCompliant
			r.Evidence = []Evidence{{Title: "規程", Ref: "javascript:alert(1)"}}
		case i%10 == 0:
			r.Status = PartiallyCompliant
			r.Remediation = &Remediation{Action: "多要素認証を導入", Due: MustParseDate("2027-03-31")}
		default:
			r.Status = Compliant
			r.Evidence = []Evidence{{Title: "情報セキュリティ基本方針", Ref: "https://example.jp/policy.pdf"}}
		}
	}
	return cat, a
}

// BenchmarkValidateSize validates generated assessments of 5,700 and 57,000
// criteria, valid and all invalid, and reports the cost per criterion: it
// should not grow with the size.
func BenchmarkValidateSize(b *testing.B) {
	for _, invalid := range []bool{false, true} {
		for _, n := range []int{5700, 57000} {
			cat, a := generatedAssessment(b, n, invalid)
			b.Run(fmt.Sprintf("invalid=%t/n=%d", invalid, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if ps := Validate(cat, a, clock); (len(ps) == 0) != !invalid {
						b.Fatal(ps)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/criterion")
			})
		}
	}
}
