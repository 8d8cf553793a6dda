package scoring

import (
	"embed"
	"slices"
	"sync"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// The names of the built-in policies.
const (
	// UniformName is the policy in which every criterion weighs 1.
	UniformName = "uniform"
	// RiskWeightedName is the policy that puts every checklist item in a risk
	// tier: critical 10, high 7.5, medium 5, low 2.5.
	RiskWeightedName = "risk-weighted"
)

//go:embed data/uniform.json data/risk-weighted.json
var data embed.FS

var (
	uniform      = sync.OnceValue(func() *Policy { return mustLoad("data/uniform.json") })
	riskWeighted = sync.OnceValue(func() *Policy { return mustLoad("data/risk-weighted.json") })
)

func mustLoad(name string) *Policy {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("scoring: built-in policy missing: " + err.Error())
	}
	p, err := ParsePolicy(b, criteria.Checklist())
	if err != nil {
		// The embedded data is checked by the package's tests.
		panic("scoring: built-in policy " + name + " is invalid: " + err.Error())
	}
	return p
}

// Uniform returns the built-in uniform policy for jpbank-checklist: every
// criterion weighs 1; compliant earns 1, partially_compliant 0.5, non_compliant
// and not_assessed 0; not_applicable is left out; 2-2 (exclusion of anti-social
// forces) must be compliant and 2-1 (business continuity management) at least
// partially compliant; ratings A ≥ 90, B ≥ 75, C ≥ 60, D below.
func Uniform() *Policy { return uniform() }

// RiskWeighted returns the built-in risk-weighted policy for jpbank-checklist:
// the uniform policy's credits, gates and bands, with every item in a tier
// (critical 10, high 7.5, medium 5, low 2.5, with a rationale for each), and one
// more gate: no critical item may be non_compliant or not_assessed.
func RiskWeighted() *Policy { return riskWeighted() }

// Builtin returns the built-in policy with the given name for cat. Both
// built-in policies are written for jpbank-checklist; for another catalog,
// "uniform" gives UniformFor(cat), and "risk-weighted" is not available.
func Builtin(name string, cat *criteria.Catalog) (*Policy, bool) {
	switch {
	case name == UniformName && cat.Equal(criteria.Checklist()):
		return Uniform(), true
	case name == RiskWeightedName && cat.Equal(criteria.Checklist()):
		return RiskWeighted(), true
	case name == UniformName:
		return UniformFor(cat), true
	}
	return nil, false
}

// BuiltinNames returns the names of the built-in policies.
func BuiltinNames() []string { return slices.Clone([]string{UniformName, RiskWeightedName}) }

// UniformFor returns a uniform policy for any catalog: every criterion weighs 1,
// the uniform policy's credits and bands, and no gates. It is what "uniform"
// means for a catalog other than jpbank-checklist.
func UniformFor(cat *criteria.Catalog) *Policy {
	if cat.Equal(criteria.Checklist()) {
		return Uniform()
	}
	u := Uniform()
	p := &Policy{
		name: UniformName, version: u.version, catalog: cat,
		title:         u.title,
		description:   i18n.PolicyUniformForDescription.Text(),
		credit:        u.credit,
		defaultWeight: unit,
		bands:         u.bands,
		weights:       make([]Decimal, cat.Len()),
		tierOf:        make([]int8, cat.Len()),
		rationale:     make([]i18n.Text, cat.Len()),
	}
	for i := range p.weights {
		p.weights[i], p.tierOf[i] = unit, -1
	}
	return p
}

// gatePasses reports whether status s meets the gate g.
func gatePasses(g Gate, s assessment.Status) bool {
	switch s {
	case assessment.NotApplicable:
		return g.NotApplicablePasses
	case assessment.NotAssessed:
		return false
	}
	return rank(s) >= rank(g.Minimum)
}

// rank orders the statuses that can meet a gate.
func rank(s assessment.Status) int {
	switch s {
	case assessment.Compliant:
		return 3
	case assessment.PartiallyCompliant:
		return 2
	case assessment.NonCompliant:
		return 1
	}
	return 0
}
