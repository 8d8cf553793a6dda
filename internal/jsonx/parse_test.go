package jsonx_test

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

func TestParseValues(t *testing.T) {
	num := func(off int, lit string) value { return value{Kind: jsonx.Number, Off: off, Str: lit} }
	str := func(off int, s string) value { return value{Kind: jsonx.String, Off: off, Str: s} }
	tests := []struct {
		name string
		src  string
		want value
	}{
		{"null", "null", value{Kind: jsonx.Null}},
		{"true", "true", value{Kind: jsonx.Bool, Str: "true"}},
		{"false", "false", value{Kind: jsonx.Bool, Str: "false"}},
		{"zero", "0", num(0, "0")},
		{"negative zero", "-0", num(0, "-0")},
		{"integer", "1234567890", num(0, "1234567890")},
		{"fraction", "-12.50", num(0, "-12.50")},
		{"exponent", "1E+7", num(0, "1E+7")},
		{"negative exponent", "0.5e-3", num(0, "0.5e-3")},
		{"bigger than float64", "1e400", num(0, "1e400")},
		{"more digits than int64", "123456789012345678901234567890", num(0, "123456789012345678901234567890")},
		{"empty string", `""`, str(0, "")},
		{"string", `"abc"`, str(0, "abc")},
		{"japanese string", `"日本語"`, str(0, "日本語")},
		{"surrounding space", " \t\r\n 42 \n", num(5, "42")},
		{"empty array", "[]", value{Kind: jsonx.Array}},
		{"empty array with space", "[ \n ]", value{Kind: jsonx.Array}},
		{"empty object", "{}", value{Kind: jsonx.Object}},
		{"empty object with space", "{ \t }", value{Kind: jsonx.Object}},
		{
			"array", `[1, "a", null, true]`,
			value{Kind: jsonx.Array, Elems: []value{
				num(1, "1"), str(4, "a"), {Kind: jsonx.Null, Off: 9}, {Kind: jsonx.Bool, Off: 15, Str: "true"},
			}},
		},
		{
			// Offsets:  0         1         2
			//           0123456789012345678901234
			"object", ` {"a" : [false] , "b":{}}`,
			value{Kind: jsonx.Object, Off: 1, Members: []member{
				{Key: "a", Value: value{Kind: jsonx.Array, Off: 8, Elems: []value{
					{Kind: jsonx.Bool, Off: 9, Str: "false"},
				}}},
				{Key: "b", Value: value{Kind: jsonx.Object, Off: 22}},
			}},
		},
		{
			// Offsets are in bytes: "名前" is 6 of them.
			"japanese object", `{"名前":"太郎","年齢":[30]}`,
			value{Kind: jsonx.Object, Members: []member{
				{Key: "名前", Value: str(10, "太郎")},
				{Key: "年齢", Value: value{Kind: jsonx.Array, Off: 28, Elems: []value{num(29, "30")}}},
			}},
		},
		{
			"members keep document order", `{"z":1,"a":2,"m":3}`,
			value{Kind: jsonx.Object, Members: []member{
				{Key: "z", Value: num(5, "1")},
				{Key: "a", Value: num(11, "2")},
				{Key: "m", Value: num(17, "3")},
			}},
		},
		{
			"same key in different objects", `[{"a":1},{"a":1}]`,
			value{Kind: jsonx.Array, Elems: []value{
				{Kind: jsonx.Object, Off: 1, Members: []member{{Key: "a", Value: num(6, "1")}}},
				{Kind: jsonx.Object, Off: 9, Members: []member{{Key: "a", Value: num(14, "1")}}},
			}},
		},
		{"BOM is skipped", "\uFEFF[1]", value{Kind: jsonx.Array, Off: 3, Elems: []value{num(4, "1")}}},
		{"BOM then space", "\uFEFF \n\"x\"", str(5, "x")},
		{"DEL is not a control character", "\"\x7f\"", str(0, "\x7f")},
		{"U+FFFD in the source is valid UTF-8", "\"\uFFFD\"", str(0, "\uFFFD")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse(tt.src)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.src, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestParseStrings(t *testing.T) {
	tests := []struct {
		name string
		src  string // a JSON string literal
		want string
	}{
		{"short escapes", `"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t"},
		{"escape between text", `"日本\n語"`, "日本\n語"},
		{"text before and after", `"ab\tcd"`, "ab\tcd"},
		{"ascii \\u", `"\u0041\u007a"`, "Az"},
		{"NUL", `"a\u0000b"`, "a\x00b"},
		{"two-byte \\u", `"\u00e9\u00E9"`, "éé"},
		{"three-byte \\u", `"\u3042\u30A2\u4e9c"`, "あア亜"},
		{"BOM as \\u", `"\uFEFF"`, "\uFEFF"},
		{"U+FFFD as \\u", `"\uFFFD"`, "\uFFFD"},
		{"surrogate pair", `"\uD83D\uDE00"`, "😀"},
		{"surrogate pair lower case", `"\ud83d\ude00"`, "😀"},
		{"surrogate pair between text", `"a\uD842\uDFB7b"`, "a𠮷b"},
		{"highest code point", `"\uDBFF\uDFFF"`, "\U0010FFFF"},
		{"lone high surrogate", `"\uD83D"`, "\uFFFD"},
		{"lone low surrogate", `"\uDE00"`, "\uFFFD"},
		{"high surrogate then text", `"\uD83Dx"`, "\uFFFDx"},
		{"high surrogate then short escape", `"\uD83D\n"`, "\uFFFD\n"},
		{"high surrogate then non-surrogate", `"\uD83D\u0041"`, "\uFFFDA"},
		{"two high surrogates then low", `"\uD83D\uD83D\uDE00"`, "\uFFFD😀"},
		{"low then high surrogate", `"\uDE00\uD83D"`, "\uFFFD\uFFFD"},
		{"high surrogate at the end", `"x\uDBFF"`, "x\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := mustParse(t, tt.src)
			if diff := cmp.Diff(value{Kind: jsonx.String, Str: tt.want}, v); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.src, diff)
			}
			// encoding/json is the reference for what an escape means.
			var std string
			if err := json.Unmarshal([]byte(tt.src), &std); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", tt.src, err)
			}
			if std != tt.want {
				t.Errorf("encoding/json gives %q for %s, the test wants %q", std, tt.src, tt.want)
			}
			// Keys are read by the same code.
			obj := mustParse(t, "{"+tt.src+":0}")
			if got := obj.Members[0].Key; got != tt.want {
				t.Errorf("key %s = %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// within reports whether s's bytes lie inside src's.
func within(s, src string) bool {
	if len(s) == 0 {
		return true
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(src)))
	return lo <= p && p+uintptr(len(s)) <= lo+uintptr(len(src))
}

func TestParseStringsWithoutEscapesShareTheSource(t *testing.T) {
	src := `{"名前": ["太郎", "x\ny"], "key": "value"}`
	v := mustParse(t, src)
	for _, s := range []string{v.Members[0].Key, v.Members[0].Value.Elems[0].Str, v.Members[1].Key, v.Members[1].Value.Str} {
		if !within(s, src) {
			t.Errorf("%q is a copy, want a substring of the source", s)
		}
	}
	if s := v.Members[0].Value.Elems[1].Str; within(s, src) || s != "x\ny" {
		t.Errorf("escaped string = %q (shares the source: %v), want a new \"x\\ny\"", s, within(s, src))
	}
}

func TestParseErrors(t *testing.T) {
	nested := func(n int, open, close string) string {
		return strings.Repeat(open, n) + strings.Repeat(close, n)
	}
	var big strings.Builder // more keys than a linear scan handles
	big.WriteString("{")
	for i := range 40 {
		big.WriteString(`"k` + strconv.Itoa(i) + `":0,`)
	}
	big.WriteString(`"k17":1}`)
	tests := []struct {
		name string
		src  string
		want jsonx.SyntaxError
	}{
		{"invalid byte", "\"a\xffb\"", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeInvalidUTF8)}},
		{"invalid byte outside a string", "[1,\xc0]", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeInvalidUTF8)}},
		{"truncated character after BOM", "\uFEFF[\"\xe3\x81\"]", jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeInvalidUTF8)}},
		{"surrogate encoded in UTF-8", "\"\xed\xa0\x80\"", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidUTF8)}},
		{"beyond U+10FFFF", "\"\xf4\x90\x80\x80\"", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidUTF8)}},
		// The first problem in document order, since nothing is read twice.
		{"a syntax error before invalid UTF-8", "x\xff", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'x'"}}},
		{"invalid UTF-8 before a syntax error", "\xffx", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeInvalidUTF8)}},

		{"empty", "", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeEmpty)}},
		{"only space", " \n\t\r", jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeEmpty)}},
		{"only BOM", "\uFEFF", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeEmpty)}},
		{"BOM and space", "\uFEFF \n", jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeEmpty)}},

		{"two values", "1 2", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"two objects", "{} {}", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"extra bracket", "[]]", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"leading zero", "01", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"literal too long", "nulll", jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"literal run on", "truex", jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"two strings", `"a""b"`, jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeTrailingData)}},
		{"NUL after the value", "{}\x00", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeTrailingData)}},

		{"open array", "[", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"open object", "{ ", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"key without colon", `{"a"`, jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"key without value", `{"a":`, jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"object not closed", `{"a":1`, jsonx.SyntaxError{Offset: 6, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"object after comma", `{"a":1,`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"array after comma", "[1, ", jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"array not closed", "[[1]", jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"string not closed", `"abc`, jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"string with escape not closed", `"a\nb`, jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"value string not closed", `{"a":"`, jsonx.SyntaxError{Offset: 6, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"backslash at the end", `"ab\`, jsonx.SyntaxError{Offset: 4, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"\\u at the end", `"\u`, jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"\\u cut short", `"\u00`, jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"low surrogate cut short", `"\uD83D\uDE`, jsonx.SyntaxError{Offset: 11, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"minus alone", "-", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"fraction without digits at the end", "1.", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"exponent without digits at the end", "1e", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"exponent sign at the end", "1e+", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"true cut short", "tru", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"false cut short", "[fals", jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},
		{"null cut short", `{"a":n`, jsonx.SyntaxError{Offset: 6, Key: i18n.Key(dendai.CodeUnexpectedEnd)}},

		{"letter", "x", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'x'"}}},
		{"single quotes", "'a'", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{`'\''`}}},
		{"japanese character", "[あ]", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'あ'"}}},
		{"full-width bracket", "［］", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'［'"}}},
		{"second BOM", "\uFEFF\uFEFF{}", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{`'\ufeff'`}}},
		{"missing comma", "[1 2]", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'2'"}}},
		{"number as key", "{1:2}", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'1'"}}},
		{"missing colon", `{"a" 1}`, jsonx.SyntaxError{Offset: 5, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'1'"}}},
		{"missing comma between members", `{"a":1 "b":2}`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{`'"'`}}},
		{"trailing comma in array", "[1,]", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"']'"}}},
		{"trailing comma in object", `{"a":1,}`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'}'"}}},
		{"comma alone in object", "{,}", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"','"}}},
		{"leading comma in array", "[,1]", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"','"}}},
		{"wrong closing bracket", `[1}`, jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'}'"}}},
		{"leading zero in array", "[01]", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'1'"}}},
		{"plus sign", "+1", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'+'"}}},
		{"leading dot", ".5", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'.'"}}},
		{"minus then letter", "-x", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'x'"}}},
		{"fraction without digits", "1.e5", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'e'"}}},
		{"exponent without digits", "[1e]", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"']'"}}},
		{"NaN", "NaN", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'N'"}}},
		{"minus Infinity", "-Infinity", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'I'"}}},
		{"capital True", "[True]", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'T'"}}},
		{"misspelt true", "trux", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'x'"}}},
		{"misspelt null", "[nil]", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'i'"}}},
		{"comment", "[1 // one\n]", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{"'/'"}}},
		{"form feed is not space", "\f1", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{`'\f'`}}},
		{"ideographic space is not space", "\u30001", jsonx.SyntaxError{Offset: 0, Key: i18n.Key(dendai.CodeUnexpectedChar), Args: []any{`'\u3000'`}}},

		{"tab in string", "\"a\tb\"", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeControlChar)}},
		{"newline in string", "\"a\nb\"", jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeControlChar)}},
		{"NUL in string", "\"\x00\"", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeControlChar)}},
		{"control after an escape", "\"\\n\x1f\"", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeControlChar)}},
		{"control in key", "{\"a\tb\":1}", jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeControlChar)}},

		{"unknown escape", `"\x41"`, jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"unknown escape after text", `"ab\q"`, jsonx.SyntaxError{Offset: 3, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"escaped single quote", `"\'"`, jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"upper-case U", `"\U0041"`, jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"bad hex digit", `"\u12G4"`, jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"too few hex digits", `"\u00"`, jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"bad escape after a lone surrogate", `"\uD83D\uZZZZ"`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"bad escape in key", `{"\a":1}`, jsonx.SyntaxError{Offset: 2, Key: i18n.Key(dendai.CodeInvalidEscape)}},
		{"escaped newline", "\"\\\n\"", jsonx.SyntaxError{Offset: 1, Key: i18n.Key(dendai.CodeInvalidEscape)}},

		{"arrays too deep", nested(jsonx.MaxDepth+1, "[", "]"), jsonx.SyntaxError{Offset: jsonx.MaxDepth, Key: i18n.Key(dendai.CodeTooDeep), Args: []any{jsonx.MaxDepth}}},
		{"objects too deep", nested(jsonx.MaxDepth+1, `{"a":`, "}"), jsonx.SyntaxError{Offset: 5 * jsonx.MaxDepth, Key: i18n.Key(dendai.CodeTooDeep), Args: []any{jsonx.MaxDepth}}},
		{"mixed too deep", nested((jsonx.MaxDepth+2)/2, `[{"":`, "}]"), jsonx.SyntaxError{Offset: 5 * (jsonx.MaxDepth / 2), Key: i18n.Key(dendai.CodeTooDeep), Args: []any{jsonx.MaxDepth}}},
		{"too deep, not closed", strings.Repeat("[", 1000), jsonx.SyntaxError{Offset: jsonx.MaxDepth, Key: i18n.Key(dendai.CodeTooDeep), Args: []any{jsonx.MaxDepth}}},

		{"duplicate key", `{"a":1,"a":2}`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"a"}}},
		{"duplicate key after a nested one", `{"a":1,"b":{"a":1},"a":2}`, jsonx.SyntaxError{Offset: 19, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"a"}}},
		{"duplicate key in nested object", `[{"b":{"x":1,"x":1}}]`, jsonx.SyntaxError{Offset: 13, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"x"}}},
		{"duplicate key spelt with an escape", `{"a":1,"\u0061":2}`, jsonx.SyntaxError{Offset: 7, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"a"}}},
		{"lone surrogates are the same key", `{"\uD800":1,"\uDBFF":2}`, jsonx.SyntaxError{Offset: 12, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"\uFFFD"}}},
		{"duplicate japanese key", `{"名前":1,"名前":2}`, jsonx.SyntaxError{Offset: 12, Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"名前"}}},
		{"duplicate key in a big object", big.String(), jsonx.SyntaxError{Offset: strings.LastIndex(big.String(), `"k17"`), Key: i18n.Key(dendai.CodeDuplicateKey), Args: []any{"k17"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := parse(tt.src)
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, want an error", tt.src, v)
			}
			if diff := cmp.Diff(tt.want, *err); diff != "" {
				t.Errorf("Parse(%q) error mismatch (-want +got):\n%s", tt.src, diff)
			}
			if diff := cmp.Diff(value{}, v); diff != "" {
				t.Errorf("Parse(%q) returned a value with its error (-want +got):\n%s", tt.src, diff)
			}
			if err.Message().EN == string(err.Key) {
				t.Errorf("error key %q is not in the message catalog", err.Key)
			}
		})
	}
}

