package spreadsheet

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems found in an Excel workbook. Its cells are read as
// the CSV template's are, so the problems of its layout and values have the
// codes of the CSV form (CodeFormat, CodeDuplicateRow, …) and of package
// assessment.
const (
	// CodeWorkbook is a zip archive that is not a well-formed workbook: a
	// part it needs is missing, or a part is not well-formed XML. Its
	// message names the part.
	CodeWorkbook dendai.Code = "xlsx.invalid"
	// CodeWorkbookLimit is a workbook over one of the limits it is read
	// within (see ReadXLSX): too many parts, a part or all of them too large
	// unzipped, compressed too far, or holding more text than its size
	// allows. Its message names the limit.
	CodeWorkbookLimit dendai.Code = "xlsx.limit"
	// CodeEncrypted is a workbook protected with a password to open it.
	CodeEncrypted dendai.Code = "xlsx.encrypted"
	// CodeFormula is a cell with a formula: formulas are never evaluated.
	CodeFormula dendai.Code = "xlsx.formula"
	// CodeIDDate is a criterion ID that Excel turned into a date (1-1 into
	// 1月1日) and that cannot be told back.
	CodeIDDate dendai.Code = "xlsx.id_date"
	// CodeCellTooLong is, in WriteXLSX, a text longer than a cell holds.
	CodeCellTooLong dendai.Code = "xlsx.cell_too_long"
)

// Keys of the workbook's limits and labels.
const (
	keyWorkbookNotZip   i18n.Key = "xlsx.not_zip"
	keyLimitParts       i18n.Key = "xlsx.limit.parts"
	keyLimitPart        i18n.Key = "xlsx.limit.part"
	keyLimitUnzipped    i18n.Key = "xlsx.limit.unzipped"
	keyLimitRatio       i18n.Key = "xlsx.limit.ratio"
	keyLimitRun         i18n.Key = "xlsx.limit.run"
	keyLimitText        i18n.Key = "xlsx.limit.text"
	keySheetCover       i18n.Key = "xlsx.sheet.cover"
	keySheetChecklist   i18n.Key = "xlsx.sheet.checklist"
	keyFieldPublisher   i18n.Key = "xlsx.field.publisher"
	keyFieldLegalBasis  i18n.Key = "xlsx.field.legal_basis"
	keyXLSXInstructions i18n.Key = "xlsx.instructions"
	keyDateTitle        i18n.Key = "xlsx.date.title"
	keyDateError        i18n.Key = "xlsx.date.error"
	keyStatusInput      i18n.Key = "xlsx.status.input"
	keyStatusError      i18n.Key = "xlsx.status.error"

	keySheetSummary      i18n.Key = "xlsx.sheet.summary"
	keySheetCriteria     i18n.Key = "xlsx.sheet.criteria"
	keySheetImprovements i18n.Key = "xlsx.sheet.improvements"
	keyResultTitle       i18n.Key = "xlsx.result.title"
	keyResultCatalog     i18n.Key = "xlsx.result.catalog"
	keyResultPolicy      i18n.Key = "xlsx.result.policy"
	keyResultScore       i18n.Key = "xlsx.result.score"
	keyResultRating      i18n.Key = "xlsx.result.rating"
	keyResultPassed      i18n.Key = "xlsx.result.passed"
	keyResultPass        i18n.Key = "xlsx.result.pass"
	keyResultFail        i18n.Key = "xlsx.result.fail"
	keyResultNoScore     i18n.Key = "xlsx.result.no_score"
	keyResultEarned      i18n.Key = "xlsx.result.earned"
	keyResultPossible    i18n.Key = "xlsx.result.possible"
	keyResultWeight      i18n.Key = "xlsx.result.weight"
	keyResultCredit      i18n.Key = "xlsx.result.credit"
	keyResultTotal       i18n.Key = "xlsx.result.total"
	keyResultAnswered    i18n.Key = "xlsx.result.answered"
	keyResultGates       i18n.Key = "xlsx.result.gates"
	keyResultGate        i18n.Key = "xlsx.result.gate"
	keyResultRequired    i18n.Key = "xlsx.result.required"
	keyResultGroups      i18n.Key = "xlsx.result.groups"
	keyResultGroup       i18n.Key = "xlsx.result.group"
	keyResultCounts      i18n.Key = "xlsx.result.counts"
	keyResultCount       i18n.Key = "xlsx.result.count"
	keyResultRank        i18n.Key = "xlsx.result.rank"
	keyResultGain        i18n.Key = "xlsx.result.gain"
	keyResultGateFails   i18n.Key = "xlsx.result.gate_fails"
	keyResultImprovable  i18n.Key = "xlsx.result.improvable"
	keyResultSubject     i18n.Key = "xlsx.result.subject"
)

