package assessment_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// The baseline of these benchmarks is JSON v2 (github.com/go-json-experiment/json,
// a test-only dependency) decoding the same document into plain Go structs
// mirroring the format, as strictly as it can: unknown members rejected, and,
// by its defaults, duplicate names and invalid UTF-8 too. It parses no status,
// date or identifier and reports no line or column.

type v2Text struct {
	JA string `json:"ja"`
	EN string `json:"en"`
}

type v2Assessment struct {
	Schema         string `json:"$schema"`
	Format         string `json:"format"`
	Catalog        string `json:"catalog"`
	CatalogVersion string `json:"catalogVersion"`
	State          string `json:"state"`
	AssessedOn     string `json:"assessedOn"`
	Subject        struct {
		Name               v2Text `json:"name"`
		CorporateNumber    string `json:"corporateNumber"`
		RegistrationNumber string `json:"registrationNumber"`
	} `json:"subject"`
	Assessor struct {
		Name         string `json:"name"`
		Organization string `json:"organization"`
		Email        string `json:"email"`
	} `json:"assessor"`
	Responses []struct {
		Criterion string `json:"criterion"`
		Status    string `json:"status"`
		Evidence  []struct {
			Title string `json:"title"`
			Ref   string `json:"ref"`
		} `json:"evidence"`
		Justification string `json:"justification"`
		Comment       string `json:"comment"`
		Remediation   *struct {
			Action string `json:"action"`
			Owner  string `json:"owner"`
			Due    string `json:"due"`
		} `json:"remediation"`
		DerivedFrom []struct {
			Criterion    string `json:"criterion"`
			Relationship string `json:"relationship"`
			Status       string `json:"status"`
		} `json:"derivedFrom"`
		NeedsReview bool `json:"needsReview"`
	} `json:"responses"`
}

func decodeV2(b *testing.B, data []byte) {
	var a v2Assessment
	if err := jsonv2.Unmarshal(data, &a, jsonv2.RejectUnknownMembers(true)); err != nil {
		b.Fatal(err)
	}
}

func sample(b *testing.B) []byte {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkStrictDecode compares Decode with JSON v2 on the sample assessment,
// in the same run: compare the two sub-benchmarks' ns/op.
func BenchmarkStrictDecode(b *testing.B) {
	data := sample(b)
	b.Run("json-v2", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			decodeV2(b, data)
		}
	})
	b.Run("dendai", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := assessment.Decode(data, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkWholePath compares the whole path, decode, validate and score, with
// JSON v2's bare decode of the same document, in the same run.
func BenchmarkWholePath(b *testing.B) {
	data := sample(b)
	cat, p := criteria.Checklist(), scoring.RiskWeighted()
	opts := &assessment.Options{Now: func() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }}
	b.Run("json-v2-decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			decodeV2(b, data)
		}
	})
	b.Run("dendai-check-score", func(b *testing.B) {
		var r scoring.Result
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			a, ps := assessment.Check(cat, data, opts)
			if len(ps) > 0 {
				b.Fatal(ps)
			}
			p.ScoreTo(&r, a)
		}
	})
}

// generatedAssessment returns an assessment document of n responses, the mix
// of the root package's generated benchmarks: a tenth partially compliant with
// a remediation, a tenth not applicable with a justification, the rest
// compliant with one piece of evidence.
func generatedAssessment(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"format":"dendai.assessment/v1","catalog":"generated","catalogVersion":"1.0.0","state":"submitted","assessedOn":"2026-11-01",` +
		`"subject":{"name":{"ja":"株式会社サンプルペイ","en":""},"corporateNumber":"5010001112730","registrationNumber":""},` +
		`"assessor":{"name":"山田 太郎","organization":"","email":""},"responses":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"criterion":"g%d-%d",`, i/100+1, i%100+1)
		switch i % 10 {
		case 0:
			b.WriteString(`"status":"partially_compliant","remediation":{"action":"多要素認証を導入","owner":"","due":"2027-03-31"}}`)
		case 1:
			b.WriteString(`"status":"not_applicable","justification":"スマートフォンアプリを提供していないため"}`)
		default:
			b.WriteString(`"status":"compliant","evidence":[{"title":"情報セキュリティ基本方針","ref":"https://example.jp/policy.pdf"}]}`)
		}
	}
	b.WriteString("]}")
	return []byte(b.String())
}

// BenchmarkDecodeSize decodes generated assessments of 5,700 and 57,000
// responses, with JSON v2 in the same run: the cost per response (ns/op
// divided by n) should not grow with n.
func BenchmarkDecodeSize(b *testing.B) {
	for _, n := range []int{5700, 57000} {
		data := generatedAssessment(n)
		opts := &assessment.Options{MaxSize: 64 << 20}
		b.Run(fmt.Sprintf("n=%d/json-v2", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				decodeV2(b, data)
			}
		})
		b.Run(fmt.Sprintf("n=%d/dendai", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := assessment.Decode(data, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
