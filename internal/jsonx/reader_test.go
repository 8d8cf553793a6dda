package jsonx_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// FuzzReaderSkip checks the Reader's generic path, the one that skips a value
// it builds nothing of, against encoding/json on arbitrary bytes: it must
// accept exactly the documents the reference accepts (see reference). The
// seeds in testdata/fuzz/FuzzReaderSkip run with every go test.
func FuzzReaderSkip(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		r := jsonx.NewReader(src)
		serr := r.Document(r.Skip)
		_, why := reference(src)
		if (serr == nil) != (why == nil) {
			t.Fatalf("Reader(%q): error %v; the reference says %v", src, serr, why)
		}
		if serr != nil && (serr.Offset < 0 || serr.Offset > len(src)) {
			t.Fatalf("Reader(%q): offset %d out of range", src, serr.Offset)
		}
		if len(r.Problems) > 0 {
			t.Fatalf("Reader(%q): skipping recorded %v", src, r.Problems)
		}
		// Skipping builds nothing, reading builds every value: they must
		// find the same first error.
		if _, perr := parse(src); !sameError(serr, perr) {
			t.Fatalf("Reader(%q): skipping finds %v, reading %v", src, serr, perr)
		}
	})
}

func sameError(a, b *jsonx.SyntaxError) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Offset == b.Offset && a.Key == b.Key
}

// TestSkipAgreesWithString checks that a string skipped, which is scanned
// without being built, is refused exactly as one read is: same error, same
// offset.
func TestSkipAgreesWithString(t *testing.T) {
	for _, lit := range []string{
		`"plain"`, `"日本"`, `"a\nb"`, `"\u65e5\u672c"`, `"\uD83D\uDE00"`, `"\uD83D"`, `"\uD83D\u0041"`, `"\uD83D\u00"`,
		`"\x"`, `"a\`, `"a\u12"`, `"a\u12x4"`, `"a\u"`, `"abc`, "\"a\x01\"", "\"a\\n\x01\"", "\"\xff\"", "\"a\\n\xff\"",
		"\"\xff\x01\"", "\"\xff\\q\"", "\"\xe3\x81\"", `"\/\b\f\r\t\"\\"`,
	} {
		for _, src := range []string{lit, "[" + lit + "]", `{"k":` + lit + `}`} {
			r := jsonx.NewReader(src)
			skipped := r.Document(r.Skip)
			_, read := parse(src)
			if !sameError(skipped, read) {
				t.Errorf("%q: skipping finds %v, reading %v", src, skipped, read)
			}
		}
	}
}

// person is what TestReader reads.
type person struct {
	Name  i18n.Text
	Email string
	Tags  []string
	Admin bool
}

func readPerson(r *jsonx.Reader, p *person) {
	off := r.Offset()
	var name bool
	if !r.Object(func(key string) bool {
		switch key {
		case "name":
			name = true
			p.Name = r.Text()
		case "email":
			p.Email = r.String()
		case "tags":
			r.Array(func(int) { p.Tags = append(p.Tags, r.String()) })
		case "admin":
			p.Admin = r.Bool()
		default:
			return false
		}
		return true
	}) {
		return
	}
	if !name {
		r.Missing(off, "name")
	}
}

