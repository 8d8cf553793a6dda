package jsonx_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// at returns the offset of the first occurrence of sub in src, failing the test if
// there is none, so that expected offsets read as the text they point at.
func at(t *testing.T, src, sub string) int {
	t.Helper()
	i := strings.Index(src, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, src)
	}
	return i
}

// checkBalanced fails the test unless every Enter has had its Leave.
func checkBalanced(t *testing.T, d *jsonx.Recorder) {
	t.Helper()
	if p := d.Path(); p != "" {
		t.Errorf("after the reading the path is %q, want it empty", p)
	}
}

// read reads src, which a test relies on being valid, with read.
func read(t *testing.T, src string, read func(r *jsonx.Reader)) *jsonx.Reader {
	t.Helper()
	r := jsonx.NewReader(src)
	if serr := r.Document(func() { read(r) }); serr != nil {
		t.Fatalf("reading %q: %v", src, serr)
	}
	checkBalanced(t, &r.Recorder)
	return r
}

func TestEscapePointer(t *testing.T) {
	tests := []struct{ key, want string }{
		{"", ""},
		{"plain", "plain"},
		{"a/b", "a~1b"},
		{"a~b", "a~0b"},
		{"~1", "~01"},
		{"~0", "~00"},
		{"/~", "~1~0"},
		{"~/", "~0~1"},
		{"//", "~1~1"},
		{"日本/語~", "日本~1語~0"},
		{"a b%c^d|e\\f\"g", "a b%c^d|e\\f\"g"}, // only ~ and / are special
	}
	for _, tt := range tests {
		got := jsonx.EscapePointer(tt.key)
		if got != tt.want {
			t.Errorf("EscapePointer(%q) = %q, want %q", tt.key, got, tt.want)
		}
		// RFC 6901, section 4: unescape ~1 first, then ~0.
		if back := strings.ReplaceAll(strings.ReplaceAll(got, "~1", "/"), "~0", "~"); back != tt.key {
			t.Errorf("EscapePointer(%q) = %q, which unescapes to %q", tt.key, got, back)
		}
	}
}

func TestRecorderPath(t *testing.T) {
	var d jsonx.Recorder
	steps := []struct {
		do   func()
		want string
	}{
		{func() {}, ""},
		{func() { d.Enter("groups") }, "/groups"},
		{func() { d.EnterIndex(0) }, "/groups/0"},
		{func() { d.Enter("a/b") }, "/groups/0/a~1b"},
		{func() { d.Enter("~") }, "/groups/0/a~1b/~0"},
		{func() { d.Enter("") }, "/groups/0/a~1b/~0/"},
		{func() { d.Leave() }, "/groups/0/a~1b/~0"},
		{func() { d.Leave() }, "/groups/0/a~1b"},
		{func() { d.Leave() }, "/groups/0"},
		{func() { d.EnterIndex(12) }, "/groups/0/12"},
		{func() { d.Leave() }, "/groups/0"},
		{func() { d.Leave() }, "/groups"},
		{func() { d.Leave() }, ""},
	}
	for i, s := range steps {
		s.do()
		if got := d.Path(); got != s.want {
			t.Errorf("step %d: Path() = %q, want %q", i, got, s.want)
		}
	}
}

func TestKindKey(t *testing.T) {
	tests := []struct {
		kind jsonx.Kind
		want i18n.Key
	}{
		{jsonx.Invalid, jsonx.KeyKindInvalid},
		{jsonx.Null, jsonx.KeyKindNull},
		{jsonx.Bool, jsonx.KeyKindBool},
		{jsonx.Number, jsonx.KeyKindNumber},
		{jsonx.String, jsonx.KeyKindString},
		{jsonx.Array, jsonx.KeyKindArray},
		{jsonx.Object, jsonx.KeyKindObject},
		{jsonx.Kind(200), jsonx.KeyKindInvalid},
	}
	for _, tt := range tests {
		if got := jsonx.KindKey(tt.kind); got != tt.want {
			t.Errorf("KindKey(%d) = %q, want %q", tt.kind, got, tt.want)
		}
	}
}

