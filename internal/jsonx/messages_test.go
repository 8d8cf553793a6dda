package jsonx

import (
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{KeyKindNull}})
	msgtest.Has(t, messages,
		dendai.CodeInvalidUTF8, dendai.CodeEmpty, dendai.CodeTrailingData, dendai.CodeUnexpectedEnd,
		dendai.CodeUnexpectedChar, dendai.CodeTooDeep, dendai.CodeDuplicateKey, dendai.CodeControlChar,
		dendai.CodeInvalidEscape, dendai.CodeWrongType, dendai.CodeUnknownField, dendai.CodeMissingField,
		dendai.CodeMissingJA, dendai.CodeMissingEN)
}
