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
	{RegistrationNumberNumber, "登録番号「%s」の番号は1以上の整数にしてください", "the number of registration %q must be a whole number from 1"},

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
  dendai template [--catalog ID|FILE] [--lang ja|en] [--format json]
  dendai validate [--catalog ID|FILE] [--lang ja|en] [--format text|json] FILE|-
  dendai version

コマンド:
  catalog   カタログ（基準の一覧）を表示します
  template  記入用の空の自己評価（下書き）を出力します
  validate  自己評価をカタログに照らして検証し、問題をすべて表示します
  version   バージョンを表示します

オプション:
  --catalog ID|FILE   組み込みカタログのID（%s）またはカタログJSONファイル
                      （省略時: jpbank-checklist。validate では自己評価が指定する組み込みカタログ）
  --lang ja|en        表示言語（省略時: LC_ALL、LC_MESSAGES、LANG の順に判定し、なければ英語）
  --format FORMAT     出力形式（省略時: text）

終了コード: 0 成功、1 文書に問題あり、2 使い方の誤りまたはファイルを読めない
`, `dendai works with the criteria for Electronic Payment Intermediate Service
Providers (EPISPs) and their self-assessments.

Usage:
  dendai catalog  [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
  dendai template [--catalog ID|FILE] [--lang ja|en] [--format json]
  dendai validate [--catalog ID|FILE] [--lang ja|en] [--format text|json] FILE|-
  dendai version

Commands:
  catalog   print a catalog of criteria
  template  print a blank draft assessment to fill in
  validate  check an assessment against its catalog and list every problem
  version   print the version

Options:
  --catalog ID|FILE   a built-in catalog (%s) or a catalog JSON file
                      (default: jpbank-checklist; for validate, the built-in
                      catalog the assessment names)
  --lang ja|en        language (default: from LC_ALL, LC_MESSAGES or LANG, else English)
  --format FORMAT     output format (default: text)

Exit status: 0 success, 1 the document has problems, 2 wrong usage or unreadable file
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
	{CLIHint, "使い方は dendai help で確認できます", "run dendai help for usage"},
}
