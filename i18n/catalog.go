package i18n

// This file is the message catalog: every string dendai shows a person, in
// Japanese and English. A test checks that every key has both texts with the same
// formatting verbs, and that every Key constant is listed here.

// Keys of the problems found while reading any JSON document.
const (
	JSONInvalidUTF8    Key = "json.invalid_utf8"
	JSONEmpty          Key = "json.empty"
	JSONTrailingData   Key = "json.trailing_data"
	JSONUnexpectedEnd  Key = "json.unexpected_end"
	JSONUnexpectedChar Key = "json.unexpected_char"
	JSONTooDeep        Key = "json.too_deep"
	JSONDuplicateKey   Key = "json.duplicate_key"
	JSONControlChar    Key = "json.control_char"
	JSONInvalidEscape  Key = "json.invalid_escape"
	JSONWrongType      Key = "json.wrong_type"
	JSONUnknownField   Key = "json.unknown_field"
	JSONMissingField   Key = "json.missing_field"
	JSONKindNull       Key = "json.kind.null"
	JSONKindBool       Key = "json.kind.boolean"
	JSONKindNumber     Key = "json.kind.number"
	JSONKindString     Key = "json.kind.string"
	JSONKindArray      Key = "json.kind.array"
	JSONKindObject     Key = "json.kind.object"
	JSONKindInvalid    Key = "json.kind.invalid"
	MissingJapanese    Key = "text.missing_ja"
	MissingEnglish     Key = "text.missing_en"
	InputTooLarge      Key = "input.too_large"
	LocationLineColumn Key = "location.line_column"
	LocationDetail     Key = "location.detail"
	LocationID         Key = "location.id"
	LocationSeparator  Key = "location.separator"
)

// Keys of the problems of a catalog document.
const (
	CatalogFormat         Key = "catalog.format"
	CatalogInvalidID      Key = "catalog.invalid_id"
	CatalogDuplicateID    Key = "catalog.duplicate_id"
	CatalogEmptyGroup     Key = "catalog.empty_group"
	CatalogMixedGroup     Key = "catalog.mixed_group"
	CatalogNoGroups       Key = "catalog.no_groups"
	CatalogInvalidVersion Key = "catalog.invalid_version"
	CatalogDuplicateRef   Key = "catalog.duplicate_reference"
	CatalogProblems       Key = "catalog.problems"
)

// Keys of the values an assessment holds.
const (
	StatusCompliant           Key = "status.compliant"
	StatusPartiallyCompliant  Key = "status.partially_compliant"
	StatusNonCompliant        Key = "status.non_compliant"
	StatusNotApplicable       Key = "status.not_applicable"
	StatusNotAssessed         Key = "status.not_assessed"
	StatusInvalid             Key = "status.invalid"
	DateInvalid               Key = "date.invalid"
	ValueInvalid              Key = "value.invalid"
	CorporateNumberLength     Key = "corporate_number.length"
	CorporateNumberDigits     Key = "corporate_number.digits"
	CorporateNumberCheckDigit Key = "corporate_number.check_digit"
	RegistrationNumberInvalid Key = "registration_number.invalid"
	RegistrationNumberBureau  Key = "registration_number.bureau"
	RegistrationNumberNumber  Key = "registration_number.number"
)

// Keys of the problems of an assessment.
const (
	AssessmentFormat                Key = "assessment.format"
	AssessmentCatalogMismatch       Key = "assessment.catalog_mismatch"
	AssessmentVersionMismatch       Key = "assessment.version_mismatch"
	AssessmentUnknownCriterion      Key = "assessment.unknown_criterion"
	AssessmentDuplicateResponse     Key = "assessment.duplicate_response"
	AssessmentMissingResponse       Key = "assessment.missing_response"
	AssessmentNotAssessed           Key = "assessment.not_assessed"
	AssessmentJustificationRequired Key = "assessment.justification_required"
	AssessmentRemediationRequired   Key = "assessment.remediation_required"
	AssessmentDueBeforeAssessment   Key = "assessment.due_before_assessment"
	AssessmentDateInFuture          Key = "assessment.date_in_future"
	TooManyProblems                 Key = "problems.too_many"
)

// Keys of the problems of a scoring policy document.
const (
	PolicyFormat                Key = "policy.format"
	PolicyCatalogMismatch       Key = "policy.catalog_mismatch"
	PolicyInvalidNumber         Key = "policy.invalid_number"
	PolicyWeightsZero           Key = "policy.weights_zero"
	PolicyDuplicate             Key = "policy.duplicate"
	PolicyTooManyTiers          Key = "policy.too_many_tiers"
	PolicyUnknownCriterion      Key = "policy.unknown_criterion"
	PolicyUnknownTier           Key = "policy.unknown_tier"
	PolicyTierOrWeight          Key = "policy.tier_or_weight"
	PolicyGateMinimum           Key = "policy.gate_minimum"
	PolicyGateTarget            Key = "policy.gate_target"
	PolicyRating                Key = "policy.rating"
	PolicyBandOrder             Key = "policy.band_order"
	PolicyBandFloor             Key = "policy.band_floor"
	PolicyProblems              Key = "policy.problems"
	PolicyUniformForDescription Key = "policy.uniform_for_description"
)

