package assessment

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems of an assessment that this package reports, beside the
// codes every reader shares (dendai.CodeWrongType, dendai.CodeUnknownField, …).
// They are stable, for programs to branch on; each has a message in Japanese
// and English.
const (
	// CodeFormat: the document names a format other than Format.
	CodeFormat dendai.Code = "assessment.format"
	// CodeCatalogMismatch: the assessment names another catalog than the one
	// it is checked against.
	CodeCatalogMismatch dendai.Code = "assessment.catalog_mismatch"
	// CodeVersionMismatch: the assessment names another version of the catalog.
	CodeVersionMismatch dendai.Code = "assessment.version_mismatch"
	// CodeUnknownCriterion: a response is for a criterion the catalog does not
	// have.
	CodeUnknownCriterion dendai.Code = "assessment.unknown_criterion"
	// CodeDuplicateResponse: a criterion is answered twice.
	CodeDuplicateResponse dendai.Code = "assessment.duplicate_response"
	// CodeMissingResponse: a submitted assessment leaves a criterion out.
	CodeMissingResponse dendai.Code = "assessment.missing_response"
	// CodeNotAssessed: a submitted assessment leaves a criterion not_assessed.
	CodeNotAssessed dendai.Code = "assessment.not_assessed"
	// CodeNeedsReview: a submitted assessment has an answer still flagged
	// needsReview (by Migrate).
	CodeNeedsReview dendai.Code = "assessment.needs_review"
	// CodeMissingInput: Project or Migrate is given no mapping or no catalog.
	CodeMissingInput dendai.Code = "assessment.missing_input"
	// CodeJustificationRequired: a not_applicable response has no
	// justification.
	CodeJustificationRequired dendai.Code = "assessment.justification_required"
	// CodeRemediationRequired: a partially_compliant or non_compliant response
	// has no remediation plan.
	CodeRemediationRequired dendai.Code = "assessment.remediation_required"
	// CodeDueBeforeAssessment: a remediation is due before the assessment date.
	CodeDueBeforeAssessment dendai.Code = "assessment.due_before_assessment"
	// CodeDateInFuture: the assessment is dated after today.
	CodeDateInFuture dendai.Code = "assessment.date_in_future"
)

// Codes of the errors of Project and Migrate.
const (
	// CodeMappingSource: the mapping given to Project or Migrate maps from
	// another catalog, or another version, than the assessment's (Project)
	// or the one migrated from (Migrate).
	CodeMappingSource dendai.Code = "assessment.mapping_source"
	// CodeMappingTarget: the mapping maps to another catalog, or another
	// version, than the one projected or migrated to.
	CodeMappingTarget dendai.Code = "assessment.mapping_target"
	// CodeMigrationCatalog: the assessment given to Migrate is not of the
	// catalog, or the version, it is migrated from.
	CodeMigrationCatalog dendai.Code = "assessment.migration_catalog"
	// CodeMigrationNoMapping: Migrate was given two different catalogs and no
	// mapping between them; only versions of one catalog share their IDs.
	CodeMigrationNoMapping dendai.Code = "assessment.migration_no_mapping"
)

// Codes of the values that do not parse: the errors of ParseStatus,
// ParseState, ParseDate, ParseCorporateNumber and ParseRegistrationNumber, and
// the problems of a document holding such a value.
const (
	// CodeStatusInvalid: the text is not a status.
	CodeStatusInvalid dendai.Code = "status.invalid"
	// CodeDateInvalid: the text is not an existing date written YYYY-MM-DD.
	CodeDateInvalid dendai.Code = "date.invalid"
	// CodeValueInvalid: the text is not a valid value, such as a state.
	CodeValueInvalid dendai.Code = "value.invalid"
	// CodeCorporateNumberLength: a corporate number without 13 digits.
	CodeCorporateNumberLength dendai.Code = "corporate_number.length"
	// CodeCorporateNumberDigits: a corporate number with a character that is
	// neither a digit nor a space or hyphen.
	CodeCorporateNumberDigits dendai.Code = "corporate_number.digits"
	// CodeCorporateNumberExponent: a corporate number in exponent form, such
	// as 5.01E+12: a spreadsheet took it for a number and shortened it, and
	// its digits are lost.
	CodeCorporateNumberExponent dendai.Code = "corporate_number.exponent"
	// CodeCorporateNumberCheckDigit: a corporate number whose check digit is
	// wrong.
	CodeCorporateNumberCheckDigit dendai.Code = "corporate_number.check_digit"
	// CodeFormatChar: an ID, an email address, a corporate number or a
	// registration number holds an invisible format character (Unicode
	// category Cf), such as a bidirectional control (U+202A–U+202E,
	// U+2066–U+2069) or a zero-width space (U+200B).
	CodeFormatChar dendai.Code = "value.format_char"
	// CodeRegistrationNumberInvalid: the text is not written
	// <bureau>長（電代）第<n>号.
	CodeRegistrationNumberInvalid dendai.Code = "registration_number.invalid"
	// CodeRegistrationNumberBureau: the bureau named is not one that registers
	// EPISPs.
	CodeRegistrationNumberBureau dendai.Code = "registration_number.bureau"
	// CodeRegistrationNumberNumber: the number is 0 or longer than 9 digits.
	CodeRegistrationNumberNumber dendai.Code = "registration_number.number"
)

