package report_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

func sampleReport() *report.Report {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		panic(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		panic(err)
	}
	p := scoring.RiskWeighted()
	return &report.Report{Policy: p, Assessment: a, Result: p.Score(a)}
}

func ExampleReport_Text() {
	r := sampleReport()
	lines := strings.Split(r.Text(i18n.Japanese), "\n")
	for _, l := range append(lines[:2:2], lines[6:13]...) {
		fmt.Println(l)
	}
	// Output:
	// 株式会社サンプルペイの自己評価（電子決済等代行業者に求める基準）
	// 法人番号: 5010001112730　登録番号: 関東財務局長（電代）第12号
	// 必須条件（ゲート）
	//   合格    2-2  反社会的勢力に該当しないことを確約する  適合以上が必要（現在: 適合）
	//   合格    2-1  事業継続管理(BCP)態勢を確立する  一部適合以上が必要（現在: 適合）
	//   合格    1-19  利用者の補償対応を的確に行う  一部適合以上が必要（現在: 適合）
	//   合格    ティア「最重要」のすべての項目に一部適合以上が必要
	//
	// スコア 95.7 / 100　評価ランク A　判定 合格
}

func ExampleReport_Markdown() {
	md := sampleReport().Markdown(i18n.English)
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "## ") {
			fmt.Println(l)
		}
	}
	// Output:
	// ## Gates
	// ## Score
	// ## Scores by group
	// ## Top improvements
	// ## Criteria
}

func ExampleReport_HTML() {
	page, err := sampleReport().HTML(i18n.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(page, "<!DOCTYPE html>"), strings.Contains(page, "<svg"), strings.Contains(page, "<script"))
	// Output:
	// true true false
}
