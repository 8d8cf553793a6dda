package oscal

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// jst is Japan Standard Time, the zone of an assessment's date. Japan has no
// daylight saving time, so a fixed zone is exact.
var jst = time.FixedZone("JST", 9*60*60)

// AssessmentResults returns the self-assessment a, scored under p, as an OSCAL
// assessment-results document with one result: a finding for every criterion
// of p's catalog, in catalog order, with the weight and tier p gives it and
// what it earns, an observation for every response that cites evidence, and
// the score of p.Score(a).
//
// AssessmentResults does not validate a (see assessment.Validate): a draft
// exports with its missing responses as not_assessed, and of duplicate
// responses the first counts, as in scoring. It returns an error if a is for
// another catalog than p's, or if a's date is missing or outside the years
// 1900 to 2999 that OSCAL timestamps allow.
//
// The output is indented JSON ending in a newline. It depends only on the
// arguments: exporting twice gives the same bytes, UUIDs included. The package
// documentation describes the mapping.
func AssessmentResults(p *scoring.Policy, a *assessment.Assessment) ([]byte, error) {
	if p == nil {
		return nil, errors.New("oscal: nil policy")
	}
	return assessmentResults(p.Catalog(), p, a)
}

// UnscoredAssessmentResults returns the self-assessment a against cat as
// AssessmentResults does, without a policy: the findings and observations,
// and no weights, tiers or score.
func UnscoredAssessmentResults(cat *criteria.Catalog, a *assessment.Assessment) ([]byte, error) {
	if cat == nil {
		return nil, errors.New("oscal: nil catalog")
	}
	return assessmentResults(cat, nil, a)
}

// assessmentResults exports a against cat, scored under p if p, a policy of
// cat, is not nil.
func assessmentResults(cat *criteria.Catalog, p *scoring.Policy, a *assessment.Assessment) ([]byte, error) {
	switch {
	case a == nil:
		return nil, errors.New("oscal: nil assessment")
	case a.Catalog != cat.ID():
		return nil, fmt.Errorf("oscal: the assessment is for catalog %s, not %s", a.Catalog, cat.ID())
	}
	var r *scoring.Result
	if p != nil {
		r = p.Score(a)
	}
	start, dateProblems := startOf(a.AssessedOn)
	m, ps := mapIDs(cat)
	if err := append(dateProblems, ps...).Err(); err != nil {
		return nil, err
	}
	doc, err := a.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("oscal: %w", err)
	}
	b := &resultsBuilder{cat: cat, p: p, a: a, r: r, ids: m, start: start}
	b.base = "assessment-results/" + string(cat.ID()) + "/" + cat.Version() + "/" + subjectKey(a.Subject) +
		"/" + a.AssessedOn.String() + policyName(p, r)
	digest := sha256.Sum256(doc)
	return encode(b.document(hex.EncodeToString(digest[:])))
}

// startOf returns the start of day d in Japan as an OSCAL timestamp, or the
// problem of an assessment dated d.
func startOf(d assessment.Date) (string, dendai.Problems) {
	if !d.IsValid() {
		return "", dendai.Problems{{Path: "/assessedOn", Code: CodeNoDate, Message: messages.Text(keyNoDate)}}
	}
	if y := d.Year(); y < 1900 || y > 2999 {
		return "", dendai.Problems{{Path: "/assessedOn", Code: CodeDateRange, Message: messages.Text(keyDateRange, d.String())}}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, jst).Format(time.RFC3339), nil
}

// subjectKey identifies the EPISP in UUID names: by its corporate number, or by
// its name if it has none.
func subjectKey(s assessment.Subject) string {
	if s.CorporateNumber.IsValid() {
		return s.CorporateNumber.String()
	}
	return "name/" + either(s.Name)
}

type resultsBuilder struct {
	cat   *criteria.Catalog
	p     *scoring.Policy
	a     *assessment.Assessment
	r     *scoring.Result
	ids   ids
	start string // assessedOn at 00:00 JST
	base  string // the UUID name the others extend

	subjectUUID, assessorUUID string
}

func (b *resultsBuilder) document(digest string) resultsDocument {
	cat := b.cat
	title := b.title()
	resourceUUID := id(b.base + "/back-matter/catalog")
	// The catalog Catalog or PolicyCatalog exports, which holds the controls
	// findings name.
	catalogUUID := id((&catalogBuilder{cat: cat, p: b.p}).name())
	md := b.metadata(title) // first: it makes the parties the observations name
	res := b.result(title)
	return resultsDocument{AssessmentResults: resultsModel{
		UUID:     id(b.base + "/" + digest),
		Metadata: md,
		ImportAP: importAP{Href: "#" + resourceUUID},
		Results:  []result{res},
		BackMatter: &backMatter{Resources: []resource{{
			UUID:  resourceUUID,
			Title: markupLine(either(cat.Title())),
			Props: concat(
				jaProp("title", cat.Title()),
				nsProp("catalog", string(cat.ID())),
				nsProp("catalog-version", cat.Version()),
				nsProp("catalog-uuid", catalogUUID),
			),
		}}},
	}}
}

