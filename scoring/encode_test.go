package scoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"unsafe"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/google/go-cmp/cmp"
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

// TestAppendJSON checks AppendJSON and MarshalJSON against the reflective
// encoding, for every case and for random results, and that AppendJSON
// appends.
func TestAppendJSON(t *testing.T) {
	results, deltas := encodeCases(t)
	cat := criteria.Checklist()
	rng := rand.New(rand.NewPCG(10, 3))
	for i := range 50 {
		for _, p := range builtinPolicies() {
			results[fmt.Sprintf("random %d %s", i, p.Name())] = p.Score(randomAssessment(rng, cat))
		}
	}
	for name, r := range results {
		want, err := json.Marshal(legacyResult{r})
		if err != nil {
			t.Fatalf("result %s: reference: %v", name, err)
		}
		checkAppended(t, "result "+name, want, r.AppendJSON)
		if got, err := json.Marshal(r); err != nil || !bytes.Equal(got, want) {
			t.Errorf("result %s: json.Marshal = %s, %v; want %s", name, got, err, want)
		}
	}
	for name, d := range deltas {
		want, err := json.Marshal(legacyDelta{d})
		if err != nil {
			t.Fatalf("delta %s: reference: %v", name, err)
		}
		checkAppended(t, "delta "+name, want, d.AppendJSON)
	}
}

// checkAppended checks that appending to a prefix gives the prefix and want.
func checkAppended(t *testing.T, name string, want []byte, appendJSON func([]byte) ([]byte, error)) {
	t.Helper()
	got, err := appendJSON([]byte("prefix "))
	if err != nil {
		t.Errorf("%s: AppendJSON: %v", name, err)
		return
	}
	if diff := cmp.Diff("prefix "+string(want), string(got)); diff != "" {
		t.Errorf("%s: AppendJSON (-reflective +got):\n%s", name, diff)
	}
}

// TestAppendJSONInvalidStatus checks that a status that is not valid fails
// the encoding, as it failed json.Marshal, and leaves b as it was.
func TestAppendJSONInvalidStatus(t *testing.T) {
	bad := assessment.Status(200)
	tests := []struct {
		name   string
		mutate func(r *Result)
	}{
		{"criterion status", func(r *Result) { r.Criteria[3].Status = bad }},
		{"gate status", func(r *Result) { r.Gates[0].Status = bad }},
		{"gate minimum", func(r *Result) { r.Gates[3].Required = bad }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RiskWeighted().Score(sample(t))
			tt.mutate(r)
			if _, err := json.Marshal(legacyResult{r}); err == nil {
				t.Fatalf("the reflective encoding accepts the result")
			}
			got, err := r.AppendJSON([]byte("prefix"))
			if err == nil || string(got) != "prefix" {
				t.Errorf("AppendJSON = %q, %v; want \"prefix\" and an error", got, err)
			}
			if _, err := json.Marshal(r); err == nil {
				t.Errorf("json.Marshal accepts the result")
			}
		})
	}
	d, err := Compare(Uniform().Score(sample(t)), Uniform().Score(uniformAssessment(criteria.Checklist(), assessment.NonCompliant)))
	if err != nil {
		t.Fatal(err)
	}
	d.Regressed[0].To = bad
	if got, err := d.AppendJSON(nil); err == nil {
		t.Errorf("Delta.AppendJSON with an invalid status = %s, no error", got)
	}
}

// FuzzAppendJSON builds results from arbitrary text and numbers and checks
// that AppendJSON writes what the reflective encoding writes, and that it is
// JSON.
func FuzzAppendJSON(f *testing.F) {
	f.Add("jpbank-checklist", "A", "<b>&\u2028", "株式会社", "\xff\x00", int16(955), int64(-1), uint8(1), true)
	f.Add("", "", "", "", "", int16(-1), int64(math.MinInt64), uint8(4), false)
	f.Add("\"\\", "\t\n", "critical", "e\u0301", "\xe2\x80", int16(math.MaxInt16), int64(math.MaxInt64), uint8(0), true)
	base := RiskWeighted().Score(sample(f))
	f.Fuzz(func(t *testing.T, catalog, rating, tier, ja, en string, score int16, earned int64, status uint8, gate bool) {
		r := *base
		r.Catalog, r.Rating, r.CatalogVersion = criteria.ID(catalog), rating, en
		r.Subject.Name = i18n.Text{JA: ja, EN: en}
		r.State = assessment.State(ja)
		r.Score, r.Earned, r.Possible = Percent(score), Decimal(earned), Decimal(-earned)
		r.Criteria = slices.Clone(base.Criteria)
		r.Criteria[0].Criterion, r.Criteria[0].Status, r.Criteria[0].Weight = criteria.ID(tier), assessment.Status(status), Decimal(earned)
		r.Gates = slices.Clone(base.Gates)
		r.Gates[0].Tier, r.Gates[1].Criterion = tier, criteria.ID(en)
		r.Groups = slices.Clone(base.Groups)
		r.Groups[0].ID, r.Groups[0].Score = criteria.ID(ja), Percent(score)
		r.Improvements = append(slices.Clone(base.Improvements), Improvement{Criterion: criteria.ID(rating), Gain: Percent(score), Gate: gate})
		want, werr := json.Marshal(legacyResult{&r})
		got, gerr := r.AppendJSON(nil)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("reflective error %v, AppendJSON error %v", werr, gerr)
		}
		if werr != nil {
			return
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("AppendJSON differs from the reflective encoding:\n%s", cmp.Diff(string(want), string(got)))
		}
		var v any
		if err := json.Unmarshal(got, &v); err != nil {
			t.Fatalf("AppendJSON wrote invalid JSON: %v\n%s", err, got)
		}
		d, err := Compare(base, &r)
		if err != nil {
			return
		}
		d.OldRating, d.Gates = tier, append(d.Gates, GateChange{Criterion: criteria.ID(ja), Tier: en})
		want, werr = json.Marshal(legacyDelta{d})
		got, gerr = d.AppendJSON(nil)
		if (werr != nil) != (gerr != nil) || (werr == nil && !bytes.Equal(got, want)) {
			t.Fatalf("delta: AppendJSON = %s, %v; reflective %s, %v", got, gerr, want, werr)
		}
	})
}

// BenchmarkResultJSON encodes the sample's risk-weighted result: json.Marshal
// of the Result as it was before AppendJSON (the reflective encoding, the
// baseline), json.Marshal now (MarshalJSON calls AppendJSON, then
// encoding/json checks and copies its output), and AppendJSON into a reused
// buffer.
func BenchmarkResultJSON(b *testing.B) {
	r := RiskWeighted().Score(sample(b))
	want, err := json.Marshal(legacyResult{r})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("reflective", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		for b.Loop() {
			if _, err := json.Marshal(legacyResult{r}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		for b.Loop() {
			if _, err := json.Marshal(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		var buf []byte
		for b.Loop() {
			if buf, err = r.AppendJSON(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
		if !bytes.Equal(buf, want) {
			b.Fatal("AppendJSON differs from the reflective encoding")
		}
	})
}

// BenchmarkDeltaJSON is BenchmarkResultJSON for the delta from the sample to
// a failing version of it.
func BenchmarkDeltaJSON(b *testing.B) {
	_, deltas := encodeCases(b)
	d := deltas["sample to failing"]
	b.Run("reflective", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(legacyDelta{d}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		var err error
		for b.Loop() {
			if buf, err = d.AppendJSON(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