func TestReader(t *testing.T) {
	type problem struct {
		Path string
		Off  int
		Key  i18n.Key
	}
	for _, tc := range []struct {
		name, src string
		want      person
		problems  []problem
		syntax    *problem
	}{
		{
			name: "valid",
			src:  "\uFEFF" + `{"name":{"ja":"山田","en":"Yamada"},"email":"a\u0040b","tags":["x","y"],"admin":true}`,
			want: person{Name: i18n.Text{JA: "山田", EN: "Yamada"}, Email: "a@b", Tags: []string{"x", "y"}, Admin: true},
		},
		{
			name: "wrong types are refused where they start and skipped",
			src:  `{"name":{"ja":[0,0,{"a":[]}],"en":"E"},"email":[1,2],"tags":["x",5,"z"],"admin":"yes"}`,
			want: person{Name: i18n.Text{EN: "E"}, Tags: []string{"x", "", "z"}},
			problems: []problem{
				{"/name/ja", 14, i18n.Key(dendai.CodeWrongType)},
				{"/email", 47, i18n.Key(dendai.CodeWrongType)},
				{"/tags/1", 65, i18n.Key(dendai.CodeWrongType)},
				{"/admin", 80, i18n.Key(dendai.CodeWrongType)},
			},
		},
		{
			name: "unknown and missing fields, blank text",
			src:  `{"mail":"x","a/b~":{},"email":"e"}`,
			want: person{Email: "e"},
			problems: []problem{
				{"/mail", 1, i18n.Key(dendai.CodeUnknownField)},
				{"/a~1b~0", 12, i18n.Key(dendai.CodeUnknownField)},
				{"", 0, i18n.Key(dendai.CodeMissingField)},
			},
		},
		{
			name:     "a text with a blank language",
			src:      `{"name":{"ja":" ","en":"E"}}`,
			want:     person{Name: i18n.Text{JA: " ", EN: "E"}},
			problems: []problem{{"/name/ja", 14, i18n.Key(dendai.CodeMissingJA)}},
		},
		{name: "duplicate key", src: `{"email":"a","email":"b"}`, want: person{Email: "a"}, syntax: &problem{"", 13, i18n.Key(dendai.CodeDuplicateKey)}},
		{name: "duplicate key in a skipped value", src: `{"x":{"a":1,"a":2}}`, syntax: &problem{"", 12, i18n.Key(dendai.CodeDuplicateKey)}},
		{name: "invalid UTF-8 in a string", src: "{\"email\":\"ab\xff\"}", syntax: &problem{"", 12, i18n.Key(dendai.CodeInvalidUTF8)}},
		{name: "trailing data", src: `{} {}`, syntax: &problem{"", 3, i18n.Key(dendai.CodeTrailingData)}},
		{name: "empty", src: " \n", syntax: &problem{"", 2, i18n.Key(dendai.CodeEmpty)}},
		{name: "too deep", src: `{"tags":` + nest(70) + `}`, syntax: &problem{"", 8 + 63, i18n.Key(dendai.CodeTooDeep)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := jsonx.NewReader(tc.src)
			var got person
			serr := r.Document(func() { readPerson(r, &got) })
			if tc.syntax != nil {
				if serr == nil {
					t.Fatalf("no syntax error, want %v", *tc.syntax)
				}
				if diff := cmp.Diff(*tc.syntax, problem{"", serr.Offset, serr.Key}); diff != "" {
					t.Errorf("syntax error (-want +got):\n%s", diff)
				}
				return
			}
			if serr != nil {
				t.Fatalf("syntax error %v", serr)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
			var ps []problem
			for _, p := range r.Problems {
				ps = append(ps, problem{p.Path, p.Off, p.Key})
			}
			if diff := cmp.Diff(tc.problems, ps); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func nest(n int) string {
	b := make([]byte, 0, 2*n)
	for range n {
		b = append(b, '[')
	}
	for range n {
		b = append(b, ']')
	}
	return string(b)
}

// TestLocateInFromAValue checks that LocateIn from a value inside the document
// finds what it finds from the root.
func TestLocateInFromAValue(t *testing.T) {
	const src = `{"a":[1,{"b":"x","c~/":[true,null]}],"d":{}}`
	for _, tt := range []struct{ from, ptr string }{
		{"/a", "/1/b"}, {"/a", "/1/c~0~1/1"}, {"/a/1", ""}, {"/a/1", "/c~0~1"}, {"/a/1", "/missing"},
		{"/a", "/9"}, {"/d", "/missing"}, {"/a/0", "/deeper"},
	} {
		from, exact := jsonx.LocateIn(src, 0, tt.from)
		if !exact {
			t.Fatalf("LocateIn(%q) not found", tt.from)
		}
		wantOff, wantExact := jsonx.LocateIn(src, 0, tt.from+tt.ptr)
		off, exact := jsonx.LocateIn(src, from, tt.ptr)
		if off != wantOff || exact != wantExact {
			t.Errorf("LocateIn(%q) from %q = %d, %v; from the root %d, %v", tt.ptr, tt.from, off, exact, wantOff, wantExact)
		}
	}
}

func TestReaderLen(t *testing.T) {
	for _, tc := range []struct {
		src     string
		n, size int
	}{
		{`[]`, 0, 2},
		{`[ ]`, 0, 3},
		{`[1]`, 1, 3},
		{`[1, "a\u0041", [2, 3], {"k": [4]}]`, 4, 34},
		{`{"a": 1}`, 0, 0},
		{`"[1,2]"`, 0, 0},
	} {
		var n, size int
		r := read(t, tc.src, func(r *jsonx.Reader) { n, size = r.Len() })
		if n != tc.n || size != tc.size {
			t.Errorf("Len(%s) = %d, %d; want %d, %d", tc.src, n, size, tc.n, tc.size)
		}
		if len(r.Problems) > 0 {
			t.Errorf("Len(%s) recorded %v", tc.src, r.Problems)
		}
	}
}

// TestList checks that List keeps every element and its offset, and, once
// problems are dropped past the limit, keeps no more.
func TestList(t *testing.T) {
	const src = `["a", 1, "b", 2, 3, "c"]`
	for _, tc := range []struct {
		limit   int
		want    []string
		offs    []int
		dropped int
	}{
		{0, []string{"a", "", "b", "", "", "c"}, []int{1, 6, 9, 14, 17, 20}, 0},
		{2, []string{"a", "", "b", ""}, []int{1, 6, 9, 14}, 1},
		{1, []string{"a", "", "b"}, []int{1, 6, 9}, 2}, // "b" has no problem
	} {
		var got []string
		var offs []int
		r := jsonx.NewReader(src)
		r.Limit = tc.limit
		if serr := r.Document(func() { got, offs = jsonx.List(r, len(`"",`), func(int) string { return r.String() }) }); serr != nil {
			t.Fatal(serr)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("limit %d: elements (-want +got):\n%s", tc.limit, diff)
		}
		if diff := cmp.Diff(tc.offs, offs); diff != "" {
			t.Errorf("limit %d: offsets (-want +got):\n%s", tc.limit, diff)
		}
		if r.Dropped != tc.dropped {
			t.Errorf("limit %d: %d dropped, want %d", tc.limit, r.Dropped, tc.dropped)
		}
	}
	// Sized by the array's bytes over minSize, not by its count of
	// elements: a thousand zeros, all refused, at most 2001/100+1 elements.
	r := jsonx.NewReader("[" + strings.Repeat("0,", 999) + "0]")
	r.Limit = 1
	var got []string
	r.Document(func() { got, _ = jsonx.List(r, 100, func(int) string { return r.String() }) })
	if len(got) != 1 || cap(got) != 21 {
		t.Errorf("%d elements kept, capacity %d, for 1000 refused elements of 2 bytes at 100 bytes at least; want 1 and 21", len(got), cap(got))
	}
}

func TestPeekString(t *testing.T) {
	for _, tc := range []struct {
		src, key string
		want     string
		ok       bool
	}{
		{`{"a": 1, "b": "x"}`, "b", "x", true},
		{`{"a": 1, "\u0062": "x\ny"}`, "b", "x\ny", true},
		{`{"a": {"b": "inner"}, "c": 2}`, "b", "", false},
		{`{"b": 2}`, "b", "", false},
		{`{}`, "b", "", false},
		{`["b"]`, "b", "", false},
	} {
		var got string
		var ok bool
		r := read(t, tc.src, func(r *jsonx.Reader) {
			got, ok = r.PeekString(tc.key)
			if r.Offset() != 0 {
				t.Errorf("PeekString(%s) moved the reader to %d", tc.src, r.Offset())
			}
		})
		if got != tc.want || ok != tc.ok {
			t.Errorf("PeekString(%s, %q) = %q, %v; want %q, %v", tc.src, tc.key, got, ok, tc.want, tc.ok)
		}
		if len(r.Problems) > 0 {
			t.Errorf("PeekString(%s) recorded %v", tc.src, r.Problems)
		}
	}
}

func TestDropping(t *testing.T) {
	var d jsonx.Recorder
	d.Limit = 1
	if d.Dropping() {
		t.Fatal("Dropping before any problem")
	}
	d.Fail(0, i18n.Key(dendai.CodeEmpty))
	for range 2 {
		if !d.Dropping() {
			t.Fatal("not Dropping at the limit")
		}
	}
	if d.Dropped != 2 || len(d.Problems) != 1 {
		t.Errorf("Dropped %d, %d problems; want 2 and 1", d.Dropped, len(d.Problems))
	}
}

func TestRequiredAndStringAt(t *testing.T) {
	for _, tc := range []struct {
		src     string
		want    []string // the members reported missing
		strings []string // what StringAt read
		kinds   []bool   // whether each was a string
		offs    []int    // where each started
	}{
		{`{"a": "x", "b": "y"}`, nil, []string{"x", "y"}, []bool{true, true}, []int{6, 16}},
		{`{"b": 2}`, []string{"a"}, []string{""}, []bool{false}, []int{6}},
		{`{}`, []string{"a", "b"}, nil, nil, nil},
	} {
		var got []string
		var ok []bool
		var offs []int
		r := read(t, tc.src, func(r *jsonx.Reader) {
			var seen uint
			r.Object(func(key string) bool {
				s, off, isString := r.StringAt()
				got, ok, offs = append(got, s), append(ok, isString), append(offs, off)
				seen |= map[string]uint{"a": 1, "b": 2}[key]
				return true
			})
			r.Required(0, seen, "a", "b")
		})
		var missing []string
		for _, p := range r.Problems {
			if p.Key == i18n.Key(dendai.CodeMissingField) {
				missing = append(missing, p.Args[0].(string))
			}
		}
		if diff := cmp.Diff(tc.want, missing); diff != "" {
			t.Errorf("%s: missing (-want +got):\n%s", tc.src, diff)
		}
		if diff := cmp.Diff([]any{tc.strings, tc.kinds, tc.offs}, []any{got, ok, offs}); diff != "" {
			t.Errorf("%s: StringAt (-want +got):\n%s", tc.src, diff)
		}
	}
}
