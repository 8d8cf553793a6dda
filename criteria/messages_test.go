package criteria

import (
	"testing"

	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, nil)
	msgtest.Has(t, messages, CodeFormat, CodeInvalidID, CodeDuplicateID, CodeEmptyGroup,
		CodeMixedGroup, CodeNoGroups, CodeInvalidVersion, CodeDuplicateRef,
		CodeMappingFormat, CodeMappingInvalidID, CodeMappingInvalidVersion, CodeMappingSourceCatalog,
		CodeMappingTargetCatalog, CodeMappingUnknownSource, CodeMappingUnknownTarget, CodeMappingDuplicateTarget,
		CodeMappingDuplicateSource, CodeMappingNoSources, CodeMappingRelationship, CodeMappingDate, CodeMappingBlank,
		CodeMappingNotVersions)
}
