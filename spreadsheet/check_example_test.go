package spreadsheet_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
)

// A draft against the standard (jpbank-standard) that answers a criterion of
// the checklist by mistake.
const standardDraft = `{
  "format": "dendai.assessment/v1",
  "catalog": "jpbank-standard",
  "catalogVersion": "1.0.0",
  "state": "draft",
  "assessedOn": "2026-11-01",
  "subject": {
    "name": {"ja": "株式会社サンプルペイ"},
    "corporateNumber": "5010001112730",
    "registrationNumber": "関東財務局長（電代）第12号"
  },
  "assessor": {"name": "山田 太郎", "email": "t.yamada@example.jp"},
  "responses": [
    {"criterion": "S1-1", "status": "compliant"},
    {"criterion": "1-1", "status": "compliant"}
  ]
}`

func ExampleCheck() {
	opts := &spreadsheet.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }}

	// Check tells the form by content and checks the assessment against the
	// catalog it names.
	doc := spreadsheet.Check([]byte(standardDraft), opts)
	fmt.Println(doc.Format, doc.Catalog.ID())
	for _, p := range doc.Problems {
		fmt.Println(p.Describe(i18n.English))
	}

	// The same draft as the CSV template, in Shift_JIS as Japanese Excel
	// saves it: the problem is at its row and cell.
	var file bytes.Buffer
	err := spreadsheet.WriteCSV(&file, doc.Catalog, doc.Assessment, &spreadsheet.CSVOptions{Lang: i18n.Japanese, Encoding: spreadsheet.ShiftJIS})
	if err != nil {
		panic(err)
	}
	doc = spreadsheet.Check(file.Bytes(), opts)
	fmt.Println(doc.Format, doc.Catalog.ID())
	for _, p := range doc.Problems {
		fmt.Println(p.Describe(i18n.Japanese))
	}
	// Output:
	// json jpbank-standard
	// line 15, column 19 (/responses/1/criterion; ID 1-1): catalog "jpbank-standard" has no criterion "1-1"
	// csv jpbank-standard
	// 67行目、1列目（/responses/51/criterion、ID 1-1）: カタログ「jpbank-standard」に基準「1-1」はありません。A列のIDはテンプレートのままにしてください
}

func ExampleCatalogOf() {
	id, version := spreadsheet.CatalogOf([]byte(standardDraft))
	fmt.Println(id, version)
	// Output:
	// jpbank-standard 1.0.0
}
