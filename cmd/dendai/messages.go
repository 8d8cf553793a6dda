package main

import "github.com/dendai-go/dendai/i18n"

// Keys of the conventions of the command line: repeated options, standard
// input, suggestions and the errors of the operating system.
const (
	keyFlagRepeated     i18n.Key = "cli.flag_repeated"
	keyDidYouMean       i18n.Key = "cli.did_you_mean"
	keyStdinTwice       i18n.Key = "cli.stdin_twice"
	keyMinScoreRange    i18n.Key = "cli.min_score_range"
	keyIsDirectory      i18n.Key = "cli.is_directory"
	keyFileUnreadableOS i18n.Key = "cli.file_unreadable_os"
	keyInputOverMaxSize i18n.Key = "cli.input_over_max_size"
	keyInputOverLimit   i18n.Key = "cli.input_over_limit"
	keyCommandHelp      i18n.Key = "cli.command.help"
	keyUsageConventions i18n.Key = "cli.usage.conventions"
)

// Keys of project and migrate.
const (
	keyCommandProject    i18n.Key = "cli.command.project"
	keyCommandMigrate    i18n.Key = "cli.command.migrate"
	keyOptionFromCatalog i18n.Key = "cli.option.from_catalog"
	keyProjectOpen       i18n.Key = "cli.project.open"
	keyNoFromCatalog     i18n.Key = "cli.migrate.no_from_catalog"
	keyMigrated          i18n.Key = "cli.migrate.migrated"
	keyMigrateChanged    i18n.Key = "cli.migrate.changed"
	keyMigrateAdded      i18n.Key = "cli.migrate.added"
	keyMigrateRemoved    i18n.Key = "cli.migrate.removed"
	keyProjectDetails    i18n.Key = "cli.project.details"
	keyMigrateDetails    i18n.Key = "cli.migrate.details"
)

// Keys of the command's messages: its help, its labels and what it says when
// something goes wrong. The problems of the documents it reads come with their
// messages from the packages that find them.
const (
	keyLabelPublisher  i18n.Key = "label.publisher"
	keyLabelLegalBasis i18n.Key = "label.legal_basis"
	keyLabelSource     i18n.Key = "label.source"
	keyLabelVersion    i18n.Key = "label.version"
	keyLabelCatalogID  i18n.Key = "label.catalog_id"
	keyLabelID         i18n.Key = "label.id"
	keyLabelCriterion  i18n.Key = "label.criterion"
	keyLabelNote       i18n.Key = "label.note"
	keyLabelStandard   i18n.Key = "label.standard"
	keyLabelCounts     i18n.Key = "label.counts"
	keyUnknownCommand  i18n.Key = "cli.unknown_command"
	keyUnknownFlag     i18n.Key = "cli.unknown_flag"
	keyFlagNeedsValue  i18n.Key = "cli.flag_needs_value"
	keyFlagBadValue    i18n.Key = "cli.flag_bad_value"
	keyExtraArgument   i18n.Key = "cli.extra_argument"
	keyMissingArgument i18n.Key = "cli.missing_argument"
	keyFileNotFound    i18n.Key = "cli.file_not_found"
	keyFilePermission  i18n.Key = "cli.file_permission"
	keyFileUnreadable  i18n.Key = "cli.file_unreadable"
	keyUnknownCatalog  i18n.Key = "cli.unknown_catalog"
	keyUnknownMapping  i18n.Key = "cli.unknown_mapping"
	keyMappingCatalog  i18n.Key = "cli.mapping_catalog"
	keyMappingProblems i18n.Key = "mapping.problems"
	keyHint            i18n.Key = "cli.hint"
	keyValid           i18n.Key = "cli.valid"
	keyProblems        i18n.Key = "cli.problems"
	keyAssessmentFile  i18n.Key = "cli.assessment_file"
	keyTwoAssessments  i18n.Key = "cli.two_assessments"
	keyFlagNoValue     i18n.Key = "cli.flag_no_value"
	keyUnknownPolicy   i18n.Key = "cli.unknown_policy"
	keyPolicyNotFor    i18n.Key = "cli.policy_not_for_catalog"
	keyPolicyImpostor  i18n.Key = "cli.policy_catalog_differs"
	keyBelowMinScore   i18n.Key = "cli.below_min_score"
	keyNotPassed       i18n.Key = "cli.not_passed"
	keyNotComparable   i18n.Key = "cli.not_comparable"
	keyExportFailed    i18n.Key = "cli.export_failed"
	keyCatalogProblems i18n.Key = "catalog.problems"
	keyPolicyProblems  i18n.Key = "policy.problems"

	keyUsageIntro    i18n.Key = "cli.usage.intro"
	keyUsageSynopsis i18n.Key = "cli.usage.synopsis"
	keyUsageCommands i18n.Key = "cli.usage.commands"
	keyUsageOptions  i18n.Key = "cli.usage.options"
	keyUsageExit     i18n.Key = "cli.usage.exit"

	keyCommandCatalog  i18n.Key = "cli.command.catalog"
	keyCommandTemplate i18n.Key = "cli.command.template"
	keyCommandValidate i18n.Key = "cli.command.validate"
	keyCommandScore    i18n.Key = "cli.command.score"
	keyCommandDiff     i18n.Key = "cli.command.diff"
	keyCommandExport   i18n.Key = "cli.command.export"
	keyCommandPolicy   i18n.Key = "cli.command.policy"
	keyCommandVersion  i18n.Key = "cli.command.version"

	keyOptionCatalog     i18n.Key = "cli.option.catalog"
	keyOptionLang        i18n.Key = "cli.option.lang"
	keyOptionPolicy      i18n.Key = "cli.option.policy"
	keyOptionMapping     i18n.Key = "cli.option.mapping"
	keyOptionToCatalog   i18n.Key = "cli.option.to_catalog"
	keyOptionMinScore    i18n.Key = "cli.option.min_score"
	keyOptionRequirePass i18n.Key = "cli.option.require_pass"
	keyOptionFormat      i18n.Key = "cli.option.format"
	keyOptionEncoding    i18n.Key = "cli.option.encoding"
)

