package scoring

import (
	"embed"
	"slices"
	"sync"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// The names of the built-in policies.
const (
	// UniformName is the policy in which every criterion weighs 1.
	UniformName = "uniform"
	// RiskWeightedName is the policy that puts every checklist item in a risk
	// tier: critical 10, high 7.5, medium 5, low 2.5.
	RiskWeightedName = "risk-weighted"
)

//go:generate go run gen_builtin.go

// data holds the built-in policies' documents, for the package's tests: the
// policies are built from builtin_data.go, and the files cost a program
// nothing until read.
//
//go:embed data/uniform.json data/risk-weighted.json
var data embed.FS

// The built-in policies are built on first use from their Specs in
// builtin_data.go, generated from data/*.json (go generate), which
// TestBuiltinDataMatchesJSON keeps equal to what ParsePolicy reads from those
// files. The Specs are shared, never changed: Policy.Spec returns a copy.
var (
	uniformData      = sync.OnceValue(func() *policyData { return build(criteria.Checklist(), uniformSpec) })
	riskWeightedData = sync.OnceValue(func() *policyData { return build(criteria.Checklist(), riskWeightedSpec) })
)

// Uniform returns the built-in uniform policy for jpbank-checklist: every
// criterion weighs 1; compliant earns 1, partially_compliant 0.5, non_compliant
// and not_assessed 0; not_applicable is left out; 2-2 (exclusion of anti-social
// forces) must be compliant and 2-1 (business continuity management) at least
// partially compliant; ratings A ≥ 90, B ≥ 75, C ≥ 60, D below.
//
// Each call returns a new Policy over the same immutable data, loaded once.
func Uniform() *Policy { return &Policy{catalog: criteria.Checklist(), d: uniformData()} }

// RiskWeighted returns the built-in risk-weighted policy for jpbank-checklist:
// the uniform policy's credits, gates and bands, with every item in a tier
// (critical 10, high 7.5, medium 5, low 2.5, with a rationale for each), and one
// more gate: no critical item may be non_compliant or not_assessed.
//
// Each call returns a new Policy over the same immutable data, loaded once.
func RiskWeighted() *Policy { return &Policy{catalog: criteria.Checklist(), d: riskWeightedData()} }

// isChecklist reports whether cat is jpbank-checklist at one of its built-in
// versions (criteria.BuiltinVersions): the built-in catalog or any copy of it
// with the same ID, version and content, such as one read from a file. The
// versions differ only in their crosswalk to the standard, so a policy written
// for one applies to all.
func isChecklist(cat *criteria.Catalog) bool {
	if cat.ID() != criteria.ChecklistID {
		return false
	}
	c, ok := criteria.BuiltinVersion(criteria.ChecklistID, cat.Version())
	return ok && cat.Equal(c)
}

// Builtin returns the built-in policy with the given name for cat. Both
// built-in policies are written for jpbank-checklist, and apply, gates and all,
// to any catalog equal to one of its built-in versions (criteria.Catalog.Equal),
// whichever value holds it: the policy returned scores cat. For a custom
// catalog, "uniform" gives UniformFor(cat), and "risk-weighted" is not
// available.
//
// A catalog that has the ID of a built-in catalog but is equal to none of its
// versions gets no built-in policy: it is not the catalog the policy was
// written for, and a uniform policy without the gates, under the same name,
// would pass what the built-in one fails. Such a catalog needs a policy of its
// own (or UniformFor, asked for by name).
func Builtin(name string, cat *criteria.Catalog) (*Policy, bool) {
	if impostor(cat) {
		return nil, false
	}
	switch name {
	case UniformName:
		return UniformFor(cat), true
	case RiskWeightedName:
		if isChecklist(cat) {
			return &Policy{catalog: cat, d: riskWeightedData()}, true
		}
	}
	return nil, false
}

// impostor reports whether cat has the ID of a built-in catalog but is equal
// to none of its built-in versions.
func impostor(cat *criteria.Catalog) bool {
	if _, builtin := criteria.Builtin(cat.ID()); !builtin {
		return false
	}
	// Equal catalogs have the same version: only that one is loaded, not
	// every version (each built-in version is parsed on first use).
	b, ok := criteria.BuiltinVersion(cat.ID(), cat.Version())
	return !ok || !cat.Equal(b)
}

// BuiltinNames returns the names of the built-in policies.
func BuiltinNames() []string { return slices.Clone([]string{UniformName, RiskWeightedName}) }

// UniformFor returns a uniform policy for any catalog: for jpbank-checklist
// (or a catalog equal to it), the built-in uniform policy, scoring cat; for
// another, one in which every criterion weighs 1, with the uniform policy's
// credits and bands and no gates.
func UniformFor(cat *criteria.Catalog) *Policy {
	u := uniformData()
	if isChecklist(cat) {
		return &Policy{catalog: cat, d: u}
	}
	spec := Spec{
		Name: UniformName, Version: u.spec.Version, Catalog: cat.ID(),
		Title:         u.spec.Title,
		Description:   messages.Text(keyUniformForDescription),
		Credit:        u.spec.Credit,
		DefaultWeight: unit,
		Bands:         slices.Clone(u.spec.Bands),
	}
	return &Policy{catalog: cat, d: build(cat, spec)}
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
