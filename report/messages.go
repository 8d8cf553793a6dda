package report

import "github.com/dendai-go/dendai/i18n"

// Keys of this package's messages: the headings, labels and sentences of the
// reports, policy descriptions and comparisons it renders. They name messages
// only; no problem of this package carries one as its code.
const (
	keyHeading             i18n.Key = "report.heading"
	keyPolicy              i18n.Key = "report.policy"
	keyAssessedOn          i18n.Key = "report.assessed_on"
	keyGates               i18n.Key = "report.gates"
	keyNoGates             i18n.Key = "report.no_gates"
	keyPass                i18n.Key = "report.pass"
	keyFail                i18n.Key = "report.fail"
	keyGateCriterion       i18n.Key = "report.gate_criterion"
	keyGateTier            i18n.Key = "report.gate_tier"
	keyGateFailing         i18n.Key = "report.gate_failing"
	keyGateNeeds           i18n.Key = "report.gate_needs"
	keyScore               i18n.Key = "report.score"
	keyPassed              i18n.Key = "report.passed"
	keyNotPassed           i18n.Key = "report.not_passed"
	keyCoverage            i18n.Key = "report.coverage"
	keyGroups              i18n.Key = "report.groups"
	keyImprovements        i18n.Key = "report.improvements"
	keyImprovementGate     i18n.Key = "report.improvement_gate"
	keyNoImprovements      i18n.Key = "report.no_improvements"
	keyMore                i18n.Key = "report.more"
	keyTitle               i18n.Key = "report.title"
	keyCorporateNumber     i18n.Key = "report.corporate_number"
	keyRegistration        i18n.Key = "report.registration_number"
	keyAssessor            i18n.Key = "report.assessor"
	keyAssessedOnLabel     i18n.Key = "report.assessed_on_label"
	keyPolicyLabel         i18n.Key = "report.policy_label"
	keyScoreHeading        i18n.Key = "report.score_heading"
	keyRatingLabel         i18n.Key = "report.rating_label"
	keyResultLabel         i18n.Key = "report.result_label"
	keyStatusCounts        i18n.Key = "report.status_counts"
	keyCriteria            i18n.Key = "report.criteria"
	keyColCondition        i18n.Key = "report.col_condition"
	keyColNow              i18n.Key = "report.col_now"
	keyColGroup            i18n.Key = "report.col_group"
	keyColScore            i18n.Key = "report.col_score"
	keyColPoints           i18n.Key = "report.col_points"
	keyColGain             i18n.Key = "report.col_gain"
	keyColStatus           i18n.Key = "report.col_status"
	keyColWeight           i18n.Key = "report.col_weight"
	keyColCount            i18n.Key = "report.col_count"
	keyColNotes            i18n.Key = "report.col_notes"
	keyEvidence            i18n.Key = "report.evidence"
	keyJustification       i18n.Key = "report.justification"
	keyComment             i18n.Key = "report.comment"
	keyRemediation         i18n.Key = "report.remediation"
	keyChart               i18n.Key = "report.chart"
	keyGenerated           i18n.Key = "report.generated"
	keyWithDetail          i18n.Key = "report.with_detail"
	keyListSeparator       i18n.Key = "report.list_separator"
	keyPolicyViewCatalog   i18n.Key = "policy_view.catalog"
	keyPolicyViewCredit    i18n.Key = "policy_view.credit"
	keyPolicyViewNotApplic i18n.Key = "policy_view.not_applicable"
	keyPolicyViewTiers     i18n.Key = "policy_view.tiers"
	keyPolicyViewNoTiers   i18n.Key = "policy_view.no_tiers"
	keyPolicyViewNAPasses  i18n.Key = "policy_view.na_passes"
	keyPolicyViewTier      i18n.Key = "policy_view.tier"
	keyPolicyViewRationale i18n.Key = "policy_view.rationale"
	keyPolicyViewCriteria  i18n.Key = "policy_view.criteria"
	keyDiffHeading         i18n.Key = "diff.heading"
	keyDiffScore           i18n.Key = "diff.score"
	keyDiffRating          i18n.Key = "diff.rating"
	keyDiffPassed          i18n.Key = "diff.passed"
	keyDiffImproved        i18n.Key = "diff.improved"
	keyDiffRegressed       i18n.Key = "diff.regressed"
	keyDiffReclassified    i18n.Key = "diff.reclassified"
	keyDiffUnchanged       i18n.Key = "diff.unchanged"
	keyDiffGates           i18n.Key = "diff.gates"
	keyToDo                i18n.Key = "report.todo"
	keyNothingToDo         i18n.Key = "report.nothing_to_do"
	keyToAnswer            i18n.Key = "report.to_answer"
	keyToComplete          i18n.Key = "report.to_complete"
	keyToReview            i18n.Key = "report.to_review"
	keyAnswersFrom         i18n.Key = "report.answers_from"
	keyAnsweredFrom        i18n.Key = "report.answered_from"
	keyNeedsReview         i18n.Key = "report.needs_review"
	keySourcesLegend       i18n.Key = "report.sources_legend"
	keyRelEquivalent       i18n.Key = "report.relationship.equivalent"
	keyRelSubset           i18n.Key = "report.relationship.subset"
	keyRelSuperset         i18n.Key = "report.relationship.superset"
	keyRelIntersects       i18n.Key = "report.relationship.intersects"
	keyRelNone             i18n.Key = "report.relationship.none"
	keyCatalogID           i18n.Key = "label.catalog_id"
	keyID                  i18n.Key = "label.id"
	keyCriterion           i18n.Key = "label.criterion"

	// Keys of the HTML report's identity block, banner and chart.
	keyCompanyJA      i18n.Key = "report.company_ja"
	keyCompanyEN      i18n.Key = "report.company_en"
	keyNotRegistered  i18n.Key = "report.not_registered"
	keyEmail          i18n.Key = "report.email"
	keyStateLabel     i18n.Key = "report.state_label"
	keyCatalogLabel   i18n.Key = "report.catalog_label"
	keyDendaiVersion  i18n.Key = "report.dendai_version"
	keyIdentity       i18n.Key = "report.identity"
	keyHeadingNoName  i18n.Key = "report.heading_no_name"
	keyBannerDraft    i18n.Key = "report.banner_draft"
	keyBannerInvalid  i18n.Key = "report.banner_invalid"
	keyBannerNotFinal i18n.Key = "report.banner_not_final"
	keyMoreProblems   i18n.Key = "report.more_problems"
	keyNoScore        i18n.Key = "report.no_score"
	keyNote           i18n.Key = "report.note"
	keyScoreOutOf     i18n.Key = "report.score_out_of"
	keyPageOf         i18n.Key = "report.page_of"
	keyDiffOld        i18n.Key = "diff.old"
	keyDiffNew        i18n.Key = "diff.new"
	keySubjectNumbers i18n.Key = "report.subject_numbers"
)