// Keys of catalog diff and of the notice of a newer catalog version.
const (
	keyCommandCatalogDiff i18n.Key = "cli.command.catalog_diff"
	keyTwoCatalogs        i18n.Key = "cli.two_catalogs"
	keyUnknownVersion     i18n.Key = "cli.unknown_version"
	keyNewerVersion       i18n.Key = "cli.newer_version"
	keyDiffHeading        i18n.Key = "catalog_diff.heading"
	keyDiffNone           i18n.Key = "catalog_diff.none"
	keyDiffTitle          i18n.Key = "catalog_diff.title"
	keyDiffJapanese       i18n.Key = "catalog_diff.japanese"
	keyDiffEnglish        i18n.Key = "catalog_diff.english"
	keyDiffAdded          i18n.Key = "catalog_diff.added"
	keyDiffRemoved        i18n.Key = "catalog_diff.removed"
	keyDiffChanged        i18n.Key = "catalog_diff.changed"
	keyDiffMoved          i18n.Key = "catalog_diff.moved"
	keyDiffTextJA         i18n.Key = "catalog_diff.text_ja"
	keyDiffTextEN         i18n.Key = "catalog_diff.text_en"
	keyDiffNoteJA         i18n.Key = "catalog_diff.note_ja"
	keyDiffNoteEN         i18n.Key = "catalog_diff.note_en"
	keyDiffNoStandard     i18n.Key = "catalog_diff.no_standard"

	keyDifferentSubjects            i18n.Key = "cli.different_subjects"
	keyOptionAllowDifferentSubjects i18n.Key = "cli.option.allow_different_subjects"
	keyOptionOutput                 i18n.Key = "cli.option.output"
	keyOptionMaxSize                i18n.Key = "cli.option.max_size"
	keyMaxSizeBadValue              i18n.Key = "cli.max_size_bad_value"
	keyOutputFailed                 i18n.Key = "cli.output_failed"

	keyCommandSign   i18n.Key = "cli.command.sign"
	keyCommandVerify i18n.Key = "cli.command.verify"
	keyOptionKey     i18n.Key = "cli.option.key"
	keyOptionKeyID   i18n.Key = "cli.option.key_id"
	keyOptionType    i18n.Key = "cli.option.type"
	keyDocumentFile  i18n.Key = "cli.document_file"
	keyEnvelopeFile  i18n.Key = "cli.envelope_file"

	keyCommandReviewInit     i18n.Key = "cli.command.review_init"
	keyCommandReviewCheck    i18n.Key = "cli.command.review_check"
	keyCommandReviewFollowup i18n.Key = "cli.command.review_followup"
	keyOptionReview          i18n.Key = "cli.option.review"
	keyOptionReviewer        i18n.Key = "cli.option.reviewer"
	keyOptionOrganization    i18n.Key = "cli.option.organization"
	keyReviewFiles           i18n.Key = "cli.review_files"
	keyFollowupFiles         i18n.Key = "cli.followup_files"
	keyReviewPolicy          i18n.Key = "cli.review_policy"
	keyReviewPolicyFile      i18n.Key = "cli.review_policy_file"
	keyDigest                i18n.Key = "cli.digest"
	keyFollowupHeading       i18n.Key = "cli.followup.heading"
	keyFollowupCounts        i18n.Key = "cli.followup.counts"
	keyKindRemediation       i18n.Key = "cli.followup.remediation"
	keyKindQuery             i18n.Key = "cli.followup.query"
	keyKindCondition         i18n.Key = "cli.followup.condition"
	keyOutcomeDone           i18n.Key = "cli.followup.done"
	keyOutcomeOverdue        i18n.Key = "cli.followup.overdue"
	keyOutcomeOpen           i18n.Key = "cli.followup.open"
	keyOutcomeDue            i18n.Key = "cli.followup.due"
)

