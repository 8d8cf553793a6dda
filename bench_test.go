package dendai_test

import (
	"encoding/json"
	"os"
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
		scoring.ScoreTo(&r, cat, p, a)
	}
}
