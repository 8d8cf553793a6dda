package oscal

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

type tStatus struct {
	State  string `json:"state"`
	Reason string `json:"reason"`
}

type tTarget struct {
	Type                 string  `json:"type"`
	TargetID             string  `json:"target-id"`
	Status               tStatus `json:"status"`
	ImplementationStatus *struct {
		State string `json:"state"`
	} `json:"implementation-status"`
}

type tFinding struct {
	UUID                string  `json:"uuid"`
	Title               string  `json:"title"`
	Description         string  `json:"description"`
	Props               []tProp `json:"props"`
	Target              tTarget `json:"target"`
	RelatedObservations []struct {
		ObservationUUID string `json:"observation-uuid"`
	} `json:"related-observations"`
	Remarks string `json:"remarks"`
}

type tEvidence struct {
	Href        string  `json:"href"`
	Description string  `json:"description"`
	Props       []tProp `json:"props"`
}

type tObservation struct {
	UUID    string   `json:"uuid"`
	Methods []string `json:"methods"`
	Origins []struct {
		Actors []struct {
			Type      string `json:"type"`
			ActorUUID string `json:"actor-uuid"`
		} `json:"actors"`
	} `json:"origins"`
	RelevantEvidence []tEvidence `json:"relevant-evidence"`
	Collected        string      `json:"collected"`
}

type tResults struct {
	AssessmentResults struct {
		UUID     string `json:"uuid"`
		Metadata struct {
			tMetadata
			Parties []struct {
				UUID  string  `json:"uuid"`
				Type  string  `json:"type"`
				Name  string  `json:"name"`
				Props []tProp `json:"props"`
			} `json:"parties"`
		} `json:"metadata"`
		ImportAP struct {
			Href string `json:"href"`
		} `json:"import-ap"`
		Results []struct {
			UUID             string  `json:"uuid"`
			Start            string  `json:"start"`
			Props            []tProp `json:"props"`
			ReviewedControls struct {
				ControlSelections []struct {
					IncludeControls []struct {
						ControlID string `json:"control-id"`
					} `json:"include-controls"`
				} `json:"control-selections"`
			} `json:"reviewed-controls"`
			Observations []tObservation `json:"observations"`
			Findings     []tFinding     `json:"findings"`
		} `json:"results"`
		BackMatter struct {
			Resources []struct {
				UUID  string  `json:"uuid"`
				Props []tProp `json:"props"`
			} `json:"resources"`
		} `json:"back-matter"`
	} `json:"assessment-results"`
}

// exportResults exports a against cat, scored under p, a policy of cat, if p
// is not nil.
func exportResults(cat *criteria.Catalog, p *scoring.Policy, a *assessment.Assessment) ([]byte, error) {
	if p != nil {
		return AssessmentResults(p, a)
	}
	return UnscoredAssessmentResults(cat, a)
}

func readResults(t *testing.T, p *scoring.Policy, a *assessment.Assessment) tResults {
	t.Helper()
	b, err := exportResults(criteria.Checklist(), p, a)
	if err != nil {
		t.Fatal(err)
	}
	var doc tResults
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if n := len(doc.AssessmentResults.Results); n != 1 {
		t.Fatalf("%d results, want 1", n)
	}
	return doc
}

func TestAssessmentResultsGolden(t *testing.T) {
	a := sample(t, "sample.json")
	// The sample names jpbank-checklist 1.0.0: export it against that version.
	cat, _ := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion)
	p, ok := scoring.Builtin(scoring.RiskWeightedName, cat)
	if !ok {
		t.Fatalf("no risk-weighted policy for %s %s", a.Catalog, a.CatalogVersion)
	}
	b, err := AssessmentResults(p, a)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "assessment-results.sample.json.golden", b)
}

