package jsonx_test

import (
	"testing"

	"github.com/dendai-go/dendai/internal/jsonx"
)

// value is a JSON value as the tests see it: its kind, where it starts, and
// what it holds. The package builds no tree; parse builds this one with the
// Reader, so that the tests of what the Reader accepts and what it makes of
// each value can say it in one literal.
type value struct {
	Kind jsonx.Kind
	// Off is the byte offset of the value's first byte in the source.
	Off int
	// Str holds a string's unescaped text, a number's literal, or "true"/"false".
	Str     string
	Elems   []value
	Members []member
}

// member is one key and value of an object, in document order.
type member struct {
	Key   string
	Value value
}

// parse reads src with the Reader into a value, and returns the zero value
// with the syntax error, if any.
func parse(src string) (value, *jsonx.SyntaxError) {
	r := jsonx.NewReader(src)
	var v value
	if serr := r.Document(func() { v = build(r) }); serr != nil {
		return value{}, serr
	}
	return v, nil
}

// build reads the value at the Reader's position.
func build(r *jsonx.Reader) value {
	v := value{Kind: r.Kind(), Off: r.Offset()}
	switch v.Kind {
	case jsonx.Object:
		r.Object(func(key string) bool {
			v.Members = append(v.Members, member{Key: key, Value: build(r)})
			return true
		})
	case jsonx.Array:
		r.Array(func(int) { v.Elems = append(v.Elems, build(r)) })
	case jsonx.String:
		v.Str = r.String()
	case jsonx.Number:
		v.Str = r.Number()
	case jsonx.Bool:
		v.Str = "false"
		if r.Bool() {
			v.Str = "true"
		}
	case jsonx.Null:
		r.Null()
	}
	return v
}

// mustParse parses a document a test relies on being valid.
func mustParse(t *testing.T, src string) value {
	t.Helper()
	v, err := parse(src)
	if err != nil {
		t.Fatalf("parse(%q): %v", src, err)
	}
	return v
}