// The forms of count messages for a count of 1: English needs them, the
// Japanese is the same text.
const (
	keyMappingProblemsOne      i18n.Key = "mapping.problems.one"
	keyProblemsOne             i18n.Key = "cli.problems.one"
	keyCatalogProblemsOne      i18n.Key = "catalog.problems.one"
	keyPolicyProblemsOne       i18n.Key = "policy.problems.one"
	keyLabelCountsOne          i18n.Key = "label.counts.one"
	keyLabelCountsOneGroup     i18n.Key = "label.counts.one_group"
	keyLabelCountsOneCriterion i18n.Key = "label.counts.one_criterion"
)

// messages is the command's message table, in both languages. It is built
// once, from constant data, and never changed. A help text that spans lines
// holds its line breaks; usageText indents what follows them.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyCommandProject, JA: "対応付けを使って、自己評価から別のカタログ（別の銀行の基準など）の\n自己評価の下書きを作ります", EN: "answer another catalog's criteria (another bank's, say) from an assessment,\nthrough a mapping, as a draft"},
	i18n.Message{Key: keyCommandMigrate, JA: "自己評価をカタログの新しいバージョンに移行します", EN: "carry an assessment over to a new version of its catalog"},
	i18n.Message{Key: keyOptionFromCatalog, JA: "移行元のカタログ: 組み込みカタログのIDまたはカタログJSONファイル\n（省略時: 自己評価が指定する組み込みカタログとそのバージョン）", EN: "the catalog an assessment migrates from: a built-in catalog or a catalog JSON file\n(default: the built-in catalog and version the assessment names)"},
	i18n.Message{Key: keyProjectOpen, JA: "%s %s の基準のうち、対応付けから回答できず未評価のもの: %d件", EN: "criteria of %s %s the mapping does not answer, still to assess: %d"},
	i18n.Message{Key: keyNoFromCatalog, JA: "この自己評価はカタログ %s %s に対するものですが、これは組み込みカタログではありません。--from-catalog で移行元のカタログを指定してください", EN: "the assessment is of %s %s, which is not built in: give the catalog to migrate from with --from-catalog"},
	i18n.Message{Key: keyMigrated, JA: "%s %s から %s %s に移行しました", EN: "migrated from %s %s to %s %s"},
	i18n.Message{Key: keyMigrateChanged, JA: "変更された基準: %d件（回答は引き継ぎ、見直しが必要: needsReview）", EN: "changed criteria: %d (answers kept, flagged for review: needsReview)"},
	i18n.Message{Key: keyMigrateAdded, JA: "追加された基準: %d件（未評価）", EN: "added criteria: %d (not assessed)"},
	i18n.Message{Key: keyProjectDetails,
		JA: "自己評価（JSON または CSV）は --catalog のカタログ（省略時: 自己評価が指定する組み込みカタログ）で検証します。\n" +
			"対応付けの対応元はそのカタログ、対応先は --to-catalog のカタログ（省略時: 対応付けが指定する組み込みカタログ）です。\n" +
			"対応元が対応先と同等（equivalent）か対応先を包含する（superset）場合は、対応元のうち最も低い評価を引き継ぎ、\n" +
			"対応先の一部（subset）か部分的に重なる（intersects）場合は、最高でも一部適合とします。\n" +
			"対応元がすべて該当なしの場合に限り該当なしとし、未評価の対応元があれば未評価のままです。\n" +
			"下書きを標準出力に、対応付けから回答できない基準を標準エラー出力に表示します。",
		EN: "The assessment, JSON or CSV, is checked against --catalog (default: the built-in\n" +
			"catalog it names). The mapping maps from that catalog to --to-catalog (default: the\n" +
			"built-in catalog the mapping names). A criterion answered through equivalent or\n" +
			"superset sources takes the worst of their statuses; through subset or intersects\n" +
			"sources, partially compliant at best. It is not applicable only when every source\n" +
			"is, and not assessed while a source is. The draft goes to standard output, the\n" +
			"criteria the mapping does not answer to standard error."},
	i18n.Message{Key: keyMigrateDetails,
		JA: "自己評価（JSON または CSV）は --from-catalog のカタログ（省略時: 自己評価が指定する組み込みカタログと\n" +
			"そのバージョン）で検証し、--catalog のカタログに移行します。変更のない基準は回答をそのまま引き継ぎ、\n" +
			"変更された基準は回答を引き継いで見直しが必要（needsReview）とし、追加された基準は未評価とします。\n" +
			"基準は同じIDの基準を引き継ぎます（--mapping で対応付けを指定した場合はそれに従います）。\n" +
			"移行した自己評価を標準出力に、変更・追加・削除された基準を標準エラー出力に表示します。",
		EN: "The assessment, JSON or CSV, is checked against --from-catalog (default: the\n" +
			"built-in catalog and version it names) and carried over to --catalog: unchanged\n" +
			"criteria keep their answers, changed ones keep them flagged needsReview, and added\n" +
			"ones are not assessed. A criterion takes over the one of the same ID, unless\n" +
			"--mapping says otherwise. The migrated assessment goes to standard output; the\n" +
			"criteria changed, added and removed are listed on standard error."},
	i18n.Message{Key: keyMigrateRemoved, JA: "削除された基準: %d件（回答は引き継いでいません）", EN: "removed criteria: %d (answers dropped)"},
	i18n.Message{Key: keyLabelPublisher, JA: "発行者", EN: "Publisher"},
	i18n.Message{Key: keyLabelLegalBasis, JA: "根拠法令", EN: "Legal basis"},
	i18n.Message{Key: keyLabelSource, JA: "出典", EN: "Source"},
	i18n.Message{Key: keyLabelVersion, JA: "バージョン", EN: "Version"},
	i18n.Message{Key: keyLabelCatalogID, JA: "カタログID", EN: "Catalog ID"},
	i18n.Message{Key: keyLabelID, JA: "ID", EN: "ID"},
	i18n.Message{Key: keyLabelCriterion, JA: "基準", EN: "Criterion"},
	i18n.Message{Key: keyLabelNote, JA: "注記", EN: "Note"},
	i18n.Message{Key: keyLabelStandard, JA: "対応する基準", EN: "Implements"},
	i18n.Message{Key: keyLabelCounts, JA: "基準%d件（グループ%d件）", EN: "%d criteria in %d groups"},
	i18n.Message{Key: keyLabelCountsOneGroup, JA: "基準%d件（グループ%d件）", EN: "%d criteria in %d group"},
	i18n.Message{Key: keyLabelCountsOne, JA: "基準%d件（グループ%d件）", EN: "%d criterion in %d group"},
	i18n.Message{Key: keyLabelCountsOneCriterion, JA: "基準%d件（グループ%d件）", EN: "%d criterion in %d groups"},
	i18n.Message{Key: keyUnknownCommand, JA: "「%s」というコマンドはありません", EN: "unknown command %q"},
	i18n.Message{Key: keyUnknownFlag, JA: "「%s」というオプションはありません", EN: "unknown option %s"},
	i18n.Message{Key: keyFlagNeedsValue, JA: "オプション %s には値が必要です", EN: "option %s needs a value"},
	i18n.Message{Key: keyFlagBadValue, JA: "オプション %[1]s に「%[2]s」は指定できません（指定できる値: %[3]s）", EN: "option %[1]s does not accept %[2]q (choose from %[3]s)"},
	i18n.Message{Key: keyExtraArgument, JA: "余分な引数「%s」があります", EN: "unexpected argument %q"},
	i18n.Message{Key: keyMissingArgument, JA: "%sを指定してください", EN: "missing %s"},
	i18n.Message{Key: keyFileNotFound, JA: "ファイル %s が見つかりません", EN: "file %s does not exist"},
	i18n.Message{Key: keyFilePermission, JA: "ファイル %s を読む権限がありません", EN: "permission denied reading %s"},
	i18n.Message{Key: keyFileUnreadable, JA: "ファイル %s を読み込めません（%s）", EN: "cannot read %s (%s)"},
	i18n.Message{Key: keyUnknownCatalog, JA: "「%s」は組み込みカタログ（%s）のIDでもファイルでもありません", EN: "%q is neither a built-in catalog (%s) nor an existing file"},
	i18n.Message{Key: keyUnknownMapping, JA: "「%s」は組み込みの対応付け（%s）でもファイルでもありません", EN: "%q is neither a built-in mapping (%s) nor an existing file"},
	i18n.Message{Key: keyMappingCatalog, JA: "対応付けが参照するカタログ「%s」は組み込みカタログではありません。%s でカタログファイルを指定してください", EN: "the mapping names the catalog %q, which is not built in: give its file with %s"},
	i18n.Message{Key: keyMappingProblems, JA: "対応付けに%d件の問題があります", EN: "the mapping has %d problems"},
	i18n.Message{Key: keyMappingProblemsOne, JA: "対応付けに%d件の問題があります", EN: "the mapping has %d problem"},
	i18n.Message{Key: keyHint, JA: "使い方は dendai help で確認できます", EN: "run dendai help for usage"},
	i18n.Message{Key: keyValid, JA: "問題は見つかりませんでした", EN: "no problems found"},
	i18n.Message{Key: keyProblems, JA: "%d件の問題があります", EN: "%d problems found"},
	i18n.Message{Key: keyProblemsOne, JA: "%d件の問題があります", EN: "%d problem found"},
	i18n.Message{Key: keyAssessmentFile, JA: "自己評価のファイル（標準入力なら -）", EN: "the assessment file (- for standard input)"},
	i18n.Message{Key: keyTwoAssessments, JA: "比較する2つの自己評価ファイル（前回と今回）", EN: "the two assessment files to compare (old and new)"},
	i18n.Message{Key: keyFlagNoValue, JA: "オプション %s に値は指定できません", EN: "option %s takes no value"},
	i18n.Message{Key: keyPolicyNotFor, JA: "組み込みの評価方針 %s は jpbank-checklist のためのもので、%s %s には使えません（uniform を使うか、評価方針のファイルを指定してください）", EN: "the built-in policy %s is written for jpbank-checklist, not %s %s: use uniform or give a policy file"},
	i18n.Message{Key: keyPolicyImpostor, JA: "%[2]s %[3]s は組み込みのカタログとIDが同じですが内容が異なるため、組み込みの評価方針 %[1]s は使えません。評価方針のファイルを指定してください", EN: "%[2]s %[3]s has the ID of a built-in catalog but other content, so the built-in policy %[1]s does not apply to it: give a policy file"},
	i18n.Message{Key: keyUnknownPolicy, JA: "「%s」は組み込みの評価方針（%s）でもファイルでもありません", EN: "%q is neither a built-in policy (%s) nor an existing file"},
	i18n.Message{Key: keyBelowMinScore, JA: "スコア %s が指定の最低スコア %s に届きません", EN: "the score %s is below the minimum of %s"},
	i18n.Message{Key: keyNotPassed, JA: "必須条件（ゲート）を満たしていないため不合格です", EN: "the assessment fails: a gate does not hold"},
	i18n.Message{Key: keyNotComparable, JA: "%s と %s は同じカタログ・評価方針で採点されていないため比較できません", EN: "%s and %s were not scored on the same catalog and policy, so they cannot be compared"},
	i18n.Message{Key: keyExportFailed, JA: "書き出しに失敗しました（%s）", EN: "the export failed (%s)"},
	i18n.Message{Key: keyCatalogProblems, JA: "カタログに%d件の問題があります", EN: "the catalog has %d problems"},
	i18n.Message{Key: keyCatalogProblemsOne, JA: "カタログに%d件の問題があります", EN: "the catalog has %d problem"},
	i18n.Message{Key: keyPolicyProblems, JA: "評価方針に%d件の問題があります", EN: "the policy has %d problems"},
	i18n.Message{Key: keyPolicyProblemsOne, JA: "評価方針に%d件の問題があります", EN: "the policy has %d problem"},

	i18n.Message{Key: keyUsageIntro, JA: "dendai は電子決済等代行業者（EPISP）の基準とその自己評価を扱うツールです。", EN: "dendai works with the criteria for Electronic Payment Intermediate Service\nProviders (EPISPs) and their self-assessments."},
	i18n.Message{Key: keyUsageSynopsis, JA: "使い方:", EN: "Usage:"},
	i18n.Message{Key: keyUsageCommands, JA: "コマンド:", EN: "Commands:"},
	i18n.Message{Key: keyUsageOptions, JA: "オプション:", EN: "Options:"},
	i18n.Message{Key: keyUsageExit, JA: "終了コード: 0 成功、1 文書に問題あり（または --min-score・--require-pass の条件を満たさない）、\n2 使い方の誤りまたはファイルを読めない", EN: "Exit status: 0 success; 1 the document has problems, or a --min-score or --require-pass\ncondition is not met; 2 wrong usage or unreadable file"},

	i18n.Message{Key: keyCommandCatalog, JA: "カタログ（基準の一覧）を表示します", EN: "print a catalog of criteria"},
	i18n.Message{Key: keyCommandTemplate, JA: "記入用の空の自己評価（下書き）を出力します", EN: "print a blank draft assessment to fill in"},
	i18n.Message{Key: keyCommandValidate, JA: "自己評価をカタログに照らして検証し、問題をすべて表示します", EN: "check an assessment against its catalog and list every problem"},
	i18n.Message{Key: keyCommandScore, JA: "自己評価を検証したうえで評価方針に従って採点します", EN: "validate an assessment, then score it under a policy"},
	i18n.Message{Key: keyCommandDiff, JA: "前回と今回の自己評価の採点結果を比較します", EN: "compare the scores of an earlier and a later assessment"},
	i18n.Message{Key: keyCommandExport, JA: "カタログ、自己評価、対応付けを OSCAL または CSV で書き出します", EN: "write a catalog, an assessment or a mapping as OSCAL or CSV"},
	i18n.Message{Key: keyCommandPolicy, JA: "評価方針（重み・ゲート・評価ランクと、基準ごとの重みの根拠）を表示します", EN: "print a scoring policy: weights, gates, bands and each weight's rationale"},
	i18n.Message{Key: keyCommandVersion, JA: "バージョンを表示します（dendai --version と同じ）", EN: "print the version (as dendai --version does)"},

	i18n.Message{Key: keyOptionCatalog, JA: "組み込みカタログのID（%s）またはカタログJSONファイル、\n組み込みカタログの過去のバージョンなら ID@VERSION\n（省略時: jpbank-checklist。validate と score では自己評価が指定する\n組み込みカタログとそのバージョン）", EN: "a built-in catalog (%s) or a catalog JSON file,\nor ID@VERSION for an earlier version of a built-in catalog\n(default: jpbank-checklist; for validate and score, the built-in\ncatalog and version the assessment names)"},
	i18n.Message{Key: keyOptionMaxSize, JA: "読み込むカタログ・対応付け・評価方針・自己評価・審査の上限サイズ（バイト数。\nk、M、G を付けると 1,024、1,048,576、1,073,741,824 倍。1 GiB まで。省略時:\n自己評価は 8 MiB、それ以外は 4 MiB）。大きな独自カタログを扱うときに引き上げます", EN: "the size limit of the catalogs, mappings, policies, assessments and reviews read,\nin bytes, with k, M or G for 1,024, 1,048,576 or 1,073,741,824 bytes, up to 1 GiB\n(default: 8 MiB for an assessment, 4 MiB for the others); raise it for a big\ncustom catalog"},
	i18n.Message{Key: keyMaxSizeBadValue, JA: "オプション %[1]s に「%[2]s」は指定できません（1 バイトから 1 GiB までのバイト数を指定してください。k、M、G を付けられます。例: 16M）", EN: "option %[1]s does not accept %[2]q (give a number of bytes from 1 to 1 GiB, optionally followed by k, M or G, such as 16M)"},
	i18n.Message{Key: keyOptionLang, JA: "表示言語（省略時: LC_ALL、LC_MESSAGES、LANG の順に判定し、なければ英語）", EN: "language (default: from LC_ALL, LC_MESSAGES or LANG, else English)"},
	i18n.Message{Key: keyOptionPolicy, JA: "組み込みの評価方針（uniform、risk-weighted）または評価方針JSONファイル\n（省略時: uniform）", EN: "a built-in policy (uniform, risk-weighted) or a policy JSON file\n(default: uniform)"},
	i18n.Message{Key: keyOptionMapping, JA: "カタログ間の対応付け: 組み込みの対応付けのID（%s）または対応付けJSONファイル", EN: "a mapping between two catalogs: a built-in mapping (%s) or a mapping JSON file"},
	i18n.Message{Key: keyOptionToCatalog, JA: "対応付けの対応先カタログ: 組み込みカタログのIDまたはカタログJSONファイル\n（省略時: 対応付けが指定する組み込みカタログ。対応元は --catalog で同様に指定）", EN: "the target catalog of a mapping: a built-in catalog or a catalog JSON file\n(default: the built-in catalog the mapping names; --catalog gives\nits source the same way)"},
	i18n.Message{Key: keyOptionMinScore, JA: "スコアが N 未満なら終了コード1", EN: "exit 1 if the score is below N"},
	i18n.Message{Key: keyOptionRequirePass, JA: "必須条件（ゲート）を満たさなければ終了コード1", EN: "exit 1 if a gate does not hold"},
	i18n.Message{Key: keyOptionFormat, JA: "出力形式（省略時: text。template では json）", EN: "output format (default: text; json for template)"},
	i18n.Message{Key: keyOptionEncoding, JA: "CSV の文字コード: utf-8 または shift_jis。書き出しでは省略時 utf-8（BOM付き）\n読み込みでは BOM のないファイルの文字コード（省略時は内容から判断し、判断できなければ指定を求めます）", EN: "CSV encoding: utf-8 or shift_jis; CSV is written in utf-8 with a byte order mark by default\nfor CSV read, the encoding of a file without a byte order mark (default: told by content; a file it cannot tell is refused)"},

	i18n.Message{Key: keyCommandCatalogDiff, JA: "2つのカタログ（または同じカタログの2つのバージョン）の違いを表示します", EN: "list the differences between two catalogs, or two versions of one"},
	i18n.Message{Key: keyTwoCatalogs, JA: "比較する2つのカタログ（旧と新）", EN: "the two catalogs to compare (old and new)"},
	i18n.Message{Key: keyUnknownVersion, JA: "組み込みカタログ %s にバージョン「%s」はありません（組み込みのバージョン: %s）", EN: "the built-in catalog %s has no version %q (built-in versions: %s)"},
	i18n.Message{Key: keyNewerVersion, JA: "%[1]s には、この自己評価が対象とするバージョン %[3]s より新しいバージョン %[2]s があります（dendai migrate --catalog %[1]s で %[2]s に移行できます）", EN: "%[1]s %[2]s is newer than %[3]s, the version this assessment names (dendai migrate --catalog %[1]s moves it to %[2]s)"},
	i18n.Message{Key: keyDiffHeading, JA: "カタログの差分: %s", EN: "Catalog diff: %s"},
	i18n.Message{Key: keyDiffNone, JA: "タイトルと基準に違いはありません", EN: "The title and the criteria are the same."},
	i18n.Message{Key: keyDiffTitle, JA: "タイトルの変更", EN: "Title changed"},
	i18n.Message{Key: keyDiffJapanese, JA: "日本語", EN: "Japanese"},
	i18n.Message{Key: keyDiffEnglish, JA: "英語", EN: "English"},
	i18n.Message{Key: keyDiffAdded, JA: "追加された基準: %d件", EN: "Added criteria: %d"},
	i18n.Message{Key: keyDiffRemoved, JA: "削除された基準: %d件", EN: "Removed criteria: %d"},
	i18n.Message{Key: keyDiffChanged, JA: "変更された基準: %d件", EN: "Changed criteria: %d"},
	i18n.Message{Key: keyDiffMoved, JA: "グループを移動した基準: %d件", EN: "Criteria moved to another group: %d"},
	i18n.Message{Key: keyDiffTextJA, JA: "本文（日本語）", EN: "Text in Japanese"},
	i18n.Message{Key: keyDiffTextEN, JA: "本文（英語）", EN: "Text in English"},
	i18n.Message{Key: keyDiffNoteJA, JA: "注記（日本語）", EN: "Note in Japanese"},
	i18n.Message{Key: keyDiffNoteEN, JA: "注記（英語）", EN: "Note in English"},
	i18n.Message{Key: keyDiffNoStandard, JA: "なし", EN: "none"},
	i18n.Message{Key: keyFlagRepeated, JA: "オプション %s が2回以上指定されています", EN: "option %s is given more than once"},
	i18n.Message{Key: keyDidYouMean, JA: "%s のことですか？", EN: "did you mean %s?"},
	i18n.Message{Key: keyStdinTwice, JA: "標準入力（-）は1つのコマンドに1回しか指定できません", EN: "standard input (-) can be given only once"},
	i18n.Message{Key: keyMinScoreRange, JA: "--min-score には0から100までの数を指定してください（「%s」は指定できません）", EN: "--min-score must be a number from 0 to 100, not %q"},
	i18n.Message{Key: keyIsDirectory, JA: "%s はディレクトリです。ファイルを指定してください", EN: "%s is a directory, not a file"},
	i18n.Message{Key: keyInputOverMaxSize, JA: "%s: 入力が --max-size の上限（%d バイト）を超えています", EN: "%s: the input is larger than --max-size allows (%d bytes)"},
	i18n.Message{Key: keyInputOverLimit, JA: "%s: 入力が %d バイトを超えています。1つの入力から読み込むのはここまでです（--max-size で上限を変えられます）", EN: "%s: the input is larger than %d bytes, the most dendai reads of one input (--max-size changes the limit)"},
	i18n.Message{Key: keyFileUnreadableOS, JA: "ファイル %s を読み込めません（OSのエラーを次の行に示します）", EN: "cannot read %s (the operating system's error follows)"},
	i18n.Message{Key: keyCommandHelp, JA: "全コマンドの使い方、または COMMAND の使い方を表示します\n（COMMAND --help、COMMAND -h と同じ）", EN: "print the help of every command, or of COMMAND (as COMMAND --help\nor COMMAND -h does)"},
	i18n.Message{Key: keyUsageConventions, JA: "オプションはコマンドの前にも後にも置けますが、同じオプションは1回しか指定できません。\n--lang には ja-JP、ja_JP.UTF-8 などの言語タグやロケールも指定できます。", EN: "Options may come before or after the command, each at most once. --lang also\ntakes language tags and locales such as ja-JP or ja_JP.UTF-8."},
	i18n.Message{Key: keyDifferentSubjects, JA: "%s（法人番号 %s）と %s（法人番号 %s）は別の会社の評価のため比較しません（比較するには --allow-different-subjects を指定）", EN: "%s (corporate number %s) and %s (corporate number %s) assess different companies, so they are not compared (give --allow-different-subjects to compare them)"},
	i18n.Message{Key: keyOptionAllowDifferentSubjects, JA: "diff: 法人番号の異なる会社の評価どうしでも比較する", EN: "diff: compare assessments of companies with different corporate numbers"},
	i18n.Message{Key: keyOptionOutput, JA: "出力をファイル FILE に書く（- は標準出力）。失敗したときは何も書かない", EN: "write the output to FILE (- is standard output); nothing is written when the command fails"},
	i18n.Message{Key: keyOutputFailed, JA: "ファイル %s に書き込めません（%s）", EN: "cannot write %s (%s)"},
	i18n.Message{Key: keyCommandSign, JA: "自己評価・結果・レビューに秘密鍵で署名し、DSSEエンベロープ（JSON）を出力します", EN: "sign an assessment, a result or a review with a private key and print\nthe DSSE envelope (JSON)"},
	i18n.Message{Key: keyCommandVerify, JA: "DSSEエンベロープの署名を公開鍵で検証し、署名された文書を出力します\n（署名が合わなければ終了コード1）", EN: "check a DSSE envelope's signature with a public key and print the signed\ndocument (exit status 1 when it does not verify)"},
	i18n.Message{Key: keyOptionKey, JA: "sign: PEM形式の秘密鍵（PKCS#8。Ed25519 または ECDSA P-256）\nverify: PEM形式の公開鍵（PKIX）または秘密鍵", EN: "sign: the private key, PEM (PKCS#8; Ed25519 or ECDSA P-256)\nverify: the public key, PEM (PKIX), or the private key"},
	i18n.Message{Key: keyOptionKeyID, JA: "sign: 署名に添える鍵ID\n（既定は公開鍵のSHA-256）", EN: "sign: the key ID written with the signature\n(default: the SHA-256 of the public key)"},
	i18n.Message{Key: keyOptionType, JA: "sign: 文書の種類（assessment、result、review）\n（既定は文書の format メンバーから。なければ assessment）", EN: "sign: the document's type, assessment, result or review\n(default: from its \"format\" member, else assessment)"},
	i18n.Message{Key: keyDocumentFile, JA: "署名する文書のファイル（標準入力なら -）", EN: "the document to sign (- for standard input)"},
	i18n.Message{Key: keyEnvelopeFile, JA: "エンベロープのファイル（標準入力なら -）", EN: "the envelope file (- for standard input)"},

	i18n.Message{Key: keyCommandReviewInit, JA: "自己評価に結び付けた審査（dendai.review/v1）のひな形を出力します\n（ダイジェスト・カタログ・評価方針・審査者・今日の日付。審査結果は保留）", EN: "print a review skeleton (dendai.review/v1) bound to an assessment: its\ndigest and catalog, the policy, the reviewer, today's date, decision pending"},
	i18n.Message{Key: keyCommandReviewCheck, JA: "審査を、対象の自己評価（ダイジェストが一致すること）とカタログに照らして検証します", EN: "check a review against the assessment it reviews (the digests must match)\nand the catalog"},
	i18n.Message{Key: keyCommandReviewFollowup, JA: "前回の審査と自己評価に照らし、改善計画・照会・承認条件が今回の評価日までに\nどうなったか（完了・期限超過・要確認・期限前）を示します", EN: "say what became of the previous review's remediation plans, queries and\nconditions by the new assessment's date: done, overdue, due or open"},
	i18n.Message{Key: keyOptionReview, JA: "score: 審査ファイル。審査者による評価変更を反映した得点を、自己評価の得点と並べて示す\n（--policy を省略すると審査の評価方針を使う。組み込みでない評価方針は --policy で指定する）", EN: "score: a review file: the score with the reviewer's overrides applied,\nbeside the self-assessed one (the review's policy if it is built in;\nanother is given with --policy)"},
	i18n.Message{Key: keyOptionReviewer, JA: "review init: 審査者の氏名（必須）", EN: "review init: the reviewer's name (required)"},
	i18n.Message{Key: keyOptionOrganization, JA: "review init: 審査者の所属", EN: "review init: the reviewer's organization"},
	i18n.Message{Key: keyReviewFiles, JA: "審査ファイルと、審査対象の自己評価ファイル", EN: "the review file and the file of the assessment it reviews"},
	i18n.Message{Key: keyFollowupFiles, JA: "前回の審査ファイル、前回の自己評価ファイル、今回の自己評価ファイル", EN: "the previous review, the previous assessment and the new assessment"},
	i18n.Message{Key: keyReviewPolicy, JA: "審査は評価方針「%s」によるものですが、--policy で「%s」が指定されています", EN: "the review applies policy %q, but --policy gives %q"},
	i18n.Message{Key: keyReviewPolicyFile, JA: "審査は組み込みでない評価方針「%s」によるものです。その評価方針のファイルを --policy で指定してください（審査に書かれた名前をファイル名として読むことはしません）", EN: "the review applies policy %q, which is not built in: give its file with --policy (a name written in a review is never read as a file name)"},
	i18n.Message{Key: keyDigest, JA: "ダイジェスト: %s", EN: "digest: %s"},
	i18n.Message{Key: keyFollowupHeading, JA: "前回の評価日 %s、審査日 %s、今回の評価日 %s", EN: "previous assessment %s, reviewed %s, new assessment %s"},
	i18n.Message{Key: keyFollowupCounts, JA: "完了 %d件、期限超過 %d件、要確認 %d件、期限前 %d件", EN: "%d done, %d overdue, %d due (to confirm), %d open"},
	i18n.Message{Key: keyKindRemediation, JA: "改善計画", EN: "remediation"},
	i18n.Message{Key: keyKindQuery, JA: "照会", EN: "query"},
	i18n.Message{Key: keyKindCondition, JA: "承認条件", EN: "condition"},
	i18n.Message{Key: keyOutcomeDone, JA: "完了", EN: "done"},
	i18n.Message{Key: keyOutcomeOverdue, JA: "期限超過", EN: "overdue"},
	i18n.Message{Key: keyOutcomeOpen, JA: "期限前", EN: "open"},
	i18n.Message{Key: keyOutcomeDue, JA: "要確認", EN: "due"},
)

// singular holds the singular form of each count message that has one.
var singular = map[i18n.Key]i18n.Key{
	keyMappingProblems: keyMappingProblemsOne,
	keyProblems:        keyProblemsOne,
	keyCatalogProblems: keyCatalogProblemsOne,
	keyPolicyProblems:  keyPolicyProblemsOne,
}

// countKey returns the message k for a count of n: its singular form when n
// is 1 and k has one, else k.
func countKey(k i18n.Key, n int) i18n.Key {
	if one, ok := singular[k]; ok && n == 1 {
		return one
	}
	return k
}

// labelCountsKey returns the message of a catalog's counts of criteria and
// groups, agreeing with both in English.
func labelCountsKey(criteria, groups int) i18n.Key {
	switch {
	case criteria == 1 && groups == 1:
		return keyLabelCountsOne
	case criteria == 1:
		return keyLabelCountsOneCriterion
	case groups == 1:
		return keyLabelCountsOneGroup
	}
	return keyLabelCounts
}