// Keys of the field rules checked with validator/v10, one per tag.
const (
	ValidationRequired    Key = "validation.required"
	ValidationNonBlank    Key = "validation.nonblank"
	ValidationMaxLength   Key = "validation.max_length"
	ValidationMaxItems    Key = "validation.max_items"
	ValidationEmail       Key = "validation.email"
	ValidationOneOf       Key = "validation.oneof"
	ValidationID          Key = "validation.dendai_id"
	ValidationEvidenceRef Key = "validation.evidence_ref"
	ValidationNameText    Key = "validation.name_text"
	ValidationFailed      Key = "validation.failed"
)

// Keys of the reports of a score and of a comparison.
const (
	StateDraft            Key = "state.draft"
	StateSubmitted        Key = "state.submitted"
	ReportHeading         Key = "report.heading"
	ReportPolicy          Key = "report.policy"
	ReportAssessedOn      Key = "report.assessed_on"
	ReportGates           Key = "report.gates"
	ReportNoGates         Key = "report.no_gates"
	ReportPass            Key = "report.pass"
	ReportFail            Key = "report.fail"
	ReportGateCriterion   Key = "report.gate_criterion"
	ReportGateTier        Key = "report.gate_tier"
	ReportGateFailing     Key = "report.gate_failing"
	ReportGateNeeds       Key = "report.gate_needs"
	ReportScore           Key = "report.score"
	ReportPassed          Key = "report.passed"
	ReportNotPassed       Key = "report.not_passed"
	ReportCoverage        Key = "report.coverage"
	ReportGroups          Key = "report.groups"
	ReportImprovements    Key = "report.improvements"
	ReportImprovementGate Key = "report.improvement_gate"
	ReportNoImprovements  Key = "report.no_improvements"
	ReportMore            Key = "report.more"
	ReportTitle           Key = "report.title"
	ReportSummary         Key = "report.summary"
	ReportCorporateNumber Key = "report.corporate_number"
	ReportRegistration    Key = "report.registration_number"
	ReportAssessor        Key = "report.assessor"
	ReportAssessedOnLabel Key = "report.assessed_on_label"
	ReportPolicyLabel     Key = "report.policy_label"
	ReportScoreHeading    Key = "report.score_heading"
	ReportRatingLabel     Key = "report.rating_label"
	ReportResultLabel     Key = "report.result_label"
	ReportStatusCounts    Key = "report.status_counts"
	ReportCriteria        Key = "report.criteria"
	ReportColCondition    Key = "report.col_condition"
	ReportColNow          Key = "report.col_now"
	ReportColGroup        Key = "report.col_group"
	ReportColScore        Key = "report.col_score"
	ReportColPoints       Key = "report.col_points"
	ReportColGain         Key = "report.col_gain"
	ReportColStatus       Key = "report.col_status"
	ReportColWeight       Key = "report.col_weight"
	ReportColCount        Key = "report.col_count"
	ReportColNotes        Key = "report.col_notes"
	ReportEvidence        Key = "report.evidence"
	ReportJustification   Key = "report.justification"
	ReportComment         Key = "report.comment"
	ReportRemediation     Key = "report.remediation"
	ReportChart           Key = "report.chart"
	ReportGenerated       Key = "report.generated"
	ReportWithDetail      Key = "report.with_detail"
	ReportListSeparator   Key = "report.list_separator"
	PolicyViewCatalog     Key = "policy_view.catalog"
	PolicyViewCredit      Key = "policy_view.credit"
	PolicyViewNotApplic   Key = "policy_view.not_applicable"
	PolicyViewTiers       Key = "policy_view.tiers"
	PolicyViewNoTiers     Key = "policy_view.no_tiers"
	PolicyViewNAPasses    Key = "policy_view.na_passes"
	PolicyViewTier        Key = "policy_view.tier"
	PolicyViewRationale   Key = "policy_view.rationale"
	PolicyViewCriteria    Key = "policy_view.criteria"
	DiffHeading           Key = "diff.heading"
	DiffScore             Key = "diff.score"
	DiffRating            Key = "diff.rating"
	DiffPassed            Key = "diff.passed"
	DiffImproved          Key = "diff.improved"
	DiffRegressed         Key = "diff.regressed"
	DiffReclassified      Key = "diff.reclassified"
	DiffUnchanged         Key = "diff.unchanged"
	DiffGates             Key = "diff.gates"
)

// Keys of the labels used when a catalog is shown to a person.
const (
	LabelPublisher  Key = "label.publisher"
	LabelLegalBasis Key = "label.legal_basis"
	LabelSource     Key = "label.source"
	LabelVersion    Key = "label.version"
	LabelCatalogID  Key = "label.catalog_id"
	LabelID         Key = "label.id"
	LabelCriterion  Key = "label.criterion"
	LabelNote       Key = "label.note"
	LabelStandard   Key = "label.standard"
	LabelCounts     Key = "label.counts"
)

// Keys of the command-line tool's messages.
const (
	CLIUsage           Key = "cli.usage"
	CLIUnknownCommand  Key = "cli.unknown_command"
	CLIUnknownFlag     Key = "cli.unknown_flag"
	CLIFlagNeedsValue  Key = "cli.flag_needs_value"
	CLIFlagBadValue    Key = "cli.flag_bad_value"
	CLIExtraArgument   Key = "cli.extra_argument"
	CLIMissingArgument Key = "cli.missing_argument"
	CLIFileNotFound    Key = "cli.file_not_found"
	CLIFilePermission  Key = "cli.file_permission"
	CLIFileUnreadable  Key = "cli.file_unreadable"
	CLIUnknownCatalog  Key = "cli.unknown_catalog"
	CLIHint            Key = "cli.hint"
	CLIValid           Key = "cli.valid"
	CLIProblems        Key = "cli.problems"
	CLIAssessmentFile  Key = "cli.assessment_file"
	CLITwoAssessments  Key = "cli.two_assessments"
	CLIFlagNoValue     Key = "cli.flag_no_value"
	CLIUnknownPolicy   Key = "cli.unknown_policy"
	CLIBelowMinScore   Key = "cli.below_min_score"
	CLINotPassed       Key = "cli.not_passed"
	CLINotComparable   Key = "cli.not_comparable"
	CLIExportFailed    Key = "cli.export_failed"
)

