package scoring

import (
	"bytes"
	"encoding/json"
	"maps"
	"math"
	"reflect"
	"slices"
	"testing"
	"unsafe"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

// The reflective encoding of results and deltas, as MarshalJSON wrote them
// before AppendJSON: json.Marshal of the struct with a format member, whose
// gates marshal themselves with json.Marshal too. It is the reference the
// hand-written encoder must match byte for byte, and the baseline of its
// benchmarks.

// legacyGate is GateResult with its former MarshalJSON.
type legacyGate GateResult

func (g legacyGate) MarshalJSON() ([]byte, error) {
	type criterionGate struct {
		Criterion criteria.ID       `json:"criterion"`
		Required  assessment.Status `json:"required"`
		Status    assessment.Status `json:"status"`
		Passed    bool              `json:"passed"`
	}
	type tierGate struct {
		Tier     string            `json:"tier"`
		Required assessment.Status `json:"required"`
		Passed   bool              `json:"passed"`
		Failing  []criteria.ID     `json:"failing,omitempty"`
	}
	if g.Tier != "" {
		return json.Marshal(tierGate{g.Tier, g.Required, g.Passed, g.Failing})
	}
	return json.Marshal(criterionGate{g.Criterion, g.Required, g.Status, g.Passed})
}

// legacyPlain is Result without its methods and with legacyGate for
// GateResult; TestLegacyMirrorsResult checks that the two stay alike.
type legacyPlain struct {
	Catalog        criteria.ID `json:"catalog"`
	CatalogVersion string      `json:"catalogVersion"`
	Policy         string      `json:"policy"`
	PolicyVersion  string      `json:"policyVersion"`
	Origin
	Score        Percent           `json:"score"`
	Earned       Decimal           `json:"earned"`
	Possible     Decimal           `json:"possible"`
	Rating       string            `json:"rating"`
	Passed       bool              `json:"passed"`
	Coverage     Coverage          `json:"coverage"`
	Gates        []legacyGate      `json:"gates"`
	Groups       []GroupResult     `json:"groups"`
	Criteria     []CriterionResult `json:"criteria"`
	Improvements []Improvement     `json:"improvements"`
	Improvable   int               `json:"improvable"`
}

// legacyResult marshals its Result as (*Result).MarshalJSON did, so that
// json.Marshal(legacyResult{r}) costs what json.Marshal(r) cost: the
// document is built by json.Marshal, then checked and copied by the outer
// call.
type legacyResult struct{ r *Result }

func (l legacyResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Format string `json:"format"`
		*legacyPlain
	}{ResultFormat, (*legacyPlain)(unsafe.Pointer(l.r))})
}

// legacyDelta marshals its Delta as (*Delta).MarshalJSON did.
type legacyDelta struct{ d *Delta }

func (l legacyDelta) MarshalJSON() ([]byte, error) {
	type plain Delta
	return json.Marshal(struct {
		Format string `json:"format"`
		*plain
	}{DeltaFormat, (*plain)(l.d)})
}

// TestLegacyMirrorsResult checks that legacyPlain has Result's fields, in
// order, with the same tags and types but for the gates, so that the
// reference encoding follows any change to Result.
func TestLegacyMirrorsResult(t *testing.T) {
	rt, lt := reflect.TypeFor[Result](), reflect.TypeFor[legacyPlain]()
	if rt.NumField() != lt.NumField() || rt.Size() != lt.Size() {
		t.Fatalf("Result has %d fields (%d bytes), legacyPlain %d (%d bytes)", rt.NumField(), rt.Size(), lt.NumField(), lt.Size())
	}
	for i := range rt.NumField() {
		rf, lf := rt.Field(i), lt.Field(i)
		if rf.Name != lf.Name || rf.Tag != lf.Tag || rf.Offset != lf.Offset ||
			(rf.Type != lf.Type && rf.Name != "Gates") {
			t.Errorf("field %d: Result has %s %s %q, legacyPlain %s %s %q", i, rf.Name, rf.Type, rf.Tag, lf.Name, lf.Type, lf.Tag)
		}
	}
}

// encodeCases are results and deltas whose JSON covers every member: a zero
// Result, the sample under both built-in policies, failing gates, nothing to
// score, and text that needs escaping.
func encodeCases(tb testing.TB) (results map[string]*Result, deltas map[string]*Delta) {
	tb.Helper()
	cat := criteria.Checklist()
	failing := sample(tb)
	for _, id := range []criteria.ID{"1-18", "1-30", "1-52"} {
		failing = with(failing, id, assessment.NonCompliant)
	}
	failing = without(failing, "1-49")
	hostile := *sample(tb)
	hostile.Subject.Name = i18n.Text{
		JA: "株式会社<b>&\"サンプル\"</b>\u2028\u2029\t\n\x00\x1f\x7f",
		EN: "Bad \xff\xfe UTF-8 \xe2\x80 and \\ backslash",
	}
	hostile.Subject.RegistrationNumber = assessment.RegistrationNumber{}
	hostile.State = "<draft>"
	results = map[string]*Result{
		"zero":                 {},
		"sample uniform":       Uniform().Score(sample(tb)),
		"sample risk-weighted": RiskWeighted().Score(sample(tb)),
		"failing uniform":      Uniform().Score(failing),
		"failing risk":         RiskWeighted().Score(failing),
		"nothing applies":      RiskWeighted().Score(uniformAssessment(cat, assessment.NotApplicable)),
		"nil assessment":       Uniform().Score(nil),
		"hostile text":         RiskWeighted().Score(&hostile),
	}
	hostileResult := *results["sample risk-weighted"]
	hostileResult.Rating = "A<&>\u2028"
	hostileResult.Policy = "pol\"icy"
	hostileResult.Earned, hostileResult.Possible = -One/8, math.MinInt64+1
	results["hostile rating"] = &hostileResult
	deltas = map[string]*Delta{"zero": {}}
	for _, pair := range [][3]string{
		{"sample to failing", "sample risk-weighted", "failing risk"},
		{"failing to sample", "failing uniform", "sample uniform"},
		{"to nothing", "sample risk-weighted", "nothing applies"},
		{"hostile", "hostile text", "sample risk-weighted"},
	} {
		d, err := Compare(results[pair[1]], results[pair[2]])
		if err != nil {
			tb.Fatalf("%s: %v", pair[0], err)
		}
		deltas[pair[0]] = d
	}
	return results, deltas
}

// TestEncodeGolden pins the JSON of every case.
func TestEncodeGolden(t *testing.T) {
	results, deltas := encodeCases(t)
	var out bytes.Buffer
	for _, name := range slices.Sorted(maps.Keys(results)) {
		b, err := json.Marshal(results[name])
		if err != nil {
			t.Fatalf("result %s: %v", name, err)
		}
		out.WriteString("result " + name + "\n")
		out.Write(b)
		out.WriteString("\n")
	}
	for _, name := range slices.Sorted(maps.Keys(deltas)) {
		b, err := json.Marshal(deltas[name])
		if err != nil {
			t.Fatalf("delta %s: %v", name, err)
		}
		out.WriteString("delta " + name + "\n")
		out.Write(b)
		out.WriteString("\n")
	}
	testkit.Golden(t, "encode.golden", out.Bytes())
}