func TestParseDepth(t *testing.T) {
	tests := []struct {
		name        string
		open, close string
		level       int // nesting levels one repetition adds
	}{
		{"arrays", "[", "]", 1},
		{"objects", `{"k":`, "}", 1},
		{"arrays of objects", `[{"k":`, "}]", 2},
		{"spaced arrays", "[ \n", "\n ]", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := jsonx.MaxDepth / tt.level
			ok := strings.Repeat(tt.open, n) + "0" + strings.Repeat(tt.close, n)
			v := mustParse(t, ok)
			depth := 0
			for v.Kind == jsonx.Array || v.Kind == jsonx.Object {
				depth++
				if v.Kind == jsonx.Array {
					v = v.Elems[0]
				} else {
					v = v.Members[0].Value
				}
			}
			if depth != jsonx.MaxDepth {
				t.Errorf("parsed %d levels, want %d", depth, jsonx.MaxDepth)
			}

			deep := tt.open + ok + tt.close
			if tt.level == 2 {
				deep = "[" + ok + "]"
			}
			_, err := parse(deep)
			if err == nil || err.Key != i18n.Key(dendai.CodeTooDeep) {
				t.Fatalf("Parse at depth %d: error %v, want %s", jsonx.MaxDepth+1, err, i18n.Key(dendai.CodeTooDeep))
			}
			if want := strings.LastIndexAny(deep[:strings.IndexByte(deep, '0')], "[{"); err.Offset != want {
				t.Errorf("too-deep error at offset %d, want %d (the innermost bracket)", err.Offset, want)
			}
		})
	}
}

