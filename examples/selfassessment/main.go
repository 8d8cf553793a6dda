// Selfassessment shows how a fintech builds its self-assessment against Japan
// Post Bank's checklist in Go, without writing any JSON: it starts from the
// blank template of the 57 items, fills in the company and the person
// responsible, answers every item (with evidence, a justification for the item
// that does not apply and remediation plans for the gaps), validates the result,
// scores it under the risk-weighted policy and prints the Japanese report.
//
// The company, Mirai Pay Inc., is fictional. The assessment date and the clock
// that validation compares it with are fixed, so the output is the same on every
// run; the test compares it with testdata/output.golden.
//
// Run it with:
//
//	go run ./examples/selfassessment
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// jst is Japan Standard Time, the zone validation reads "today" in.
var jst = time.FixedZone("JST", 9*60*60)

// options fix the clock validation compares the assessment date with: a real
// program leaves Now nil, for time.Now.
var options = &assessment.Options{
	Now: func() time.Time { return time.Date(2026, 11, 2, 10, 0, 0, 0, jst) },
}

// run builds Mirai Pay's assessment and writes its report to w.
func run(w io.Writer) error {
	return assess(w, criteria.Checklist(), build(criteria.Checklist()))
}

// build fills in the blank template of cat: every item not listed in answers
// is compliant.
func build(cat *criteria.Catalog) *assessment.Assessment {
	a := assessment.Template(cat)
	a.State = assessment.Submitted
	a.AssessedOn = assessment.MustParseDate("2026-11-01")
	a.Subject = assessment.Subject{
		Name:               i18n.Text{JA: "株式会社ミライペイ", EN: "Mirai Pay Inc."},
		CorporateNumber:    assessment.MustParseCorporateNumber("5010001112730"),
		RegistrationNumber: assessment.MustParseRegistrationNumber("関東財務局長（電代）第57号"),
	}
	a.Assessor = assessment.Assessor{
		Name:         "鈴木 一郎",
		Organization: "株式会社ミライペイ リスク管理部",
		Email:        "i.suzuki@example.jp",
	}
	for i := range a.Responses {
		r := &a.Responses[i]
		answer, ok := answers[r.Criterion]
		if !ok {
			r.Status = assessment.Compliant
			continue
		}
		answer.Criterion = r.Criterion
		*r = answer
	}
	return a
}

// answers holds the items whose answer is more than a plain "compliant".
var answers = map[criteria.ID]assessment.Response{
	"1-1": {
		Status: assessment.Compliant,
		Evidence: []assessment.Evidence{
			{Title: "情報セキュリティ基本方針 第2版", Ref: "https://example.jp/mirai-pay/security-policy.pdf"},
			{Title: "2026年度 取締役会議事録（情報セキュリティ報告）", Ref: "BOD-2026-07"},
		},
		Comment: "取締役会が年1回方針を見直し、CISOが四半期ごとに報告",
	},
	"1-10": {
		Status:  assessment.NonCompliant,
		Comment: "第三者認証は未取得。内部監査のみ実施",
		Remediation: &assessment.Remediation{
			Action: "ISMS（ISO/IEC 27001）認証を取得する",
			Owner:  "経営企画部",
			Due:    assessment.MustParseDate("2027-09-30"),
		},
	},
	"1-30": {
		Status:  assessment.PartiallyCompliant,
		Comment: "多要素認証は管理者アカウントのみ",
		Remediation: &assessment.Remediation{
			Action: "全ての業務アカウントに多要素認証を導入する",
			Owner:  "情報システム部",
			Due:    assessment.MustParseDate("2027-03-31"),
		},
	},
	"1-31": {
		Status: assessment.Compliant,
		Evidence: []assessment.Evidence{
			{Title: "ログ管理手順書（保存期間5年）", Ref: "OPS-PROC-014"},
		},
	},
	"1-48": {
		Status:        assessment.NotApplicable,
		Justification: "スマートフォンアプリを提供しておらず、サービスはウェブブラウザからのみ利用できるため",
	},
	"2-1": {
		Status: assessment.Compliant,
		Evidence: []assessment.Evidence{
			{Title: "事業継続計画書 第4版", Ref: "BCP-2026"},
			{Title: "2026年度 災害復旧訓練報告書", Ref: "DR-2026-09"},
		},
	},
	"2-2": {
		Status: assessment.Compliant,
		Evidence: []assessment.Evidence{
			{Title: "反社会的勢力に該当しないことの表明・確約書", Ref: "LEGAL-2026-003"},
		},
	},
}

// assess validates a against cat, scores it under the risk-weighted policy and
// writes the Japanese text report to w. An assessment with problems is not
// scored: the error lists the problems in Japanese.
func assess(w io.Writer, cat *criteria.Catalog, a *assessment.Assessment) error {
	if problems := assessment.Validate(cat, a, options); len(problems) > 0 {
		return problemsError(problems)
	}
	policy := scoring.RiskWeighted()
	r := report.Report{
		Policy:     policy,
		Assessment: a,
		Result:     policy.Score(a),
	}
	_, err := io.WriteString(w, r.Text(i18n.Japanese))
	return err
}

// problemsError is the problems validation found, described in Japanese.
type problemsError dendai.Problems

func (e problemsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d件の問題があります", len(e))
	for _, p := range e {
		b.WriteString("\n  " + p.Describe(i18n.Japanese))
	}
	return b.String()
}
