package dendai

import "github.com/dendai-go/dendai/i18n"

// Keys of this package's messages. The codes of problems double as keys.
const (
	keyTooMany    = i18n.Key(CodeTooManyProblems)
	keyTooLarge   = i18n.Key(CodeInputTooLarge)
	keyLineColumn = i18n.Key("location.line_column")
	keyDetail     = i18n.Key("location.detail")
	keySeparator  = i18n.Key("location.separator")
	keyID         = i18n.Key("location.id")
)

// keyTooManyOne is keyTooMany when one more problem was found: English needs
// it, the Japanese is the same text.
const keyTooManyOne = i18n.Key("problems.too_many.one")

// messages is this package's message table. It is built once, from constant
// data, and never changed.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyTooMany, JA: "問題が多すぎるため、最初の%d件だけを示します（ほかに%d件あります）", EN: "too many problems: only the first %d are listed, and %d more were found"},
	i18n.Message{Key: keyTooManyOne, JA: "問題が多すぎるため、最初の%d件だけを示します（ほかに%d件あります）", EN: "too many problems: only the first %d are listed, and %d more was found"},
	i18n.Message{Key: keyTooLarge, JA: "入力がサイズの上限（%dバイト）を超えています", EN: "the input is larger than the limit of %d bytes"},
	i18n.Message{Key: keyLineColumn, JA: "%d行目、%d列目", EN: "line %d, column %d"},
	i18n.Message{Key: keyDetail, JA: "（%s）", EN: " (%s)"},
	i18n.Message{Key: keySeparator, JA: "、", EN: "; "},
	i18n.Message{Key: keyID, JA: "ID %s", EN: "ID %s"},
)

// TooLarge returns the problem of an input over the size limit of max bytes,
// coded CodeInputTooLarge.
func TooLarge(max int) Problem {
	return Problem{Code: CodeInputTooLarge, Message: messages.Text(keyTooLarge, max)}
}