// TestStatuses checks how each status maps onto OSCAL.
func TestStatuses(t *testing.T) {
	a := everyStatus()
	doc := readResults(t, scoring.Uniform(), a)
	findings := map[string]tFinding{}
	for _, f := range doc.AssessmentResults.Results[0].Findings {
		findings[f.Target.TargetID] = f
	}
	type want struct {
		state, reason, implementation, status string
		description, remarks                  string
	}
	tests := []struct {
		control string
		want    want
	}{
		{"c1-1", want{"satisfied", "pass", "implemented", "compliant", "Compliant\n\n適合\n\nline one\nline two", ""}},
		{"c1-2", want{"not-satisfied", "fail", "partial", "partially_compliant", "Partially compliant\n\n一部適合", ""}},
		{"c1-3", want{"not-satisfied", "fail", "", "non_compliant", "Non-compliant\n\n不適合", ""}},
		{"c1-4", want{"satisfied", "other", "not-applicable", "not_applicable", "Not applicable\n\n該当なし", "We have no such system."}},
		{"c1-5", want{"not-satisfied", "other", "", "not_assessed", "Not assessed\n\n未評価", ""}},
		{"c1-6", want{"not-satisfied", "other", "", "not_assessed", "Not assessed\n\n未評価", ""}}, // no response
	}
	for _, tt := range tests {
		f, ok := findings[tt.control]
		if !ok {
			t.Errorf("no finding for %s", tt.control)
			continue
		}
		got := want{
			state: f.Target.Status.State, reason: f.Target.Status.Reason,
			status:      strings.Join(values(f.Props, "status", ""), ","),
			description: f.Description, remarks: f.Remarks,
		}
		if f.Target.ImplementationStatus != nil {
			got.implementation = f.Target.ImplementationStatus.State
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.control, diff)
		}
		if f.Target.Type != "objective-id" {
			t.Errorf("%s: target type %q", tt.control, f.Target.Type)
		}
	}
	rem := []struct {
		control, name string
		want          []string
	}{
		{"c1-2", "remediation-action", []string{"Extend the scope"}}, // folded onto one line
		{"c1-2", "remediation-owner", []string{"IT"}},
		{"c1-2", "remediation-due", []string{"2027-03-31"}},
		{"c1-3", "remediation-owner", nil},
		{"c1-2", "weight", []string{"1"}},
		{"c1-2", "earned", []string{"0.5"}},
		{"c1-4", "earned", nil}, // not applicable earns and weighs nothing
		{"c1-2", "tier", nil},   // the uniform policy has no tiers
	}
	for _, r := range rem {
		if diff := cmp.Diff(r.want, values(findings[r.control].Props, r.name, "")); diff != "" {
			t.Errorf("%s: %s (-want +got):\n%s", r.control, r.name, diff)
		}
	}
}

func TestFindingsCoverCatalog(t *testing.T) {
	cat := criteria.Checklist()
	for _, name := range []string{"sample.json", "sample-previous.json"} {
		a := sample(t, name)
		doc := readResults(t, scoring.RiskWeighted(), a)
		res := doc.AssessmentResults.Results[0]
		var findings, reviewed, want []string
		for _, f := range res.Findings {
			findings = append(findings, f.Target.TargetID)
		}
		for _, s := range res.ReviewedControls.ControlSelections {
			for _, c := range s.IncludeControls {
				reviewed = append(reviewed, c.ControlID)
			}
		}
		for _, cr := range cat.All() {
			want = append(want, ControlID(cr.ID()))
		}
		if diff := cmp.Diff(want, findings); diff != "" {
			t.Errorf("%s: findings (-want +got):\n%s", name, diff)
		}
		if diff := cmp.Diff(want, reviewed); diff != "" {
			t.Errorf("%s: reviewed controls (-want +got):\n%s", name, diff)
		}
		// Each status in the findings is the response's.
		status := map[string]string{}
		for _, resp := range a.Responses {
			status[ControlID(resp.Criterion)] = resp.Status.String()
		}
		for _, f := range res.Findings {
			if got := strings.Join(values(f.Props, "status", ""), ","); got != status[f.Target.TargetID] {
				t.Errorf("%s: %s has status %q, want %q", name, f.Target.TargetID, got, status[f.Target.TargetID])
			}
			if s := status[f.Target.TargetID]; (s == "partially_compliant" || s == "non_compliant") && f.Target.Status.State != "not-satisfied" {
				t.Errorf("%s: %s is %s but %s", name, f.Target.TargetID, s, f.Target.Status.State)
			}
		}
	}
}

