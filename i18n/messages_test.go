package i18n_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
)

// technicalTerms are the entries whose Japanese text may be the English one: terms
// that Japanese writes in Latin letters too.
var technicalTerms = map[i18n.Key]bool{
	i18n.JSONKindNull: true, // null
	i18n.LabelID:      true, // ID
	i18n.LocationID:   true, // ID %s
}

// quotesJapanese are the entries whose English text quotes Japanese on purpose:
// the spellings a user may type.
var quotesJapanese = map[i18n.Key]string{
	i18n.StatusInvalid:             "○, △, ×, －",
	i18n.RegistrationNumberInvalid: "関東財務局長（電代）第12号",
}

// isJapanese reports whether r is a character only Japanese text has: kana, kanji,
// Japanese punctuation (、。「」) and full-width forms (（）：).
func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) ||
		'\u3000' <= r && r <= '\u303F' || // CJK symbols and punctuation
		'\uFF00' <= r && r <= '\uFFEF' // half-width and full-width forms
}

func allKeys() []i18n.Key { return slices.Collect(i18n.Keys()) }

func TestCatalogTexts(t *testing.T) {
	keys := allKeys()
	if len(keys) == 0 {
		t.Fatal("the catalog is empty")
	}
	for _, k := range keys {
		text, ok := i18n.Lookup(k)
		if !ok {
			t.Errorf("%s: Keys yields it but Lookup does not find it", k)
			continue
		}
		if strings.TrimSpace(text.JA) == "" {
			t.Errorf("%s: no Japanese text", k)
		}
		if strings.TrimSpace(text.EN) == "" {
			t.Errorf("%s: no English text", k)
		}
		if !utf8.ValidString(text.JA) || !utf8.ValidString(text.EN) {
			t.Errorf("%s: invalid UTF-8", k)
		}
		if strings.ContainsFunc(strings.ReplaceAll(text.EN, quotesJapanese[k], ""), isJapanese) {
			t.Errorf("%s: the English text %q has Japanese characters", k, text.EN)
		}
		switch {
		case technicalTerms[k]:
			if text.JA != text.EN {
				t.Errorf("%s is listed as a technical term, but its texts differ: %q and %q", k, text.JA, text.EN)
			}
		case !strings.ContainsFunc(text.JA, isJapanese):
			t.Errorf("%s: the Japanese text %q has no Japanese characters", k, text.JA)
		}
	}
	for k := range technicalTerms {
		if _, ok := i18n.Lookup(k); !ok {
			t.Errorf("technical term %s is not in the catalog", k)
		}
	}
}

func TestCatalogKeysUnique(t *testing.T) {
	seen := map[i18n.Key]int{}
	for i, k := range allKeys() {
		if j, dup := seen[k]; dup {
			t.Errorf("key %q is entry %d and entry %d", k, j, i)
		}
		seen[k] = i
	}
}

// verbs returns the formatting verbs of a fmt format, each as "argument:verb" with
// the argument numbered as fmt numbers it, sorted. A %q counts as a %s, since
// Japanese quotes with 「%s」 where English writes %q.
func verbs(t *testing.T, format string) []string {
	t.Helper()
	var out []string
	arg := 0 // the argument the last verb used; fmt counts from 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		index := func() {
			if i < len(format) && format[i] == '[' {
				end := strings.IndexByte(format[i:], ']')
				n, err := strconv.Atoi(format[i+1 : i+max(end, 1)])
				if end < 0 || err != nil || n < 1 {
					t.Fatalf("bad argument index in %q", format)
				}
				arg = n - 1
				i += end + 1
			}
		}
		number := func() {
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
		}
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		number() // width
		if i < len(format) && format[i] == '.' {
			i++
			number() // precision
		}
		index()
		if i >= len(format) {
			t.Fatalf("%q ends inside a verb", format)
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size - 1
		if verb == 'q' {
			verb = 's'
		}
		arg++
		out = append(out, fmt.Sprintf("%d:%c", arg, verb))
	}
	slices.Sort(out)
	return out
}

