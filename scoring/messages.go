package scoring

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems of a policy: of a dendai.policy/v1 document
// (ParsePolicy) or of a Spec (NewPolicy). They are stable, for programs to
// branch on. A policy may also have the problems every document reader shares
// (dendai.CodeWrongType, dendai.CodeMissingJA, …).
const (
	// CodeFormat: the document's format is not dendai.policy/v1.
	CodeFormat dendai.Code = "policy.format"
	// CodeInvalidName: the policy's name is not an ID (letters, digits, '-',
	// '_' and '.', starting with a letter or digit, at most 64 characters).
	CodeInvalidName dendai.Code = "policy.invalid_name"
	// CodeInvalidVersion: the policy's version is empty.
	CodeInvalidVersion dendai.Code = "policy.invalid_version"
	// CodeCatalogMismatch: the policy is for another catalog than the one it
	// is loaded for.
	CodeCatalogMismatch dendai.Code = "policy.catalog_mismatch"
	// CodeInvalidNumber: a weight, credit or minimum score is out of its range
	// or has too many decimals.
	CodeInvalidNumber dendai.Code = "policy.invalid_number"
	// CodeWeightsZero: every criterion weighs 0.
	CodeWeightsZero dendai.Code = "policy.weights_zero"
	// CodeDuplicate: a tier is defined twice, or a criterion listed twice.
	CodeDuplicate dendai.Code = "policy.duplicate"
	// CodeInvalidTierID: a tier's ID is not an ID.
	CodeInvalidTierID dendai.Code = "policy.invalid_tier_id"
	// CodeTooManyTiers: the policy has more than 100 tiers.
	CodeTooManyTiers dendai.Code = "policy.too_many_tiers"
	// CodeUnknownCriterion: a criterion the catalog lacks is weighed or gated.
	CodeUnknownCriterion dendai.Code = "policy.unknown_criterion"
	// CodeUnknownTier: a tier the policy does not define is named.
	CodeUnknownTier dendai.Code = "policy.unknown_tier"
	// CodeTierOrWeight: a criterion has both a tier and a weight, or neither.
	CodeTierOrWeight dendai.Code = "policy.tier_or_weight"
	// CodeGateMinimum: a gate's minimum is not compliant,
	// partially_compliant or non_compliant.
	CodeGateMinimum dendai.Code = "policy.gate_minimum"
	// CodeGateTarget: a gate names both a criterion and a tier, or neither.
	CodeGateTarget dendai.Code = "policy.gate_target"
	// CodeRating: a rating is empty or longer than 16 characters.
	CodeRating dendai.Code = "policy.rating"
	// CodeBandOrder: the bands are not listed from the highest minimum score
	// down.
	CodeBandOrder dendai.Code = "policy.band_order"
	// CodeBandFloor: the last band's minimum score is not 0.
	CodeBandFloor dendai.Code = "policy.band_floor"
	// CodeCreditOrder: a status earns more credit than a better one: the
	// credits must not rise as the status falls, compliant ≥
	// partially_compliant ≥ non_compliant ≥ not_assessed.
	CodeCreditOrder dendai.Code = "policy.credit_order"
	// CodeFormatChar: the policy's name, a tier ID or a criterion ID holds an
	// invisible format character (Unicode category Cf), such as a
	// bidirectional control (U+202A–U+202E, U+2066–U+2069) or a zero-width
	// space (U+200B).
	CodeFormatChar dendai.Code = "policy.format_char"
)

// keyUniformForDescription is the description of UniformFor's policies.
const keyUniformForDescription i18n.Key = "policy.uniform_for_description"

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is this package's message table: the problems of a policy and the
// texts the package writes. It is built once, from constant data, and never
// changed.
var messages = i18n.NewMessages(
	msg(CodeFormat, "format には \"dendai.policy/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.policy/v1\", not %q"),
	msg(CodeInvalidName, "評価方針の名前「%s」は使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の文字列にしてください", "the policy name %q is not valid: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit"),
	msg(CodeInvalidVersion, "評価方針のバージョン「%s」は使えません。1.0.0 のように空でない文字列で指定してください", "the policy version %q is not valid: give a non-empty string, such as 1.0.0"),
	msg(CodeCatalogMismatch, "この評価方針はカタログ「%s」用のため、カタログ「%s」には使えません", "this policy is for catalog %q and cannot score catalog %q"),
	msg(CodeInvalidNumber, "「%s」は使えません。0から%sまでの、小数点以下3桁以内の数値を指定してください", "%s is not allowed here: give a number from 0 to %s with at most three decimals"),
	msg(CodeWeightsZero, "すべての重みが0です。少なくとも一つの基準に0より大きい重みを付けてください", "every weight is zero: give at least one criterion a weight above zero"),
	msg(CodeDuplicate, "「%s」が重複しています", "%q appears twice"),
	msg(CodeInvalidTierID, "「%s」はティアのIDとして使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の文字列にしてください", "%q is not a valid tier ID: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit"),
	msg(CodeTooManyTiers, "ティアは%d個までです", "a policy may have at most %d tiers"),
	msg(CodeUnknownCriterion, "カタログ「%s」に基準「%s」はありません", "catalog %q has no criterion %q"),
	msg(CodeUnknownTier, "ティア「%s」は定義されていません", "there is no tier %q"),
	msg(CodeTierOrWeight, "tier と weight のどちらか一方を指定してください", "give either a tier or a weight, not both or neither"),
	msg(CodeGateMinimum, "ゲートの最低基準「%s」は使えません。compliant、partially_compliant、non_compliant のいずれかを指定してください", "a gate's minimum cannot be %q: use compliant, partially_compliant or non_compliant"),
	msg(CodeGateTarget, "ゲートには criterion と tier のどちらか一方を指定してください", "a gate names either a criterion or a tier, not both or neither"),
	msg(CodeRating, "評価ランク「%s」は使えません。1〜16文字で指定してください", "the rating %q is not allowed: use 1 to 16 characters"),
	msg(CodeBandOrder, "評価ランク「%s」の最低スコアが前のランク以上になっています。ランクは最低スコアの高い順に並べてください", "the band %q does not have a lower minimum score than the band before it: list bands from the highest minimum down"),
	msg(CodeCreditOrder, "%s の得点（%s）が %s の得点（%s）を上回っています。評価結果が下がるほど得点が上がらないよう、compliant ≥ partially_compliant ≥ non_compliant ≥ not_assessed としてください", "%s earns more credit (%s) than %s (%s): credit must not rise as the status falls (compliant ≥ partially_compliant ≥ non_compliant ≥ not_assessed)"),
	msg(CodeFormatChar, "「%s」には目に見えない書式制御文字（%s）が含まれています。評価方針の名前及びIDには使えないため、削除してください", "%q holds an invisible format character (%s), which policy names and IDs may not contain: delete it"),
	msg(CodeBandFloor, "最後の評価ランクの最低スコアは0にしてください（すべてのスコアにランクが付くように）", "the last band must have a minimum score of 0, so that every score has a rating"),
	i18n.Message{Key: keyUniformForDescription,
		JA: "すべての基準を同じ重み（1）で評価します。一部適合は重みの半分、不適合と未評価は0とし、該当なしは計算から除きます。必須条件（ゲート）はありません。",
		EN: "Every criterion weighs the same (1). Partially compliant earns half its weight, non-compliant and not assessed earn nothing, and not applicable is left out. There are no gates."},
)
