// Package spreadsheet holds the spreadsheet forms of an assessment, in which a
// checklist travels between a bank and an EPISP, and the one entry point that
// reads an assessment in any of its forms.
//
// # Reading any form
//
// A program that takes assessments from people (a command, a web service, a
// batch job) does not know which form it was given. [Check] tells JSON, the
// CSV template and the workbook apart by content ([Detect]), reads any of
// them, validates the assessment against the catalog it names, and returns a
// [Document]: the format, the catalog checked against, the assessment and
// every problem.
//
//	doc := spreadsheet.Check(data, nil)
//	for _, p := range doc.Problems {
//		fmt.Println(p.Describe(i18n.Japanese)) // 16行目、4列目（/responses/1/status、ID 1-2）: …
//	}
//	if doc.Assessment != nil && len(doc.Problems) == 0 {
//		// score doc.Assessment against doc.Catalog
//	}
//
// [Options] choose the catalog (by default the built-in catalog the document
// names, else jpbank-checklist), the format when the caller knows it, the size
// limit and the clock. [CatalogOf] reads only the catalog a document names, to
// choose a catalog or a policy before checking. Every problem has its JSON
// Pointer, and its line and column: in a JSON document the line and character,
// in a CSV file the row and cell, counted from 1, as a spreadsheet shows them.
//
// # The CSV template
//
// [TemplateCSV] writes a blank checklist for Excel and [WriteCSV] a filled one;
// [ReadCSV] and [CheckCSV] read it back, in UTF-8 (with or without a byte order
// mark), Shift_JIS, or UTF-16 with a byte order mark and tabs between the
// cells (what Excel saves as Unicode text), told apart by content. A file
// without a byte order mark that is valid both as UTF-8 and as Shift_JIS is
// read in the encoding whose reading reproduces the text dendai wrote (the
// form's labels and headings, the catalog's texts); when that text cannot
// tell, it is refused ([CodeAmbiguousEncoding]) rather than guessed, and
// [Options].Encoding says which it is (see [ReadCSV]). A workbook,
// an archive or a PDF given instead is one problem ([CodeFileType]) naming
// what it is and what to give instead. The layout, the encodings, the
// evidence cell, the provenance columns (needsReview and derivedFrom, written
// only for an assessment that has them, so that a projected or migrated
// assessment loses nothing) and the neutralisation of formula cells are
// described at [WriteCSV]. The problems of the CSV form have codes of their own
// ([CodeFormat], [CodeDuplicateRow], …); values that do not parse and
// validation problems have the codes package assessment gives them.
//
// # The Excel workbook
//
// [TemplateXLSX] writes the checklist as an Excel workbook (.xlsx), with a
// cover sheet and a protected checklist sheet whose answer cells alone are
// open, dropdowns and print setup, and [WriteXLSX] a filled one; [ReadXLSX]
// and [CheckXLSX] read it back from whatever program filled it in, and
// [Check] reads it by content. Every problem names its sheet and cell
// (チェックリスト!D45) as well as its JSON Pointer. A workbook is checked
// against limits before and while it is read ([MaxXLSXParts] and the
// others), formulas are never evaluated, and an encrypted workbook is refused
// with a message that says to remove the password. [WriteResultXLSX] writes
// the result of scoring as a workbook. The workbook library, excelize, is
// linked by this package only.
//
// The package does no I/O of its own beyond the io.Writer a caller passes, and
// is safe for concurrent use.
package spreadsheet