// keyCoverageOne is keyCoverage for a catalog of one criterion: English needs
// it, the Japanese is the same text.
const keyCoverageOne i18n.Key = "report.coverage.one"

// messages is this package's message table. It is built once, from constant
// data, and never changed.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyHeading, JA: "%sの自己評価（%s）", EN: "Self-assessment of %s (%s)"},
	i18n.Message{Key: keyPolicy, JA: "評価方針: %s（%s %s）", EN: "Policy: %s (%s %s)"},
	i18n.Message{Key: keyAssessedOn, JA: "評価日: %s（%s）", EN: "Assessed on %s (%s)"},
	i18n.Message{Key: keyGates, JA: "必須条件（ゲート）", EN: "Gates"},
	i18n.Message{Key: keyNoGates, JA: "この評価方針に必須条件はありません", EN: "this policy has no gates"},
	i18n.Message{Key: keyPass, JA: "合格", EN: "PASS"},
	i18n.Message{Key: keyFail, JA: "不合格", EN: "FAIL"},
	i18n.Message{Key: keyGateCriterion, JA: "%s以上が必要（現在: %s）", EN: "needs %s or better (now %s)"},
	i18n.Message{Key: keyGateTier, JA: "ティア「%s」のすべての項目に%s以上が必要", EN: "every %s criterion needs %s or better"},
	i18n.Message{Key: keyGateFailing, JA: "未達: %s", EN: "failing: %s"},
	i18n.Message{Key: keyGateNeeds, JA: "%s以上が必要", EN: "needs %s or better"},
	i18n.Message{Key: keyScore, JA: "スコア %s / 100　評価ランク %s　判定 %s", EN: "Score %s / 100  Rating %s  Result %s"},
	i18n.Message{Key: keyPassed, JA: "合格", EN: "passed"},
	i18n.Message{Key: keyNotPassed, JA: "不合格", EN: "failed"},
	i18n.Message{Key: keyCoverage, JA: "回答状況: 全%[2]d項目中%[1]d項目に回答（該当なし%[3]d項目、未評価%[4]d項目）", EN: "Coverage: %d of %d criteria answered (%d not applicable, %d not assessed)"},
	i18n.Message{Key: keyCoverageOne, JA: "回答状況: 全%[2]d項目中%[1]d項目に回答（該当なし%[3]d項目、未評価%[4]d項目）", EN: "Coverage: %d of %d criterion answered (%d not applicable, %d not assessed)"},
	i18n.Message{Key: keyGroups, JA: "グループ別スコア", EN: "Scores by group"},
	i18n.Message{Key: keyImprovements, JA: "改善による効果の大きい項目", EN: "Top improvements"},
	i18n.Message{Key: keyImprovementGate, JA: "（ゲート未達）", EN: " (fails a gate)"},
	i18n.Message{Key: keyNoImprovements, JA: "改善の余地のある項目はありません", EN: "nothing left to improve"},
	i18n.Message{Key: keyMore, JA: "ほか%d項目", EN: "and %d more"},
	i18n.Message{Key: keyTitle, JA: "自己評価レポート", EN: "Self-assessment report"},
	i18n.Message{Key: keyCorporateNumber, JA: "法人番号", EN: "Corporate number"},
	i18n.Message{Key: keyRegistration, JA: "登録番号", EN: "Registration number"},
	i18n.Message{Key: keyAssessor, JA: "評価者", EN: "Assessor"},
	i18n.Message{Key: keyAssessedOnLabel, JA: "評価日", EN: "Assessed on"},
	i18n.Message{Key: keyPolicyLabel, JA: "評価方針", EN: "Policy"},
	i18n.Message{Key: keyScoreHeading, JA: "スコア", EN: "Score"},
	i18n.Message{Key: keyRatingLabel, JA: "評価ランク", EN: "Rating"},
	i18n.Message{Key: keyResultLabel, JA: "判定", EN: "Result"},
	i18n.Message{Key: keyStatusCounts, JA: "評価結果の内訳", EN: "Answers by status"},
	i18n.Message{Key: keyCriteria, JA: "基準ごとの評価", EN: "Criteria"},
	i18n.Message{Key: keyColCondition, JA: "条件", EN: "Condition"},
	i18n.Message{Key: keyColNow, JA: "現在", EN: "Now"},
	i18n.Message{Key: keyColGroup, JA: "グループ", EN: "Group"},
	i18n.Message{Key: keyColScore, JA: "スコア", EN: "Score"},
	i18n.Message{Key: keyColPoints, JA: "得点／満点", EN: "Points"},
	i18n.Message{Key: keyColGain, JA: "上昇幅", EN: "Gain"},
	i18n.Message{Key: keyColStatus, JA: "評価結果", EN: "Status"},
	i18n.Message{Key: keyColWeight, JA: "重み", EN: "Weight"},
	i18n.Message{Key: keyColCount, JA: "件数", EN: "Count"},
	i18n.Message{Key: keyColNotes, JA: "根拠・補足", EN: "Notes"},
	i18n.Message{Key: keyEvidence, JA: "根拠資料", EN: "Evidence"},
	i18n.Message{Key: keyJustification, JA: "該当なしの理由", EN: "Why not applicable"},
	i18n.Message{Key: keyComment, JA: "コメント", EN: "Comment"},
	i18n.Message{Key: keyRemediation, JA: "改善計画", EN: "Remediation"},
	i18n.Message{Key: keyChart, JA: "グループ別スコアのレーダーチャート（0〜100）", EN: "Radar chart of the group scores (0 to 100)"},
	i18n.Message{Key: keyGenerated, JA: "dendai で作成", EN: "Made with dendai"},
	i18n.Message{Key: keyWithDetail, JA: "%s（%s）", EN: "%s (%s)"},
	i18n.Message{Key: keyListSeparator, JA: "、", EN: ", "},
	i18n.Message{Key: keyPolicyViewCatalog, JA: "対象カタログ: %s %s", EN: "Catalog: %s %s"},
	i18n.Message{Key: keyPolicyViewCredit, JA: "得点率", EN: "Credit"},
	i18n.Message{Key: keyPolicyViewNotApplic, JA: "該当なしは計算から除外", EN: "not applicable is left out"},
	i18n.Message{Key: keyPolicyViewTiers, JA: "ティアと重み", EN: "Tiers and weights"},
	i18n.Message{Key: keyPolicyViewNoTiers, JA: "ティアはありません（記載のない基準の重み: %s）", EN: "no tiers (criteria not listed weigh %s)"},
	i18n.Message{Key: keyPolicyViewNAPasses, JA: "（該当なしは合格）", EN: " (not applicable passes)"},
	i18n.Message{Key: keyPolicyViewTier, JA: "ティア", EN: "Tier"},
	i18n.Message{Key: keyPolicyViewRationale, JA: "根拠", EN: "Rationale"},
	i18n.Message{Key: keyPolicyViewCriteria, JA: "基準ごとの重み", EN: "Weights by criterion"},
	i18n.Message{Key: keyDiffHeading, JA: "前回と今回の比較（%s、評価方針 %s）", EN: "Changes since the previous assessment (%s, policy %s)"},
	i18n.Message{Key: keyDiffScore, JA: "スコア: %s → %s（%s）", EN: "Score: %s → %s (%s)"},
	i18n.Message{Key: keyDiffRating, JA: "評価ランク: %s → %s", EN: "Rating: %s → %s"},
	i18n.Message{Key: keyDiffPassed, JA: "判定: %s → %s", EN: "Result: %s → %s"},
	i18n.Message{Key: keyDiffImproved, JA: "改善した項目（%d）", EN: "Improved (%d)"},
	i18n.Message{Key: keyDiffRegressed, JA: "悪化した項目（%d）", EN: "Regressed (%d)"},
	i18n.Message{Key: keyDiffReclassified, JA: "該当なしとの間で変わった項目（%d）", EN: "Moved to or from not applicable (%d)"},
	i18n.Message{Key: keyDiffUnchanged, JA: "変化のない項目: %d", EN: "Unchanged: %d"},
	i18n.Message{Key: keyDiffGates, JA: "判定が変わったゲート", EN: "Gates whose outcome changed"},
	i18n.Message{Key: keyToDo, JA: "残る作業", EN: "Still to do"},
	i18n.Message{Key: keyNothingToDo, JA: "ありません。すべての基準に回答があります", EN: "nothing: every criterion has a full answer"},
	i18n.Message{Key: keyToAnswer, JA: "回答が必要（%d項目）: 引き継げる回答がない基準", EN: "To answer (%d): no answer carries over to these"},
	i18n.Message{Key: keyToComplete, JA: "回答の補完が必要（%d項目）: 引き継いだ回答が一部にしか当たらない基準", EN: "To complete (%d): the answers carried over cover only part of these"},
	i18n.Message{Key: keyToReview, JA: "見直しが必要（%d項目）: 確認の印が付いた回答", EN: "To review (%d): answers flagged for review"},
	i18n.Message{Key: keyAnswersFrom, JA: "回答の出典", EN: "Where the answers came from"},
	i18n.Message{Key: keyAnsweredFrom, JA: "回答の出典", EN: "Answered from"},
	i18n.Message{Key: keyNeedsReview, JA: "要確認", EN: "Needs review"},
	i18n.Message{Key: keySourcesLegend, JA: "引き継いだ回答には、元の基準、この基準との関係（同等: 同じことを求める、部分的: 求める範囲が狭い、包含: 求める範囲が広い、一部重複: 一部が重なる）、元の回答を示します", EN: "Each answer carried over shows the criteria it came from, how they relate to this one (equivalent: they ask the same; subset: they ask less; superset: they ask more; intersects: they overlap) and their answers"},
	i18n.Message{Key: keyRelEquivalent, JA: "同等", EN: "equivalent"},
	i18n.Message{Key: keyRelSubset, JA: "部分的", EN: "subset"},
	i18n.Message{Key: keyRelSuperset, JA: "包含", EN: "superset"},
	i18n.Message{Key: keyRelIntersects, JA: "一部重複", EN: "intersects"},
	i18n.Message{Key: keyRelNone, JA: "関係なし", EN: "no relationship"},
	i18n.Message{Key: keyCatalogID, JA: "カタログID", EN: "Catalog ID"},
	i18n.Message{Key: keyID, JA: "ID", EN: "ID"},
	i18n.Message{Key: keyCriterion, JA: "基準", EN: "Criterion"},
	i18n.Message{Key: keyCompanyJA, JA: "会社名（日本語）", EN: "Company name (Japanese)"},
	i18n.Message{Key: keyCompanyEN, JA: "会社名（英語）", EN: "Company name (English)"},
	i18n.Message{Key: keyNotRegistered, JA: "未登録", EN: "not registered"},
	i18n.Message{Key: keyEmail, JA: "評価者の連絡先", EN: "Assessor's e-mail"},
	i18n.Message{Key: keyStateLabel, JA: "状態", EN: "State"},
	i18n.Message{Key: keyCatalogLabel, JA: "基準カタログ", EN: "Catalog"},
	i18n.Message{Key: keyDendaiVersion, JA: "dendai のバージョン", EN: "dendai version"},
	i18n.Message{Key: keyIdentity, JA: "評価の対象と評価者", EN: "Subject and assessor"},
	i18n.Message{Key: keyHeadingNoName, JA: "自己評価レポート（%s）", EN: "Self-assessment report (%s)"},
	i18n.Message{Key: keyBannerDraft, JA: "下書きです（状態: %s）。提出された評価ではありません", EN: "Draft (state: %s): this assessment has not been submitted"},
	i18n.Message{Key: keyBannerInvalid, JA: "この評価には問題があります（%d件）", EN: "This assessment does not pass validation (problems: %d)"},
	i18n.Message{Key: keyBannerNotFinal, JA: "このレポートは確定したものではありません。銀行への提出には使えません", EN: "This report is not final and cannot be filed with a bank"},
	i18n.Message{Key: keyMoreProblems, JA: "ほか%d件", EN: "and %d more"},
	i18n.Message{Key: keyNoScore, JA: "採点対象なし", EN: "no score"},
	i18n.Message{Key: keyNote, JA: "注記", EN: "Note"},
	i18n.Message{Key: keyScoreOutOf, JA: "100点満点", EN: "out of 100"},
	i18n.Message{Key: keyPageOf, JA: "ページ", EN: "Page"},
	i18n.Message{Key: keyDiffOld, JA: "前回: %s（法人番号 %s、評価日 %s、%s）", EN: "Previous: %s (corporate number %s, assessed on %s, %s)"},
	i18n.Message{Key: keyDiffNew, JA: "今回: %s（法人番号 %s、評価日 %s、%s）", EN: "Current: %s (corporate number %s, assessed on %s, %s)"},
	i18n.Message{Key: keySubjectNumbers, JA: "法人番号: %s　登録番号: %s", EN: "Corporate number: %s · Registration number: %s"},
)

// coverageKey returns the coverage message for a catalog of total criteria,
// agreeing with it in English.
func coverageKey(total int) i18n.Key {
	if total == 1 {
		return keyCoverageOne
	}
	return keyCoverage
}
