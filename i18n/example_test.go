package i18n_test

import (
	"fmt"

	"github.com/dendai-go/dendai/i18n"
)

func ExampleNegotiate() {
	// A browser set to Japanese, then English.
	fmt.Println(i18n.Negotiate("ja-JP,ja;q=0.9,en;q=0.8"))
	// Weights decide, not the order of the list.
	fmt.Println(i18n.Negotiate("en;q=0.1, ja;q=0.9"))
	// A language dendai does not speak falls back to English.
	fmt.Println(i18n.Negotiate("fr-FR"))
	// So does a header that cannot be parsed.
	fmt.Println(i18n.Negotiate("not a header!"))
	// Output:
	// ja
	// ja
	// en
	// en
}

func ExampleFromLocale() {
	// The values of LC_ALL, LC_MESSAGES and LANG, in that order: the first one set
	// decides.
	fmt.Println(i18n.FromLocale("", "", "ja_JP.UTF-8"))
	fmt.Println(i18n.FromLocale("C", "", "ja_JP.UTF-8"))
	fmt.Println(i18n.FromLocale("", "", ""))
	// Output:
	// ja
	// en
	// en
}

func ExampleParseLang() {
	for _, s := range []string{"ja", "ja_JP.UTF-8", "en-GB", "fr"} {
		l, err := i18n.ParseLang(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %v\n", s, l)
	}
	// Output:
	// ja: ja
	// ja_JP.UTF-8: ja
	// en-GB: en
	// i18n: unsupported language "fr" (want ja or en)
}

func ExampleText_In() {
	status := i18n.Text{JA: "一部適合", EN: "Partially compliant"}
	for _, l := range i18n.Langs() {
		fmt.Printf("%v: %s\n", l, status.In(l))
	}
	// Output:
	// en: Partially compliant
	// ja: 一部適合
}

func ExampleSprintf() {
	// Arguments that are keys are translated too.
	fmt.Println(i18n.Sprintf(i18n.Japanese, i18n.JSONWrongType, i18n.JSONKindString, i18n.JSONKindNumber))
	fmt.Println(i18n.Sprintf(i18n.English, i18n.JSONWrongType, i18n.JSONKindString, i18n.JSONKindNumber))
	fmt.Println(i18n.Sprintf(i18n.Japanese, i18n.LocationLineColumn, 12, 9))
	// Output:
	// 文字列を指定してください（数値が指定されています）
	// expected a string, found a number
	// 12行目、9列目
}

func ExampleKey_Text() {
	msg := i18n.JSONMissingField.Text("criterion")
	fmt.Println(msg.JA)
	fmt.Println(msg.EN)
	// The key is also the problem's stable code.
	fmt.Println(i18n.JSONMissingField)
	// Output:
	// 必須のフィールド「criterion」がありません
	// the required field "criterion" is missing
	// json.missing_field
}
