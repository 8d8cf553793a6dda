package scoring_test

import (
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// This file feeds hostile policies through ParsePolicy; testkit checks the
// invariants of DESIGN.md on every refusal: never a panic, a stable code and
// a message in both languages, a location, and the caller's input left as it
// was.

// TestHardeningBase checks that the policy the rows start from is valid, so
// that every row's refusal is its own.
func TestHardeningBase(t *testing.T) {
	if _, err := scoring.ParsePolicy([]byte(testkit.TieredPolicy), criteria.Checklist(), nil); err != nil {
		t.Errorf("ParsePolicy(testkit.TieredPolicy): %v", err)
	}
}

// policyEdit returns testkit.TieredPolicy with old replaced by new once.
func policyEdit(old, new string) []byte { return []byte(testkit.Edit(testkit.TieredPolicy, old, new)) }

// badPolicies returns the hostile policy documents, all for jpbank-checklist.
func badPolicies() []testkit.Bad {
	return []testkit.Bad{
		{Name: "empty", Data: []byte{}, Code: dendai.CodeEmpty},
		{Name: "whitespace only", Data: []byte("\r\n \r\n"), Code: dendai.CodeEmpty},
		{Name: "lone BOM", Data: []byte(testkit.BOM), Code: dendai.CodeEmpty},
		{Name: "truncated", Data: []byte(testkit.TieredPolicy[:200]), Code: dendai.CodeUnexpectedEnd},
		{Name: "invalid UTF-8", Data: policyEdit(`堅牢化`, "\xe5\xa0"), Code: dendai.CodeInvalidUTF8},
		{Name: "duplicate key", Data: policyEdit(`"defaultWeight": 1,`, `"defaultWeight": 1, "defaultWeight": 2,`), Code: dendai.CodeDuplicateKey},
		{Name: "format of a catalog", Data: policyEdit(`"dendai.policy/v1"`, `"dendai.catalog/v1"`), Code: scoring.CodeFormat},
		{Name: "policy for the standard", Data: policyEdit(`"catalog": "jpbank-checklist"`, `"catalog": "jpbank-standard"`), Code: scoring.CodeCatalogMismatch},
		{Name: "weight with an exponent", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1e0`), Code: scoring.CodeInvalidNumber},
		{Name: "weight 1e999", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1e999`), Code: scoring.CodeInvalidNumber},
		{Name: "weight 1E-3", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1E-3`), Code: scoring.CodeInvalidNumber},
		{Name: "weight over the maximum", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 1000000.001`), Code: scoring.CodeInvalidNumber},
		{Name: "weight of 20 digits", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 99999999999999999999`), Code: scoring.CodeInvalidNumber},
		{Name: "weight with four decimals", Data: policyEdit(`"weight": 10`, `"weight": 10.0001`), Code: scoring.CodeInvalidNumber},
		{Name: "weight -0", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": -0`), Code: scoring.CodeInvalidNumber},
		{Name: "weight 01", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": 01`), Code: dendai.CodeUnexpectedChar},
		{Name: "weight .5", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": .5`), Code: dendai.CodeUnexpectedChar},
		{Name: "weight a string", Data: policyEdit(`"defaultWeight": 1`, `"defaultWeight": "1"`), Code: dendai.CodeWrongType},
		{Name: "negative credit", Data: policyEdit(`"partially_compliant": 0.5`, `"partially_compliant": -0.5`), Code: scoring.CodeInvalidNumber},
		{Name: "credit over 1", Data: policyEdit(`"compliant": 1,`, `"compliant": 1.001,`), Code: scoring.CodeInvalidNumber},
		{Name: "credit for not_applicable", Data: policyEdit(`"not_assessed": 0}`, `"not_assessed": 0, "not_applicable": 1}`), Code: dendai.CodeUnknownField},
		{Name: "credit in Japanese", Data: policyEdit(`"not_assessed": 0}`, `"not_assessed": 0, "適合": 1}`), Code: dendai.CodeUnknownField, Quotes: true},
		{Name: "credit missing", Data: policyEdit(`"non_compliant": 0, `, ``), Code: dendai.CodeMissingField},
		{Name: "all weights zero", Data: []byte(testkit.Edit(testkit.Edit(testkit.TieredPolicy, `"defaultWeight": 1`, `"defaultWeight": 0`), `"weight": 10`, `"weight": 0.000`)), Code: scoring.CodeWeightsZero},
		{Name: "bands out of order", Data: policyEdit(`{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}`, `{"rating": "B", "minScore": 75}, {"rating": "A", "minScore": 90}`), Code: scoring.CodeBandOrder},
		{Name: "bands with equal scores", Data: policyEdit(`"minScore": 75`, `"minScore": 90`), Code: scoring.CodeBandOrder},
		{Name: "bands without a floor", Data: policyEdit(`, {"rating": "D", "minScore": 0}`, ``), Code: scoring.CodeBandFloor},
		{Name: "bands empty", Data: policyEdit(`[{"rating": "A", "minScore": 90}, {"rating": "B", "minScore": 75}, {"rating": "C", "minScore": 60}, {"rating": "D", "minScore": 0}]`, `[]`), Code: scoring.CodeBandFloor},
		{Name: "band over 100", Data: policyEdit(`"minScore": 90`, `"minScore": 100.1`), Code: scoring.CodeInvalidNumber},
		{Name: "band with two decimals", Data: policyEdit(`"minScore": 90`, `"minScore": 89.95`), Code: scoring.CodeInvalidNumber},
		{Name: "rating empty", Data: policyEdit(`"rating": "A"`, `"rating": ""`), Code: scoring.CodeRating},
		{Name: "rating of 17 characters", Data: policyEdit(`"rating": "A"`, `"rating": "`+strings.Repeat("Ａ", 17)+`"`), Code: scoring.CodeRating, Quotes: true},
		{Name: "gate on an unknown tier", Data: policyEdit(`{"tier": "critical", "minimum"`, `{"tier": "Critical", "minimum"`), Code: scoring.CodeUnknownTier},
		{Name: "gate on a tier with a terminal escape sequence", Data: policyEdit(`{"tier": "critical", "minimum"`, `{"tier": "\u001b[2J", "minimum"`), Code: scoring.CodeUnknownTier},
		{Name: "criterion in an unknown tier", Data: policyEdit(`{"criterion": "2-2", "tier": "critical"}`, `{"criterion": "2-2", "tier": "high"}`), Code: scoring.CodeUnknownTier},
		{Name: "gate on an unknown criterion", Data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "2-3", "minimum"`), Code: scoring.CodeUnknownCriterion},
		{Name: "gate on a group", Data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "anti-social-forces", "minimum"`), Code: scoring.CodeUnknownCriterion},
		{Name: "gate on a criterion and a tier", Data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"criterion": "2-2", "tier": "critical", "minimum"`), Code: scoring.CodeGateTarget},
		{Name: "gate on nothing", Data: policyEdit(`{"criterion": "2-2", "minimum"`, `{"minimum"`), Code: scoring.CodeGateTarget},
		{Name: "gate minimum not_applicable", Data: policyEdit(`"minimum": "compliant"`, `"minimum": "not_applicable"`), Code: scoring.CodeGateMinimum},
		{Name: "gate minimum a mark", Data: policyEdit(`"minimum": "compliant"`, `"minimum": "○"`), Code: scoring.CodeGateMinimum},
		{Name: "gate minimum in capitals", Data: policyEdit(`"minimum": "compliant"`, `"minimum": "Compliant"`), Code: scoring.CodeGateMinimum},
		{Name: "criterion with a tier and a weight", Data: policyEdit(`"tier": "critical"}`, `"tier": "critical", "weight": 3}`), Code: scoring.CodeTierOrWeight},
		{Name: "criterion listed twice", Data: policyEdit(`{"criterion": "2-2", "tier": "critical"}`, `{"criterion": "2-2", "tier": "critical"}, {"criterion": "2-2", "weight": 2}`), Code: scoring.CodeDuplicate},
		{Name: "tier defined twice", Data: policyEdit(`"tiers": [`, `"tiers": [{"id": "critical", "weight": 5, "title": {"ja": "重大", "en": "Critical"}}, `), Code: scoring.CodeDuplicate},
		{Name: "101 tiers", Data: policyEdit(`"tiers": [`, `"tiers": [`+testkit.Repeat("", `{"id": "t#", "weight": 1, "title": {"ja": "層", "en": "T"}}`, ",", ",", 100)), Code: scoring.CodeTooManyTiers},
		{Name: "unknown field", Data: policyEdit(`"defaultWeight"`, `"defaultweight": 1, "defaultWeight"`), Code: dendai.CodeUnknownField},
		{Name: "unknown tier field", Data: policyEdit(`"weight": 10,`, `"weight": 10, "color": "red",`), Code: dendai.CodeUnknownField},
		{Name: "unknown criteria field", Data: policyEdit(`"tier": "critical"}`, `"tier": "critical", "note": "x"}`), Code: dendai.CodeUnknownField},
		{Name: "unknown band field", Data: policyEdit(`{"rating": "D", "minScore": 0}`, `{"rating": "D", "minScore": 0, "maxScore": 60}`), Code: dendai.CodeUnknownField},
		{Name: "unknown gate field", Data: policyEdit(`"minimum": "compliant"`, `"minimum": "compliant", "message": "x"`), Code: dendai.CodeUnknownField},
		{Name: "name with a space", Data: policyEdit(`"name": "hardening"`, `"name": "my policy"`), Code: scoring.CodeInvalidName},
		{Name: "wrong type for every field", Code: dendai.CodeWrongType, Min: 21, Data: []byte(`{"format":1,"name":2,"version":3,"catalog":4,"title":"t","description":[],
"credit":{"compliant":"1","partially_compliant":true,"non_compliant":null,"not_assessed":[]},
"tiers":[{"id":1,"weight":"2","title":"x"}],"defaultWeight":"1","criteria":[{"criterion":1,"weight":"1"}],
"gates":[{"criterion":1,"minimum":2,"notApplicablePasses":"yes"}],"bands":[{"rating":1,"minScore":"0"}]}`)},
		{Name: "65-deep nesting in the title", Data: policyEdit(`"title": {"ja": "堅牢化テスト", "en": "Hardening test"}`, `"title": `+testkit.Nest(64)), Code: dendai.CodeTooDeep},
		{Name: "over the size limit", Data: []byte(testkit.TieredPolicy + strings.Repeat(" ", scoring.DefaultMaxSize)), Code: dendai.CodeInputTooLarge, NoPlace: true},

		// ---- The hostile shapes of issue 10, read without a tree.
		{Name: "name an array of 100k zeros", Data: policyEdit(`"name": "hardening"`, `"name": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "tier ID an object", Data: policyEdit(`{"id": "critical",`, `{"id": {"ja": "重大"},`), Code: dendai.CodeWrongType},
		{Name: "100k-deep nesting", Data: []byte(testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k-deep nesting in the gates", Data: policyEdit(`"gates": [`, `"gates": [`+testkit.Nest(100_000)+`,`), Code: dendai.CodeTooDeep},
		{Name: "100k unknown fields in a gate", Data: policyEdit(`{"tier": "critical",`, `{"tier": "critical", `+testkit.Repeat("", `"k#": 0`, ", ", ",", 100_000)), Code: dendai.CodeUnknownField, Min: 990},
		{Name: "duplicate key spelt with an escape", Data: policyEdit(`"defaultWeight": 1,`, `"defaultWeight": 1, "defaultW\u0065ight": 2,`), Code: dendai.CodeDuplicateKey},
		{Name: "invalid UTF-8 after an escape", Data: policyEdit(`堅牢化`, "堅\\n\xe7化"), Code: dendai.CodeInvalidUTF8},
		{Name: "trailing data", Data: []byte(testkit.TieredPolicy + `[]`), Code: dendai.CodeTrailingData},
		{Name: "BOM then trailing data", Data: []byte(testkit.BOM + testkit.TieredPolicy + `x`), Code: dendai.CodeTrailingData},
		{Name: "member name in another case", Data: policyEdit(`"defaultWeight"`, `"DefaultWeight"`), Code: dendai.CodeUnknownField},
		{Name: "credit key in capitals", Data: policyEdit(`"compliant": 1,`, `"Compliant": 1,`), Code: dendai.CodeUnknownField},
		{Name: "a rule broken past 100k unknown fields", Data: policyEdit(`"criteria": [{"criterion": "2-2", "tier": "critical"}]`, `"criteria": [{"criterion": "2-2", "tier": "nonexistent"}], "x": [`+testkit.Repeat("", "0", ",", "]", 100_000)), Code: scoring.CodeUnknownTier},

		// ---- Many problems on one long line: the list stops at MaxProblems, and
		// locating them stays linear.
		{Name: "100k criteria that are not objects, on one line",
			Data: policyEdit(`"criteria": [`, `"criteria": [`+testkit.Repeat("", "1", ",", ",", 100_000)),
			Code: dendai.CodeWrongType, Min: 990},
		{Name: "credit with 100k unknown keys",
			Data: policyEdit(`"credit": {`, `"credit": {`+testkit.Repeat("", `"k#":0`, ",", ",", 100_000)),
			Code: dendai.CodeUnknownField, Min: 990},
	}
}

func TestHardeningPolicy(t *testing.T) {
	cl := criteria.Checklist()
	testkit.RunBad(t, append(badPolicies(), badPolicyRules()...), testkit.Reader{Name: "ParsePolicy", Read: func(t *testing.T, b testkit.Bad) error {
		p, err := scoring.ParsePolicy(b.Data, cl, nil)
		if (p == nil) == (err == nil) {
			t.Errorf("ParsePolicy = %v, %v; want a policy or an error", p, err)
		}
		return err
	}})
}
