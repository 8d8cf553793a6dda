package spreadsheet

import (
	"testing"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{keyColumnID}})
	msgtest.Has(t, messages,
		CodeEmpty, CodeFormat, CodeBareQuote, CodeQuote, CodeInvalidBytes, CodeUnknownField,
		CodeDuplicateField, CodeMissingField, CodeMissingTable, CodeColumnHeading, CodeExtraCell,
		CodeMissingCriterion, CodeUnknownCriterion, CodeDuplicateRow, CodeUnrepresentable, CodeInvalidUTF8,
		CodeNeedsReviewValue, CodeDerivedFrom)
	// Every label the layout writes.
	var labels []i18n.Key
	for _, f := range headerFields {
		labels = append(labels, f.label)
	}
	for _, c := range tableColumns {
		labels = append(labels, c.label)
	}
	msgtest.Has(t, messages, append(labels, keyTitle, keyInstructions, keyFieldInstructions)...)
}
