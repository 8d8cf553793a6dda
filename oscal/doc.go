// Package oscal exports dendai catalogs, self-assessments and mappings as
// OSCAL JSON documents (Open Security Controls Assessment Language, NIST), so
// that a bank's GRC tooling can read them next to its other control sets.
//
// [Catalog] writes a catalog document, and [PolicyCatalog] one with a policy's
// weights; [AssessmentResults] writes an assessment-results document scored
// under a policy, and [UnscoredAssessmentResults] one without. These declare
// oscal-version 1.1.3 ([Version]), and are valid against the official OSCAL
// 1.1.3 and 1.2.2 complete JSON schemas. [MappingCollection] writes a mapping
// between two catalogs as a mapping-collection document, a model OSCAL 1.2
// added: it declares oscal-version 1.2.2 ([MappingVersion]) and is valid
// against the 1.2.2 schema. All return indented JSON, two spaces, ending in a
// newline, without HTML escaping, and depend on nothing but their arguments:
// exporting twice gives the same bytes.
//
// # Errors
//
// A wrong call, such as a nil catalog or a policy of another catalog, returns
// a plain error: the program has to change, not the document. What a document
// holds that OSCAL cannot express is a *dendai.Error listing every problem, in
// both languages: an assessment with no date ([CodeNoDate]) or dated outside
// the years 1900 to 2999 that OSCAL timestamps allow ([CodeDateRange]); two IDs
// of a custom catalog, or of one side of a mapping, that map to the same OSCAL
// ID, such as "1-1" and "c1-1" ([CodeIDCollision]); and a mapping with no
// entry that has sources ([CodeEmptyMapping]), since an OSCAL mapping needs at
// least one map.
//
// # Extensions and languages
//
// OSCAL is extended with props and parts whose ns is [Namespace]; a prop or
// part without ns is OSCAL's own. OSCAL has no language tag, so the two
// languages of dendai's texts follow one convention:
//
//	Where the text goes                  English               Japanese
//	title, name, or a prop value         the field itself      a prop beside it: same name ("title", "name",
//	                                                           "legal-basis", …), ns Namespace, class "ja"
//	prose of a part (statement, note,    prose                 a child part: name "text", ns Namespace,
//	rationale)                                                 class "ja", prose
//	descriptions dendai writes           first paragraph       second paragraph
//	(results, findings, observations,
//	mappings), rationales of maps
//
// A required title with no English takes the Japanese instead. Text the EPISP
// wrote (comments, justifications, evidence titles, remediation plans) is
// written as given. OSCAL string fields and prop values may not hold line
// breaks nor begin or end with white space, so there runs of white space
// become one space and both ends are trimmed of white space as ECMA-262's \s
// (which the official schemas' patterns use) defines it, the ideographic
// space U+3000, U+00A0 and U+FEFF included. Markup fields are Markdown, so
// the text is escaped until no Markdown structure survives: inline markup
// characters are backslash-escaped, and so is a character that would start a
// heading, a list, a quote, a code block, a table or a thematic break at the
// start of a line.
//
// # Catalog
//
//	dendai                           OSCAL catalog
//	catalog ID, version              metadata: prop "catalog"; version
//	title                            metadata/title, prop "title" (ja)
//	publisher                        party (organization) in the role "publisher"
//	legal basis, source              metadata props "legal-basis", "source" (en, ja)
//	group                            group, nested as in dendai; id: the group ID, or "g" + ID if it
//	                                 starts with a digit; prop "id" (the dendai ID), prop "title" (ja)
//	criterion                        control; id: [ControlID] ("1-30" → "c1-30", "S1-1" stays);
//	                                 title: the English text; props "label" (OSCAL's) and "id": the
//	                                 dendai ID
//	criterion text                   part "statement", id <control>_smt (one per control, as OSCAL
//	                                 expects), with the Japanese as its child part
//	note                             part "note" (ns)
//	standard (crosswalk)             one prop "standard" per requirement ID
//	policy (if given)                metadata props "policy", "policy-version"; per control props
//	                                 "tier" and "weight" (as in the policy: "7.5") and part "rationale"
//
// metadata/last-modified is always 2026-01-01T00:00:00Z: a catalog has no date,
// and the time of the export would break reproducibility; the version tells
// revisions apart. The catalog's UUID is derived from its ID, version and policy.
//
// # Assessment results
//
//	dendai                           OSCAL assessment-results
//	assessment                       one result; start: assessedOn at 00:00 JST (+09:00), which is
//	                                 also metadata/last-modified; metadata/version is assessedOn
//	state, policy, score, rating,    result props "state", "policy", "policy-version", "score",
//	passed                           "rating", "passed" (from the Result; score is left out when
//	                                 nothing could be scored)
//	catalog                          every control in reviewed-controls (include-controls); props
//	                                 "catalog", "catalog-version"
//	subject                          party (organization), props "corporate-number",
//	                                 "registration-number", "name" (ja)
//	assessor                         party (person) in the role "assessor", prop "organization";
//	                                 the email address if the JSON Schema email format accepts it
//	response                         finding; title: criterion ID and English text, prop "title" (ja);
//	                                 target: type objective-id, target-id the control ID; prop
//	                                 "status" keeps the dendai status; description: the status label
//	comment                          third paragraph of the finding's description
//	justification                    finding remarks
//	remediation                      finding props "remediation-action", "-owner", "-due"
//	weight, points, gates            finding props "tier", "weight", "earned", and "gate" = "failed"
//	                                 when the criterion fails a gate of the policy
//	evidence of a response           one observation: methods EXAMINE, origin the assessor (or the
//	                                 subject), collected at start; one relevant-evidence per item,
//	                                 with href for an http(s) URL, else the reference in prop "ref";
//	                                 the finding links it in related-observations
//
// OSCAL's objective status is satisfied or not-satisfied, with an optional
// reason; the finding's target also has an implementation status. The
// statuses map as follows:
//
//	dendai status         state           reason   implementation-status
//	compliant             satisfied       pass     implemented
//	partially_compliant   not-satisfied   fail     partial
//	non_compliant         not-satisfied   fail     (none)
//	not_applicable        satisfied       other    not-applicable
//	not_assessed          not-satisfied   other    (none)
//
// partially_compliant is not-satisfied because OSCAL defines not-satisfied as
// "not completely satisfied, but may be partially satisfied"; the partial
// implementation status and the status prop keep the nuance.
// not_applicable is satisfied with the reason other: nothing is owed, so there
// is no gap to track, which is how dendai's scoring treats it too (left out of
// the score); "other" says it is neither a pass nor a fail, OSCAL's
// not-applicable implementation status says why, and the justification is in
// the remarks. A gate that does not accept not_applicable still shows as the
// "gate" prop and in "passed". not_assessed, and a criterion without a
// response, is not-satisfied with the reason other: nothing shows the objective
// is met, and scoring counts it as zero.
//
// OSCAL requires import-ap, a reference to an assessment plan; a dendai
// self-assessment has none. Its href is "#" and the UUID of a back-matter
// resource that names the catalog followed instead (props "catalog",
// "catalog-version", and "catalog-uuid": the UUID of the document [Catalog]
// or [PolicyCatalog] exports for the same catalog and policy, whose controls
// the findings name).
//
// # Mapping collection
//
//	dendai                           OSCAL mapping-collection
//	mapping ID, version              metadata: prop "mapping"; version; title "Mapping of jpbank-checklist
//	                                 1.1.0 to jpbank-standard 1.1.0", prop "title" (ja)
//	provenance date                  metadata/last-modified: the date at 00:00 JST (+09:00); without a
//	                                 date, or outside the years 1900 to 2999, 2026-01-01T00:00:00Z
//	provenance                       provenance: method human (automation or hybrid when the mapping's
//	                                 method is that very word); matching-rationale semantic; status
//	                                 complete; mapping-description (en, ja); props "author", "date",
//	                                 "method" (as written)
//	source and target catalogs       one mapping; source-resource and target-resource of type catalog,
//	                                 href "#" and the UUID of a back-matter resource with props
//	                                 "catalog", "catalog-version" and "catalog-uuid" (the UUID of the
//	                                 document Catalog exports for that catalog)
//	entry with sources               map, in the order of the entries: relationship (below); sources
//	                                 and targets of type control, id-ref the [ControlID], as in the
//	                                 exported catalogs; remarks: the rationale (en, ja)
//	entry without sources            its control in the mapping's target-gap-summary (unmapped-controls);
//	(relationship none)              its rationale in the mapping's remarks, "- ID: rationale"
//
// The relationships are NIST IR 8477's, which OSCAL 1.2 uses, and compare what
// the sources of an entry ask, taken together, with what its target asks:
//
//	dendai        OSCAL relationship   the sources ask
//	equivalent    equivalent-to        what the target asks
//	subset        subset-of            less than the target: meeting them meets part of it
//	superset      superset-of          more than the target: meeting them meets all of it
//	intersects    intersects-with      some of what the target asks, and something else
//	none          no-relationship      nothing the target asks
//
// They are judged on what the criteria mean, not on their wording, hence the
// matching-rationale semantic. A criterion of the target catalog that the
// mapping leaves out is in no gap summary: the mapping alone does not know the
// catalogs' other criteria.
//
// # UUIDs
//
// Every UUID is a version 5 UUID (RFC 9562) in the name space
// 902e1921-d519-5f8a-95e2-6c4b14d21698, itself the version 5 UUID of
// [Namespace] in the URL name space. The names are paths such as
// "catalog/jpbank-checklist/1.0.0/policy/risk-weighted/1.0.0". In assessment
// results they start with the catalog, the subject's corporate number, the date
// and the policy, so that a finding keeps its UUID from one revision of an
// assessment to the next; the document's own UUID also hashes the assessment,
// so that it changes whenever the assessment does, as OSCAL asks of a document
// UUID. A mapping-collection's UUID hashes the mapping, and so changes with
// it; the UUIDs of its mapping and maps derive from the mapping's ID and each
// map's target, so that they stay the same from one version of a mapping to
// the next. A party's UUID is derived from what identifies it (the publisher's
// name, the subject's corporate number), so it is the same in every document.
package oscal