func TestVerbs(t *testing.T) {
	tests := []struct {
		format string
		want   []string
	}{
		{"no verbs", nil},
		{"100%% sure", nil},
		{"%s and %d", []string{"1:s", "2:d"}},
		{"%q", []string{"1:s"}},
		{"%[2]s before %[1]s", []string{"1:s", "2:s"}},
		{"%[2]s then %s", []string{"2:s", "3:s"}},
		{"%-10s|%5.2f|%x", []string{"1:s", "2:f", "3:x"}},
		{"%*d", []string{"2:d"}},
		{"「%s」", []string{"1:s"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, verbs(t, tt.format)); diff != "" {
			t.Errorf("verbs(%q) (-want +got):\n%s", tt.format, diff)
		}
	}
}

func TestCatalogVerbs(t *testing.T) {
	for _, k := range allKeys() {
		text, _ := i18n.Lookup(k)
		ja, en := verbs(t, text.JA), verbs(t, text.EN)
		if diff := cmp.Diff(en, ja); diff != "" {
			t.Errorf("%s: the verbs differ (-en +ja):\n%s", k, diff)
		}
		// Formatting with arguments of the right types leaves no %!.
		var args []any
		for _, v := range en {
			if strings.HasSuffix(v, ":d") {
				args = append(args, 12)
			} else {
				args = append(args, "x")
			}
		}
		for _, l := range i18n.Langs() {
			if s := i18n.Sprintf(l, k, args...); strings.Contains(s, "%!") {
				t.Errorf("%s in %v: %q", k, l, s)
			}
		}
	}
}

// declaredKeys returns the constants of type Key declared in the package's
// non-test source files, by name, with their values.
func declaredKeys(t *testing.T) map[string]i18n.Key {
	t.Helper()
	fset := token.NewFileSet()
	names, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]i18n.Key{}
	for _, e := range names {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			// A spec without type and values repeats the previous one's.
			var typ ast.Expr
			var values []ast.Expr
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				if vs.Type != nil || len(vs.Values) > 0 {
					typ, values = vs.Type, vs.Values
				}
				if id, ok := typ.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				for i, name := range vs.Names {
					if i >= len(values) {
						t.Fatalf("%s: constant %s has no value of its own", fset.Position(name.Pos()), name.Name)
					}
					lit, ok := values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Fatalf("%s: constant %s is not a string literal", fset.Position(name.Pos()), name.Name)
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					if _, dup := keys[name.Name]; dup {
						t.Errorf("constant %s declared twice", name.Name)
					}
					keys[name.Name] = i18n.Key(v)
				}
			}
		}
	}
	return keys
}

func TestCatalogCoversDeclaredKeys(t *testing.T) {
	declared := declaredKeys(t)
	if len(declared) == 0 {
		t.Fatal("found no Key constants in the package source")
	}
	inCatalog := map[i18n.Key]bool{}
	for _, k := range allKeys() {
		inCatalog[k] = true
	}
	isDeclared := map[i18n.Key]string{}
	for name, k := range declared {
		if other, dup := isDeclared[k]; dup {
			t.Errorf("constants %s and %s are both %q", other, name, k)
		}
		isDeclared[k] = name
		if !inCatalog[k] {
			t.Errorf("constant %s (%q) is not in the catalog", name, k)
		}
	}
	for _, k := range allKeys() {
		if _, ok := isDeclared[k]; !ok {
			t.Errorf("catalog key %q is not a declared Key constant", k)
		}
	}
}

// TestKeysOrder checks that Keys yields the keys in the order the catalog's source
// lists them, and stops when asked to.
func TestKeysOrder(t *testing.T) {
	declared := declaredKeys(t)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "catalog.go", nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var want []i18n.Key
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "entries" {
			return true
		}
		for _, e := range vs.Values[0].(*ast.CompositeLit).Elts {
			id, ok := e.(*ast.CompositeLit).Elts[0].(*ast.Ident)
			if !ok {
				t.Fatalf("%s: entry key is not a constant", fset.Position(e.Pos()))
			}
			want = append(want, declared[id.Name])
		}
		return false
	})
	if len(want) == 0 {
		t.Fatal("found no entries in catalog.go")
	}
	if diff := cmp.Diff(want, allKeys()); diff != "" {
		t.Errorf("Keys() order (-source +Keys):\n%s", diff)
	}

	var first []i18n.Key
	for k := range i18n.Keys() {
		if len(first) == 3 {
			break
		}
		first = append(first, k)
	}
	if diff := cmp.Diff(want[:3], first); diff != "" {
		t.Errorf("Keys() stopped after 3 (-want +got):\n%s", diff)
	}
}

func TestLookup(t *testing.T) {
	got, ok := i18n.Lookup(i18n.JSONWrongType)
	want := i18n.Text{JA: "%sを指定してください（%sが指定されています）", EN: "expected %s, found %s"}
	if !ok {
		t.Fatalf("Lookup(%q) found nothing", i18n.JSONWrongType)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Lookup(%q) (-want +got):\n%s", i18n.JSONWrongType, diff)
	}
	if got, ok := i18n.Lookup("no.such.key"); ok || got != (i18n.Text{}) {
		t.Errorf(`Lookup("no.such.key") = %+v, %v; want the zero Text, false`, got, ok)
	}
}

