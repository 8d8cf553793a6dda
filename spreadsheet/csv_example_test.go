package spreadsheet_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
)

func ExampleTemplateCSV() {
	var buf bytes.Buffer
	err := spreadsheet.TemplateCSV(&buf, criteria.Checklist(), &spreadsheet.CSVOptions{Lang: i18n.Japanese})
	if err != nil {
		panic(err)
	}
	text := strings.TrimPrefix(buf.String(), "\ufeff") // the byte order mark tells Excel the file is UTF-8
	lines := strings.Split(text, "\r\n")
	fmt.Println(lines[0])
	for _, line := range lines[2:7] {
		fmt.Println(line)
	}
	fmt.Println("…")
	for _, line := range lines[14:17] {
		fmt.Println(line)
	}
	// Output:
	// dendai.assessment/v1,format,電子決済等代行業者に求める基準 自己評価シート
	// カタログ,catalog,jpbank-checklist
	// カタログのバージョン,catalogVersion,1.1.0
	// 状態（下書き・提出済み）,state,下書き
	// 評価日（YYYY-MM-DD）,assessedOn,
	// 事業者名（日本語）,subject.name.ja,
	// …
	// ID,区分,確認項目,評価結果,該当なしの理由,根拠資料,コメント,改善策,改善担当,改善期限（YYYY-MM-DD）
	// 1-1,経営陣の関与,経営陣により情報セキュリティ管理態勢が整備されている,,,,,,,
	// 1-2,情報・セキュリティ管理態勢,セキュリティ管理責任の所在と対象範囲を明確にする,,,,,,,
}

func ExampleReadCSV() {
	// A draft as a person may have filled it in: a mark for the status, a date
	// as Excel rewrites it, two pieces of evidence in one cell, and a status
	// the reader does not know.
	const file = "dendai.assessment/v1,format,\r\n" +
		"Catalog,catalog,jpbank-checklist\r\n" +
		"Catalog version,catalogVersion,1.0.0\r\n" +
		"State,state,下書き\r\n" +
		"Assessment date,assessedOn,2026/11/1\r\n" +
		"Company name (Japanese),subject.name.ja,株式会社サンプルペイ\r\n" +
		"Company name (English),subject.name.en,Sample Pay Inc.\r\n" +
		"Corporate number,subject.corporateNumber,5010001112730\r\n" +
		"EPISP registration number,subject.registrationNumber,関東財務局長（電代）第12号\r\n" +
		"Assessor's name,assessor.name,山田 太郎\r\n" +
		"Assessor's organization,assessor.organization,\r\n" +
		"Assessor's email address,assessor.email,t.yamada@example.jp\r\n" +
		"\r\n" +
		"ID,Category,Criterion,Status,Reason not applicable,Evidence,Comment,Remediation action,Remediation owner,Remediation due\r\n" +
		"1-1,,,○,,\"情報セキュリティ基本方針 第3版 | https://example.jp/policy.pdf\n取締役会議事録 | BOD-2026-04\",,,,\r\n" +
		"1-2,,,たぶん,,,,,,\r\n"

	a, problems := spreadsheet.ReadCSV([]byte(file), criteria.Checklist())
	fmt.Println(a.State, a.AssessedOn, a.Responses[0].Status, len(a.Responses[0].Evidence))
	for _, p := range problems {
		fmt.Println(p.Describe(i18n.English))
	}
	// Output:
	// draft 2026-11-01 compliant 2
	// line 16, column 4 (/responses/1/status; ID 1-2): "たぶん" is not a valid status: use compliant, partially_compliant, non_compliant, not_applicable or not_assessed (or the marks ○, △, ×, －)
}