func TestSyntaxErrorMessage(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"[x]", `offset 1: unexpected character 'x'`},
		{`{"a":1,"a":2}`, `offset 7: the key "a" appears twice in the same object`},
		{strings.Repeat("[", 100), "offset 64: arrays and objects are nested more than 64 levels deep"},
		{"", "offset 0: the document is empty"},
	}
	for _, tt := range tests {
		_, err := parse(tt.src)
		if err == nil {
			t.Fatalf("Parse(%q) succeeded, want an error", tt.src)
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("Parse(%q).Error() = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestPosition(t *testing.T) {
	type pos struct{ Line, Col int }
	tests := []struct {
		name string
		src  string
		off  int
		want pos
	}{
		{"start", "abc", 0, pos{1, 1}},
		{"middle", "abc", 2, pos{1, 3}},
		{"end", "abc", 3, pos{1, 4}},
		{"empty source", "", 0, pos{1, 1}},
		{"negative offset", "abc", -5, pos{1, 1}},
		{"offset past the end", "a\nbc", 99, pos{2, 3}},
		{"at a newline", "a\nb", 1, pos{1, 2}},
		{"line start", "a\nb", 2, pos{2, 1}},
		{"third line start", "a\nb\nc", 4, pos{3, 1}},
		{"empty lines", "\n\n\nx", 3, pos{4, 1}},
		{"CR of CRLF", "ab\r\ncd", 2, pos{1, 3}},
		{"LF of CRLF", "ab\r\ncd", 3, pos{1, 4}},
		{"after CRLF", "ab\r\ncd", 4, pos{2, 1}},
		{"within a CRLF line", "ab\r\ncd\r\nef", 9, pos{3, 2}},
		{"japanese counts characters", `{"名前": "太郎"}`, 11, pos{1, 8}},
		{"japanese on a later line", "{\n  \"名前\": \"太郎\",\n  \"年齢\": x\n}", strings.IndexByte("{\n  \"名前\": \"太郎\",\n  \"年齢\": x\n}", 'x'), pos{3, 9}},
		{"emoji is one character", "\"😀\"x", 6, pos{1, 4}},
		{"tab is one character", "\t\tx", 2, pos{1, 3}},
		{"BOM is not counted", "\uFEFF{}", 3, pos{1, 1}},
		{"after BOM", "\uFEFF{}", 4, pos{1, 2}},
		{"BOM at offset 0", "\uFEFF{}", 0, pos{1, 1}},
		{"BOM then newline", "\uFEFF\n x", 5, pos{2, 2}},
		{"BOM then japanese", "\uFEFF\"日本\"x", 11, pos{1, 5}},
		{"BOM only once", "\uFEFF\uFEFFx", 6, pos{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got pos
			got.Line, got.Col = jsonx.Position(tt.src, tt.off)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Position(%q, %d) mismatch (-want +got):\n%s", tt.src, tt.off, diff)
			}
		})
	}
}

// TestPositionOfErrors checks the two together, as a user sees them.
func TestPositionOfErrors(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
	}{
		{"japanese document", "{\n  \"名前\": \"太郎\",\n  \"年齢\": x\n}", 3, 9},
		{"CRLF and BOM", "\uFEFF{\r\n  \"説明\": \"説明\",\r\n  \"説明\": 1\r\n}", 3, 3},
		{"control character", "[\n\"日本\t語\"]", 2, 4},
		{"end of input", "{\n  \"a\": [1,\n", 3, 1},
		{"invalid UTF-8", "{\n \"ｶﾅ\xff\": 1}", 2, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.src)
			if err == nil {
				t.Fatalf("Parse(%q) succeeded, want an error", tt.src)
			}
			line, col := jsonx.Position(tt.src, err.Offset)
			if line != tt.line || col != tt.col {
				t.Errorf("%v at line %d, column %d; want line %d, column %d", err, line, col, tt.line, tt.col)
			}
		})
	}
}