// Keys of the CSV template: the labels of the spreadsheet form of an
// assessment, and the problems found while reading one.
const (
	CSVTitle                   Key = "csv.title"
	CSVInstructions            Key = "csv.instructions"
	CSVFieldInstructions       Key = "csv.field.instructions"
	CSVFieldCatalog            Key = "csv.field.catalog"
	CSVFieldCatalogVersion     Key = "csv.field.catalog_version"
	CSVFieldState              Key = "csv.field.state"
	CSVFieldAssessedOn         Key = "csv.field.assessed_on"
	CSVFieldNameJA             Key = "csv.field.name_ja"
	CSVFieldNameEN             Key = "csv.field.name_en"
	CSVFieldCorporateNumber    Key = "csv.field.corporate_number"
	CSVFieldRegistrationNumber Key = "csv.field.registration_number"
	CSVFieldAssessorName       Key = "csv.field.assessor_name"
	CSVFieldOrganization       Key = "csv.field.organization"
	CSVFieldEmail              Key = "csv.field.email"
	CSVColumnCategory          Key = "csv.column.category"
	CSVColumnText              Key = "csv.column.text"
	CSVColumnStatus            Key = "csv.column.status"
	CSVColumnJustification     Key = "csv.column.justification"
	CSVColumnEvidence          Key = "csv.column.evidence"
	CSVColumnComment           Key = "csv.column.comment"
	CSVColumnAction            Key = "csv.column.action"
	CSVColumnOwner             Key = "csv.column.owner"
	CSVColumnDue               Key = "csv.column.due"
	CSVFormat                  Key = "csv.format"
	CSVBareQuote               Key = "csv.bare_quote"
	CSVQuote                   Key = "csv.quote"
	CSVInvalidBytes            Key = "csv.invalid_bytes"
	CSVUnknownField            Key = "csv.unknown_field"
	CSVDuplicateField          Key = "csv.duplicate_field"
	CSVMissingField            Key = "csv.missing_field"
	CSVMissingTable            Key = "csv.missing_table"
	CSVColumnHeading           Key = "csv.column_heading"
	CSVExtraCell               Key = "csv.extra_cell"
	CSVMissingCriterion        Key = "csv.missing_criterion"
	CSVUnknownCriterion        Key = "csv.unknown_criterion"
	CSVDuplicateRow            Key = "csv.duplicate_row"
	CSVUnrepresentable         Key = "csv.unrepresentable"
	CSVInvalidUTF8             Key = "csv.invalid_utf8"
)

type entry struct {
	key    Key
	ja, en string
}