// title returns the title of the document and its result: "Self-assessment of
// Sample Pay Inc. (Criteria Required of …)", and its Japanese.
func (b *resultsBuilder) title() i18n.Text {
	name := b.a.Subject.Name
	if name.IsZero() {
		name = i18n.Text{JA: b.a.Subject.CorporateNumber.String(), EN: b.a.Subject.CorporateNumber.String()}
	}
	ja := name.JA
	if line(ja) == "" {
		ja = name.EN
	}
	catJA := b.cat.Title().JA
	if line(catJA) == "" {
		catJA = b.cat.Title().EN
	}
	return i18n.Text{
		EN: messages.Sprintf(i18n.English, keyTitle, either(name), either(b.cat.Title())),
		JA: messages.Sprintf(i18n.Japanese, keyTitle, line(ja), line(catJA)),
	}
}

func (b *resultsBuilder) metadata(title i18n.Text) metadata {
	a := b.a
	md := metadata{
		Title:        markupLine(title.EN),
		LastModified: b.start,
		Version:      a.AssessedOn.String(),
		OSCALVersion: Version,
		Props: concat(
			jaProp("title", title),
			nsProp("catalog", string(b.cat.ID())),
			nsProp("catalog-version", b.cat.Version()),
		),
	}
	subject := party{
		Type:  "organization",
		Name:  either(a.Subject.Name),
		Props: concat(jaProp("name", a.Subject.Name), nsProp("corporate-number", a.Subject.CorporateNumber.String()), nsProp("registration-number", a.Subject.RegistrationNumber.String())),
	}
	if a.Subject.CorporateNumber.IsValid() {
		subject.UUID = id("party/corporate-number/" + a.Subject.CorporateNumber.String())
	} else {
		subject.UUID = id(b.base + "/party/subject")
	}
	b.subjectUUID = subject.UUID
	md.Parties = []party{subject}
	if name := line(a.Assessor.Name); name != "" {
		assessor := party{
			UUID:  id(b.base + "/party/assessor"),
			Type:  "person",
			Name:  name,
			Props: nsProp("organization", a.Assessor.Organization),
		}
		if e := strings.TrimSpace(a.Assessor.Email); plausibleEmail(e) {
			assessor.EmailAddresses = []string{e}
		}
		b.assessorUUID = assessor.UUID
		label := messages.Text(keyAssessor)
		md.Roles = []role{{ID: "assessor", Title: markupLine(label.EN), Props: jaProp("title", label)}}
		md.Parties = append(md.Parties, assessor)
		md.ResponsibleParties = []responsibleParty{{RoleID: "assessor", PartyUUIDs: []string{assessor.UUID}}}
	}
	return md
}

func (b *resultsBuilder) result(title i18n.Text) result {
	a, r := b.a, b.r
	state := a.State.Label()
	if !a.State.IsValid() {
		state = i18n.Text{JA: string(a.State), EN: string(a.State)}
	}
	res := result{
		UUID:  id(b.base + "/result"),
		Title: markupLine(title.EN),
		Description: paragraphs(
			messages.Sprintf(i18n.English, keyAssessedOn, a.AssessedOn.String(), state.EN),
			messages.Sprintf(i18n.Japanese, keyAssessedOn, a.AssessedOn.String(), state.JA),
		),
		Start: b.start,
		Props: concat(jaProp("title", title), nsProp("state", string(a.State))),
	}
	if r != nil {
		res.Props = concat(res.Props, nsProp("policy", r.Policy), nsProp("policy-version", r.PolicyVersion))
		if r.Score >= 0 {
			res.Props = concat(res.Props, nsProp("score", r.Score.String()))
		}
		res.Props = concat(res.Props, nsProp("rating", r.Rating), nsProp("passed", strconv.FormatBool(r.Passed)))
	}

	sel := controlSelection{IncludeControls: make([]selectControl, 0, b.cat.Len())}
	for _, cid := range b.ids.controls {
		sel.IncludeControls = append(sel.IncludeControls, selectControl{ControlID: cid})
	}
	res.ReviewedControls = reviewedControls{ControlSelections: []controlSelection{sel}}

	responses := make(map[criteria.ID]*assessment.Response, len(a.Responses))
	for i := range a.Responses {
		if _, dup := responses[a.Responses[i].Criterion]; !dup {
			responses[a.Responses[i].Criterion] = &a.Responses[i]
		}
	}
	scored := make(map[criteria.ID]*scoring.CriterionResult)
	failing := make(map[criteria.ID]bool)
	if r != nil {
		for i := range r.Criteria {
			scored[r.Criteria[i].Criterion] = &r.Criteria[i]
		}
		for _, g := range r.Gates {
			if g.Criterion != "" && !g.Passed {
				failing[g.Criterion] = true
			}
			for _, id := range g.Failing {
				failing[id] = true
			}
		}
	}
	for i, cr := range b.cat.All() {
		resp := responses[cr.ID()]
		f := b.finding(cr, b.ids.controls[i], resp, scored[cr.ID()], failing[cr.ID()])
		if resp != nil {
			if o, ok := b.observation(cr, resp); ok {
				res.Observations = append(res.Observations, o)
				f.RelatedObservations = []relatedObservation{{ObservationUUID: o.UUID}}
			}
		}
		res.Findings = append(res.Findings, f)
	}
	return res
}