func TestResultProps(t *testing.T) {
	a := sample(t, "sample-previous.json")
	p := scoring.RiskWeighted()
	r := p.Score(a)
	tests := []struct {
		name string
		p    *scoring.Policy
		want map[string][]string
	}{
		{"scored", p, map[string][]string{
			"state": {"submitted"}, "policy": {"risk-weighted"}, "policy-version": {"1.1.0"},
			"score": {r.Score.String()}, "rating": {r.Rating}, "passed": {"false"},
		}},
		{"unscored", nil, map[string][]string{"state": {"submitted"}}},
	}
	for _, tt := range tests {
		res := readResults(t, tt.p, a).AssessmentResults.Results[0]
		got := map[string][]string{}
		for _, pr := range res.Props {
			if pr.NS == Namespace && pr.Class == "" {
				got[pr.Name] = append(got[pr.Name], pr.Value)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: result props (-want +got):\n%s", tt.name, diff)
		}
		if res.Start != "2026-05-12T00:00:00+09:00" {
			t.Errorf("%s: start %s", tt.name, res.Start)
		}
	}
	// Of the gates of the risk-weighted policy, the previous assessment fails
	// one: 1-30, a critical item, is non-compliant. (1-10 and 1-14 are
	// non-compliant too, but not critical; 2-1 is partially compliant, enough
	// for its gate.)
	var failed []string
	for _, f := range readResults(t, p, a).AssessmentResults.Results[0].Findings {
		if v := values(f.Props, "gate", ""); len(v) > 0 {
			failed = append(failed, f.Target.TargetID+":"+strings.Join(v, ","))
		}
	}
	if diff := cmp.Diff([]string{"c1-30:failed"}, failed); diff != "" {
		t.Errorf("gate props (-want +got):\n%s", diff)
	}
}

func TestObservations(t *testing.T) {
	tests := []struct {
		name  string
		a     *assessment.Assessment
		actor func(tResults) string // the party the observations come from
	}{
		{"assessor", sample(t, "sample.json"), func(d tResults) string { return d.AssessmentResults.Metadata.Parties[1].UUID }},
		{"no assessor", everyStatus(), func(d tResults) string { return d.AssessmentResults.Metadata.Parties[0].UUID }},
	}
	for _, tt := range tests {
		doc := readResults(t, nil, tt.a)
		res := doc.AssessmentResults.Results[0]
		obs := map[string]tObservation{}
		for _, o := range res.Observations {
			obs[o.UUID] = o
			if diff := cmp.Diff([]string{"EXAMINE"}, o.Methods); diff != "" {
				t.Errorf("%s: methods (-want +got):\n%s", tt.name, diff)
			}
			if len(o.Origins) != 1 || len(o.Origins[0].Actors) != 1 || o.Origins[0].Actors[0].ActorUUID != tt.actor(doc) {
				t.Errorf("%s: origins %+v, want the party %s", tt.name, o.Origins, tt.actor(doc))
			}
			if o.Collected != res.Start {
				t.Errorf("%s: collected %s, want %s", tt.name, o.Collected, res.Start)
			}
		}
		linked := 0
		for _, f := range res.Findings {
			for _, ro := range f.RelatedObservations {
				if _, ok := obs[ro.ObservationUUID]; !ok {
					t.Errorf("%s: %s names a missing observation %s", tt.name, f.Target.TargetID, ro.ObservationUUID)
				}
				linked++
			}
		}
		if linked != len(obs) || linked == 0 {
			t.Errorf("%s: %d observations, %d linked from findings", tt.name, len(obs), linked)
		}
	}
	// Evidence of 1-1 in the synthetic assessment: a URL and a plain reference.
	doc := readResults(t, nil, everyStatus())
	want := []tEvidence{
		{Href: "https://example.jp/policy.pdf", Description: "Policy"},
		{Description: "Minutes", Props: []tProp{{Name: "ref", NS: Namespace, Value: "BOD 2026-04"}}},
	}
	if diff := cmp.Diff(want, doc.AssessmentResults.Results[0].Observations[0].RelevantEvidence); diff != "" {
		t.Errorf("relevant evidence (-want +got):\n%s", diff)
	}
}

// TestImportAP checks that the href import-ap requires points to the
// back-matter resource naming the catalog, whose catalog-uuid is the UUID of
// the catalog document Catalog exports.
func TestImportAP(t *testing.T) {
	cat, p := criteria.Checklist(), scoring.RiskWeighted()
	a := sample(t, "sample.json")
	doc := readResults(t, p, a).AssessmentResults
	if len(doc.BackMatter.Resources) != 1 {
		t.Fatalf("%d resources, want 1", len(doc.BackMatter.Resources))
	}
	res := doc.BackMatter.Resources[0]
	if doc.ImportAP.Href != "#"+res.UUID {
		t.Errorf("import-ap href %q, want #%s", doc.ImportAP.Href, res.UUID)
	}
	c := readCatalog(t, cat, p)
	if diff := cmp.Diff([]string{c.Catalog.UUID}, values(res.Props, "catalog-uuid", "")); diff != "" {
		t.Errorf("catalog-uuid (-want +got):\n%s", diff)
	}
}

// TestUUIDs checks that the UUIDs of a document are distinct, and that the
// document's own UUID changes with the assessment while a finding's does not.
func TestUUIDs(t *testing.T) {
	a := sample(t, "sample.json")
	doc := readResults(t, nil, a).AssessmentResults
	seen := map[string]string{}
	add := func(u, what string) {
		if other, dup := seen[u]; dup {
			t.Errorf("%s and %s share the UUID %s", other, what, u)
		}
		seen[u] = what
	}
	add(doc.UUID, "document")
	add(doc.Results[0].UUID, "result")
	for _, f := range doc.Results[0].Findings {
		add(f.UUID, "finding "+f.Target.TargetID)
	}
	for _, o := range doc.Results[0].Observations {
		add(o.UUID, "observation")
	}
	for _, p := range doc.Metadata.Parties {
		add(p.UUID, "party "+p.Name)
	}
	for _, r := range doc.BackMatter.Resources {
		add(r.UUID, "resource")
	}

	b := sample(t, "sample.json")
	b.Responses[0].Comment += "。"
	edited := readResults(t, nil, b).AssessmentResults
	if edited.UUID == doc.UUID {
		t.Error("the document UUID did not change with the assessment")
	}
	if edited.Results[0].Findings[0].UUID != doc.Results[0].Findings[0].UUID {
		t.Error("a finding's UUID changed with an edit elsewhere")
	}
}

// TestAssessmentResultsErrors checks the errors of a wrong call; TestProblems
// those of an assessment that cannot be exported.
func TestAssessmentResultsErrors(t *testing.T) {
	cat := criteria.Checklist()
	a := sample(t, "sample.json")
	std := assessment.Template(criteria.Standard())
	std.AssessedOn = a.AssessedOn
	tests := []struct {
		name   string
		export func() ([]byte, error)
		want   string
	}{
		{"nil catalog", func() ([]byte, error) { return UnscoredAssessmentResults(nil, a) }, "oscal: nil catalog"},
		{"nil policy", func() ([]byte, error) { return AssessmentResults(nil, a) }, "oscal: nil policy"},
		{"nil assessment", func() ([]byte, error) { return UnscoredAssessmentResults(cat, nil) }, "oscal: nil assessment"},
		{"nil assessment, scored", func() ([]byte, error) { return AssessmentResults(scoring.Uniform(), nil) }, "oscal: nil assessment"},
		{"other catalog", func() ([]byte, error) { return UnscoredAssessmentResults(criteria.Standard(), a) },
			"oscal: the assessment is for catalog jpbank-checklist, not jpbank-standard"},
		{"policy of other catalog", func() ([]byte, error) { return AssessmentResults(scoring.Uniform(), std) },
			"oscal: the assessment is for catalog jpbank-standard, not jpbank-checklist"},
	}
	for _, tt := range tests {
		b, err := tt.export()
		if err == nil || err.Error() != tt.want || b != nil {
			t.Errorf("%s: got %d bytes and error %v, want error %q", tt.name, len(b), err, tt.want)
		}
	}
}
