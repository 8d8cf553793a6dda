package review

import (
	"testing"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, nil)
	msgtest.Has(t, messages,
		i18n.Key(CodeFormat), i18n.Key(CodeRequired), i18n.Key(CodeDecisionInvalid), i18n.Key(CodePolicyName), i18n.Key(CodeVerdictInvalid),
		i18n.Key(CodeDigestMismatch), i18n.Key(CodeCatalogMismatch), i18n.Key(CodeNotSubmitted), i18n.Key(CodeUnknownCriterion),
		i18n.Key(CodeDuplicateItem), i18n.Key(CodeQueryIncomplete), i18n.Key(CodeOverrideIncomplete), i18n.Key(CodeOverrideNotAssessed),
		i18n.Key(CodeFieldNotAllowed), i18n.Key(CodeConditionsRequired), i18n.Key(CodeConditionsNotAllowed), i18n.Key(CodeApprovedWithQueries),
		i18n.Key(CodeReviewedBeforeAssessed), i18n.Key(CodeDueBeforeReview), i18n.Key(CodeDateInFuture), i18n.Key(CodeDifferentSubject),
		i18n.Key(CodeNewBeforePrevious))
}
