package assessment_test

import (
	"errors"
	"fmt"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
)

func ExampleParseCorporateNumber() {
	// Full-width digits, spaces and hyphens are accepted; String gives the
	// 13 ASCII digits.
	c, err := assessment.ParseCorporateNumber("５－０１００－０１１１－２７３０")
	if err != nil {
		panic(err)
	}
	fmt.Println(c, c.CheckDigit(), c.Base())

	// A wrong check digit is a *dendai.Error holding one problem, with a code
	// and a message in Japanese and English.
	_, err = assessment.ParseCorporateNumber("5010001112731")
	var e *dendai.Error
	if errors.As(err, &e) {
		p := e.Problems[0]
		fmt.Println(p.Code, p.Code == assessment.CodeCorporateNumberCheckDigit)
		fmt.Println(p.Message.JA)
		fmt.Println(p.Message.EN)
	}
	// Output:
	// 5010001112730 5 010001112730
	// corporate_number.check_digit true
	// 法人番号「5010001112731」のチェックデジット（先頭の桁）が正しくありません
	// the check digit (the first digit) of the corporate number "5010001112731" is wrong
}

func ExampleParseRegistrationNumber() {
	r, err := assessment.ParseRegistrationNumber("関東財務局長(電代)第０１２号")
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	fmt.Println(r.Bureau().Name().EN, r.Number())

	_, err = assessment.ParseRegistrationNumber("大阪財務局長（電代）第1号")
	fmt.Println(err)
	// Output:
	// 関東財務局長（電代）第12号
	// Kanto Local Finance Bureau 12
	// dendai: "大阪財務局" is not a bureau that registers EPISPs
}

func ExampleParseStatus() {
	for _, s := range []string{"compliant", "一部適合", "×", "ｎ／ａ", "Not assessed"} {
		st, err := assessment.ParseStatus(s)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s → %s\n", s, st)
	}
	_, err := assessment.ParseStatus("yes")
	fmt.Println(err != nil)
	// Output:
	// compliant → compliant
	// 一部適合 → partially_compliant
	// × → non_compliant
	// ｎ／ａ → not_applicable
	// Not assessed → not_assessed
	// true
}

func ExampleStatus_Label_all() {
	for _, s := range assessment.Statuses() {
		l := s.Label()
		fmt.Printf("%s: %s / %s\n", s, l.JA, l.EN)
	}
	// Output:
	// not_assessed: 未評価 / Not assessed
	// compliant: 適合 / Compliant
	// partially_compliant: 一部適合 / Partially compliant
	// non_compliant: 不適合 / Non-compliant
	// not_applicable: 該当なし / Not applicable
}

func ExampleParseDate() {
	due, err := assessment.ParseDate("2027-03-31")
	if err != nil {
		panic(err)
	}
	assessed := assessment.MustParseDate("2026-11-01")
	fmt.Println(due, due.Year(), due.Month(), due.Day(), due.After(assessed))

	_, err = assessment.ParseDate("2027-02-29")
	fmt.Println(err)
	// Output:
	// 2027-03-31 2027 March 31 true
	// dendai: "2027-02-29" is not a valid date: give a date that exists, written YYYY-MM-DD, such as 2026-11-01
}
