package jcs

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"slices"
	"strconv"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

// referenceTransform is Transform as it was written on encoding/json: a
// decode into a tree of values, then the canonical form of the tree. Transform
// must give what it gives.
func referenceTransform(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("jcs: data after the JSON value")
	}
	return referenceValue(nil, v)
}

func referenceValue(b []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case bool:
		return strconv.AppendBool(b, v), nil
	case string:
		return AppendString(b, v), nil
	case json.Number:
		f, err := strconv.ParseFloat(string(v), 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, ErrNumber
		}
		return AppendNumber(b, f), nil
	case []any:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = referenceValue(b, e); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, compareUTF16)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(AppendString(b, k), ':')
			var err error
			if b, err = referenceValue(b, v[k]); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	}
	return nil, errors.New("jcs: unexpected value")
}

// referenceSeeds are texts where a one-pass reader could go wrong.
var referenceSeeds = []string{
	`{"b":1,"a":2,"b":3}`,
	`{"a":{"b":[1,{"d":null,"c":false}],"a":"x"},"a":[]}`,
	"\"a\xffb\"", "{\"k\xfe\":1,\"k\xff\":2}",
	`"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`, `"\ud83dx"`, `"\ud83d\ud83d\ude00"`,
	`"\u00"`, `"\x"`, "\"\x01\"", `"a\"b\\c\/d\b\f\n\r\t"`,
	`[-0, 0.0, -1.5e+3, 1E-7, 12345678901234567890, 5e-324, 1.7976931348623157e308]`,
	`[01]`, `[1.]`, `[.5]`, `[-]`, `[1e]`, `[+1]`, `1e400`, `-1e400`,
	`[tru]`, `[true`, `{"a" 1}`, `{"a":1,}`, `{,}`, `[,]`, `{"a":1}}`, " \t\r\n[ ] ", ``, `   `,
	`{"\u0000":1,"":2}`, `{"é":1,"e\u0301":2}`,
}

// TestTransformMatchesReference checks Transform against referenceTransform
// on the seeds and on the unit tests' texts.
func TestTransformMatchesReference(t *testing.T) {
	for _, s := range referenceSeeds {
		checkReference(t, []byte(s))
	}
}

func FuzzTransform(f *testing.F) {
	for _, s := range referenceSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(checkReference)
}

// checkReference checks that Transform gives referenceTransform's output, or
// refuses what it refuses. The one difference: the reference accepts trailing
// data that does not start a JSON token (encoding/json's Token fails on it,
// which the reference took for the end), and Transform refuses it.
func checkReference(t *testing.T, data []byte) {
	want, werr := referenceTransform(data)
	got, err := Transform(data)
	switch {
	case werr != nil && err != nil:
	case werr == nil && err != nil && !json.Valid(data):
		// trailing data the reference did not read
	case werr != nil || err != nil:
		t.Errorf("Transform(%q): error %v, the reference's %v", data, err, werr)
	default:
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("Transform(%q) (-reference +got):\n%s", data, diff)
		}
	}
}

// BenchmarkTransform measures Transform on the sample assessment, with the
// encoding/json reference as its baseline in the same run.
func BenchmarkTransform(b *testing.B) {
	data, err := os.ReadFile("../../examples/assessments/sample.json")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name string
		fn   func([]byte) ([]byte, error)
	}{{"one-pass", Transform}, {"encoding-json", referenceTransform}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := f.fn(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCompareUTF16 checks compareUTF16 against the comparison of the strings'
// UTF-16 encodings.
func TestCompareUTF16(t *testing.T) {
	strs := []string{"", "a", "ab", "b", "\r", "1", "\ufb33", "\U0001F600", "\U0001F601", "\uffff", "\ue000", "\U00010000", "\ud7ff", "a\U0001F600", "a\uffff", "\xff", "\ufffd"}
	for _, a := range strs {
		for _, b := range strs {
			want := slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)))
			if got := compareUTF16(a, b); got != want {
				t.Errorf("compareUTF16(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