// TestParseManyKeys guards against a duplicate-key check that is quadratic in the
// number of keys: untrusted documents may be megabytes of one object.
func TestParseManyKeys(t *testing.T) {
	const n = 100_000
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"` + strconv.Itoa(i) + `":0`)
	}
	b.WriteString("}")
	start := time.Now()
	v := mustParse(t, b.String())
	// A linear check takes well under a second, even under the race detector; a
	// quadratic one most of a minute.
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("parsing an object of %d keys took %v", n, d)
	}
	if len(v.Members) != n {
		t.Errorf("parsed %d members, want %d", len(v.Members), n)
	}
	_, err := parse(strings.TrimSuffix(b.String(), "}") + `,"99999":1}`)
	if err == nil || err.Key != i18n.Key(dendai.CodeDuplicateKey) {
		t.Errorf("duplicate of the last key: error %v, want %s", err, i18n.Key(dendai.CodeDuplicateKey))
	}
}

func TestParseBuiltInCatalogs(t *testing.T) {
	for _, name := range []string{"jpbank-checklist.json", "jpbank-standard.json"} {
		data, err := os.ReadFile("../../criteria/data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		v := mustParse(t, string(data))
		var want any
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, toAny(v, func(lit string) any {
			f, _ := strconv.ParseFloat(lit, 64)
			return f
		})); diff != "" {
			t.Errorf("%s: Parse and encoding/json disagree (-json +jsonx):\n%s", name, diff)
		}
	}
}

// toAny converts a parsed value to what encoding/json decodes into an any, with
// number deciding how numbers are represented.
func toAny(v value, number func(lit string) any) any {
	switch v.Kind {
	case jsonx.Null:
		return nil
	case jsonx.Bool:
		return v.Str == "true"
	case jsonx.Number:
		return number(v.Str)
	case jsonx.String:
		return v.Str
	case jsonx.Array:
		a := make([]any, 0, len(v.Elems))
		for _, e := range v.Elems {
			a = append(a, toAny(e, number))
		}
		return a
	case jsonx.Object:
		m := make(map[string]any, len(v.Members))
		for _, mem := range v.Members {
			m[mem.Key] = toAny(mem.Value, number)
		}
		return m
	}
	panic("invalid kind " + strconv.Itoa(int(v.Kind)))
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../criteria/data/jpbank-checklist.json")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseEncodingJSON is the baseline: encoding/json reading the same bytes.
func BenchmarkParseEncodingJSON(b *testing.B) {
	data, err := os.ReadFile("../../criteria/data/jpbank-checklist.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}