func TestSprintf(t *testing.T) {
	tests := []struct {
		name string
		key  i18n.Key
		args []any
		want i18n.Text
	}{
		{
			"keys as arguments are translated",
			i18n.JSONWrongType, []any{i18n.JSONKindString, i18n.JSONKindNumber},
			i18n.Text{JA: "文字列を指定してください（数値が指定されています）", EN: "expected a string, found a number"},
		},
		{
			"a key after another argument",
			i18n.CLIFlagBadValue, []any{"--lang", "fr", i18n.JSONKindString},
			i18n.Text{JA: "オプション --lang に「fr」は指定できません（指定できる値: 文字列）", EN: `option --lang does not accept "fr" (choose from a string)`},
		},
		{
			"a technical term",
			i18n.JSONWrongType, []any{i18n.JSONKindObject, i18n.JSONKindNull},
			i18n.Text{JA: "オブジェクトを指定してください（nullが指定されています）", EN: "expected an object, found null"},
		},
		{
			"no arguments",
			i18n.JSONEmpty, nil,
			i18n.Text{JA: "文書が空です", EN: "the document is empty"},
		},
		{
			"quoting",
			i18n.JSONDuplicateKey, []any{"名前"},
			i18n.Text{JA: "同じオブジェクトの中でキー「名前」が重複しています", EN: `the key "名前" appears twice in the same object`},
		},
		{
			"explicit argument indexes",
			i18n.CLIFlagBadValue, []any{"--format", "pdf", "text, json, md"},
			i18n.Text{JA: "オプション --format に「pdf」は指定できません（指定できる値: text, json, md）", EN: `option --format does not accept "pdf" (choose from text, json, md)`},
		},
		{
			// Digit grouping would make "line 1,234, column 5" ambiguous.
			"numbers are not grouped",
			i18n.LocationLineColumn, []any{1234, 5},
			i18n.Text{JA: "1234行目、5列目", EN: "line 1234, column 5"},
		},
		{
			"big number",
			i18n.InputTooLarge, []any{4 << 20},
			i18n.Text{JA: "入力がサイズの上限（4194304バイト）を超えています", EN: "the input is larger than the limit of 4194304 bytes"},
		},
		{
			"a key missing from the catalog is the format",
			i18n.Key("no such key: %d"), []any{7},
			i18n.Text{JA: "no such key: 7", EN: "no such key: 7"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := i18n.Text{JA: i18n.Sprintf(i18n.Japanese, tt.key, tt.args...), EN: i18n.Sprintf(i18n.English, tt.key, tt.args...)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sprintf (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, tt.key.Text(tt.args...)); diff != "" {
				t.Errorf("Key.Text (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSprintfInvalidLangIsEnglish(t *testing.T) {
	if got, want := i18n.Sprintf(i18n.Lang(9), i18n.JSONEmpty), "the document is empty"; got != want {
		t.Errorf("Sprintf(Lang(9), …) = %q, want %q", got, want)
	}
}

func TestSprintfKeepsCallersArgs(t *testing.T) {
	args := []any{i18n.JSONKindString, "x", i18n.JSONKindNumber}
	before := slices.Clone(args)
	i18n.Sprintf(i18n.Japanese, i18n.JSONWrongType, args...)
	i18n.Sprintf(i18n.English, i18n.CLIFlagBadValue, args...)
	i18n.JSONWrongType.Text(args...)
	if diff := cmp.Diff(before, args); diff != "" {
		t.Errorf("Sprintf changed the caller's arguments (-before +after):\n%s", diff)
	}
}

func TestConcurrentUse(t *testing.T) {
	want := []string{
		i18n.Sprintf(i18n.Japanese, i18n.JSONWrongType, i18n.JSONKindString, i18n.JSONKindNumber),
		i18n.Sprintf(i18n.English, i18n.JSONWrongType, i18n.JSONKindArray, i18n.JSONKindObject),
		i18n.Negotiate("ja-JP,ja;q=0.9,en;q=0.8").String(),
		i18n.Negotiate("en;q=0.1", "fr, ja;q=0.5").String(),
		i18n.FromLocale("", "ja_JP.UTF-8").String(),
	}
	const goroutines = 8
	var wg sync.WaitGroup
	errs := make(chan string, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range 200 {
				args := []any{i18n.JSONKindString, i18n.JSONKindNumber}
				got := []string{
					i18n.Sprintf(i18n.Japanese, i18n.JSONWrongType, args...),
					i18n.Sprintf(i18n.English, i18n.JSONWrongType, i18n.JSONKindArray, i18n.JSONKindObject),
					i18n.Negotiate("ja-JP,ja;q=0.9,en;q=0.8").String(),
					i18n.Negotiate("en;q=0.1", "fr, ja;q=0.5").String(),
					i18n.FromLocale("", "ja_JP.UTF-8").String(),
				}
				if _, ok := i18n.Lookup(i18n.JSONEmpty); !ok {
					got = append(got, "Lookup failed")
				}
				if diff := cmp.Diff(want, got); diff != "" {
					errs <- fmt.Sprintf("goroutine %d, round %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
