package assessment

import (
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// Format is the format name every assessment document declares.
const Format = "dendai.assessment/v1"

// Assessment is an EPISP's self-assessment against a catalog: one response per
// criterion, with evidence, justification and remediation plans. Its JSON form is
// the dendai.assessment/v1 document; [Decode] reads it strictly and [Validate]
// checks it against the catalog.
type Assessment struct {
	// Schema is the document's "$schema", the address of its JSON Schema that
	// editors use; it says nothing about the content. Decode keeps it and
	// Encode writes it back, first, when it is not empty. Template sets it to
	// SchemaURL.
	Schema string `json:"$schema,omitempty"`
	// Catalog and CatalogVersion name the catalog assessed against.
	Catalog        criteria.ID `json:"catalog" validate:"required,dendai_id"`
	CatalogVersion string      `json:"catalogVersion" validate:"required,nonblank,max=64"`
	State          State       `json:"state" validate:"required,oneof=draft submitted"`
	// AssessedOn is the date the assessment was made.
	AssessedOn Date       `json:"assessedOn" validate:"required"`
	Subject    Subject    `json:"subject"`
	Assessor   Assessor   `json:"assessor"`
	Responses  []Response `json:"responses" validate:"dive"`
}

// Subject is the EPISP assessed.
type Subject struct {
	// Name is the company's name; at least one language is required.
	Name i18n.Text `json:"name" validate:"name_text"`
	// CorporateNumber is the 13-digit number the National Tax Agency assigns.
	CorporateNumber CorporateNumber `json:"corporateNumber" validate:"required"`
	// RegistrationNumber is the EPISP registration, such as
	// 関東財務局長（電代）第12号; a company not yet registered leaves it empty.
	RegistrationNumber RegistrationNumber `json:"registrationNumber"`
}

// Assessor is the person responsible for the assessment.
type Assessor struct {
	Name         string `json:"name" validate:"required,nonblank,max=200"`
	Organization string `json:"organization,omitempty" validate:"max=200"`
	Email        string `json:"email,omitempty" validate:"omitempty,email,max=254"`
}

// Response is the answer to one criterion.
type Response struct {
	Criterion criteria.ID `json:"criterion" validate:"required,dendai_id"`
	Status    Status      `json:"status"`
	// Evidence supports the status: documents, records, certifications.
	Evidence []Evidence `json:"evidence,omitempty" validate:"max=100,dive"`
	// Justification says why a criterion does not apply; not_applicable needs one.
	Justification string `json:"justification,omitempty" validate:"max=4000"`
	Comment       string `json:"comment,omitempty" validate:"max=4000"`
	// Remediation is the plan to close a gap; partially_compliant and
	// non_compliant need one.
	Remediation *Remediation `json:"remediation,omitempty"`
	// DerivedFrom says where a response projected from an assessment of
	// another catalog came from (see Project): the source criteria, how each
	// relates to this one, and the status each had. It is empty in a
	// response given directly.
	DerivedFrom []Derivation `json:"derivedFrom,omitempty" validate:"dive"`
	// NeedsReview flags a response carried over from an earlier version of
	// the catalog whose criterion has changed since (see Migrate): the answer
	// is kept, but someone must check that it still holds.
	NeedsReview bool `json:"needsReview,omitempty"`
}

// Derivation is the provenance of a derived response: one source criterion
// that answered it, through a mapping between catalogs.
type Derivation struct {
	// Criterion is the ID of the source criterion, a criterion of the
	// catalog the projected assessment was made against.
	Criterion criteria.ID `json:"criterion" validate:"required,dendai_id"`
	// Relationship is how the sources of the mapping entry relate to the
	// response's criterion.
	Relationship criteria.Relationship `json:"relationship"`
	// Status is the status the source criterion had.
	Status Status `json:"status"`
}

// Evidence is one document or record supporting a response.
type Evidence struct {
	Title string `json:"title" validate:"required,nonblank,max=500"`
	// Ref locates the evidence: an http or https URL, or a reference such as a
	// document number or file name.
	Ref string `json:"ref,omitempty" validate:"max=2000,evidence_ref"`
}

// Remediation is a plan to bring a criterion into compliance.
type Remediation struct {
	Action string `json:"action" validate:"required,nonblank,max=4000"`
	Owner  string `json:"owner,omitempty" validate:"max=200"`
	// Due is the date by which the action is to be done; it may not be before
	// the assessment's date.
	Due Date `json:"due" validate:"required"`
}

// SchemaURL is the address of the JSON Schema of dendai.assessment/v1, the
// "$schema" Template writes so that editors find it.
const SchemaURL = "https://github.com/dendai-go/dendai/schema/assessment.schema.json"

// Template returns a blank draft assessment of cat: every criterion present,
// not_assessed, in catalog order; the rest is for the EPISP to fill in. Its
// Schema is SchemaURL.
func Template(cat *criteria.Catalog) *Assessment {
	a := &Assessment{
		Schema:         SchemaURL,
		Catalog:        cat.ID(),
		CatalogVersion: cat.Version(),
		State:          Draft,
		Responses:      make([]Response, 0, cat.Len()),
	}
	for _, cr := range cat.All() {
		a.Responses = append(a.Responses, Response{Criterion: cr.ID(), Status: NotAssessed})
	}
	return a
}
