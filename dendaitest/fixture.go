package dendaitest

import (
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// The dates every fixture shares.
const (
	// AssessedOn is the date of every fixture: in the past, so that
	// validation on any later day accepts it.
	AssessedOn = "2026-04-01"
	// Due is the due date of every remediation plan in a fixture.
	Due = "2026-09-30"
)

// Subject returns the subject of every fixture: 株式会社テスト/Test Inc.,
// corporate number 9999999999999, registered as 関東財務局長（電代）第999号.
// They are plainly fictional: the corporate number is all nines (its check
// digit happens to hold) and no bureau has registered an EPISP under 999.
func Subject() assessment.Subject {
	return assessment.Subject{
		Name:               i18n.Text{JA: "株式会社テスト", EN: "Test Inc."},
		CorporateNumber:    assessment.MustParseCorporateNumber("9999999999999"),
		RegistrationNumber: assessment.MustParseRegistrationNumber("関東財務局長（電代）第999号"),
	}
}

// Filled returns an assessment of cat with every criterion at status s, valid
// against cat (assessment.Validate finds nothing) as of AssessedOn or any
// later day. Each response carries what the rules require of its status:
//
//   - compliant: one piece of evidence, an https URL under example.jp;
//   - partially_compliant and non_compliant: a remediation plan due on Due;
//   - not_applicable: a justification.
//
// The assessment is submitted, except for s == assessment.NotAssessed: a
// submitted assessment must answer every criterion, so that one is a draft.
// Each call returns a new assessment, which the caller may change.
func Filled(cat *criteria.Catalog, s assessment.Status) *assessment.Assessment {
	a := &assessment.Assessment{
		Catalog:        cat.ID(),
		CatalogVersion: cat.Version(),
		State:          assessment.Submitted,
		AssessedOn:     assessment.MustParseDate(AssessedOn),
		Subject:        Subject(),
		Assessor: assessment.Assessor{
			Name:         "試験 花子",
			Organization: "株式会社テスト",
			Email:        "assessor@example.jp",
		},
		Responses: make([]assessment.Response, 0, cat.Len()),
	}
	if s == assessment.NotAssessed {
		a.State = assessment.Draft
	}
	for _, cr := range cat.All() {
		a.Responses = append(a.Responses, Response(cr.ID(), s))
	}
	return a
}

// Response returns a response to the criterion id at status s, with what the
// rules require of s filled in, as Filled makes them.
func Response(id criteria.ID, s assessment.Status) assessment.Response {
	r := assessment.Response{Criterion: id, Status: s}
	switch s {
	case assessment.Compliant:
		r.Evidence = []assessment.Evidence{{Title: "Evidence for " + string(id), Ref: "https://example.jp/evidence/" + string(id)}}
	case assessment.PartiallyCompliant, assessment.NonCompliant:
		r.Remediation = &assessment.Remediation{Action: "Close the gap in " + string(id), Owner: "Compliance", Due: assessment.MustParseDate(Due)}
	case assessment.NotApplicable:
		r.Justification = "The service has no part that " + string(id) + " covers."
	}
	return r
}

// With returns a copy of a in which the response to id is replaced by
// Response(id, s), or appended if a has none. It is the usual next step after
// Filled: one criterion set apart from the rest. a is not changed; a nil a is
// an assessment with no responses.
func With(a *assessment.Assessment, id criteria.ID, s assessment.Status) *assessment.Assessment {
	if a == nil {
		a = &assessment.Assessment{}
	}
	b := *a
	b.Responses = append([]assessment.Response(nil), a.Responses...)
	for i := range b.Responses {
		if b.Responses[i].Criterion == id {
			b.Responses[i] = Response(id, s)
			return &b
		}
	}
	b.Responses = append(b.Responses, Response(id, s))
	return &b
}