// xlsxMessages are the problems and labels of the workbooks.
var xlsxMessages = []i18n.Message{
	msg(CodeWorkbook, "Excelのブックとして読み取れません（%s が壊れているか、ありません）。Excelで開いて「名前を付けて保存」で「Excelブック（*.xlsx）」として保存し直してください", "the file cannot be read as an Excel workbook (%s is damaged or missing): open it in Excel and save it again with Save As as Excel Workbook (*.xlsx)"),
	msg(CodeWorkbookLimit, "ブックが読み取りの上限を超えています", "the workbook is over a limit it is read within"),
	msg(CodeEncrypted, "このブックはパスワードで保護（暗号化）されているため読み取れません。Excelで開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを削除して保存し、そのファイルを指定してください", "this workbook is protected with a password (encrypted), so it cannot be read: open it in Excel, remove the password with File > Info > Protect Workbook > Encrypt with Password, save it, and give that file"),
	msg(CodeFormula, "このセルには数式が入っています。数式は計算せず、読み取りません。計算結果ではなく値そのものを入力してください", "this cell holds a formula, which is neither calculated nor read: type the value itself, not a formula"),
	msg(CodeIDDate, "IDがExcelにより日付に変換されています（例: 1-1 が 1月1日）。セルの書式を「文字列」にするか、先頭に ' を付けて 1-1 のように入力し直してください", "Excel turned the ID into a date (1-1 into 1 January, for example): format the cell as Text, or type the ID again with an apostrophe in front, as '1-1"),
	msg(CodeCellTooLong, "値が%d文字（UTF-16単位）あり、Excelのセルに入る%d文字を超えています", "the value has %d characters (UTF-16 units), more than the %d an Excel cell holds"),

	{Key: keyWorkbookNotZip, JA: "このファイルはExcelのブック（.xlsx）ではありません", EN: "this file is not an Excel workbook (.xlsx)"},
	{Key: keyLimitParts, JA: "ブックのパーツ（ZIP内のファイル）が%d個あり、上限の%d個を超えています", EN: "the workbook has %d parts (files in its zip archive), more than the limit of %d"},
	{Key: keyLimitPart, JA: "ブック内の %s が展開後%dバイトあり、上限の%dバイトを超えています", EN: "the workbook's part %s is %d bytes unzipped, more than the limit of %d"},
	{Key: keyLimitUnzipped, JA: "ブックが展開後%dバイトあり、上限の%dバイトを超えています", EN: "the workbook is %d bytes unzipped, more than the limit of %d"},
	{Key: keyLimitRatio, JA: "ブックが展開後%dバイトあり、ファイルの大きさ（%dバイト）の%d倍という上限を超えています。圧縮爆弾（ZIP bomb）の可能性があります", EN: "the workbook is %d bytes unzipped, more than %[3]d times its size of %[2]d bytes: it may be a zip bomb"},
	{Key: keyLimitRun, JA: "ブック内の %s に、上限の%dバイトを超える長さのテキストがあります", EN: "the workbook's part %s has a run of text longer than the limit of %d bytes"},
	{Key: keyLimitText, JA: "ブックのセルと共有文字列が、ファイルの大きさの%d倍＋%d MiBという上限を超える量のテキストを持っています", EN: "the workbook's cells and shared strings hold more text than the limit of %d times its size plus %d MiB"},
	{Key: keySheetCover, JA: "表紙", EN: "Cover"},
	{Key: keySheetChecklist, JA: "チェックリスト", EN: "Checklist"},
	{Key: keyFieldPublisher, JA: "発行者", EN: "Publisher"},
	{Key: keyFieldLegalBasis, JA: "根拠法令", EN: "Legal basis"},
	{Key: keyXLSXInstructions, JA: "「チェックリスト」シートの黄色のセルに記入してください。評価結果はドロップダウンから 適合・一部適合・不適合・該当なし のいずれかを選びます（○・△・×・－ でも可）。該当なしには理由を、一部適合・不適合には改善策と改善期限を記入します。根拠資料は1行に1件ずつ「資料名 | URLまたは文書番号」の形で記入してください（セル内の改行は Alt+Enter）。日付は日付として入力します（例: 2027/3/31）。数式は読み取りません。このシートの黄色のセルには事業者と評価責任者の情報を記入します。シートは保護されていますが、パスワードはありません。",
		EN: "Fill in the yellow cells of the Checklist sheet. For the status, pick Compliant, Partially compliant, Non-compliant or Not applicable from the dropdown (○, △, × and - are accepted too). Not applicable needs a reason; partially compliant and non-compliant need a remediation action and a due date. List evidence one item per line, as \"title | URL or document number\" (Alt+Enter starts a new line in a cell). Type dates as dates (2027-03-31, for example). Formulas are not read. The yellow cells of this sheet take the company and the assessor. The sheets are protected, without a password."},
	{Key: keyDateTitle, JA: "日付", EN: "Date"},
	{Key: keyDateError, JA: "日付を入力してください（例: 2027/3/31）", EN: "Type a date, such as 2027-03-31"},
	{Key: keyStatusInput, JA: "一覧から選んでください。該当なしには理由、一部適合・不適合には改善策と改善期限が必要です", EN: "Pick one from the list. Not applicable needs a reason; partially compliant and non-compliant need a remediation action and a due date"},
	{Key: keyStatusError, JA: "一覧にない値です。○・△・×・－ なども読み取れますが、一覧から選ぶことをお勧めします", EN: "This is not in the list. Marks such as ○, △, × and - are read too, but picking from the list is safer"},

	{Key: keySheetSummary, JA: "概要", EN: "Summary"},
	{Key: keySheetCriteria, JA: "評価項目", EN: "Criteria"},
	{Key: keySheetImprovements, JA: "改善候補", EN: "Improvements"},
	{Key: keyResultTitle, JA: "%s 評価結果", EN: "Assessment result: %s"},
	{Key: keyResultCatalog, JA: "カタログ", EN: "Catalog"},
	{Key: keyResultSubject, JA: "事業者名", EN: "Company"},
	{Key: keyResultPolicy, JA: "評価方針", EN: "Scoring policy"},
	{Key: keyResultScore, JA: "スコア", EN: "Score"},
	{Key: keyResultRating, JA: "格付", EN: "Rating"},
	{Key: keyResultPassed, JA: "必須項目（ゲート）", EN: "Gates"},
	{Key: keyResultPass, JA: "充足", EN: "Passed"},
	{Key: keyResultFail, JA: "未充足", EN: "Failed"},
	{Key: keyResultNoScore, JA: "対象なし", EN: "Nothing to score"},
	{Key: keyResultEarned, JA: "獲得点", EN: "Earned"},
	{Key: keyResultPossible, JA: "満点", EN: "Possible"},
	{Key: keyResultWeight, JA: "重み", EN: "Weight"},
	{Key: keyResultCredit, JA: "得点率", EN: "Credit"},
	{Key: keyResultTotal, JA: "基準数", EN: "Criteria"},
	{Key: keyResultAnswered, JA: "回答済み", EN: "Answered"},
	{Key: keyResultGates, JA: "ゲート", EN: "Gates"},
	{Key: keyResultGate, JA: "対象", EN: "Gate on"},
	{Key: keyResultRequired, JA: "必要な評価結果", EN: "Required status"},
	{Key: keyResultGroups, JA: "区分別スコア", EN: "Scores by group"},
	{Key: keyResultGroup, JA: "区分", EN: "Group"},
	{Key: keyResultCounts, JA: "評価結果の内訳", EN: "Statuses"},
	{Key: keyResultCount, JA: "件数", EN: "Count"},
	{Key: keyResultRank, JA: "順位", EN: "Rank"},
	{Key: keyResultGain, JA: "適合にした場合のスコア上昇", EN: "Score gain if compliant"},
	{Key: keyResultGateFails, JA: "ゲート未充足", EN: "Fails a gate"},
	{Key: keyResultImprovable, JA: "改善で上がる項目は%d件あり、上位%d件を示します", EN: "%d criteria would raise the score; the top %d are listed"},
}