// Codes of the field rules of the struct tags (validator/v10), one per rule.
const (
	// CodeValidationRequired: a required value is missing.
	CodeValidationRequired dendai.Code = "validation.required"
	// CodeValidationNonBlank: a value is only spaces.
	CodeValidationNonBlank dendai.Code = "validation.nonblank"
	// CodeValidationMaxLength: a text is longer than its limit.
	CodeValidationMaxLength dendai.Code = "validation.max_length"
	// CodeValidationMaxItems: a list has more items than its limit.
	CodeValidationMaxItems dendai.Code = "validation.max_items"
	// CodeValidationEmail: an email address is malformed.
	CodeValidationEmail dendai.Code = "validation.email"
	// CodeValidationOneOf: a value is not one of those allowed, such as a
	// state other than draft and submitted.
	CodeValidationOneOf dendai.Code = "validation.oneof"
	// CodeValidationID: an ID is malformed.
	CodeValidationID dendai.Code = "validation.dendai_id"
	// CodeValidationEvidenceRef: an evidence reference is a URL whose scheme
	// is not http or https, or an http or https URL with nothing after its
	// "//" (see EvidenceURL).
	CodeValidationEvidenceRef dendai.Code = "validation.evidence_ref"
	// CodeValidationUTF8: a text built in Go is not valid UTF-8. (Decode
	// reports invalid UTF-8 in a document as dendai.CodeInvalidUTF8.)
	CodeValidationUTF8 dendai.Code = "validation.utf8"
	// CodeValidationNameText: a name is given in neither language.
	CodeValidationNameText dendai.Code = "validation.name_text"
	// CodeValidationFailed: a field rule without a message of its own failed.
	CodeValidationFailed dendai.Code = "validation.failed"
)

// Keys of the labels of statuses and states, which are texts, not codes.
const (
	keyStatusCompliant          i18n.Key = "status.compliant"
	keyStatusPartiallyCompliant i18n.Key = "status.partially_compliant"
	keyStatusNonCompliant       i18n.Key = "status.non_compliant"
	keyStatusNotApplicable      i18n.Key = "status.not_applicable"
	keyStatusNotAssessed        i18n.Key = "status.not_assessed"
	keyStateDraft               i18n.Key = "state.draft"
	keyStateSubmitted           i18n.Key = "state.submitted"
	keyInputMapping             i18n.Key = "input.mapping"
	keyInputCatalog             i18n.Key = "input.catalog"
)

