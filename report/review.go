package report

import (
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

// Keys of the texts of the review's part of a report.
const (
	keyDigestLabel     i18n.Key = "report.digest_label"
	keyReviewHeading   i18n.Key = "report.review.heading"
	keyReviewDecision  i18n.Key = "report.review.decision"
	keyReviewer        i18n.Key = "report.review.reviewer"
	keyReviewedOn      i18n.Key = "report.review.reviewed_on"
	keySelfScore       i18n.Key = "report.review.self_score"
	keyReviewedScore   i18n.Key = "report.review.reviewed_score"
	keyOverrides       i18n.Key = "report.review.overrides"
	keyNoOverrides     i18n.Key = "report.review.no_overrides"
	keyOpenQueries     i18n.Key = "report.review.queries"
	keyNoQueries       i18n.Key = "report.review.no_queries"
	keyConditions      i18n.Key = "report.review.conditions"
	keyColSelfAssessed i18n.Key = "report.review.col_self"
	keyColReviewed     i18n.Key = "report.review.col_reviewed"
	keyColReason       i18n.Key = "report.review.col_reason"
	keyColQuestion     i18n.Key = "report.review.col_question"
	keyColDue          i18n.Key = "report.review.col_due"
	keyDecisionPrefix  i18n.Key = "report.review.decision."
)

// reviewMessages is the table of the texts of the review's part and of the
// digest, kept beside the package's main table (messages.go).
var reviewMessages = i18n.NewMessages([]i18n.Message{
	{Key: keyDigestLabel, JA: "ダイジェスト", EN: "Digest"},
	{Key: keyReviewHeading, JA: "審査", EN: "Review"},
	{Key: keyReviewDecision, JA: "審査結果", EN: "Decision"},
	{Key: keyReviewer, JA: "審査者", EN: "Reviewer"},
	{Key: keyReviewedOn, JA: "審査日", EN: "Reviewed on"},
	{Key: keySelfScore, JA: "得点（自己評価）", EN: "Score (self-assessed)"},
	{Key: keyReviewedScore, JA: "得点（審査後）", EN: "Score (reviewed)"},
	{Key: keyOverrides, JA: "審査者による評価変更", EN: "Statuses the reviewer changed"},
	{Key: keyNoOverrides, JA: "評価変更はありません。", EN: "The reviewer changed no status."},
	{Key: keyOpenQueries, JA: "未回答の照会", EN: "Open queries"},
	{Key: keyNoQueries, JA: "未回答の照会はありません。", EN: "No query is open."},
	{Key: keyConditions, JA: "承認条件", EN: "Conditions of approval"},
	{Key: keyColSelfAssessed, JA: "自己評価", EN: "Self-assessed"},
	{Key: keyColReviewed, JA: "審査後", EN: "Reviewed"},
	{Key: keyColReason, JA: "理由", EN: "Reason"},
	{Key: keyColQuestion, JA: "質問", EN: "Question"},
	{Key: keyColDue, JA: "期限", EN: "Due"},
	{Key: keyDecisionPrefix + i18n.Key(review.Approved), JA: "承認", EN: "Approved"},
	{Key: keyDecisionPrefix + i18n.Key(review.ConditionallyApproved), JA: "条件付き承認", EN: "Conditionally approved"},
	{Key: keyDecisionPrefix + i18n.Key(review.Rejected), JA: "否認", EN: "Rejected"},
	{Key: keyDecisionPrefix + i18n.Key(review.Pending), JA: "保留（審査中）", EN: "Pending"},
}...)

// digest returns the assessment's digest, or "" when it has none (a status
// that cannot be written).
func (r *Report) digest() string {
	d, err := assessment.DigestOf(r.Assessment)
	if err != nil {
		return ""
	}
	return d.String()
}

// reviewPart is the review's part of a report, in one language.
type reviewPart struct {
	Title                      string
	Summary                    []pair
	OverridesTitle, NoOverride string
	Overrides                  []overrideRow
	QueriesTitle, NoQueries    string
	Queries                    []queryRow
	ConditionsTitle            string
	Conditions                 []queryRow
	Col                        struct{ ID, Self, Reviewed, Reason, Question, Due, Condition string }
}

type overrideRow struct{ ID, Self, Reviewed, Reason string }

type queryRow struct{ ID, Question, Due string }

// reviewPart returns the review's part, or nil when the report has no
// review.
func (r *Report) reviewPart(l i18n.Lang) *reviewPart {
	rv := r.Review
	if rv == nil {
		return nil
	}
	t := func(k i18n.Key, args ...any) string { return reviewMessages.Sprintf(l, k, args...) }
	p := &reviewPart{
		Title: t(keyReviewHeading), OverridesTitle: t(keyOverrides), NoOverride: t(keyNoOverrides),
		QueriesTitle: t(keyOpenQueries), NoQueries: t(keyNoQueries), ConditionsTitle: t(keyConditions),
	}
	p.Col.ID, p.Col.Self, p.Col.Reviewed, p.Col.Reason = messages.Sprintf(l, keyID), t(keyColSelfAssessed), t(keyColReviewed), t(keyColReason)
	p.Col.Question, p.Col.Due, p.Col.Condition = t(keyColQuestion), t(keyColDue), t(keyConditions)
	decision := string(rv.Decision)
	if rv.Decision.IsValid() {
		decision = t(keyDecisionPrefix + i18n.Key(rv.Decision))
	}
	who := rv.Reviewer.Name
	if rv.Reviewer.Organization != "" {
		who = messages.Sprintf(l, keyWithDetail, rv.Reviewer.Name, rv.Reviewer.Organization)
	}
	p.Summary = []pair{{t(keyReviewDecision), decision}, {t(keyReviewer), who}, {t(keyReviewedOn), rv.ReviewedOn.String()}}
	if s := r.SelfAssessed; s != nil {
		sep := ", "
		if l == i18n.Japanese {
			sep = "、"
		}
		score := func(res *scoring.Result) string {
			return messages.Sprintf(l, keyWithDetail, res.Score.String(), ratingLabel(res.Rating)+sep+passedLabel(res.Passed, l))
		}
		p.Summary = append(p.Summary, pair{t(keySelfScore), score(s)}, pair{t(keyReviewedScore), score(r.Result)})
	}
	self := map[string]assessment.Status{}
	for _, resp := range r.Assessment.Responses {
		if _, ok := self[string(resp.Criterion)]; !ok {
			self[string(resp.Criterion)] = resp.Status
		}
	}
	for _, it := range rv.Items {
		switch it.Decision {
		case review.Overridden:
			p.Overrides = append(p.Overrides, overrideRow{string(it.Criterion), self[string(it.Criterion)].Label().In(l), it.Status.Label().In(l), it.Reason})
		case review.Query:
			p.Queries = append(p.Queries, queryRow{string(it.Criterion), it.Question, it.Due.String()})
		}
	}
	for _, c := range rv.Conditions {
		p.Conditions = append(p.Conditions, queryRow{"", c.Text, c.Due.String()})
	}
	return p
}

// reviewText writes the review's part for the terminal.
func (p *reviewPart) text(line func(string)) {
	line("")
	line(p.Title)
	for _, s := range p.Summary {
		line("  " + s.Label + ": " + s.Value)
	}
	line("")
	line(p.OverridesTitle)
	if len(p.Overrides) == 0 {
		line("  " + p.NoOverride)
	}
	for _, o := range p.Overrides {
		line("  " + o.ID + "  " + o.Self + " → " + o.Reviewed + "  " + o.Reason)
	}
	line("")
	line(p.QueriesTitle)
	if len(p.Queries) == 0 {
		line("  " + p.NoQueries)
	}
	for _, q := range p.Queries {
		line("  " + q.ID + "  " + p.Col.Due + " " + q.Due + "  " + q.Question)
	}
	if len(p.Conditions) > 0 {
		line("")
		line(p.ConditionsTitle)
		for _, c := range p.Conditions {
			line("  " + p.Col.Due + " " + c.Due + "  " + c.Question)
		}
	}
}

// markdown writes the review's part as Markdown, every text escaped.
func (p *reviewPart) markdown(w func(s ...string)) {
	w()
	w("## ", md(p.Title))
	w()
	w("| | |")
	w("|---|---|")
	for _, s := range p.Summary {
		w("| ", md(s.Label), " | ", md(s.Value), " |")
	}
	w()
	w("### ", md(p.OverridesTitle))
	w()
	if len(p.Overrides) == 0 {
		w(md(p.NoOverride))
	} else {
		w("| ", md(p.Col.ID), " | ", md(p.Col.Self), " | ", md(p.Col.Reviewed), " | ", md(p.Col.Reason), " |")
		w("|---|---|---|---|")
		for _, o := range p.Overrides {
			w("| ", md(o.ID), " | ", md(o.Self), " | ", md(o.Reviewed), " | ", md(o.Reason), " |")
		}
	}
	w()
	w("### ", md(p.QueriesTitle))
	w()
	if len(p.Queries) == 0 {
		w(md(p.NoQueries))
	} else {
		w("| ", md(p.Col.ID), " | ", md(p.Col.Due), " | ", md(p.Col.Question), " |")
		w("|---|---|---|")
		for _, q := range p.Queries {
			w("| ", md(q.ID), " | ", md(q.Due), " | ", md(q.Question), " |")
		}
	}
	if len(p.Conditions) > 0 {
		w()
		w("### ", md(p.ConditionsTitle))
		w()
		w("| ", md(p.Col.Due), " | ", md(p.Col.Condition), " |")
		w("|---|---|")
		for _, c := range p.Conditions {
			w("| ", md(c.Due), " | ", md(c.Question), " |")
		}
	}
}