// outcome maps a dendai status onto an OSCAL objective status (satisfied or
// not-satisfied, and a reason) and an implementation status, "" for none.
func outcome(s assessment.Status) (state, reason, implementation string) {
	switch s {
	case assessment.Compliant:
		return "satisfied", "pass", "implemented"
	case assessment.PartiallyCompliant:
		return "not-satisfied", "fail", "partial"
	case assessment.NonCompliant:
		return "not-satisfied", "fail", ""
	case assessment.NotApplicable:
		// Nothing is owed, so nothing is missing: satisfied, but neither a pass
		// nor a fail, and OSCAL's own not-applicable implementation status.
		return "satisfied", "other", "not-applicable"
	}
	// Not assessed: nothing shows the objective is met.
	return "not-satisfied", "other", ""
}

func (b *resultsBuilder) finding(cr criteria.Criterion, cid string, resp *assessment.Response, c *scoring.CriterionResult, gateFailed bool) finding {
	status := assessment.NotAssessed
	var comment, justification string
	if resp != nil && resp.Status.IsValid() {
		status, comment, justification = resp.Status, resp.Comment, resp.Justification
	}
	label := status.Label()
	state, reason, impl := outcome(status)
	f := finding{
		UUID:        id(b.base + "/finding/" + string(cr.ID())),
		Title:       markupLine(string(cr.ID()) + " " + either(cr.Text())),
		Description: paragraphs(label.EN, label.JA, comment),
		Target: target{
			Type:     "objective-id",
			TargetID: cid,
			Status:   objectiveStatus{State: state, Reason: reason},
		},
		Remarks: markdown(justification),
	}
	if impl != "" {
		f.Target.ImplementationStatus = &implementationStatus{State: impl}
	}
	if ja := line(cr.Text().JA); ja != "" {
		f.Props = jaProp("title", i18n.Text{JA: string(cr.ID()) + " " + ja})
	}
	f.Props = concat(f.Props, nsProp("status", status.String()))
	w, weighted := weighting(b.p, cr)
	if weighted {
		f.Props = concat(f.Props, nsProp("tier", w.tier))
	}
	switch {
	case c != nil:
		f.Props = concat(f.Props, nsProp("weight", c.Weight.String()))
		if status != assessment.NotApplicable {
			f.Props = concat(f.Props, nsProp("earned", c.Earned.String()))
		}
	case weighted:
		f.Props = concat(f.Props, nsProp("weight", w.weight.String()))
	}
	if gateFailed {
		f.Props = concat(f.Props, nsProp("gate", "failed"))
	}
	if resp != nil && resp.Remediation != nil {
		rem := resp.Remediation
		f.Props = concat(f.Props,
			nsProp("remediation-action", rem.Action),
			nsProp("remediation-owner", rem.Owner),
			nsProp("remediation-due", rem.Due.String()))
	}
	return f
}

// observation returns the observation of the evidence resp cites, if it cites
// any.
func (b *resultsBuilder) observation(cr criteria.Criterion, resp *assessment.Response) (observation, bool) {
	var evidence []relevantEvidence
	for _, ev := range resp.Evidence {
		re := relevantEvidence{Description: markdown(ev.Title)}
		if h, ok := webRef(ev.Ref); ok {
			re.Href = h
		} else {
			re.Props = nsProp("ref", ev.Ref)
		}
		if re.Description == "" {
			re.Description = markdown(ev.Ref)
		}
		if re.Description != "" {
			evidence = append(evidence, re)
		}
	}
	if len(evidence) == 0 {
		return observation{}, false
	}
	title := messages.Text(keyEvidence, string(cr.ID()))
	by := b.assessorUUID
	if by == "" {
		by = b.subjectUUID
	}
	return observation{
		UUID:             id(b.base + "/observation/" + string(cr.ID())),
		Title:            markupLine(title.EN),
		Description:      paragraphs(title.EN, title.JA),
		Props:            jaProp("title", title),
		Methods:          []string{"EXAMINE"},
		Origins:          []origin{{Actors: []actor{{Type: "party", ActorUUID: by}}}},
		RelevantEvidence: evidence,
		Collected:        b.start,
	}, true
}

// webRef returns ref as an href if it is an http or https URL.
func webRef(ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	if !strings.HasPrefix(ref, "http://") && !strings.HasPrefix(ref, "https://") || strings.ContainsAny(ref, "\\ \t\r\n") {
		return "", false
	}
	u, err := url.Parse(ref)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	return u.String(), true
}

func concat(props ...[]prop) []prop {
	var out []prop
	for _, p := range props {
		out = append(out, p...)
	}
	return out
}
