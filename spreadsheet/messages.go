package spreadsheet

import (
	"slices"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems found in the CSV form of an assessment. A value that
// does not parse (a status, a date, a corporate or registration number) has
// the code package assessment gives it; validation problems have theirs too.
const (
	// CodeFileType is a file of another type given where the CSV template or
	// a JSON document is expected: an Excel workbook (.xlsx or .xls), an
	// OpenDocument spreadsheet (.ods), another zip archive or Office file, or
	// a PDF. Its message names the type and says what to give instead.
	CodeFileType dendai.Code = "spreadsheet.file_type"
	// CodeEmpty is a file with no row that has anything in it.
	CodeEmpty dendai.Code = "csv.empty"
	// CodeFormat is a file whose first cell is not dendai.assessment/v1: not
	// a template made by dendai.
	CodeFormat dendai.Code = "csv.format"
	// CodeBareQuote is a quote in a cell that is not enclosed in quotes.
	CodeBareQuote dendai.Code = "csv.bare_quote"
	// CodeQuote is a quoted cell that is not closed properly.
	CodeQuote dendai.Code = "csv.quote"
	// CodeInvalidBytes is a cell with bytes the file's encoding cannot read.
	CodeInvalidBytes dendai.Code = "csv.invalid_bytes"
	// CodeAmbiguousEncoding is a file without a byte order mark that reads
	// both as UTF-8 and as Shift_JIS, with different texts (half-width kana
	// in Shift_JIS can make valid UTF-8), when the text dendai knows cannot
	// tell which (see ReadCSV). The reader does not guess; the problem names
	// the first cell whose readings differ, quotes both, and asks for the
	// encoding (--encoding in the command, Options.Encoding here).
	CodeAmbiguousEncoding dendai.Code = "csv.ambiguous_encoding"
	// CodeUnknownField is a header row whose key in column B is no field.
	CodeUnknownField dendai.Code = "csv.unknown_field"
	// CodeDuplicateField is a header field given on two rows.
	CodeDuplicateField dendai.Code = "csv.duplicate_field"
	// CodeMissingField is a header field without its row.
	CodeMissingField dendai.Code = "csv.missing_field"
	// CodeMissingTable is a file without the table of criteria.
	CodeMissingTable dendai.Code = "csv.missing_table"
	// CodeColumnHeading is a column of the table headed otherwise than the
	// template heads it.
	CodeColumnHeading dendai.Code = "csv.column_heading"
	// CodeMissingColumn is a column of the table deleted: its heading and
	// values are missing, and the columns after it moved left. It is the one
	// problem of the column: the values in it are blank in every row, and
	// what that makes wrong in each row is not reported again.
	CodeMissingColumn dendai.Code = "csv.missing_column"
	// CodeExtraCell is a cell filled in outside the columns of the header
	// block or of the table: beyond the template's columns, and, in a table
	// with provenance columns, not in one of them. Its message names the
	// columns the table has.
	CodeExtraCell dendai.Code = "csv.extra_cell"
	// CodeMissingCriterion is a row of the table without a criterion ID.
	CodeMissingCriterion dendai.Code = "csv.missing_criterion"
	// CodeUnknownCriterion is a row of the table for a criterion the catalog
	// does not have.
	CodeUnknownCriterion dendai.Code = "csv.unknown_criterion"
	// CodeDuplicateRow is a second row for the same criterion.
	CodeDuplicateRow dendai.Code = "csv.duplicate_row"
	// CodeUnrepresentable is, in WriteCSV, a character Shift_JIS cannot
	// represent.
	CodeUnrepresentable dendai.Code = "csv.unrepresentable"
	// CodeInvalidUTF8 is, in WriteCSV, a text that is not valid UTF-8.
	CodeInvalidUTF8 dendai.Code = "csv.invalid_utf8"
	// CodeNeedsReviewValue is a cell of the needsReview column that holds
	// something other than true, false (in any case) or nothing.
	CodeNeedsReviewValue dendai.Code = "csv.needs_review"
	// CodeDerivedFrom is a line of a derivedFrom cell that is not a
	// derivation: not three parts "criterion | relationship | status" (nor
	// the JSON object WriteCSV writes for a criterion those cannot hold). Its
	// message names the line. A relationship or a status that does not parse
	// has the code criteria.ParseRelationship or assessment.ParseStatus gives
	// it, its message led by the line too.
	CodeDerivedFrom dendai.Code = "csv.derived_from"
	// CodeTooManyLines is an evidence or a derivedFrom cell with more lines
	// (not blank) than the 100 a response may have items: the first 100 are
	// read, and the rest are this one problem, whose message names the
	// column, the number of lines and the limit.
	CodeTooManyLines dendai.Code = "csv.too_many_lines"
)

// Keys of the labels the CSV form writes: its title and instructions, the
// labels of the header rows and the headings of the table.
const (
	keyFileXLSX                i18n.Key = "spreadsheet.file_type.xlsx"
	keyFileODS                 i18n.Key = "spreadsheet.file_type.ods"
	keyFileZip                 i18n.Key = "spreadsheet.file_type.zip"
	keyFileOLE2                i18n.Key = "spreadsheet.file_type.ole2"
	keyFilePDF                 i18n.Key = "spreadsheet.file_type.pdf"
	keyTitle                   i18n.Key = "csv.title"
	keyInstructions            i18n.Key = "csv.instructions"
	keyFieldInstructions       i18n.Key = "csv.field.instructions"
	keyFieldCatalog            i18n.Key = "csv.field.catalog"
	keyFieldCatalogVersion     i18n.Key = "csv.field.catalog_version"
	keyFieldState              i18n.Key = "csv.field.state"
	keyFieldAssessedOn         i18n.Key = "csv.field.assessed_on"
	keyFieldNameJA             i18n.Key = "csv.field.name_ja"
	keyFieldNameEN             i18n.Key = "csv.field.name_en"
	keyFieldCorporateNumber    i18n.Key = "csv.field.corporate_number"
	keyFieldRegistrationNumber i18n.Key = "csv.field.registration_number"
	keyFieldAssessorName       i18n.Key = "csv.field.assessor_name"
	keyFieldOrganization       i18n.Key = "csv.field.organization"
	keyFieldEmail              i18n.Key = "csv.field.email"
	keyColumnID                i18n.Key = "csv.column.id"
	keyColumnCategory          i18n.Key = "csv.column.category"
	keyColumnText              i18n.Key = "csv.column.text"
	keyColumnStatus            i18n.Key = "csv.column.status"
	keyColumnJustification     i18n.Key = "csv.column.justification"
	keyColumnEvidence          i18n.Key = "csv.column.evidence"
	keyColumnComment           i18n.Key = "csv.column.comment"
	keyColumnAction            i18n.Key = "csv.column.action"
	keyColumnOwner             i18n.Key = "csv.column.owner"
	keyColumnDue               i18n.Key = "csv.column.due"
	keyColumnNeedsReview       i18n.Key = "csv.column.needs_review"
	keyColumnDerivedFrom       i18n.Key = "csv.column.derived_from"
	// keyDerivedFromLine leads the message of a value that does not parse
	// in a line of a derivedFrom cell.
	keyDerivedFromLine i18n.Key = "csv.derived_from.line"
	// keyExtraTableCell is the message of CodeExtraCell in a table with
	// provenance columns, which keyProvenanceColumn or keyProvenanceColumns
	// name.
	keyExtraTableCell    i18n.Key = "csv.extra_cell.table"
	keyProvenanceColumn  i18n.Key = "csv.extra_cell.column"
	keyProvenanceColumns i18n.Key = "csv.extra_cell.columns"
)

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is the package's message table: the problems of the CSV form and
// the labels it writes. Labels are part of the format: a file filled in with
// Excel is read back by its headings, so changing one needs the old heading
// accepted too.
var messages = i18n.NewMessages(slices.Concat(csvMessages, xlsxMessages)...)

// csvMessages are the problems and labels of the CSV form.
var csvMessages = []i18n.Message{
	msg(CodeFileType, "このファイルはCSVでもJSONでもありません。dendai のCSVテンプレート（UTF-8またはShift_JIS）かJSONの文書を指定してください", "this file is neither CSV nor JSON: give the CSV template (UTF-8 or Shift_JIS) or a JSON document"),
	i18n.Message{Key: keyFileXLSX, JA: "このファイルはExcelのブック（.xlsx）で、CSVでもJSONでもありません。Excelで開き、「ファイル」→「名前を付けて保存」で種類に「CSV UTF-8（コンマ区切り）」を選んで保存し、そのファイルを指定してください", EN: "this is an Excel workbook (.xlsx), not CSV or JSON: open it in Excel, save it with File > Save As as CSV UTF-8 (Comma delimited), and give that file"},
	i18n.Message{Key: keyFileODS, JA: "このファイルはOpenDocumentのスプレッドシート（.ods）で、読み取れません。LibreOffice Calcなどで開き、「名前を付けて保存」で種類に「Excel 2007-365 (.xlsx)」を選んで保存し、そのファイルを指定してください", EN: "this is an OpenDocument spreadsheet (.ods), which cannot be read: open it in LibreOffice Calc or another spreadsheet, save it with Save As as Excel 2007-365 (.xlsx), and give that file"},
	i18n.Message{Key: keyFileZip, JA: "このファイルはZIP形式（圧縮フォルダーやWord文書など）で、CSVでもJSONでもありません。ZIPに入っている場合は展開して、CSVかJSONのファイルそのものを指定してください", EN: "this is a zip archive (a compressed folder, a Word document or the like), not CSV or JSON: give the CSV or JSON file itself, extracted from the archive if it is in one"},
	i18n.Message{Key: keyFileOLE2, JA: "このファイルは古い形式のExcelブック（.xls）などのOfficeファイルで、読み取れません。Excelで開き、「ファイル」→「名前を付けて保存」で種類に「Excelブック（*.xlsx）」か「CSV UTF-8（コンマ区切り）」を選んで保存し、そのファイルを指定してください", EN: "this is an old-format Excel workbook (.xls) or another Office file, which cannot be read: open it in Excel, save it with File > Save As as Excel Workbook (*.xlsx) or CSV UTF-8 (Comma delimited), and give that file"},
	i18n.Message{Key: keyFilePDF, JA: "このファイルはPDFで、CSVでもJSONでもありません。PDFからは読み取れないため、dendai のCSVテンプレート（dendai template で作成）かJSONの文書に記入して指定してください", EN: "this is a PDF, not CSV or JSON, and a PDF cannot be read: fill in the CSV template (made by dendai template) or a JSON document and give that"},
	msg(CodeEmpty, "CSVファイルが空です", "the CSV file is empty"),
	msg(CodeFormat, "先頭のセルが dendai.assessment/v1 ではなく「%s」になっています。dendai が出力したテンプレートに記入してください", "the first cell is %q, not dendai.assessment/v1: fill in a template made by dendai"),
	msg(CodeBareQuote, "引用符（\"）で囲まれていないセルの中に引用符があります。セル全体を引用符で囲み、中の引用符は \"\" と2つ重ねてください", "a quote (\") appears in a cell that is not enclosed in quotes: enclose the cell in quotes and double each quote inside it"),
	msg(CodeQuote, "引用符（\"）で囲まれたセルが正しく閉じられていません。セルの終わりに引用符を置き、中の引用符は \"\" と2つ重ねてください", "a cell enclosed in quotes is not closed properly: end it with a quote and double each quote inside it"),
	msg(CodeInvalidBytes, "このセルに%sとして正しくないバイト列が含まれています", "the cell has bytes that are not valid %s"),
	msg(CodeAmbiguousEncoding, "このファイルはUTF-8としてもShift_JISとしても読めますが、このセルはUTF-8では「%s」、Shift_JISでは「%s」と読めて内容が異なります。ファイルの文字コードを指定するか（コマンドでは --encoding utf-8 または --encoding shift_jis、ライブラリでは spreadsheet.Options の Encoding）、BOM付きUTF-8で保存し直してください",
		"the file reads both as UTF-8 and as Shift_JIS, and this cell reads differently: %q in UTF-8, %q in Shift_JIS; say which encoding the file is in (--encoding utf-8 or --encoding shift_jis on the command line, Encoding in spreadsheet.Options in a program), or save it again as UTF-8 with a byte order mark"),
	msg(CodeUnknownField, "「%s」というヘッダー項目はありません。B列の項目名はテンプレートのままにしてください", "there is no header field %q: keep the field names in column B as the template has them"),
	msg(CodeDuplicateField, "ヘッダー項目「%s」の行が重複しています（最初の行は%d行目）", "the header field %q appears twice (first on row %d)"),
	msg(CodeMissingField, "ヘッダー項目「%s」の行がありません。B列にこの項目名を書いた行が必要です", "the header has no row for the field %q: a row with this name in column B is needed"),
	msg(CodeMissingTable, "基準の表がありません。A列が「ID」の見出し行と、その下に基準ごとの行が必要です", "the table of criteria is missing: it needs a heading row with ID in column A and a row for each criterion below it"),
	msg(CodeColumnHeading, "%d列目の見出しは「%s」のはずですが、「%s」になっています。列の追加・削除・並べ替えはしないでください", "column %d should be headed %q, not %q: do not add, delete or reorder columns"),
	msg(CodeMissingColumn, "%d行目の表の見出しに「%s」の列がありません。列が削除されているため、どの行でもこの列の値を読み取れません（各行でそのために生じる問題は表示していません）。テンプレートのとおりに列を戻してください。列の追加・削除・並べ替えはしないでください", "the table's heading row (row %d) has no %q column: it was deleted, so no row's value in it can be read (the problems that causes in each row are not listed). Put the column back as the template has it: do not add, delete or reorder columns"),
	msg(CodeExtraCell, "テンプレートの%d列より右のセルに記入されています。内容をテンプレートの列に移すか、削除してください", "this cell lies beyond the template's %d columns: move its content into a column of the template or delete it"),
	i18n.Message{Key: keyExtraTableCell, JA: "表の列（テンプレートの%d列と%s）以外のセルに記入されています。内容を表の列に移すか、削除してください", EN: "this cell lies outside the table's columns (the template's %d columns and %s): move its content into a column of the table or delete it"},
	i18n.Message{Key: keyProvenanceColumn, JA: "「%s」の列", EN: "the %s column"},
	i18n.Message{Key: keyProvenanceColumns, JA: "「%s」「%s」の列", EN: "the %s and %s columns"},
	msg(CodeMissingCriterion, "A列のIDが空欄です。基準のIDを記入してください", "the ID in column A is blank: give the criterion's ID"),
	msg(CodeUnknownCriterion, "カタログ「%s」に基準「%s」はありません。A列のIDはテンプレートのままにしてください", "catalog %q has no criterion %q: keep the IDs in column A as the template has them"),
	msg(CodeDuplicateRow, "基準「%s」の行が重複しています（最初の行は%d行目）", "criterion %q already has a row (row %d)"),
	msg(CodeUnrepresentable, "「%s」（%s）はShift_JISで表せない文字です。別の文字に置き換えるか、UTF-8で出力してください", "%q (%s) cannot be written in Shift_JIS: replace the character or write UTF-8"),
	msg(CodeInvalidUTF8, "値にUTF-8として正しくないバイト列が含まれています", "the value is not valid UTF-8"),
	msg(CodeNeedsReviewValue, "「要確認」の列の「%s」は読み取れません。見直しが必要な回答には true を記入し、それ以外は false を記入するか空欄にしてください", "%q in the Needs review column cannot be read: write true for an answer that needs review, and false or nothing otherwise"),
	msg(CodeDerivedFrom, "「導出元」のセルの%d行目「%s」を読み取れません。導出元は1行に1件ずつ「基準ID | 関係 | 評価結果」の形（例：1-14 | equivalent | partially_compliant）で記入してください", "line %d of the Derived from cell, %q, cannot be read: write one derivation per line as \"criterion | relationship | status\", such as 1-14 | equivalent | partially_compliant"),
	i18n.Message{Key: keyDerivedFromLine, JA: "「導出元」のセルの%d行目：%s", EN: "line %d of the Derived from cell: %s"},
	msg(CodeTooManyLines, "「%s」のセルに%d行が記入されていますが、1つのセルに記入できるのは%d行（1行に1件）までのため、それより後の行は読み取っていません。上限を超える分は削除してください", "the %s cell has %d lines filled in, more than the %d (one item per line) a cell may hold: the lines past the limit are not read. Delete the lines over the limit"),

	i18n.Message{Key: keyTitle, JA: "%s 自己評価シート", EN: "Self-assessment sheet: %s"},
	i18n.Message{Key: keyInstructions, JA: "評価結果の列には 適合・一部適合・不適合・該当なし（○・△・×・－ でも可）のいずれかを記入してください。該当なしには理由を、一部適合・不適合には改善策と改善期限を記入します。根拠資料は1行に1件ずつ「資料名 | URLまたは文書番号」の形で記入してください。日付は YYYY-MM-DD 形式です。B列の項目名、A列のID、表の見出しは変更しないでください。", EN: "In the Status column, write Compliant, Partially compliant, Non-compliant or Not applicable (or ○, △, ×, -). Not applicable needs a reason; partially compliant and non-compliant need a remediation action and a due date. List evidence one item per line, as \"title | URL or document number\". Dates are written YYYY-MM-DD. Do not change the field names in column B, the IDs in column A or the table headings."},
	i18n.Message{Key: keyFieldInstructions, JA: "記入方法", EN: "How to fill in"},
	i18n.Message{Key: keyFieldCatalog, JA: "カタログ", EN: "Catalog"},
	i18n.Message{Key: keyFieldCatalogVersion, JA: "カタログのバージョン", EN: "Catalog version"},
	i18n.Message{Key: keyFieldState, JA: "状態（下書き・提出済み）", EN: "State (draft or submitted)"},
	i18n.Message{Key: keyFieldAssessedOn, JA: "評価日（YYYY-MM-DD）", EN: "Assessment date (YYYY-MM-DD)"},
	i18n.Message{Key: keyFieldNameJA, JA: "事業者名（日本語）", EN: "Company name (Japanese)"},
	i18n.Message{Key: keyFieldNameEN, JA: "事業者名（英語）", EN: "Company name (English)"},
	i18n.Message{Key: keyFieldCorporateNumber, JA: "法人番号（13桁）", EN: "Corporate number (13 digits)"},
	i18n.Message{Key: keyFieldRegistrationNumber, JA: "電子決済等代行業の登録番号", EN: "EPISP registration number"},
	i18n.Message{Key: keyFieldAssessorName, JA: "評価責任者の氏名", EN: "Assessor's name"},
	i18n.Message{Key: keyFieldOrganization, JA: "評価責任者の所属", EN: "Assessor's organization"},
	i18n.Message{Key: keyFieldEmail, JA: "評価責任者のメールアドレス", EN: "Assessor's email address"},
	i18n.Message{Key: keyColumnID, JA: "ID", EN: "ID"},
	i18n.Message{Key: keyColumnCategory, JA: "区分", EN: "Category"},
	i18n.Message{Key: keyColumnText, JA: "確認項目", EN: "Criterion"},
	i18n.Message{Key: keyColumnStatus, JA: "評価結果", EN: "Status"},
	i18n.Message{Key: keyColumnJustification, JA: "該当なしの理由", EN: "Reason not applicable"},
	i18n.Message{Key: keyColumnEvidence, JA: "根拠資料", EN: "Evidence"},
	i18n.Message{Key: keyColumnComment, JA: "コメント", EN: "Comment"},
	i18n.Message{Key: keyColumnAction, JA: "改善策", EN: "Remediation action"},
	i18n.Message{Key: keyColumnOwner, JA: "改善担当", EN: "Remediation owner"},
	i18n.Message{Key: keyColumnDue, JA: "改善期限（YYYY-MM-DD）", EN: "Remediation due (YYYY-MM-DD)"},
	i18n.Message{Key: keyColumnNeedsReview, JA: "要確認", EN: "Needs review"},
	i18n.Message{Key: keyColumnDerivedFrom, JA: "導出元", EN: "Derived from"},
}
