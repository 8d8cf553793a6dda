package jsonx_test

import (
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
