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

func ExampleFold() {
	// What people type, in full width, with a capital or a trailing
	// ideographic space, folds to one spelling.
	for _, s := range []string{"ＣＯＭＰＬＩＡＮＴ　", " Compliant", "Ｎ／Ａ"} {
		fmt.Printf("%q\n", i18n.Fold(s))
	}
	// Output:
	// "compliant"
	// "compliant"
	// "n/a"
}

func ExamplePrintable() {
	// A terminal escape and a right-to-left override from a hostile document
	// are shown, not acted on; Japanese is kept.
	fmt.Println(i18n.Printable("\x1b[2J評価\u202etxt.exe"))
	// Output:
	// \x1b[2J評価\u202etxt.exe
}

// The keys of a package's messages. A problem's code doubles as the key of
// its message.
const (
	keyWrongType    i18n.Key = "json.wrong_type"
	keyUnknownField i18n.Key = "json.unknown_field"
	keyString       i18n.Key = "json.kind.string"
	keyNumber       i18n.Key = "json.kind.number"
)

// messages is a package's table: every message in Japanese and English.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyWrongType, JA: "%sを指定してください（%sが指定されています）", EN: "expected %s, found %s"},
	i18n.Message{Key: keyUnknownField, JA: "「%s」というフィールドはありません", EN: "unknown field %q"},
	i18n.Message{Key: keyString, JA: "文字列", EN: "a string"},
	i18n.Message{Key: keyNumber, JA: "数値", EN: "a number"},
)

func ExampleMessages_Sprintf() {
	// Arguments that are keys of the table are translated too.
	fmt.Println(messages.Sprintf(i18n.Japanese, keyWrongType, keyString, keyNumber))
	fmt.Println(messages.Sprintf(i18n.English, keyWrongType, keyString, keyNumber))
	// Strings quoted from the input go through Printable.
	fmt.Println(messages.Sprintf(i18n.Japanese, keyUnknownField, "wei\x1bght"))
	// Output:
	// 文字列を指定してください（数値が指定されています）
	// expected a string, found a number
	// 「wei\x1bght」というフィールドはありません
}

func ExampleMessages_Text() {
	// A problem's message, in both languages; the caller picks one when it
	// shows the problem.
	msg := messages.Text(keyUnknownField, "weight")
	fmt.Println(msg.JA)
	fmt.Println(msg.EN)
	// The key is also the problem's stable code.
	fmt.Println(keyUnknownField)
	// Output:
	// 「weight」というフィールドはありません
	// unknown field "weight"
	// json.unknown_field
}
