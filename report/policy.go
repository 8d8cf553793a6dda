package report

import (
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// policyView is a policy laid out for rendering, every string in one language.
type policyView struct {
	Heading, Catalog, Description string
	CreditTitle, Credit           string
	TiersTitle                    string
	Tiers                         []string
	GatesTitle                    string
	Gates                         []string
	RatingsTitle, Ratings         string
	CriteriaTitle                 string
	Col                           struct{ ID, Criterion, Tier, Weight, Rationale string }
	Groups                        []policyGroup
}

type policyGroup struct {
	Depth int
	Title string
	Rows  []policyRow
}

type policyRow struct {
	ID, Text, Tier, Weight, Rationale string
}

func policyViewOf(p *scoring.Policy, l i18n.Lang) *policyView {
	t := func(k i18n.Key, args ...any) string { return messages.Sprintf(l, k, args...) }
	cat := p.Catalog()
	sep := t(keyListSeparator)
	v := &policyView{
		Heading:     t(keyPolicy, p.Title().In(l), p.Name(), p.Version()),
		Catalog:     t(keyPolicyViewCatalog, cat.ID(), cat.Version()),
		Description: p.Description().In(l),
		CreditTitle: t(keyPolicyViewCredit), TiersTitle: t(keyPolicyViewTiers),
		GatesTitle: t(keyGates), RatingsTitle: t(keyRatingLabel),
		CriteriaTitle: t(keyPolicyViewCriteria),
	}
	v.Col.ID, v.Col.Criterion, v.Col.Tier = t(keyID), t(keyCriterion), t(keyPolicyViewTier)
	v.Col.Weight, v.Col.Rationale = t(keyColWeight), t(keyPolicyViewRationale)

	var credit []string
	for _, s := range []assessment.Status{assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant, assessment.NotAssessed} {
		credit = append(credit, s.Label().In(l)+" "+p.Credit(s).String())
	}
	v.Credit = strings.Join(credit, sep) + sep + t(keyPolicyViewNotApplic)
	for tier := range p.Tiers() {
		v.Tiers = append(v.Tiers, t(keyWithDetail, tier.Title.In(l), tier.ID)+" "+tier.Weight.String())
	}
	if len(v.Tiers) == 0 {
		w := scoring.Decimal(0)
		if cat.Len() > 0 {
			w = p.Weight(cat.At(0).ID())
		}
		v.Tiers = append(v.Tiers, t(keyPolicyViewNoTiers, w.String()))
	}
	for g := range p.Gates() {
		var s string
		if g.Tier != "" {
			s = t(keyGateTier, tierTitle(p, g.Tier, l), g.Minimum.Label().In(l))
		} else {
			s = t(keyWithDetail, string(g.Criterion)+" "+criterionText(cat, g.Criterion, l), t(keyGateNeeds, g.Minimum.Label().In(l)))
		}
		if g.NotApplicablePasses {
			s += t(keyPolicyViewNAPasses)
		}
		v.Gates = append(v.Gates, s)
	}
	var bands []string
	for b := range p.Bands() {
		bands = append(bands, b.Rating+" ≥ "+strings.TrimSuffix(b.MinScore.String(), ".0"))
	}
	v.Ratings = strings.Join(bands, sep)

	for g := range cat.AllGroups() {
		pg := policyGroup{Depth: g.Depth(), Title: g.Title().In(l)}
		for cr := range g.Criteria() {
			row := policyRow{ID: string(cr.ID()), Text: cr.Text().In(l), Weight: p.Weight(cr.ID()).String(), Rationale: p.Rationale(cr.ID()).In(l)}
			if tier, ok := p.Tier(cr.ID()); ok {
				row.Tier = tier.Title.In(l)
			}
			pg.Rows = append(pg.Rows, row)
		}
		v.Groups = append(v.Groups, pg)
	}
	return v
}

// PolicyText returns a policy as plain text, in l: its credits, tiers, gates
// and rating bands, then the weight of every criterion with its tier and the
// rationale for it. Like Text, it shows control characters, escape sequences
// and bidi controls from the policy or the catalog escaped.
func PolicyText(p *scoring.Policy, l i18n.Lang) string {
	v := policyViewOf(p, l)
	var b strings.Builder
	line := terminalLine(&b)
	line(v.Heading)
	line(v.Catalog)
	if v.Description != "" {
		line("")
		line(v.Description)
	}
	line("")
	line(v.CreditTitle + ": " + v.Credit)
	line(v.RatingsTitle + ": " + v.Ratings)
	line("")
	line(v.TiersTitle)
	for _, s := range v.Tiers {
		line("  " + s)
	}
	line("")
	line(v.GatesTitle)
	if len(v.Gates) == 0 {
		line("  " + messages.Sprintf(l, keyNoGates))
	}
	for _, s := range v.Gates {
		line("  " + s)
	}
	line("")
	line(v.CriteriaTitle)
	idw, tw := 0, 0
	for _, g := range v.Groups {
		for _, r := range g.Rows {
			idw, tw = max(idw, len(r.ID)), max(tw, displayWidth(r.Tier))
		}
	}
	for _, g := range v.Groups {
		indent := strings.Repeat("  ", g.Depth)
		line(indent + "  " + g.Title)
		for _, r := range g.Rows {
			line(indent + "    " + pad(r.ID, idw) + "  " + pad(r.Tier, tw) + "  " + strings.Repeat(" ", max(0, 5-len(r.Weight))) + r.Weight + "  " + truncate(r.Text, 60))
			if r.Rationale != "" {
				line(indent + "    " + strings.Repeat(" ", idw+tw+11) + r.Rationale)
			}
		}
	}
	return b.String()
}

// PolicyMarkdown returns a policy as Markdown, in l, with a table of the
// criteria of each group: tier, weight and rationale.
func PolicyMarkdown(p *scoring.Policy, l i18n.Lang) string {
	v := policyViewOf(p, l)
	var b strings.Builder
	w := lines(&b)
	w("# ", md(v.Heading))
	w()
	w(md(v.Catalog))
	if v.Description != "" {
		w()
		w(md(v.Description))
	}
	w()
	w("- **", md(v.CreditTitle), "**: ", md(v.Credit))
	w("- **", md(v.RatingsTitle), "**: ", md(v.Ratings))
	w("- **", md(v.TiersTitle), "**: ", md(strings.Join(v.Tiers, messages.Sprintf(l, keyListSeparator))))
	w()
	w("## ", md(v.GatesTitle))
	w()
	if len(v.Gates) == 0 {
		w(md(messages.Sprintf(l, keyNoGates)))
	}
	for _, s := range v.Gates {
		w("- ", md(s))
	}
	w()
	w("## ", md(v.CriteriaTitle))
	for _, g := range v.Groups {
		w()
		w(strings.Repeat("#", min(g.Depth+3, 6)), " ", md(g.Title))
		if len(g.Rows) == 0 {
			continue
		}
		w()
		w("| ", v.Col.ID, " | ", v.Col.Criterion, " | ", v.Col.Tier, " | ", v.Col.Weight, " | ", v.Col.Rationale, " |")
		w("|---|---|---|---:|---|")
		for _, r := range g.Rows {
			w("| ", md(r.ID), " | ", md(r.Text), " | ", md(r.Tier), " | ", r.Weight, " | ", md(r.Rationale), " |")
		}
	}
	return b.String()
}
