package criteria

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

func TestParseMinimal(t *testing.T) {
	c, err := Parse([]byte(testkit.MyBank), nil)
	if err != nil {
		t.Fatal(err)
	}
	cr, ok := c.Criterion("SEC-2")
	if !ok {
		t.Fatal("SEC-2 not found")
	}
	got := []any{c.ID(), c.Version(), c.Len(), cr.Index(), cr.Group().ID(), cr.Standard(), c.Publisher().IsZero()}
	want := []any{ID("my-bank"), "2026.1", 2, 1, ID("security"), []ID{"S6-3"}, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// problemKey is the part of a Problem a test pins down; messages are checked
// separately for being present in both languages.
type problemKey struct {
	Path             string
	Line, Column     int
	Criterion, Group ID
	Code             dendai.Code
}

func keys(t *testing.T, err error) []problemKey {
	t.Helper()
	ps, ok := testkit.Problems(err)
	if !ok {
		t.Fatalf("error %v (%T) is not a *dendai.Error", err, err)
	}
	var out []problemKey
	for _, p := range ps {
		if p.Message.JA == "" || p.Message.EN == "" || hasJapanese(p.Message.EN) || !hasJapanese(p.Message.JA) {
			t.Errorf("problem %s: message not in both languages: %+v", p.Code, p.Message)
		}
		out = append(out, problemKey{p.Path, p.Line, p.Column, ID(p.Criterion), ID(p.Group), p.Code})
	}
	return out
}

func TestParseRefuses(t *testing.T) {
	// doc builds a one-group catalog around the given criteria array.
	doc := func(criteria string) string {
		return `{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},` +
			`"groups":[{"id":"g","title":{"ja":"群","en":"G"},"criteria":[` + criteria + `]}]}`
	}
	const c1 = `{"id":"c1","text":{"ja":"あ","en":"a"}}`
	tests := []struct {
		name string
		in   string
		want []problemKey
	}{
		{"empty", "", []problemKey{{"", 1, 1, "", "", dendai.CodeEmpty}}},
		{"malformed", `{"format": }`, []problemKey{{"", 1, 12, "", "", dendai.CodeUnexpectedChar}}},
		{"truncated", `{"format": "dendai.catalog/v1"`, []problemKey{{"", 1, 31, "", "", dendai.CodeUnexpectedEnd}}},
		{"trailing data", doc(c1) + ` {}`, []problemKey{{"", 1, 185, "", "", dendai.CodeTrailingData}}},
		{"invalid utf-8", "{\"id\":\"\xff\"}", []problemKey{{"", 1, 8, "", "", dendai.CodeInvalidUTF8}}},
		{"duplicate key", `{"id":"a","id":"b"}`, []problemKey{{"", 1, 11, "", "", dendai.CodeDuplicateKey}}},
		{"not an object", `[]`, []problemKey{{"", 1, 1, "", "", dendai.CodeWrongType}}},
		{"missing fields", `{"format":"dendai.catalog/v1"}`, []problemKey{
			{"", 1, 1, "", "", dendai.CodeMissingField}, {"", 1, 1, "", "", dendai.CodeMissingField},
			{"", 1, 1, "", "", dendai.CodeMissingField}, {"", 1, 1, "", "", dendai.CodeMissingField},
		}},
		{"wrong format", strings.Replace(doc(c1), "dendai.catalog/v1", "dendai.catalog/v2", 1),
			[]problemKey{{"/format", 1, 11, "", "", CodeFormat}}},
		{"unknown top-level field", strings.Replace(doc(c1), `"id":"x"`, `"id":"x","colour":"red"`, 1),
			[]problemKey{{"/colour", 1, 40, "", "", dendai.CodeUnknownField}}},
		{"unknown criterion field", doc(`{"id":"c1","text":{"ja":"あ","en":"a"},"weight":2}`),
			[]problemKey{{"/groups/0/criteria/0/weight", 1, 180, "c1", "", dendai.CodeUnknownField}}},
		{"duplicate criterion ID", doc(c1 + "," + c1),
			[]problemKey{{"/groups/0/criteria/1/id", 1, 187, "c1", "", CodeDuplicateID}}},
		{"criterion ID used by a group", doc(`{"id":"g","text":{"ja":"あ","en":"a"}}`),
			[]problemKey{{"/groups/0/criteria/0/id", 1, 148, "g", "", CodeDuplicateID}}},
		{"malformed ID", doc(`{"id":"-c 1","text":{"ja":"あ","en":"a"}}`),
			[]problemKey{{"/groups/0/criteria/0/id", 1, 148, "-c 1", "", CodeInvalidID}}},
		{"missing Japanese", doc(`{"id":"c1","text":{"ja":"","en":"a"}}`),
			[]problemKey{{"/groups/0/criteria/0/text/ja", 1, 166, "c1", "", dendai.CodeMissingJA}}},
		{"blank English", doc(`{"id":"c1","text":{"ja":"あ","en":"  "}}`),
			[]problemKey{{"/groups/0/criteria/0/text/en", 1, 175, "c1", "", dendai.CodeMissingEN}}},
		{"English absent", doc(`{"id":"c1","text":{"ja":"あ"}}`),
			[]problemKey{{"/groups/0/criteria/0/text/en", 1, 160, "c1", "", dendai.CodeMissingEN}}},
		{"text of wrong type", doc(`{"id":"c1","text":{"ja":1,"en":"a"}}`),
			[]problemKey{{"/groups/0/criteria/0/text/ja", 1, 166, "c1", "", dendai.CodeWrongType}}},
		{"criterion without text", doc(`{"id":"c1"}`),
			[]problemKey{{"/groups/0/criteria/0", 1, 142, "c1", "", dendai.CodeMissingField}}},
		{"empty group", doc(""), []problemKey{{"/groups/0", 1, 92, "", "g", CodeEmptyGroup}}},
		{"no groups", `{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},"groups":[]}`,
			[]problemKey{{"/groups", 1, 91, "", "", CodeNoGroups}}},
		{"group with criteria and subgroups", strings.Replace(doc(c1), `"criteria"`, `"groups":[{"id":"h","title":{"ja":"副","en":"H"},"criteria":[`+c1+`]}],"criteria"`, 1),
			[]problemKey{{"/groups/0/criteria/0/id", 1, 250, "c1", "", CodeDuplicateID}, {"/groups/0", 1, 92, "", "g", CodeMixedGroup}}},
		{"version with a space", strings.Replace(doc(c1), `"version":"1"`, `"version":"1 0"`, 1),
			[]problemKey{{"/version", 1, 50, "", "", CodeInvalidVersion}}},
		{"duplicate standard reference", doc(`{"id":"c1","text":{"ja":"あ","en":"a"},"standard":["S1-1","S1-1"]}`),
			[]problemKey{{"/groups/0/criteria/0/standard/1", 1, 199, "c1", "", CodeDuplicateRef}}},
		{"several problems at once", doc(`{"id":"c1","text":{"ja":"","en":""}},{"id":"c1","text":{"ja":"い","en":"i"},"x":0}`),
			[]problemKey{
				{"/groups/0/criteria/0/text/ja", 1, 166, "c1", "", dendai.CodeMissingJA},
				{"/groups/0/criteria/0/text/en", 1, 174, "c1", "", dendai.CodeMissingEN},
				{"/groups/0/criteria/1/id", 1, 185, "c1", "", CodeDuplicateID},
				{"/groups/0/criteria/1/x", 1, 217, "c1", "", dendai.CodeUnknownField},
			}},
		{"line and column count characters", "{\n  \"format\": \"dendai.catalog/v1\",\n  \"id\": \"x\", \"version\": \"1\",\n  \"title\": {\"ja\": \"日本語\", \"en\": \"\"},\n  \"groups\": []\n}",
			[]problemKey{{"/title/en", 4, 32, "", "", dendai.CodeMissingEN}, {"/groups", 5, 13, "", "", CodeNoGroups}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.in), nil)
			if err == nil {
				t.Fatalf("Parse accepted the document: %v", c.ID())
			}
			if diff := cmp.Diff(tt.want, keys(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProblemNames checks what each problem names: a problem about a group, or
// inside the group's own fields, names the group; a problem about a criterion
// names the criterion; a problem of the catalog as a whole names neither. None
// takes the name of the group or criterion read before it.
func TestProblemNames(t *testing.T) {
	const (
		head = `{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},"groups":[`
		c1   = `{"id":"c1","text":{"ja":"あ","en":"a"}}`
		g    = `{"id":"g","title":{"ja":"群","en":"G"},"criteria":[` + c1 + `]}`
	)
	type name struct {
		Path             string
		Criterion, Group ID
		Code             dendai.Code
	}
	tests := []struct {
		name string
		in   string
		want []name
	}{
		{"a group's title, after another group's criterion",
			head + g + `,{"id":"h","title":{"ja":"副"},"criteria":[{"id":"c2","text":{"ja":"い","en":"i"}}]}]}`,
			[]name{{"/groups/1/title/en", "", "h", dendai.CodeMissingEN}}},
		{"a group's unknown field",
			head + `{"id":"g","title":{"ja":"群","en":"G"},"weight":1,"criteria":[` + c1 + `]}]}`,
			[]name{{"/groups/0/weight", "", "g", dendai.CodeUnknownField}}},
		{"a group's ID used twice",
			head + g + `,{"id":"g","title":{"ja":"副","en":"H"},"criteria":[{"id":"c2","text":{"ja":"い","en":"i"}}]}]}`,
			[]name{{"/groups/1/id", "", "g", CodeDuplicateID}}},
		{"a group without a title, after a criterion",
			head + g + `,{"id":"h","criteria":[{"id":"c2","text":{"ja":"い","en":"i"}}]}]}`,
			[]name{{"/groups/1", "", "h", dendai.CodeMissingField}}},
		{"a criterion that is not an object, after a criterion",
			head + `{"id":"g","title":{"ja":"群","en":"G"},"criteria":[` + c1 + `,7]}]}`,
			[]name{{"/groups/0/criteria/1", "", "g", dendai.CodeWrongType}}},
		{"a group that is not an object, after a group",
			head + g + `,"h"]}`,
			[]name{{"/groups/1", "", "", dendai.CodeWrongType}}},
		{"a subgroup that is not an object",
			head + `{"id":"p","title":{"ja":"部","en":"P"},"groups":[` + g + `,null]}]}`,
			[]name{{"/groups/0/groups/1", "", "p", dendai.CodeWrongType}}},
		{"criteria that are not a list",
			head + g + `,{"id":"h","title":{"ja":"副","en":"H"},"criteria":{}}]}`,
			[]name{{"/groups/1/criteria", "", "h", dendai.CodeWrongType}, {"/groups/1", "", "h", CodeEmptyGroup}}},
		{"subgroups that are not a list",
			head + `{"id":"p","title":{"ja":"部","en":"P"},"groups":"g"}]}`,
			[]name{{"/groups/0/groups", "", "p", dendai.CodeWrongType}, {"/groups/0", "", "p", CodeEmptyGroup}}},
		{"groups that are not a list",
			`{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"題","en":"T"},"groups":{}}`,
			[]name{{"/groups", "", "", dendai.CodeWrongType}}},
		{"an empty subgroup in a part",
			head + `{"id":"p","title":{"ja":"部","en":"P"},"groups":[` + g + `,{"id":"e","title":{"ja":"空","en":"E"}}]}]}`,
			[]name{{"/groups/0/groups/1", "", "e", CodeEmptyGroup}}},
		{"a criterion after a subgroup, and its parent mixed",
			head + `{"id":"p","title":{"ja":"部","en":"P"},"groups":[` + g + `],"criteria":[{"id":"c2","text":{"ja":"い"}}]}]}`,
			[]name{{"/groups/0/criteria/0/text/en", "c2", "", dendai.CodeMissingEN}, {"/groups/0", "", "p", CodeMixedGroup}}},
		{"a criterion without an ID",
			head + `{"id":"g","title":{"ja":"群","en":"G"},"criteria":[` + c1 + `,{"text":{"ja":"い","en":"i"}}]}]}`,
			[]name{{"/groups/0/criteria/1", "", "", dendai.CodeMissingField}}},
		{"the catalog's fields, before any group",
			strings.Replace(head, `"en":"T"`, `"en":""`, 1) + g + `]}`,
			[]name{{"/title/en", "", "", dendai.CodeMissingEN}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in), nil)
			var got []name
			for _, k := range keys(t, err) {
				got = append(got, name{k.Path, k.Criterion, k.Group, k.Code})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSizeLimit(t *testing.T) {
	for _, read := range []struct {
		name string
		fn   func([]byte, *Options) (*Catalog, error)
	}{
		{"Parse", Parse},
		{"Read", func(b []byte, o *Options) (*Catalog, error) { return Read(bytes.NewReader(b), o) }},
	} {
		_, err := read.fn([]byte(testkit.MyBank), &Options{MaxSize: len(testkit.MyBank) - 1})
		if diff := cmp.Diff([]problemKey{{Code: dendai.CodeInputTooLarge}}, keys(t, err)); diff != "" {
			t.Errorf("%s over the limit (-want +got):\n%s", read.name, diff)
		}
		if _, err := read.fn([]byte(testkit.MyBank), &Options{MaxSize: len(testkit.MyBank)}); err != nil {
			t.Errorf("%s at the limit: %v", read.name, err)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Parse([]byte(`{"format":"dendai.catalog/v1","id":"x","version":"1","title":{"ja":"","en":""},"groups":[]}`), nil)
	want := `dendai: line 1, column 68 (/title/ja): the Japanese text is missing (and 2 more)`
	if err == nil || err.Error() != want {
		t.Errorf("Error() = %v, want %q", err, want)
	}
	ps, _ := testkit.Problems(err)
	if got, want := ps[0].Describe(i18n.Japanese), "1行目、68列目（/title/ja）: 日本語のテキストがありません"; got != want {
		t.Errorf("Describe(ja) = %q, want %q", got, want)
	}
}

// TestRoundTrip checks that encoding a catalog gives back the document it was
// read from, byte for byte, and that the encoding reads back to the same catalog.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"data/jpbank-checklist.json", "data/jpbank-checklist-1.0.0.json", "data/jpbank-standard.json", "data/jpbank-standard-1.0.0.json"} {
		orig, err := data.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(orig, nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(orig), string(out)); diff != "" {
			t.Errorf("%s: AppendJSON differs from the embedded file (-file +encoded):\n%s", name, diff)
		}
		compact, err := c.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		c2, err := Parse(compact, nil)
		if err != nil {
			t.Fatalf("%s: MarshalJSON output does not parse: %v", name, err)
		}
		if diff := cmp.Diff(shapeOf(c), shapeOf(c2)); diff != "" {
			t.Errorf("%s: catalog changed in a MarshalJSON round trip:\n%s", name, diff)
		}
		if diff := cmp.Diff(c, c2); diff != "" {
			t.Errorf("%s: a MarshalJSON round trip is not Equal:\n%s", name, diff)
		}
	}
}
