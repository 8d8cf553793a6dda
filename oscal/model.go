package oscal

// The types below are the parts of the OSCAL 1.1.3 JSON model the package
// writes, with fields in the order of the OSCAL schema so that the output reads
// like other OSCAL documents. Optional arrays use omitempty: OSCAL arrays may
// not be empty.

type prop struct {
	Name  string `json:"name"`
	NS    string `json:"ns,omitempty"`
	Value string `json:"value"`
	Class string `json:"class,omitempty"`
}

type part struct {
	ID    string `json:"id,omitempty"`
	Name  string `json:"name"`
	NS    string `json:"ns,omitempty"`
	Class string `json:"class,omitempty"`
	Title string `json:"title,omitempty"`
	Props []prop `json:"props,omitempty"`
	Prose string `json:"prose,omitempty"`
	Parts []part `json:"parts,omitempty"`
}

type role struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Props []prop `json:"props,omitempty"`
}

type party struct {
	UUID           string   `json:"uuid"`
	Type           string   `json:"type"`
	Name           string   `json:"name,omitempty"`
	Props          []prop   `json:"props,omitempty"`
	EmailAddresses []string `json:"email-addresses,omitempty"`
}

type responsibleParty struct {
	RoleID     string   `json:"role-id"`
	PartyUUIDs []string `json:"party-uuids"`
}

type metadata struct {
	Title              string             `json:"title"`
	LastModified       string             `json:"last-modified"`
	Version            string             `json:"version"`
	OSCALVersion       string             `json:"oscal-version"`
	Props              []prop             `json:"props,omitempty"`
	Roles              []role             `json:"roles,omitempty"`
	Parties            []party            `json:"parties,omitempty"`
	ResponsibleParties []responsibleParty `json:"responsible-parties,omitempty"`
}

type resource struct {
	UUID        string `json:"uuid"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Props       []prop `json:"props,omitempty"`
}

type backMatter struct {
	Resources []resource `json:"resources"`
}

// Catalog model.

type catalogDocument struct {
	Catalog catalogModel `json:"catalog"`
}

type catalogModel struct {
	UUID     string   `json:"uuid"`
	Metadata metadata `json:"metadata"`
	Groups   []group  `json:"groups,omitempty"`
}

// group holds either groups or controls, never both: OSCAL 1.2 requires it, and
// a dendai group is built the same way.
type group struct {
	ID       string    `json:"id,omitempty"`
	Title    string    `json:"title"`
	Props    []prop    `json:"props,omitempty"`
	Groups   []group   `json:"groups,omitempty"`
	Controls []control `json:"controls,omitempty"`
}

type control struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Props []prop `json:"props,omitempty"`
	Parts []part `json:"parts,omitempty"`
}

// Assessment results model.

type resultsDocument struct {
	AssessmentResults resultsModel `json:"assessment-results"`
}

type resultsModel struct {
	UUID       string      `json:"uuid"`
	Metadata   metadata    `json:"metadata"`
	ImportAP   importAP    `json:"import-ap"`
	Results    []result    `json:"results"`
	BackMatter *backMatter `json:"back-matter,omitempty"`
}

type importAP struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

type result struct {
	UUID             string           `json:"uuid"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Start            string           `json:"start"`
	Props            []prop           `json:"props,omitempty"`
	ReviewedControls reviewedControls `json:"reviewed-controls"`
	Observations     []observation    `json:"observations,omitempty"`
	Findings         []finding        `json:"findings,omitempty"`
}

type reviewedControls struct {
	ControlSelections []controlSelection `json:"control-selections"`
}

type controlSelection struct {
	IncludeControls []selectControl `json:"include-controls"`
}

type selectControl struct {
	ControlID string `json:"control-id"`
}

type observation struct {
	UUID             string             `json:"uuid"`
	Title            string             `json:"title,omitempty"`
	Description      string             `json:"description"`
	Props            []prop             `json:"props,omitempty"`
	Methods          []string           `json:"methods"`
	Origins          []origin           `json:"origins,omitempty"`
	RelevantEvidence []relevantEvidence `json:"relevant-evidence,omitempty"`
	Collected        string             `json:"collected"`
}

type origin struct {
	Actors []actor `json:"actors"`
}

type actor struct {
	Type      string `json:"type"`
	ActorUUID string `json:"actor-uuid"`
	RoleID    string `json:"role-id,omitempty"`
}

type relevantEvidence struct {
	Href        string `json:"href,omitempty"`
	Description string `json:"description"`
	Props       []prop `json:"props,omitempty"`
}

type finding struct {
	UUID                string               `json:"uuid"`
	Title               string               `json:"title"`
	Description         string               `json:"description"`
	Props               []prop               `json:"props,omitempty"`
	Target              target               `json:"target"`
	RelatedObservations []relatedObservation `json:"related-observations,omitempty"`
	Remarks             string               `json:"remarks,omitempty"`
}

type target struct {
	Type                 string                `json:"type"`
	TargetID             string                `json:"target-id"`
	Status               objectiveStatus       `json:"status"`
	ImplementationStatus *implementationStatus `json:"implementation-status,omitempty"`
}

type objectiveStatus struct {
	State  string `json:"state"`
	Reason string `json:"reason,omitempty"`
}

type implementationStatus struct {
	State string `json:"state"`
}

type relatedObservation struct {
	ObservationUUID string `json:"observation-uuid"`
}

// Mapping collection model (OSCAL 1.2).

type mappingDocument struct {
	MappingCollection mappingCollection `json:"mapping-collection"`
}

type mappingCollection struct {
	UUID       string            `json:"uuid"`
	Metadata   metadata          `json:"metadata"`
	Provenance mappingProvenance `json:"provenance"`
	Mappings   []mappingModel    `json:"mappings"`
	BackMatter *backMatter       `json:"back-matter,omitempty"`
}

type mappingProvenance struct {
	Method             string `json:"method"`
	MatchingRationale  string `json:"matching-rationale"`
	Status             string `json:"status"`
	MappingDescription string `json:"mapping-description"`
	Props              []prop `json:"props,omitempty"`
}

type mappingModel struct {
	UUID             string      `json:"uuid"`
	SourceResource   resourceRef `json:"source-resource"`
	TargetResource   resourceRef `json:"target-resource"`
	Maps             []mapEntry  `json:"maps"`
	Remarks          string      `json:"remarks,omitempty"`
	TargetGapSummary *gapSummary `json:"target-gap-summary,omitempty"`
}

type resourceRef struct {
	Type string `json:"type"`
	Href string `json:"href"`
}

type mapEntry struct {
	UUID         string        `json:"uuid"`
	Relationship string        `json:"relationship"`
	Sources      []mappingItem `json:"sources"`
	Targets      []mappingItem `json:"targets"`
	Remarks      string        `json:"remarks,omitempty"`
}

type mappingItem struct {
	Type  string `json:"type"`
	IDRef string `json:"id-ref"`
}

type gapSummary struct {
	UUID             string              `json:"uuid"`
	UnmappedControls []selectControlByID `json:"unmapped-controls"`
}

type selectControlByID struct {
	WithIDs []string `json:"with-ids"`
}
