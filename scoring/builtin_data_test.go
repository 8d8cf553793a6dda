package scoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/criteria"
)

// TestBuiltinDataMatchesJSON checks that each built-in policy, built from its
// Spec in builtin_data.go, is the policy ParsePolicy reads from its file in
// data/: the JSON files are the source of truth, and a change to one without
// `go generate ./scoring` fails here.
func TestBuiltinDataMatchesJSON(t *testing.T) {
	for _, b := range []struct {
		file string
		spec *Spec
		data func() *policyData
	}{
		{"data/uniform.json", &uniformSpec, uniformData},
		{"data/risk-weighted.json", &riskWeightedSpec, riskWeightedData},
	} {
		t.Run(b.file, func(t *testing.T) {
			src, err := data.ReadFile(b.file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ParsePolicy(src, criteria.Checklist(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.Spec(), *b.spec); diff != "" {
				t.Errorf("generated Spec differs from %s (-file +generated); run go generate ./scoring:\n%s", b.file, diff)
			}
			if diff := cmp.Diff(want.d, b.data(), cmp.AllowUnexported(policyData{}, groupEvent{})); diff != "" {
				t.Errorf("built-in policy differs from %s (-file +built-in):\n%s", b.file, diff)
			}
		})
	}
}
