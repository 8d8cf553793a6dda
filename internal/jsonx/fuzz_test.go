package jsonx_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/internal/jsonx"
)

// FuzzParse checks the Reader, reading every value into a tree (see parse),
// against encoding/json. The seeds in
// testdata/fuzz/FuzzParse run with every go test.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		v, serr := parse(src)
		want, why := reference(src)
		if (serr == nil) != (why == nil) {
			t.Fatalf("Parse(%q): error %v; the reference says %v", src, serr, why)
		}
		if serr != nil {
			if serr.Offset < 0 || serr.Offset > len(src) {
				t.Fatalf("Parse(%q): offset %d out of range", src, serr.Offset)
			}
			if serr.Message().EN == string(serr.Key) {
				t.Fatalf("Parse(%q): key %q not in the catalog", src, serr.Key)
			}
			if line, col := jsonx.Position(src, serr.Offset); line < 1 || col < 1 {
				t.Fatalf("Position(%q, %d) = %d, %d", src, serr.Offset, line, col)
			}
			_ = serr.Error()
			return
		}
		got := toAny(v, func(lit string) any { return json.Number(lit) })
		// cmp takes time exponential in the nesting of slices (it diffs each level
		// more than once), so it only explains a difference DeepEqual has found, and
		// only in documents shallow enough.
		if !reflect.DeepEqual(want, got) {
			if depth(v) > 10 {
				t.Fatalf("Parse(%q) and encoding/json disagree:\njson:  %#v\njsonx: %#v", src, want, got)
			}
			t.Fatalf("Parse(%q) and encoding/json disagree (-json +jsonx):\n%s", src, cmp.Diff(want, got))
		}
		checkOffsets(t, src, v)
	})
}

// reference decides, without the parser under test, whether src is a document
// Parse must accept, and decodes it. It returns a non-nil error naming the reason
// for a document that must be refused.
func reference(src string) (any, error) {
	if !utf8.ValidString(src) {
		return nil, errors.New("invalid UTF-8")
	}
	body := []byte(strings.TrimPrefix(src, "\uFEFF"))
	if !json.Valid(body) {
		return nil, errors.New("json.Valid refuses it")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := strictWalk(dec, 0); err != nil {
		return nil, err
	}
	dec = json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("json.Valid accepts it but Decode fails: %v", err)
	}
	return v, nil
}

// strictWalk reads one value from dec's tokens, checking what encoding/json lets
// pass: nesting depth and duplicate keys. depth is that of the enclosing value.
func strictWalk(dec *json.Decoder, depth int) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return nil // a scalar
	}
	if depth+1 > jsonx.MaxDepth {
		return fmt.Errorf("nested more than %d levels", jsonx.MaxDepth)
	}
	seen := map[string]bool{}
	for dec.More() {
		if delim == '{' {
			k, err := dec.Token()
			if err != nil {
				return err
			}
			key := k.(string)
			if seen[key] {
				return fmt.Errorf("duplicate key %q", key)
			}
			seen[key] = true
		}
		if err := strictWalk(dec, depth+1); err != nil {
			return err
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

// checkOffsets checks that every value starts where its offset says.
func checkOffsets(t *testing.T, src string, v value) {
	t.Helper()
	if v.Off < 0 || v.Off >= len(src) {
		t.Fatalf("offset %d out of range in %q", v.Off, src)
	}
	c := src[v.Off]
	var ok bool
	switch v.Kind {
	case jsonx.Null:
		ok = strings.HasPrefix(src[v.Off:], "null")
	case jsonx.Bool:
		ok = strings.HasPrefix(src[v.Off:], v.Str)
	case jsonx.Number:
		ok = strings.HasPrefix(src[v.Off:], v.Str)
	case jsonx.String:
		ok = c == '"'
	case jsonx.Array:
		ok = c == '['
	case jsonx.Object:
		ok = c == '{'
	}
	if !ok {
		t.Fatalf("value of kind %d at offset %d starts with %q in %q", v.Kind, v.Off, c, src)
	}
	for _, e := range v.Elems {
		checkOffsets(t, src, e)
	}
	for _, m := range v.Members {
		checkOffsets(t, src, m.Value)
	}
}

// depth returns how deeply v nests arrays and objects.
func depth(v value) int {
	d := 0
	for _, e := range v.Elems {
		d = max(d, depth(e))
	}
	for _, m := range v.Members {
		d = max(d, depth(m.Value))
	}
	if v.Kind == jsonx.Array || v.Kind == jsonx.Object {
		d++
	}
	return d
}
