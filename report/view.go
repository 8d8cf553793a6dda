package report

import (
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// view is a report laid out for rendering: every string made in the chosen
// language, every number formatted. Markdown and HTML render the same view, so
// they always say the same thing.
type view struct {
	Lang    string
	Title   string
	Heading string
	Summary []pair

	GatesTitle string
	Gates      []gateRow
	NoGates    string

	ScoreTitle  string
	Score       string
	Rating      string
	Result      string
	Passed      bool
	Coverage    string
	StatusTitle string
	Statuses    []statusRow

	ChartTitle string
	Chart      chart

	GroupsTitle string
	Groups      []groupRow

	ImprovementsTitle string
	Improvements      []improvementRow
	More              string
	NoImprovements    string

	// ToDoShown is set for an assessment with answers carried over through a
	// mapping or flagged for review: the report then lists the work still to
	// do and where each answer came from.
	ToDoShown   bool
	ToDoTitle   string
	ToDo        []todoList
	NothingToDo string
	SourcesNote string

	CriteriaTitle string
	Criteria      []criterionRow

	// Review is the review's part, nil without a review.
	Review *reviewPart

	Col      columns
	Footer   string
	Policy   string
	Subject  string
	Assessed string
}

type pair struct{ Label, Value string }

type columns struct {
	Result, Condition, Now, Group, Score, Points, Gain, ID, Criterion, Status, Weight, Count, Notes string
	Evidence, Justification, Comment, Remediation                                                   string
	Sources, Review                                                                                 string
}

type gateRow struct {
	Passed    bool
	Mark      string
	Condition string
	Now       string
}

type statusRow struct {
	Label string
	Class string
	Count int
}

type groupRow struct {
	Depth  int
	ID     string
	Title  string
	Score  string
	Points string
}

type improvementRow struct {
	ID   string
	Gain string
	Text string
	Gate string
}

type criterionRow struct {
	ID            string
	Text          string
	Status        string
	StatusClass   string
	Weight        string
	Points        string
	Evidence      []evidence
	Justification string
	Comment       string
	Remediation   string
	// Sources says where the answer came from, on one line; Review whether
	// it is flagged for review.
	Sources string
	Review  bool
}

// evidence is one evidence item; URL is set only for http and https references,
// which are the only ones a report makes into links.
type evidence struct {
	Title string
	Ref   string
	URL   string
}

// linkURL returns ref as a link target if it is an http or https URL, as
// assessment.EvidenceURL decides for every report, or "".
func linkURL(ref string) string {
	u, _ := assessment.EvidenceURL(ref)
	return u
}

func statusClass(s assessment.Status) string {
	return strings.ReplaceAll(s.String(), "_", "-")
}

func (r *Report) view(l i18n.Lang) *view {
	r = r.withAssessment()
	res, a, cat := r.Result, r.Assessment, r.catalog()
	t := func(k i18n.Key, args ...any) string { return messages.Sprintf(l, k, args...) }
	v := &view{
		Lang:     l.String(),
		Title:    t(keyTitle),
		Heading:  t(keyHeading, subjectName(a, l), cat.Title().In(l)),
		Subject:  subjectName(a, l),
		Policy:   t(keyPolicy, r.Policy.Title().In(l), res.Policy, res.PolicyVersion),
		Assessed: t(keyAssessedOn, a.AssessedOn.String(), stateLabel(a.State, l)),
		Col: columns{
			Result: t(keyResultLabel), Condition: t(keyColCondition), Now: t(keyColNow),
			Group: t(keyColGroup), Score: t(keyColScore), Points: t(keyColPoints),
			Gain: t(keyColGain), ID: t(keyID), Criterion: t(keyCriterion),
			Status: t(keyColStatus), Weight: t(keyColWeight), Count: t(keyColCount),
			Notes: t(keyColNotes), Evidence: t(keyEvidence), Justification: t(keyJustification),
			Comment: t(keyComment), Remediation: t(keyRemediation),
			Sources: t(keyAnsweredFrom), Review: t(keyNeedsReview),
		},
		GatesTitle: t(keyGates), NoGates: t(keyNoGates),
		ScoreTitle: t(keyScoreHeading), Score: res.Score.String(), Rating: ratingLabel(res.Rating),
		Result: passedLabel(res.Passed, l), Passed: res.Passed,
		Coverage:          t(coverageKey(res.Coverage.Total), res.Coverage.Answered, res.Coverage.Total, res.Coverage.NotApplicable, res.Coverage.NotAssessed),
		StatusTitle:       t(keyStatusCounts),
		ChartTitle:        t(keyChart),
		GroupsTitle:       t(keyGroups),
		ImprovementsTitle: t(keyImprovements), NoImprovements: t(keyNoImprovements),
		CriteriaTitle: t(keyCriteria),
		Footer:        t(keyGenerated),
	}
	v.Summary = []pair{
		{t(keyPolicyLabel), t(keyWithDetail, r.Policy.Title().In(l), res.Policy+" "+res.PolicyVersion)},
		{t(keyAssessedOnLabel), t(keyWithDetail, a.AssessedOn.String(), stateLabel(a.State, l))},
		{t(keyCatalogID), string(res.Catalog) + " " + res.CatalogVersion},
	}
	if n := a.Subject.CorporateNumber.String(); n != "" {
		v.Summary = append(v.Summary, pair{t(keyCorporateNumber), n})
	}
	if n := a.Subject.RegistrationNumber.String(); n != "" {
		v.Summary = append(v.Summary, pair{t(keyRegistration), n})
	}
	if p := a.Assessor; strings.TrimSpace(p.Name) != "" {
		who := p.Name
		if p.Organization != "" {
			who = t(keyWithDetail, p.Name, p.Organization)
		}
		v.Summary = append(v.Summary, pair{t(keyAssessor), who})
	}
	if d := r.digest(); d != "" {
		v.Summary = append(v.Summary, pair{reviewMessages.Sprintf(l, keyDigestLabel), d})
	}
	// The review's summary is shown in its own part, not with the
	// assessment's.
	v.Review = r.reviewPart(l)
	for _, g := range res.Gates {
		row := gateRow{Passed: g.Passed, Mark: t(keyPass)}
		if !g.Passed {
			row.Mark = t(keyFail)
		}
		if g.Tier != "" {
			row.Condition = t(keyGateTier, tierTitle(r.Policy, g.Tier, l), g.Required.Label().In(l))
			if len(g.Failing) > 0 {
				ids := make([]string, len(g.Failing))
				for i, id := range g.Failing {
					ids[i] = string(id)
				}
				row.Now = t(keyGateFailing, strings.Join(ids, ", "))
			} else {
				row.Now = row.Mark
			}
		} else {
			row.Condition = t(keyWithDetail, string(g.Criterion)+" "+criterionText(cat, g.Criterion, l),
				t(keyGateNeeds, g.Required.Label().In(l)))
			row.Now = g.Status.Label().In(l)
		}
		v.Gates = append(v.Gates, row)
	}

	var counts [5]int
	for _, c := range res.Criteria {
		if c.Status.IsValid() {
			counts[c.Status]++
		}
	}
	for _, s := range []assessment.Status{assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant,
		assessment.NotApplicable, assessment.NotAssessed} {
		v.Statuses = append(v.Statuses, statusRow{Label: s.Label().In(l), Class: statusClass(s), Count: counts[s]})
	}

	var axes []axis
	for _, g := range res.Groups {
		gr, ok := cat.Group(g.ID)
		depth := 0
		if ok {
			depth = gr.Depth()
			if gr.Len() > 0 && !hasSubgroups(gr) {
				axes = append(axes, axis{Label: gr.Title().In(l), Score: g.Score})
			}
		}
		v.Groups = append(v.Groups, groupRow{
			Depth: depth, ID: string(g.ID), Title: groupTitle(cat, g.ID, l), Score: g.Score.String(),
			Points: g.Earned.String() + " / " + g.Possible.String(),
		})
	}
	v.Chart = radar(axes, t(keyNoScore))

	for _, imp := range res.Improvements {
		row := improvementRow{ID: string(imp.Criterion), Gain: "+" + imp.Gain.String(), Text: criterionText(cat, imp.Criterion, l)}
		if imp.Gate {
			row.Gate = strings.TrimSpace(t(keyImprovementGate))
		}
		v.Improvements = append(v.Improvements, row)
	}
	if n := res.Improvable - len(res.Improvements); n > 0 {
		v.More = t(keyMore, n)
	}

	prov := r.provenance(l)
	if prov.Shown {
		v.ToDoShown, v.ToDoTitle, v.ToDo, v.NothingToDo = true, t(keyToDo), prov.ToDo, t(keyNothingToDo)
		if len(prov.Sources) > 0 {
			v.SourcesNote = t(keySourcesLegend)
		}
	}

	responses := make(map[criteria.ID]*assessment.Response, len(a.Responses))
	for i := range a.Responses {
		if _, dup := responses[a.Responses[i].Criterion]; !dup {
			responses[a.Responses[i].Criterion] = &a.Responses[i]
		}
	}
	for _, c := range res.Criteria {
		row := criterionRow{
			ID: string(c.Criterion), Text: criterionText(cat, c.Criterion, l),
			Status: c.Status.Label().In(l), StatusClass: statusClass(c.Status),
			Weight: c.Weight.String(), Points: c.Earned.String() + " / " + c.Possible.String(),
		}
		if c.Status == assessment.NotApplicable {
			row.Points = "-"
		}
		if ds := prov.Sources[c.Criterion]; len(ds) > 0 {
			row.Sources = sourcesText(ds, l)
		}
		row.Review = prov.Review[c.Criterion]
		if resp := responses[c.Criterion]; resp != nil {
			for _, e := range resp.Evidence {
				row.Evidence = append(row.Evidence, evidence{Title: e.Title, Ref: e.Ref, URL: linkURL(e.Ref)})
			}
			row.Justification, row.Comment = resp.Justification, resp.Comment
			if rem := resp.Remediation; rem != nil {
				row.Remediation = rem.Action
				var extra []string
				if rem.Owner != "" {
					extra = append(extra, rem.Owner)
				}
				if rem.Due.IsValid() {
					extra = append(extra, rem.Due.String())
				}
				if len(extra) > 0 {
					row.Remediation = t(keyWithDetail, rem.Action, strings.Join(extra, t(keyListSeparator)))
				}
			}
		}
		v.Criteria = append(v.Criteria, row)
	}
	return v
}

func hasSubgroups(g criteria.Group) bool {
	for range g.Groups() {
		return true
	}
	return false
}
