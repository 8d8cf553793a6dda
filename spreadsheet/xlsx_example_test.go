package spreadsheet_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

// A bank sends the workbook; the EPISP fills it in with Excel and sends it
// back; Check reads it by content and names each problem's cell.
func ExampleWriteXLSX() {
	cat := criteria.Checklist()
	var book bytes.Buffer
	if err := spreadsheet.TemplateXLSX(&book, cat, &spreadsheet.XLSXOptions{Lang: i18n.Japanese}); err != nil {
		panic(err)
	}
	// (Here the EPISP fills it in.) The blank draft, read back:
	doc := spreadsheet.Check(book.Bytes(), &spreadsheet.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }})
	fmt.Println(doc.Format, doc.Assessment.State, len(doc.Assessment.Responses))
	for _, p := range doc.Problems {
		fmt.Println(p.Code, p.Path, p.Line, p.Column)
		fmt.Println(p.Message.JA)
	}
	// Output:
	// xlsx draft 57
	// validation.required /assessedOn 8 3
	// 表紙!C8: 入力が必要です
	// validation.name_text /subject/name 9 3
	// 表紙!C9: 名称を日本語、英語またはその両方で入力してください
	// validation.required /subject/corporateNumber 11 3
	// 表紙!C11: 入力が必要です
	// validation.required /assessor/name 13 3
	// 表紙!C13: 入力が必要です
}

// The result of scoring, as a workbook of three sheets: the summary, the
// criteria with their statuses coloured, and the improvements.
func ExampleWriteResultXLSX() {
	p := scoring.Uniform()
	a := assessment.Template(p.Catalog())
	var book bytes.Buffer
	if err := spreadsheet.WriteResultXLSX(&book, p, a, p.Score(a), &spreadsheet.XLSXOptions{Lang: i18n.English}); err != nil {
		panic(err)
	}
	fmt.Println(spreadsheet.Detect(book.Bytes()))
	// Output:
	// xlsx
}