var entries = [...]entry{
	{JSONInvalidUTF8, "UTF-8として正しくないバイト列が含まれています", "the document is not valid UTF-8"},
	{JSONEmpty, "文書が空です", "the document is empty"},
	{JSONTrailingData, "JSONの値の後に余分なデータがあります", "unexpected data after the end of the JSON value"},
	{JSONUnexpectedEnd, "文書が途中で終わっています", "the document ends unexpectedly"},
	{JSONUnexpectedChar, "ここに文字 %s は置けません", "unexpected character %s"},
	{JSONTooDeep, "配列とオブジェクトの入れ子が%d階層を超えています", "arrays and objects are nested more than %d levels deep"},
	{JSONDuplicateKey, "同じオブジェクトの中でキー「%s」が重複しています", "the key %q appears twice in the same object"},
	{JSONControlChar, "文字列の中の制御文字はエスケープする必要があります", "control characters inside a string must be escaped"},
	{JSONInvalidEscape, "不正なエスケープシーケンスです", "invalid escape sequence"},
	{JSONWrongType, "%sを指定してください（%sが指定されています）", "expected %s, found %s"},
	{JSONUnknownField, "「%s」というフィールドはありません", "unknown field %q"},
	{JSONMissingField, "必須のフィールド「%s」がありません", "the required field %q is missing"},
	{JSONKindNull, "null", "null"},
	{JSONKindBool, "真偽値", "a boolean"},
	{JSONKindNumber, "数値", "a number"},
	{JSONKindString, "文字列", "a string"},
	{JSONKindArray, "配列", "an array"},
	{JSONKindObject, "オブジェクト", "an object"},
	{JSONKindInvalid, "不正な値", "an invalid value"},
	{MissingJapanese, "日本語のテキストがありません", "the Japanese text is missing"},
	{MissingEnglish, "英語のテキストがありません", "the English text is missing"},
	{InputTooLarge, "入力がサイズの上限（%dバイト）を超えています", "the input is larger than the limit of %d bytes"},
	{LocationLineColumn, "%d行目、%d列目", "line %d, column %d"},
	{LocationDetail, "（%s）", " (%s)"},
	{LocationSeparator, "、", "; "},
	{LocationID, "ID %s", "ID %s"},

	{CatalogFormat, "format には \"dendai.catalog/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.catalog/v1\", not %q"},
	{CatalogInvalidID, "「%s」はIDとして使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の文字列にしてください", "%q is not a valid ID: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit"},
	{CatalogDuplicateID, "ID「%s」は %s で既に使われています", "the ID %q is already used at %s"},
	{CatalogEmptyGroup, "グループ「%s」に基準もサブグループもありません", "the group %q has neither criteria nor subgroups"},
	{CatalogMixedGroup, "グループ「%s」に基準とサブグループが混在しています。基準はサブグループを持たないグループに置いてください", "the group %q has both criteria and subgroups; put criteria only in groups without subgroups"},
	{CatalogNoGroups, "カタログにグループが一つもありません", "the catalog has no groups"},
	{CatalogInvalidVersion, "バージョン「%s」は使えません。1.0.0 のように空白を含まない文字列で指定してください", "the version %q is not valid: give a string without spaces, such as 1.0.0"},
	{CatalogDuplicateRef, "「%s」が重複して記載されています", "%q is listed twice"},
	{CatalogProblems, "カタログに%d件の問題があります", "the catalog has %d problem(s)"},

	{StatusCompliant, "適合", "Compliant"},
	{StatusPartiallyCompliant, "一部適合", "Partially compliant"},
	{StatusNonCompliant, "不適合", "Non-compliant"},
	{StatusNotApplicable, "該当なし", "Not applicable"},
	{StatusNotAssessed, "未評価", "Not assessed"},
	{StatusInvalid, "「%s」は評価結果として使えません。適合・一部適合・不適合・該当なし・未評価（○・△・×・－ も可）のいずれかを指定してください", "%q is not a status: use compliant, partially_compliant, non_compliant, not_applicable or not_assessed (or the marks ○, △, ×, －)"},
	{DateInvalid, "「%s」は日付として正しくありません。2026-11-01 のように、実在する日付を YYYY-MM-DD 形式で指定してください", "%q is not a valid date: give a date that exists, written YYYY-MM-DD, such as 2026-11-01"},
	{ValueInvalid, "「%s」は正しい値ではありません", "%q is not a valid value"},
	{CorporateNumberLength, "法人番号は13桁です（「%s」は%d桁です）", "a corporate number has 13 digits; %q has %d"},
	{CorporateNumberDigits, "法人番号「%s」に数字以外の文字が含まれています", "the corporate number %q contains characters other than digits"},
	{CorporateNumberCheckDigit, "法人番号「%s」のチェックデジット（先頭の桁）が正しくありません", "the check digit (the first digit) of the corporate number %q is wrong"},
	{RegistrationNumberInvalid, "「%s」は電子決済等代行業者の登録番号として正しくありません。関東財務局長（電代）第12号 のように指定してください", "%q is not an EPISP registration number: write it as 関東財務局長（電代）第12号"},
	{RegistrationNumberBureau, "「%s」は電子決済等代行業者を登録する財務局等ではありません", "%q is not a bureau that registers EPISPs"},
	{RegistrationNumberNumber, "登録番号「%s」の番号は1以上999999999以下の整数にしてください", "the number of registration %q must be a whole number from 1 to 999999999"},

	{AssessmentFormat, "format には \"dendai.assessment/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.assessment/v1\", not %q"},
	{AssessmentCatalogMismatch, "この自己評価はカタログ「%s」に対するものですが、カタログ「%s」で検証しようとしています", "the assessment is against catalog %q, but it is being checked against %q"},
	{AssessmentVersionMismatch, "この自己評価はカタログのバージョン %s に対するものですが、使用しているカタログはバージョン %s です", "the assessment is against version %s of the catalog, but the catalog is version %s"},
	{AssessmentUnknownCriterion, "カタログ「%s」に基準「%s」はありません", "catalog %q has no criterion %q"},
	{AssessmentDuplicateResponse, "基準「%s」への回答が重複しています（最初の回答は %s）", "criterion %q is already answered at %s"},
	{AssessmentMissingResponse, "基準「%s」への回答がありません。提出する自己評価では、すべての基準に回答してください", "criterion %q has no response; a submitted assessment must answer every criterion"},
	{AssessmentNotAssessed, "提出する自己評価に「未評価」の基準を残すことはできません", "a submitted assessment cannot leave a criterion not assessed"},
	{AssessmentJustificationRequired, "「該当なし」とする場合は、その理由（justification）を記入してください", "a not_applicable response needs a justification"},
	{AssessmentRemediationRequired, "「一部適合」または「不適合」とする場合は、対応内容と期限を記した改善計画（remediation）を記入してください", "a partially_compliant or non_compliant response needs a remediation plan with an action and a due date"},
	{AssessmentDueBeforeAssessment, "改善の期限 %s が評価日 %s より前になっています", "the due date %s is before the assessment date %s"},
	{AssessmentDateInFuture, "評価日 %s が今日（%s）より後の日付になっています", "the assessment date %s is later than today (%s)"},
	{TooManyProblems, "問題が多すぎるため、最初の%d件だけを報告します", "too many problems: only the first %d are reported"},

	{PolicyFormat, "format には \"dendai.policy/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.policy/v1\", not %q"},
	{PolicyCatalogMismatch, "この評価方針はカタログ「%s」用のため、カタログ「%s」には使えません", "this policy is for catalog %q and cannot score catalog %q"},
	{PolicyInvalidNumber, "「%s」は使えません。0から%sまでの、小数点以下3桁以内の数値を指定してください", "%s is not allowed here: give a number from 0 to %s with at most three decimals"},
	{PolicyWeightsZero, "すべての重みが0です。少なくとも一つの基準に0より大きい重みを付けてください", "every weight is zero: give at least one criterion a weight above zero"},
	{PolicyDuplicate, "「%s」が重複しています", "%q appears twice"},
	{PolicyTooManyTiers, "ティアは%d個までです", "a policy may have at most %d tiers"},
	{PolicyUnknownCriterion, "カタログ「%s」に基準「%s」はありません", "catalog %q has no criterion %q"},
	{PolicyUnknownTier, "ティア「%s」は定義されていません", "there is no tier %q"},
	{PolicyTierOrWeight, "tier と weight のどちらか一方を指定してください", "give either a tier or a weight, not both or neither"},
	{PolicyGateMinimum, "ゲートの最低基準「%s」は使えません。compliant、partially_compliant、non_compliant のいずれかを指定してください", "a gate's minimum cannot be %q: use compliant, partially_compliant or non_compliant"},
	{PolicyGateTarget, "ゲートには criterion と tier のどちらか一方を指定してください", "a gate names either a criterion or a tier, not both or neither"},
	{PolicyRating, "評価ランク「%s」は使えません。1〜16文字で指定してください", "the rating %q is not allowed: use 1 to 16 characters"},
	{PolicyBandOrder, "評価ランク「%s」の最低スコアが前のランク以上になっています。ランクは最低スコアの高い順に並べてください", "the band %q does not have a lower minimum score than the band before it: list bands from the highest minimum down"},
	{PolicyBandFloor, "最後の評価ランクの最低スコアは0にしてください（すべてのスコアにランクが付くように）", "the last band must have a minimum score of 0, so that every score has a rating"},
	{PolicyProblems, "評価方針に%d件の問題があります", "the policy has %d problem(s)"},
	{PolicyUniformForDescription, "すべての基準を同じ重み（1）で評価します。一部適合は重みの半分、不適合と未評価は0とし、該当なしは計算から除きます。必須条件（ゲート）はありません。", "Every criterion weighs the same (1). Partially compliant earns half its weight, non-compliant and not assessed earn nothing, and not applicable is left out. There are no gates."},

	{ValidationRequired, "入力が必要です", "a value is required"},
	{ValidationNonBlank, "空白だけの値は使えません", "the value must not be blank"},
	{ValidationMaxLength, "%s文字以内で入力してください", "at most %s characters are allowed"},
	{ValidationMaxItems, "%s件以内にしてください", "at most %s items are allowed"},
	{ValidationEmail, "メールアドレスの形式が正しくありません", "this is not a valid email address"},
	{ValidationOneOf, "%s のいずれかを指定してください", "use one of %s"},
	{ValidationID, "「%s」は基準のIDとして使えません", "%q is not a valid criterion ID"},
	{ValidationEvidenceRef, "URLを記入する場合は http:// または https:// で始まるものにしてください", "a URL must start with http:// or https://"},
	{ValidationNameText, "名称を日本語、英語またはその両方で入力してください", "give the name in Japanese, English or both"},
	{ValidationFailed, "値が正しくありません（規則: %s）", "the value is not valid (rule: %s)"},

	{StateDraft, "下書き", "draft"},
	{StateSubmitted, "提出済み", "submitted"},
	{ReportHeading, "%sの自己評価（%s）", "Self-assessment of %s (%s)"},
	{ReportPolicy, "評価方針: %s（%s %s）", "Policy: %s (%s %s)"},
	{ReportAssessedOn, "評価日: %s（%s）", "Assessed on %s (%s)"},
	{ReportGates, "必須条件（ゲート）", "Gates"},
	{ReportNoGates, "この評価方針に必須条件はありません", "this policy has no gates"},
	{ReportPass, "合格", "PASS"},
	{ReportFail, "不合格", "FAIL"},
	{ReportGateCriterion, "%s以上が必要（現在: %s）", "needs %s or better (now %s)"},
	{ReportGateTier, "ティア「%s」のすべての項目に%s以上が必要", "every %s criterion needs %s or better"},
	{ReportGateNeeds, "%s以上が必要", "needs %s or better"},
	{ReportGateFailing, "未達: %s", "failing: %s"},
	{ReportScore, "スコア %s / 100　評価ランク %s　判定 %s", "Score %s / 100  Rating %s  Result %s"},
	{ReportPassed, "合格", "passed"},
	{ReportNotPassed, "不合格", "not passed"},
	{ReportCoverage, "回答状況: 全%[2]d項目中%[1]d項目に回答（該当なし%[3]d項目、未評価%[4]d項目）", "Coverage: %d of %d criteria answered (%d not applicable, %d not assessed)"},
	{ReportGroups, "グループ別スコア", "Scores by group"},
	{ReportImprovements, "改善による効果の大きい項目", "Top improvements"},
	{ReportImprovementGate, "（ゲート未達）", " (fails a gate)"},
	{ReportNoImprovements, "改善の余地のある項目はありません", "nothing left to improve"},
	{ReportMore, "ほか%d項目", "and %d more"},
	{ReportTitle, "自己評価レポート", "Self-assessment report"},
	{ReportSummary, "概要", "Summary"},
	{ReportCorporateNumber, "法人番号", "Corporate number"},
	{ReportRegistration, "登録番号", "Registration number"},
	{ReportAssessor, "評価者", "Assessor"},
	{ReportAssessedOnLabel, "評価日", "Assessed on"},
	{ReportPolicyLabel, "評価方針", "Policy"},
	{ReportScoreHeading, "スコア", "Score"},
	{ReportRatingLabel, "評価ランク", "Rating"},
	{ReportResultLabel, "判定", "Result"},
	{ReportStatusCounts, "評価結果の内訳", "Answers by status"},
	{ReportCriteria, "基準ごとの評価", "Criteria"},
	{ReportColCondition, "条件", "Condition"},
	{ReportColNow, "現在", "Now"},
	{ReportColGroup, "グループ", "Group"},
	{ReportColScore, "スコア", "Score"},
	{ReportColPoints, "得点／満点", "Points"},
	{ReportColGain, "上昇幅", "Gain"},
	{ReportColStatus, "評価結果", "Status"},
	{ReportColWeight, "重み", "Weight"},
	{ReportColCount, "件数", "Count"},
	{ReportColNotes, "根拠・補足", "Notes"},
	{ReportEvidence, "根拠資料", "Evidence"},
	{ReportJustification, "該当なしの理由", "Why not applicable"},
	{ReportComment, "コメント", "Comment"},
	{ReportRemediation, "改善計画", "Remediation"},
	{ReportChart, "グループ別スコアのレーダーチャート（0〜100）", "Radar chart of the group scores (0 to 100)"},
	{ReportGenerated, "dendai で作成", "Made with dendai"},
	{ReportWithDetail, "%s（%s）", "%s (%s)"},
	{ReportListSeparator, "、", ", "},
	{PolicyViewCatalog, "対象カタログ: %s %s", "Catalog: %s %s"},
	{PolicyViewCredit, "得点率", "Credit"},
	{PolicyViewNotApplic, "該当なしは計算から除外", "not applicable is left out"},
	{PolicyViewTiers, "ティアと重み", "Tiers and weights"},
	{PolicyViewNoTiers, "ティアはありません（記載のない基準の重み: %s）", "no tiers (criteria not listed weigh %s)"},
	{PolicyViewNAPasses, "（該当なしは合格）", " (not applicable passes)"},
	{PolicyViewTier, "ティア", "Tier"},
	{PolicyViewRationale, "根拠", "Rationale"},
	{PolicyViewCriteria, "基準ごとの重み", "Weights by criterion"},
	{DiffHeading, "前回と今回の比較（%s、評価方針 %s）", "Changes since the previous assessment (%s, policy %s)"},
	{DiffScore, "スコア: %s → %s（%s）", "Score: %s → %s (%s)"},
	{DiffRating, "評価ランク: %s → %s", "Rating: %s → %s"},
	{DiffPassed, "判定: %s → %s", "Result: %s → %s"},
	{DiffImproved, "改善した項目（%d）", "Improved (%d)"},
	{DiffRegressed, "悪化した項目（%d）", "Regressed (%d)"},
	{DiffReclassified, "該当なしとの間で変わった項目（%d）", "Moved to or from not applicable (%d)"},
	{DiffUnchanged, "変化のない項目: %d", "Unchanged: %d"},
	{DiffGates, "判定が変わったゲート", "Gates whose outcome changed"},

	{LabelPublisher, "発行者", "Publisher"},
	{LabelLegalBasis, "根拠法令", "Legal basis"},
	{LabelSource, "出典", "Source"},
	{LabelVersion, "バージョン", "Version"},
	{LabelCatalogID, "カタログID", "Catalog ID"},
	{LabelID, "ID", "ID"},
	{LabelCriterion, "基準", "Criterion"},
	{LabelNote, "注記", "Note"},
	{LabelStandard, "対応する基準", "Implements"},
	{LabelCounts, "基準%d件（グループ%d件）", "%d criteria in %d groups"},

	{CLIUsage, `dendai は電子決済等代行業者（EPISP）の基準とその自己評価を扱うツールです。

使い方:
  dendai catalog  [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
  dendai template [--catalog ID|FILE] [--lang ja|en] [--format json|csv] [--encoding utf-8|shift_jis]
  dendai validate [--catalog ID|FILE] [--lang ja|en] [--format text|json] FILE|-
  dendai score    [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en]
                  [--format text|json|md|html] [--min-score N] [--require-pass] FILE|-
  dendai diff     [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en] [--format text|json] OLD NEW
  dendai export   --to oscal-catalog|oscal-assessment-results|csv [--catalog ID|FILE]
                  [--policy NAME|FILE] [--lang ja|en] [--encoding utf-8|shift_jis] [FILE|-]
  dendai policy   [--policy NAME|FILE] [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
  dendai version

コマンド:
  catalog   カタログ（基準の一覧）を表示します
  template  記入用の空の自己評価（下書き）を出力します
  validate  自己評価をカタログに照らして検証し、問題をすべて表示します
  score     自己評価を検証したうえで評価方針に従って採点します
  diff      前回と今回の自己評価の採点結果を比較します
  export    カタログや自己評価を OSCAL または CSV で書き出します
  policy    評価方針（重み・ゲート・評価ランクと、基準ごとの重みの根拠）を表示します
  version   バージョンを表示します

オプション:
  --catalog ID|FILE   組み込みカタログのID（%s）またはカタログJSONファイル
                      （省略時: jpbank-checklist。validate では自己評価が指定する組み込みカタログ）
  --lang ja|en        表示言語（省略時: LC_ALL、LC_MESSAGES、LANG の順に判定し、なければ英語）
  --policy NAME|FILE  組み込みの評価方針（uniform、risk-weighted）または評価方針JSONファイル
                      （省略時: uniform）
  --min-score N       スコアが N 未満なら終了コード1
  --require-pass      必須条件（ゲート）を満たさなければ終了コード1
  --format FORMAT     出力形式（省略時: text。template では json）
  --encoding ENC      CSV の文字コード: utf-8（BOM付き、省略時）または shift_jis

終了コード: 0 成功、1 文書に問題あり（または --min-score・--require-pass の条件を満たさない）、
2 使い方の誤りまたはファイルを読めない
`, `dendai works with the criteria for Electronic Payment Intermediate Service
Providers (EPISPs) and their self-assessments.

Usage:
  dendai catalog  [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
  dendai template [--catalog ID|FILE] [--lang ja|en] [--format json|csv] [--encoding utf-8|shift_jis]
  dendai validate [--catalog ID|FILE] [--lang ja|en] [--format text|json] FILE|-
  dendai score    [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en]
                  [--format text|json|md|html] [--min-score N] [--require-pass] FILE|-
  dendai diff     [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en] [--format text|json] OLD NEW
  dendai export   --to oscal-catalog|oscal-assessment-results|csv [--catalog ID|FILE]
                  [--policy NAME|FILE] [--lang ja|en] [--encoding utf-8|shift_jis] [FILE|-]
  dendai policy   [--policy NAME|FILE] [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
  dendai version

Commands:
  catalog   print a catalog of criteria
  template  print a blank draft assessment to fill in
  validate  check an assessment against its catalog and list every problem
  score     validate an assessment, then score it under a policy
  diff      compare the scores of an earlier and a later assessment
  export    write a catalog or an assessment as OSCAL or CSV
  policy    print a scoring policy: weights, gates, bands and each weight's rationale
  version   print the version

Options:
  --catalog ID|FILE   a built-in catalog (%s) or a catalog JSON file
                      (default: jpbank-checklist; for validate, the built-in
                      catalog the assessment names)
  --lang ja|en        language (default: from LC_ALL, LC_MESSAGES or LANG, else English)
  --policy NAME|FILE  a built-in policy (uniform, risk-weighted) or a policy JSON file
                      (default: uniform)
  --min-score N       exit 1 if the score is below N
  --require-pass      exit 1 if a gate does not hold
  --format FORMAT     output format (default: text; json for template)
  --encoding ENC      CSV encoding: utf-8 (with a byte order mark, the default) or shift_jis

Exit status: 0 success; 1 the document has problems, or a --min-score or --require-pass
condition is not met; 2 wrong usage or unreadable file
`},
	{CLIUnknownCommand, "「%s」というコマンドはありません", "unknown command %q"},
	{CLIUnknownFlag, "「%s」というオプションはありません", "unknown option %s"},
	{CLIFlagNeedsValue, "オプション %s には値が必要です", "option %s needs a value"},
	{CLIFlagBadValue, "オプション %[1]s に「%[2]s」は指定できません（指定できる値: %[3]s）", "option %[1]s does not accept %[2]q (choose from %[3]s)"},
	{CLIExtraArgument, "余分な引数「%s」があります", "unexpected argument %q"},
	{CLIMissingArgument, "%sを指定してください", "missing %s"},
	{CLIFileNotFound, "ファイル %s が見つかりません", "file %s does not exist"},
	{CLIFilePermission, "ファイル %s を読む権限がありません", "permission denied reading %s"},
	{CLIFileUnreadable, "ファイル %s を読み込めません（%s）", "cannot read %s (%s)"},
	{CLIUnknownCatalog, "「%s」は組み込みカタログ（%s）のIDでもファイルでもありません", "%q is neither a built-in catalog (%s) nor an existing file"},
	{CLIValid, "問題は見つかりませんでした", "no problems found"},
	{CLIProblems, "%d件の問題があります", "%d problem(s) found"},
	{CLIAssessmentFile, "自己評価のファイル（標準入力なら -）", "the assessment file (- for standard input)"},
	{CLITwoAssessments, "比較する2つの自己評価ファイル（前回と今回）", "the two assessment files to compare (old and new)"},
	{CLIFlagNoValue, "オプション %s に値は指定できません", "option %s takes no value"},
	{CLIUnknownPolicy, "「%s」は組み込みの評価方針（%s）でもファイルでもありません", "%q is neither a built-in policy (%s) nor an existing file"},
	{CLIBelowMinScore, "スコア %s が指定の最低スコア %s に届きません", "the score %s is below the minimum of %s"},
	{CLINotPassed, "必須条件（ゲート）を満たしていないため不合格です", "the result did not pass: a gate does not hold"},
	{CLINotComparable, "%s と %s は同じカタログ・評価方針で採点されていないため比較できません", "%s and %s were not scored on the same catalog and policy, so they cannot be compared"},
	{CLIExportFailed, "書き出しに失敗しました（%s）", "the export failed (%s)"},
	{CLIHint, "使い方は dendai help で確認できます", "run dendai help for usage"},

	{CSVTitle, "%s 自己評価シート", "Self-assessment sheet: %s"},
	{CSVInstructions, "評価結果の列には 適合・一部適合・不適合・該当なし（○・△・×・－ でも可）のいずれかを記入してください。該当なしには理由を、一部適合・不適合には改善策と改善期限を記入します。根拠資料は1行に1件ずつ「資料名 | URLまたは文書番号」の形で記入してください。日付は YYYY-MM-DD 形式です。B列の項目名、A列のID、表の見出しは変更しないでください。", "In the Status column, write Compliant, Partially compliant, Non-compliant or Not applicable (or ○, △, ×, -). Not applicable needs a reason; partially compliant and non-compliant need a remediation action and a due date. List evidence one item per line, as \"title | URL or document number\". Dates are written YYYY-MM-DD. Do not change the field names in column B, the IDs in column A or the table headings."},
	{CSVFieldInstructions, "記入方法", "How to fill in"},
	{CSVFieldCatalog, "カタログ", "Catalog"},
	{CSVFieldCatalogVersion, "カタログのバージョン", "Catalog version"},
	{CSVFieldState, "状態（下書き・提出済み）", "State (draft or submitted)"},
	{CSVFieldAssessedOn, "評価日（YYYY-MM-DD）", "Assessment date (YYYY-MM-DD)"},
	{CSVFieldNameJA, "事業者名（日本語）", "Company name (Japanese)"},
	{CSVFieldNameEN, "事業者名（英語）", "Company name (English)"},
	{CSVFieldCorporateNumber, "法人番号（13桁）", "Corporate number (13 digits)"},
	{CSVFieldRegistrationNumber, "電子決済等代行業の登録番号", "EPISP registration number"},
	{CSVFieldAssessorName, "評価責任者の氏名", "Assessor's name"},
	{CSVFieldOrganization, "評価責任者の所属", "Assessor's organization"},
	{CSVFieldEmail, "評価責任者のメールアドレス", "Assessor's email address"},
	{CSVColumnCategory, "区分", "Category"},
	{CSVColumnText, "確認項目", "Criterion"},
	{CSVColumnStatus, "評価結果", "Status"},
	{CSVColumnJustification, "該当なしの理由", "Reason not applicable"},
	{CSVColumnEvidence, "根拠資料", "Evidence"},
	{CSVColumnComment, "コメント", "Comment"},
	{CSVColumnAction, "改善策", "Remediation action"},
	{CSVColumnOwner, "改善担当", "Remediation owner"},
	{CSVColumnDue, "改善期限（YYYY-MM-DD）", "Remediation due (YYYY-MM-DD)"},
	{CSVFormat, "先頭のセルが dendai.assessment/v1 ではなく「%s」になっています。dendai が出力したテンプレートに記入してください", "the first cell is %q, not dendai.assessment/v1: fill in a template made by dendai"},
	{CSVBareQuote, "引用符（\"）で囲まれていないセルの中に引用符があります。セル全体を引用符で囲み、中の引用符は \"\" と2つ重ねてください", "a quote (\") appears in a cell that is not enclosed in quotes: enclose the cell in quotes and double each quote inside it"},
	{CSVQuote, "引用符（\"）で囲まれたセルが正しく閉じられていません。セルの終わりに引用符を置き、中の引用符は \"\" と2つ重ねてください", "a cell enclosed in quotes is not closed properly: end it with a quote and double each quote inside it"},
	{CSVInvalidBytes, "このセルに%sとして正しくないバイト列が含まれています", "the cell has bytes that are not valid %s"},
	{CSVUnknownField, "「%s」というヘッダー項目はありません。B列の項目名はテンプレートのままにしてください", "there is no header field %q: keep the field names in column B as the template has them"},
	{CSVDuplicateField, "ヘッダー項目「%s」の行が重複しています（最初の行は%d行目）", "the header field %q appears twice (first on row %d)"},
	{CSVMissingField, "ヘッダー項目「%s」の行がありません。B列にこの項目名を書いた行が必要です", "the header has no row for the field %q: a row with this name in column B is needed"},
	{CSVMissingTable, "基準の表がありません。A列が「ID」の見出し行と、その下に基準ごとの行が必要です", "the table of criteria is missing: it needs a heading row with ID in column A and a row for each criterion below it"},
	{CSVColumnHeading, "%d列目の見出しは「%s」のはずですが、「%s」になっています。列の追加・削除・並べ替えはしないでください", "column %d should be headed %q, not %q: do not add, delete or reorder columns"},
	{CSVExtraCell, "テンプレートの%d列より右のセルに記入されています。内容をテンプレートの列に移すか、削除してください", "this cell lies beyond the template's %d columns: move its content into a column of the template or delete it"},
	{CSVMissingCriterion, "A列のIDが空欄です。基準のIDを記入してください", "the ID in column A is blank: give the criterion's ID"},
	{CSVUnknownCriterion, "カタログ「%s」に基準「%s」はありません。A列のIDはテンプレートのままにしてください", "catalog %q has no criterion %q: keep the IDs in column A as the template has them"},
	{CSVDuplicateRow, "基準「%s」の行が重複しています（最初の行は%d行目）", "criterion %q already has a row (row %d)"},
	{CSVUnrepresentable, "「%s」（%s）はShift_JISで表せない文字です。別の文字に置き換えるか、UTF-8で出力してください", "%q (%s) cannot be written in Shift_JIS: replace the character or write UTF-8"},
	{CSVInvalidUTF8, "値にUTF-8として正しくないバイト列が含まれています", "the value is not valid UTF-8"},
}