func TestReaderExpect(t *testing.T) {
	src := `[null, true, 1, "s", [], {}]`
	doc := mustParse(t, src)
	kinds := []jsonx.Kind{jsonx.Null, jsonx.Bool, jsonx.Number, jsonx.String, jsonx.Array, jsonx.Object}
	for i, v := range doc.Elems {
		for _, k := range kinds {
			var ok bool
			r := read(t, src, func(r *jsonx.Reader) {
				r.Array(func(j int) {
					if j == i {
						ok = r.Expect(k)
					}
				})
			})
			var want []jsonx.Problem
			if v.Kind != k {
				want = []jsonx.Problem{{
					Path: "/" + strconv.Itoa(i), Off: v.Off, Key: i18n.Key(dendai.CodeWrongType),
					Args: []any{jsonx.KindKey(k), jsonx.KindKey(v.Kind)},
				}}
			}
			if ok != (v.Kind == k) {
				t.Errorf("Expect(element %d, kind %d) = %v, want %v", i, k, ok, !ok)
			}
			if diff := cmp.Diff(want, r.Problems); diff != "" {
				t.Errorf("Expect(element %d, kind %d) problems (-want +got):\n%s", i, k, diff)
			}
		}
	}
}

func TestReaderExpectMessage(t *testing.T) {
	r := read(t, "12", func(r *jsonx.Reader) { r.Expect(jsonx.String) })
	if len(r.Problems) != 1 {
		t.Fatalf("got %d problems, want 1", len(r.Problems))
	}
	p := r.Problems[0]
	got := p.Message()
	want := i18n.Text{JA: "文字列を指定してください（数値が指定されています）", EN: "expected a string, found a number"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("message mismatch (-want +got):\n%s", diff)
	}
}

func TestReaderString(t *testing.T) {
	tests := []struct {
		src  string
		want string
		ok   bool
	}{
		{`"abc"`, "abc", true},
		{`""`, "", true},
		{`"\u65e5本"`, "日本", true},
		{`1`, "", false},
		{`null`, "", false},
		{`["a"]`, "", false},
	}
	for _, tt := range tests {
		var got string
		r := read(t, tt.src, func(r *jsonx.Reader) { got = r.String() })
		if got != tt.want {
			t.Errorf("String(%s) = %q, want %q", tt.src, got, tt.want)
		}
		var want []jsonx.Problem
		if !tt.ok {
			want = []jsonx.Problem{{Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindString, jsonx.KindKey(mustParse(t, tt.src).Kind)}}}
		}
		if diff := cmp.Diff(want, r.Problems); diff != "" {
			t.Errorf("String(%s) problems (-want +got):\n%s", tt.src, diff)
		}
	}
}

