package review

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems of a review that this package reports, beside the
// codes every reader shares (dendai.CodeWrongType, dendai.CodeUnknownField,
// …) and those of the values it reads (assessment.CodeDateInvalid,
// assessment.CodeStatusInvalid, assessment.CodeDigestInvalid). They are
// stable, for programs to branch on; each has a message in Japanese and
// English.
const (
	// CodeFormat: the document names a format other than Format.
	CodeFormat dendai.Code = "review.format"
	// CodeRequired: a value the review needs is missing or blank.
	CodeRequired dendai.Code = "review.required"
	// CodeDecisionInvalid: the overall decision is not one of the four.
	CodeDecisionInvalid dendai.Code = "review.decision_invalid"
	// CodePolicyName: the policy is not a policy name (letters, digits, '-',
	// '_' and '.', starting with a letter or digit, at most 64 characters),
	// as scoring.Spec.Name is; a path to a file, say.
	CodePolicyName dendai.Code = "review.policy_name"
	// CodeVerdictInvalid: an item's decision is not accepted, query or
	// overridden.
	CodeVerdictInvalid dendai.Code = "review.item_decision_invalid"
	// CodeDigestMismatch: the review is bound to another document than the
	// assessment it is checked against (their digests differ).
	CodeDigestMismatch dendai.Code = "review.digest_mismatch"
	// CodeCatalogMismatch: the review names another catalog, or another
	// version, than the assessment's or the one it is checked against.
	CodeCatalogMismatch dendai.Code = "review.catalog_mismatch"
	// CodeNotSubmitted: the assessment reviewed is a draft.
	CodeNotSubmitted dendai.Code = "review.not_submitted"
	// CodeUnknownCriterion: an item is for a criterion the catalog lacks.
	CodeUnknownCriterion dendai.Code = "review.unknown_criterion"
	// CodeDuplicateItem: a criterion has two items.
	CodeDuplicateItem dendai.Code = "review.duplicate_item"
	// CodeQueryIncomplete: a query lacks its question or its due date.
	CodeQueryIncomplete dendai.Code = "review.query_incomplete"
	// CodeOverrideIncomplete: an override lacks its status or its reason.
	CodeOverrideIncomplete dendai.Code = "review.override_incomplete"
	// CodeOverrideNotAssessed: an override sets a status of not_assessed,
	// which is no answer.
	CodeOverrideNotAssessed dendai.Code = "review.override_not_assessed"
	// CodeFieldNotAllowed: an item has a field of another kind of decision
	// (a question on an override, a status on a query, …).
	CodeFieldNotAllowed dendai.Code = "review.field_not_allowed"
	// CodeConditionsRequired: a conditional approval lists no condition.
	CodeConditionsRequired dendai.Code = "review.conditions_required"
	// CodeConditionsNotAllowed: a review that is not a conditional approval
	// lists conditions.
	CodeConditionsNotAllowed dendai.Code = "review.conditions_not_allowed"
	// CodeApprovedWithQueries: an approved review still has open queries.
	CodeApprovedWithQueries dendai.Code = "review.approved_with_queries"
	// CodeReviewedBeforeAssessed: the review is dated before the assessment.
	CodeReviewedBeforeAssessed dendai.Code = "review.reviewed_before_assessed"
	// CodeDueBeforeReview: a query or condition is due before the review's
	// date.
	CodeDueBeforeReview dendai.Code = "review.due_before_review"
	// CodeDateInFuture: the review is dated after today.
	CodeDateInFuture dendai.Code = "review.date_in_future"
	// CodeDifferentSubject: the assessments a follow-up compares are of two
	// different companies.
	CodeDifferentSubject dendai.Code = "review.different_subject"
	// CodeNewBeforePrevious: the new assessment of a follow-up is not dated
	// after the previous one.
	CodeNewBeforePrevious dendai.Code = "review.new_before_previous"
)

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is this package's message table. It is built once, from constant
// data, and never changed.
var messages = i18n.NewMessages(
	msg(CodeFormat, "format には \"dendai.review/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.review/v1\", not %q"),
	msg(CodeRequired, "%s を入力してください", "%s is required"),
	msg(CodePolicyName, "「%s」は評価方針の名前として使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の名前（uniform、risk-weighted など）を指定してください", "%q is not a policy name: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit, such as uniform or risk-weighted"),
	msg(CodeDecisionInvalid, "「%s」は審査結果として使えません。approved（承認）・conditionally_approved（条件付き承認）・rejected（否認）・pending（保留）のいずれかを指定してください", "%q is not a decision: use approved, conditionally_approved, rejected or pending"),
	msg(CodeVerdictInvalid, "「%s」は項目の判断として使えません。accepted（了承）・query（照会）・overridden（評価変更）のいずれかを指定してください", "%q is not a decision on a criterion: use accepted, query or overridden"),
	msg(CodeDigestMismatch, "この審査は別の自己評価に対するものです。審査対象のダイジェストは %s ですが、照合した自己評価のダイジェストは %s です", "the review is of another assessment: it is bound to digest %s, but the assessment checked has digest %s"),
	msg(CodeCatalogMismatch, "この審査はカタログ %s %s に対するものですが、自己評価のカタログは %s %s です", "the review is against catalog %s %s, but the assessment is against %s %s"),
	msg(CodeNotSubmitted, "審査できるのは提出済みの自己評価だけです。この自己評価は下書きです", "only a submitted assessment can be reviewed; this one is a draft"),
	msg(CodeUnknownCriterion, "カタログ「%s」に基準「%s」はありません", "catalog %q has no criterion %q"),
	msg(CodeDuplicateItem, "基準「%s」への判断が重複しています（最初の判断は %s）", "criterion %q already has a decision at %s"),
	msg(CodeQueryIncomplete, "照会（query）には、質問（question）と回答期限（due）の両方を記入してください", "a query needs a question and a due date"),
	msg(CodeOverrideIncomplete, "評価変更（overridden）には、変更後の評価結果（status）と理由（reason）の両方を記入してください", "an override needs the reviewer's status and a reason"),
	msg(CodeOverrideNotAssessed, "評価変更で「未評価」とすることはできません。適合・一部適合・不適合・該当なしのいずれかを指定してください", "an override cannot set not_assessed: use compliant, partially_compliant, non_compliant or not_applicable"),
	msg(CodeFieldNotAllowed, "判断が「%s」の項目に %s は記入できません", "an item whose decision is %s cannot have %s"),
	msg(CodeConditionsRequired, "条件付き承認（conditionally_approved）には、条件（conditions）を1件以上、期限とともに記入してください", "a conditional approval needs at least one condition, each with a due date"),
	msg(CodeConditionsNotAllowed, "条件（conditions）を記入できるのは条件付き承認（conditionally_approved）の場合だけです（審査結果は %s です）", "conditions belong to a conditional approval only; the decision is %s"),
	msg(CodeApprovedWithQueries, "未回答の照会が%d件あるため承認できません。照会を了承または評価変更に置き換えるか、回答を条件とする条件付き承認、または保留にしてください", "the review cannot be approved with %d open queries: settle each query (accepted or overridden), or make its answer a condition of a conditional approval, or leave the review pending"),
	msg(CodeReviewedBeforeAssessed, "審査日 %s が自己評価の評価日 %s より前になっています", "the review date %s is before the assessment date %s"),
	msg(CodeDueBeforeReview, "期限 %s が審査日 %s より前になっています", "the due date %s is before the review date %s"),
	msg(CodeDateInFuture, "審査日 %s が今日（%s）より後の日付になっています", "the review date %s is later than today (%s)"),
	msg(CodeDifferentSubject, "前回の自己評価（法人番号 %s）と今回の自己評価（法人番号 %s）は別の会社のものです", "the previous assessment (corporate number %s) and the new one (corporate number %s) are of different companies"),
	msg(CodeNewBeforePrevious, "今回の自己評価の評価日 %s が、前回の評価日 %s より後になっていません", "the new assessment's date %s is not after the previous one's (%s)"),
)

// text returns the message of code in both languages, formatted with args.
func text(code dendai.Code, args ...any) i18n.Text {
	return messages.Text(i18n.Key(code), args...)
}
