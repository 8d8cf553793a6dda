package jsonx

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Keys of the names of JSON kinds, the arguments of a wrong-type message
// (see KindKey).
const (
	KeyKindNull    i18n.Key = "json.kind.null"
	KeyKindBool    i18n.Key = "json.kind.boolean"
	KeyKindNumber  i18n.Key = "json.kind.number"
	KeyKindString  i18n.Key = "json.kind.string"
	KeyKindArray   i18n.Key = "json.kind.array"
	KeyKindObject  i18n.Key = "json.kind.object"
	KeyKindInvalid i18n.Key = "json.kind.invalid"
)

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is the table of the problems of JSON syntax and shape that every
// document reader shares; their codes are exported by package dendai.
var messages = i18n.NewMessages(
	msg(dendai.CodeInvalidUTF8, "UTF-8として正しくないバイト列が含まれています", "the document is not valid UTF-8"),
	msg(dendai.CodeEmpty, "文書が空です", "the document is empty"),
	msg(dendai.CodeTrailingData, "JSONの値の後に余分なデータがあります", "unexpected data after the end of the JSON value"),
	msg(dendai.CodeUnexpectedEnd, "文書が途中で終わっています", "the document ends unexpectedly"),
	msg(dendai.CodeUnexpectedChar, "ここに文字 %s は置けません", "unexpected character %s"),
	msg(dendai.CodeTooDeep, "配列とオブジェクトの入れ子が%d階層を超えています", "arrays and objects are nested more than %d levels deep"),
	msg(dendai.CodeDuplicateKey, "同じオブジェクトの中でキー「%s」が重複しています", "the key %q appears twice in the same object"),
	msg(dendai.CodeControlChar, "文字列の中の制御文字はエスケープする必要があります", "control characters inside a string must be escaped"),
	msg(dendai.CodeInvalidEscape, "不正なエスケープシーケンスです", "invalid escape sequence"),
	msg(dendai.CodeWrongType, "%sを指定してください（%sが指定されています）", "expected %s, found %s"),
	msg(dendai.CodeUnknownField, "「%s」というフィールドはありません", "unknown field %q"),
	msg(dendai.CodeMissingField, "必須のフィールド「%s」がありません", "the required field %q is missing"),
	msg(dendai.CodeMissingJA, "日本語のテキストがありません", "the Japanese text is missing"),
	msg(dendai.CodeMissingEN, "英語のテキストがありません", "the English text is missing"),
	i18n.Message{Key: KeyKindNull, JA: "null", EN: "null"},
	i18n.Message{Key: KeyKindBool, JA: "真偽値", EN: "a boolean"},
	i18n.Message{Key: KeyKindNumber, JA: "数値", EN: "a number"},
	i18n.Message{Key: KeyKindString, JA: "文字列", EN: "a string"},
	i18n.Message{Key: KeyKindArray, JA: "配列", EN: "an array"},
	i18n.Message{Key: KeyKindObject, JA: "オブジェクト", EN: "an object"},
	i18n.Message{Key: KeyKindInvalid, JA: "不正な値", EN: "an invalid value"},
)