func TestReaderObject(t *testing.T) {
	src := `{"id": "a", "b/c": 1, "d~e": true, "items": [{"id": "x"}, {"g~/h": null, "id": "y"}], "名前": 2}`
	var (
		visited []string
		ids     []string
		ok      bool
	)
	r := read(t, src, func(r *jsonx.Reader) {
		item := func() {
			r.Object(func(key string) bool {
				visited = append(visited, r.Path())
				if key != "id" {
					return false
				}
				ids = append(ids, r.String())
				return true
			})
		}
		ok = r.Object(func(key string) bool {
			visited = append(visited, r.Path())
			switch key {
			case "id":
				ids = append(ids, r.String())
			case "items":
				r.Array(func(i int) {
					visited = append(visited, r.Path())
					item()
				})
			default:
				return false
			}
			return true
		})
	})
	if !ok {
		t.Errorf("Object returned false for an object")
	}
	wantVisited := []string{"/id", "/b~1c", "/d~0e", "/items", "/items/0", "/items/0/id", "/items/1", "/items/1/g~0~1h", "/items/1/id", "/名前"}
	if diff := cmp.Diff(wantVisited, visited); diff != "" {
		t.Errorf("visited paths (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "x", "y"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	want := []jsonx.Problem{
		{Path: "/b~1c", Off: at(t, src, `"b/c"`), Key: i18n.Key(dendai.CodeUnknownField), Args: []any{"b/c"}},
		{Path: "/d~0e", Off: at(t, src, `"d~e"`), Key: i18n.Key(dendai.CodeUnknownField), Args: []any{"d~e"}},
		{Path: "/items/1/g~0~1h", Off: at(t, src, `"g~/h"`), Key: i18n.Key(dendai.CodeUnknownField), Args: []any{"g~/h"}},
		{Path: "/名前", Off: at(t, src, `"名前"`), Key: i18n.Key(dendai.CodeUnknownField), Args: []any{"名前"}},
	}
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestReaderWrongContainer(t *testing.T) {
	src := `{"obj": [1], "arr": {"a": 1}, "null": null}`
	calls := 0
	r := read(t, src, func(r *jsonx.Reader) {
		r.Object(func(key string) bool {
			var ok bool
			switch key {
			case "obj":
				ok = r.Object(func(string) bool { calls++; return true })
			case "arr":
				ok = r.Array(func(int) { calls++ })
			case "null":
				ok = r.Array(func(int) { calls++ })
			}
			if ok {
				t.Errorf("%s: reported success for the wrong type", key)
			}
			return true
		})
	})
	if calls != 0 {
		t.Errorf("callbacks were called %d times for values of the wrong type", calls)
	}
	want := []jsonx.Problem{
		{Path: "/obj", Off: at(t, src, "[1]"), Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindObject, jsonx.KeyKindArray}},
		{Path: "/arr", Off: at(t, src, `{"a"`), Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindArray, jsonx.KeyKindObject}},
		{Path: "/null", Off: at(t, src, "null}"), Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindArray, jsonx.KeyKindNull}},
	}
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestReaderArray(t *testing.T) {
	src := `[ "a", 2, "c", [] ]`
	var (
		indexes []int
		paths   []string
		strs    []string
		ok      bool
	)
	r := read(t, src, func(r *jsonx.Reader) {
		ok = r.Array(func(i int) {
			indexes = append(indexes, i)
			paths = append(paths, r.Path())
			strs = append(strs, r.String())
		})
	})
	if !ok {
		t.Errorf("Array returned false for an array")
	}
	if diff := cmp.Diff([]int{0, 1, 2, 3}, indexes); diff != "" {
		t.Errorf("indexes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"/0", "/1", "/2", "/3"}, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "", "c", ""}, strs); diff != "" {
		t.Errorf("strings (-want +got):\n%s", diff)
	}
	want := []jsonx.Problem{
		{Path: "/1", Off: at(t, src, "2"), Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindString, jsonx.KeyKindNumber}},
		{Path: "/3", Off: at(t, src, "[]"), Key: i18n.Key(dendai.CodeWrongType), Args: []any{jsonx.KeyKindString, jsonx.KeyKindArray}},
	}
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestReaderMissing(t *testing.T) {
	src := `{"outer": [{"b": 1}]}`
	r := read(t, src, func(r *jsonx.Reader) {
		r.Object(func(string) bool {
			r.Array(func(int) {
				off := r.Offset()
				r.Object(func(string) bool { return true })
				r.Missing(off, "a")
			})
			return true
		})
	})
	want := []jsonx.Problem{{Path: "/outer/0", Off: at(t, src, `{"b"`), Key: i18n.Key(dendai.CodeMissingField), Args: []any{"a"}}}
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestReaderText(t *testing.T) {
	type problem struct {
		path string
		at   string // the text the problem's offset points at
		key  i18n.Key
		args []any
	}
	tests := []struct {
		name     string
		text     string // the value of "title"
		want     i18n.Text
		problems []problem
	}{
		{
			name: "both",
			text: `{"ja": "日本", "en": "Japan"}`,
			want: i18n.Text{JA: "日本", EN: "Japan"},
		},
		{
			name: "order does not matter",
			text: `{"en": "Japan", "ja": "日本"}`,
			want: i18n.Text{JA: "日本", EN: "Japan"},
		},
		{
			name:     "english missing",
			text:     `{"ja": "日本"}`,
			want:     i18n.Text{JA: "日本"},
			problems: []problem{{"/title/en", `{"ja"`, i18n.Key(dendai.CodeMissingEN), nil}},
		},
		{
			name:     "japanese missing",
			text:     `{"en": "Japan"}`,
			want:     i18n.Text{EN: "Japan"},
			problems: []problem{{"/title/ja", `{"en"`, i18n.Key(dendai.CodeMissingJA), nil}},
		},
		{
			name: "empty object",
			text: `{}`,
			problems: []problem{
				{"/title/ja", `{}`, i18n.Key(dendai.CodeMissingJA), nil},
				{"/title/en", `{}`, i18n.Key(dendai.CodeMissingEN), nil},
			},
		},
		{
			name: "blank texts",
			text: `{"ja": "　", "en": " \t"}`, // an ideographic space is blank too
			want: i18n.Text{JA: "　", EN: " \t"},
			problems: []problem{
				{"/title/ja", `"　"`, i18n.Key(dendai.CodeMissingJA), nil},
				{"/title/en", `" \t"`, i18n.Key(dendai.CodeMissingEN), nil},
			},
		},
		{
			name: "empty strings",
			text: `{"ja": "", "en": "x"}`,
			want: i18n.Text{EN: "x"},
			problems: []problem{
				{"/title/ja", `""`, i18n.Key(dendai.CodeMissingJA), nil},
			},
		},
		{
			name:     "wrong type is reported once",
			text:     `{"ja": 1, "en": "Japan"}`,
			want:     i18n.Text{EN: "Japan"},
			problems: []problem{{"/title/ja", "1", i18n.Key(dendai.CodeWrongType), []any{jsonx.KeyKindString, jsonx.KeyKindNumber}}},
		},
		{
			name: "both of the wrong type",
			text: `{"ja": null, "en": ["Japan"]}`,
			problems: []problem{
				{"/title/ja", "null", i18n.Key(dendai.CodeWrongType), []any{jsonx.KeyKindString, jsonx.KeyKindNull}},
				{"/title/en", `["Japan"]`, i18n.Key(dendai.CodeWrongType), []any{jsonx.KeyKindString, jsonx.KeyKindArray}},
			},
		},
		{
			name:     "unknown language",
			text:     `{"ja": "日本", "en": "Japan", "fr": "Japon"}`,
			want:     i18n.Text{JA: "日本", EN: "Japan"},
			problems: []problem{{"/title/fr", `"fr"`, i18n.Key(dendai.CodeUnknownField), []any{"fr"}}},
		},
		{
			name: "unknown language instead of one",
			text: `{"ja": "日本", "EN": "Japan"}`,
			want: i18n.Text{JA: "日本"},
			problems: []problem{
				{"/title/EN", `"EN"`, i18n.Key(dendai.CodeUnknownField), []any{"EN"}},
				{"/title/en", `{"ja"`, i18n.Key(dendai.CodeMissingEN), nil},
			},
		},
		{
			name:     "string instead of object",
			text:     `"Japan"`,
			problems: []problem{{"/title", `"Japan"`, i18n.Key(dendai.CodeWrongType), []any{jsonx.KeyKindObject, jsonx.KeyKindString}}},
		},
		{
			name:     "null instead of object",
			text:     `null`,
			problems: []problem{{"/title", "null", i18n.Key(dendai.CodeWrongType), []any{jsonx.KeyKindObject, jsonx.KeyKindNull}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `{"title": ` + tt.text + `}`
			var got i18n.Text
			r := read(t, src, func(r *jsonx.Reader) {
				r.Object(func(string) bool {
					got = r.Text()
					return true
				})
			})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Text mismatch (-want +got):\n%s", diff)
			}
			var want []jsonx.Problem
			for _, p := range tt.problems {
				want = append(want, jsonx.Problem{Path: p.path, Off: len(`{"title": `) + at(t, tt.text, p.at), Key: p.key, Args: p.args})
			}
			if diff := cmp.Diff(want, r.Problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRecorderFailArgs checks that Fail keeps the arguments it is given and the path
// of the moment, not of a later one.
func TestRecorderFailArgs(t *testing.T) {
	var d jsonx.Recorder
	d.Fail(0, i18n.Key(dendai.CodeEmpty))
	d.Enter("a")
	d.Fail(3, i18n.Key(dendai.CodeUnknownField), "x")
	d.EnterIndex(1)
	d.Fail(7, i18n.Key(dendai.CodeTooDeep), 64)
	d.Leave()
	d.Leave()
	want := []jsonx.Problem{
		{Path: "", Off: 0, Key: i18n.Key(dendai.CodeEmpty)},
		{Path: "/a", Off: 3, Key: i18n.Key(dendai.CodeUnknownField), Args: []any{"x"}},
		{Path: "/a/1", Off: 7, Key: i18n.Key(dendai.CodeTooDeep), Args: []any{64}},
	}
	if diff := cmp.Diff(want, d.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	checkBalanced(t, &d)
}

// TestReaderValidReadAllocatesNoPaths checks that reading a valid document
// costs the same allocations whatever its length: no path, no closure, no
// value is allocated per value read.
func TestReaderValidReadAllocatesNoPaths(t *testing.T) {
	const group = `{"id": "a", "title": {"ja": "あ", "en": "a"}}`
	readGroups := func(n int) float64 {
		src := `{"groups": [` + strings.Repeat(group+",", n-1) + group + `]}`
		return testing.AllocsPerRun(20, func() {
			r := jsonx.NewReader(src)
			r.Document(func() {
				r.Object(func(string) bool {
					r.Array(func(int) {
						r.Object(func(key string) bool {
							if key == "title" {
								r.Text()
							} else {
								_ = r.String()
							}
							return true
						})
					})
					return true
				})
			})
			if len(r.Problems) != 0 {
				t.Errorf("unexpected problems: %+v", r.Problems)
			}
		})
	}
	if few, many := readGroups(2), readGroups(200); few != many {
		t.Errorf("reading 2 groups allocates %v times, 200 groups %v times; want the same", few, many)
	}
}