// Keys of the texts Project writes into a derived response, in both
// languages at once (see bilingual).
const (
	keyDerivedPartial       i18n.Key = "derived.partial"
	keyDerivedNoPlan        i18n.Key = "derived.no_plan"
	keyDerivedNotApplicable i18n.Key = "derived.not_applicable"
)

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is this package's message table: the labels of statuses and states,
// and the messages of the problems whose codes it exports. It is built once,
// from constant data, and never changed.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyStatusCompliant, JA: "適合", EN: "Compliant"},
	i18n.Message{Key: keyStatusPartiallyCompliant, JA: "一部適合", EN: "Partially compliant"},
	i18n.Message{Key: keyStatusNonCompliant, JA: "不適合", EN: "Non-compliant"},
	i18n.Message{Key: keyStatusNotApplicable, JA: "該当なし", EN: "Not applicable"},
	i18n.Message{Key: keyStatusNotAssessed, JA: "未評価", EN: "Not assessed"},
	i18n.Message{Key: keyInputMapping, JA: "対応表", EN: "mapping"},
	i18n.Message{Key: keyInputCatalog, JA: "カタログ", EN: "catalog"},
	i18n.Message{Key: keyStateDraft, JA: "下書き", EN: "draft"},
	i18n.Message{Key: keyStateSubmitted, JA: "提出済み", EN: "submitted"},

	msg(CodeStatusInvalid, "「%s」は評価結果として使えません。適合・一部適合・不適合・該当なし・未評価（○・△・×・－ も可）のいずれかを指定してください", "%q is not a valid status: use compliant, partially_compliant, non_compliant, not_applicable or not_assessed (or the marks ○, △, ×, －)"),
	msg(CodeDateInvalid, "「%s」は日付として正しくありません。2026-11-01 のように、実在する日付を YYYY-MM-DD 形式で指定してください", "%q is not a valid date: give a date that exists, written YYYY-MM-DD, such as 2026-11-01"),
	msg(CodeValueInvalid, "「%s」は正しい値ではありません", "%q is not a valid value"),
	msg(CodeCorporateNumberLength, "法人番号は13桁です（「%s」は%d桁です）", "a corporate number has 13 digits; %q has %d"),
	msg(CodeCorporateNumberDigits, "法人番号「%s」に数字以外の文字が含まれています", "the corporate number %q contains characters other than digits"),
	msg(CodeCorporateNumberExponent, "法人番号「%s」は、Excelなどの表計算ソフトが数値とみなして指数形式に短縮したもので、元の13桁は失われています。列の書式を「文字列」にしてから13桁を入力し直すか、先頭に ' を付けて '5010001112730 のように入力してください", "the corporate number %q is in exponent form: Excel or another spreadsheet took it for a number and shortened it, and its 13 digits are lost. Format the column as Text and type the 13 digits again, or type them after a ', as '5010001112730"),
	msg(CodeCorporateNumberCheckDigit, "法人番号「%s」のチェックデジット（先頭の桁）が正しくありません", "the check digit (the first digit) of the corporate number %q is wrong"),
	msg(CodeRegistrationNumberInvalid, "「%s」は電子決済等代行業者の登録番号として正しくありません。関東財務局長（電代）第12号 のように指定してください", "%q is not an EPISP registration number: write it as 関東財務局長（電代）第12号"),
	msg(CodeRegistrationNumberBureau, "「%s」は電子決済等代行業者を登録する財務局等ではありません", "%q is not a bureau that registers EPISPs"),
	msg(CodeRegistrationNumberNumber, "登録番号「%s」の番号は1以上999999999以下の整数にしてください", "the number in registration number %q must be a whole number from 1 to 999999999"),

	msg(CodeDigestInvalid, "「%s」はダイジェストとして正しくありません。sha256: に続けて16進数64桁で指定してください", "%q is not a valid digest: write sha256: followed by 64 hexadecimal digits"),

	msg(CodeFormat, "format には \"dendai.assessment/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.assessment/v1\", not %q"),
	msg(CodeCatalogMismatch, "この自己評価はカタログ「%s」に対するものですが、カタログ「%s」で検証しようとしています", "the assessment is against catalog %q, but it is being checked against %q"),
	msg(CodeVersionMismatch, "この自己評価はカタログのバージョン %s に対するものですが、使用しているカタログはバージョン %s です", "the assessment is against version %s of the catalog, but the catalog is version %s"),
	msg(CodeUnknownCriterion, "カタログ「%s」に基準「%s」はありません", "catalog %q has no criterion %q"),
	msg(CodeDuplicateResponse, "基準「%s」への回答が重複しています（最初の回答は %s）", "criterion %q is already answered at %s"),
	msg(CodeMissingResponse, "基準「%s」への回答がありません。提出する自己評価では、すべての基準に回答してください", "criterion %q has no response; a submitted assessment must answer every criterion"),
	msg(CodeNotAssessed, "提出する自己評価に「未評価」の基準を残すことはできません", "a submitted assessment cannot leave a criterion not assessed"),
	msg(CodeNeedsReview, "提出する自己評価に、見直しが必要な回答（needsReview）を残すことはできません。回答を見直してから needsReview を外してください", "a submitted assessment cannot keep an answer flagged for review (needsReview): review the answer, then remove the flag"),
	msg(CodeMissingInput, "%sが指定されていません", "no %s was given"),
	msg(CodeJustificationRequired, "「該当なし」とする場合は、その理由（justification）を記入してください", "a response marked not applicable needs a justification"),
	msg(CodeRemediationRequired, "「一部適合」または「不適合」とする場合は、対応内容と期限を記した改善計画（remediation）を記入してください", "a partially compliant or non-compliant response needs a remediation plan with an action and a due date"),
	msg(CodeDueBeforeAssessment, "改善の期限 %s が評価日 %s より前になっています", "the due date %s is before the assessment date %s"),
	msg(CodeDateInFuture, "評価日 %s が今日（%s）より後の日付になっています", "the assessment date %s is later than today (%s)"),

	msg(CodeMappingSource, "対応表の対応元は %s %s ですが、自己評価のカタログは %s %s です", "the mapping maps from %s %s, but the assessment is of %s %s"),
	msg(CodeMappingTarget, "対応表の対応先は %s %s ですが、指定されたカタログは %s %s です", "the mapping maps to %s %s, but the catalog given is %s %s"),
	msg(CodeMigrationCatalog, "この自己評価はカタログ %s %s に対するものですが、移行元として %s %s が指定されています", "the assessment is of %s %s, but the catalog to migrate from is %s %s"),
	msg(CodeMigrationNoMapping, "カタログ %s と %s は別のカタログです。移行するには両者の対応表を指定してください", "%s and %s are different catalogs: migrating from one to the other needs a mapping between them"),
	i18n.Message{Key: keyDerivedPartial, JA: "対応元の基準（%s）はこの基準の一部にしか対応していません。残りの部分を評価し、必要な対応を決めてください。", EN: "The source criteria (%s) cover only part of this criterion: assess the rest and decide what to do."},
	i18n.Message{Key: keyDerivedNoPlan, JA: "対応元の基準（%s）に改善計画がありません。改善計画を立ててください。", EN: "The source criteria (%s) have no remediation plan: make one."},
	i18n.Message{Key: keyDerivedNotApplicable, JA: "対応元の基準（%s）がいずれも該当なしのため、該当なしとしました。", EN: "Not applicable, as every source criterion (%s) is."},

	msg(CodeValidationRequired, "入力が必要です", "a value is required"),
	msg(CodeValidationNonBlank, "空白だけの値は使えません", "the value must not be blank"),
	msg(CodeValidationMaxLength, "%s文字以内で入力してください", "at most %s characters are allowed"),
	msg(CodeValidationMaxItems, "%s件以内にしてください", "at most %s items are allowed"),
	msg(CodeValidationEmail, "メールアドレスの形式が正しくありません", "this is not a valid email address"),
	msg(CodeValidationOneOf, "%s のいずれかを指定してください", "use one of %s"),
	msg(CodeValidationID, "「%s」は基準のIDとして使えません", "%q is not a valid criterion ID"),
	msg(CodeValidationEvidenceRef, "この参照はスキーム「%s:」のURLとして扱われます。証跡にリンクできるのは http:// または https:// で始まるURLだけです。SEC:001 のような文書番号は ./SEC:001 と記入してください", "this reads as a URL with the scheme %s:, and evidence may link only to http:// and https:// URLs. Write a document number such as SEC:001 as ./SEC:001"),
	msg(CodeValidationUTF8, "文字列に UTF-8 として正しくないバイトが含まれています", "the text holds bytes that are not valid UTF-8"),
	msg(CodeFormatChar, "「%s」には目に見えない書式制御文字（%s）が含まれています。ID、メールアドレス、法人番号及び登録番号には使えないため、削除してください", "%q holds an invisible format character (%s), which IDs, email addresses, corporate numbers and registration numbers may not contain: delete it"),
	msg(CodeValidationNameText, "名称を日本語、英語またはその両方で入力してください", "give the name in Japanese, English or both"),
	msg(CodeValidationFailed, "値が正しくありません（規則: %s）", "the value is not valid (rule: %s)"),
)

// text returns the message of code in both languages, formatted with args.
func text(code dendai.Code, args ...any) i18n.Text {
	return messages.Text(i18n.Key(code), args...)
}

// valueError is the error of a value that does not parse: a *dendai.Error
// holding one problem, with no place, whose message quotes the input. The
// error and its problem are one allocation.
func valueError(code dendai.Code, args ...any) error {
	v := &struct {
		err dendai.Error
		ps  [1]dendai.Problem
	}{}
	v.ps[0] = dendai.Problem{Code: code, Message: text(code, args...)}
	v.err.Problems = v.ps[:]
	return &v.err
}
