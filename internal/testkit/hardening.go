package testkit

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// This file is the one checker of dendai's hardening tests, in the spirit of
// testing/slogtest: each package that reads a format (assessment JSON, the CSV
// template, catalogs, policies) keeps its own rows of hostile input and hands
// them to RunBad with the functions that read them; tests of hostile Go values
// call CheckProblems and Protect themselves. Both hold every reader to the
// invariants of DESIGN.md: never a panic, a refusal with a stable code and a
// message in both languages, safe to display, with a location, and the
// caller's input left as it was.

// Place says what location the problems of a refusal must give.
type Place int

const (
	// AtLine: every problem has a line and a column (and maybe a JSON
	// Pointer), as the problems of a document read from bytes do.
	AtLine Place = iota
	// AtPath: every problem has a JSON Pointer and no line, as the problems
	// of a value built in Go do.
	AtPath
	// Nowhere: the input has no place to give (an input over the size limit,
	// an empty file), so no location is required.
	Nowhere
)

// Want is what a refusal must hold besides the invariants every refusal
// keeps.
type Want struct {
	// Code is the code one of the problems must have.
	Code dendai.Code
	// Min is how many problems must have Code, when more than one.
	Min int
	// Quotes allows Japanese in the English messages: they quote the input,
	// or a Japanese spelling such as 関東財務局長（電代）第12号.
	Quotes bool
	// Place is the location every problem must give.
	Place Place
}

// CheckProblems checks the problems a call (named call in failures) returned
// for hostile input: at least one (w.Min) with code w.Code, no more than
// dendai.MaxProblems and the marker, and for each a message in both
// languages, Japanese in the Japanese, none in the English unless w.Quotes,
// no control character (a message goes to terminals and logs), and the
// location w.Place asks for. It reports at most three bad messages.
func CheckProblems(t testing.TB, call string, ps dendai.Problems, w Want) {
	t.Helper()
	if len(ps) == 0 {
		t.Errorf("%s: no problem, want %s", call, w.Code)
		return
	}
	n := 0
	for _, p := range ps {
		if p.Code == w.Code {
			n++
		}
	}
	if n == 0 {
		codes := make([]string, 0, 5)
		for _, p := range ps[:min(len(ps), 5)] {
			codes = append(codes, fmt.Sprintf("%s (%s)", p.Code, p.Describe(i18n.English)))
		}
		t.Errorf("%s: no problem has code %s; got %d: %s", call, w.Code, len(ps), strings.Join(codes, "; "))
	}
	if n < max(w.Min, 1) && n > 0 {
		t.Errorf("%s: %d problems have code %s, want at least %d", call, n, w.Code, w.Min)
	}
	if len(ps) > dendai.MaxProblems+1 {
		t.Errorf("%s: %d problems, want at most %d", call, len(ps), dendai.MaxProblems+1)
	}
	bad := 0
	fail := func(format string, args ...any) {
		t.Helper()
		if bad++; bad <= 3 {
			t.Errorf(call+": "+format, args...)
		}
	}
	for i, p := range ps {
		ja, en := p.Message.JA, p.Message.EN
		switch {
		case ja == "" || en == "":
			fail("problem %d (%s): message ja=%q en=%q, want both", i, p.Code, ja, en)
		case !HasJapanese(ja):
			fail("problem %d (%s): the Japanese message %q has no Japanese", i, p.Code, ja)
		case !w.Quotes && HasJapanese(en):
			fail("problem %d (%s): the English message %q has Japanese", i, p.Code, en)
		case ja == en:
			fail("problem %d (%s): the same message in both languages: %q", i, p.Code, ja)
		case strings.Contains(ja, "%!") || strings.Contains(en, "%!"):
			fail("problem %d (%s): badly formatted message ja=%q en=%q", i, p.Code, ja, en)
		case !utf8.ValidString(ja) || !utf8.ValidString(en):
			fail("problem %d (%s): message is not valid UTF-8: ja=%q en=%q", i, p.Code, ja, en)
		case strings.ContainsFunc(ja, unicode.IsControl) || strings.ContainsFunc(en, unicode.IsControl):
			// A control character from the input (ESC, NUL, a line break)
			// must be escaped, as %q does.
			fail("problem %d (%s): message has a control character: ja=%q en=%q", i, p.Code, ja, en)
		}
		if p.Code == dendai.CodeTooManyProblems {
			continue // the end of the list, not a place in the document
		}
		switch w.Place {
		case AtLine:
			if p.Line <= 0 || p.Column <= 0 {
				fail("problem %d (%s) has no line and column: %+v", i, p.Code, p)
			}
		case AtPath:
			if p.Path == "" || p.Line != 0 {
				fail("problem %d (%s) has no JSON Pointer, or a line: %+v", i, p.Code, p)
			}
		}
	}
}

// HasJapanese reports whether s has hiragana, katakana or kanji.
func HasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// Protect runs f and turns a panic into a test error naming call; it reports
// whether f returned.
func Protect(t testing.TB, call string, f func()) (ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v\n%s", call, r, debug.Stack())
			ok = false
		}
	}()
	f()
	return true
}

// Bad is one row of a hardening test: hostile bytes, and the refusal they
// must get.
type Bad struct {
	Name string
	Data []byte
	// Code is the code one of the problems must have.
	Code dendai.Code
	// Min is how many problems must have Code, when more than one.
	Min int
	// Quotes allows Japanese in the English messages (see Want.Quotes).
	Quotes bool
	// NoPlace says the problem has no place in the document: an input over
	// the size limit, an empty file.
	NoPlace bool
	// MaxSize is the size limit to read with; 0 means the reader's default.
	MaxSize int
	// CheckOnly says the problem comes from validation against the catalog:
	// the readers that only decode accept the document.
	CheckOnly bool
}

// Reader is one function a hardening test feeds its rows to.
type Reader struct {
	// Name names the function in failures, such as "Decode".
	Name string
	// Read calls the function on b.Data, with b.MaxSize where it takes a
	// limit, and returns its error: nil when it accepts the input, a
	// *dendai.Error (ps.Err() of the problems a function returns) when it
	// refuses it. Read may check more of what the function returned with t,
	// such as no value with an error.
	Read func(t *testing.T, b Bad) error
	// DecodeOnly says the function does not validate against a catalog: it
	// must accept the rows marked CheckOnly.
	DecodeOnly bool
	// NoMaxSize says the function takes no size limit: the rows with a
	// MaxSize skip it.
	NoMaxSize bool
}

// RunBad runs a subtest for each row, named by it, that feeds the row to
// every reader and checks that none panics or changes the row's data, and
// that each refuses it as CheckProblems says (at a line and a column unless
// the row has NoPlace) or, for a reader that only decodes and a CheckOnly
// row, accepts it. Two rows may not share a name.
func RunBad(t *testing.T, rows []Bad, readers ...Reader) {
	t.Helper()
	t.Logf("%d bad inputs", len(rows))
	seen := map[string]bool{}
	for _, b := range rows {
		if seen[b.Name] {
			t.Fatalf("row %q twice", b.Name)
		}
		seen[b.Name] = true
	}
	for _, b := range rows {
		t.Run(b.Name, func(t *testing.T) {
			w := Want{Code: b.Code, Min: b.Min, Quotes: b.Quotes}
			if b.NoPlace {
				w.Place = Nowhere
			}
			for _, r := range readers {
				if r.NoMaxSize && b.MaxSize != 0 {
					continue
				}
				before := bytes.Clone(b.Data)
				var err error
				if !Protect(t, r.Name, func() { err = r.Read(t, b) }) {
					continue
				}
				if !bytes.Equal(b.Data, before) {
					t.Fatalf("%s changed the caller's input", r.Name)
				}
				if b.CheckOnly && r.DecodeOnly {
					if err != nil {
						t.Errorf("%s: %v, want the document accepted (the problem is the validator's)", r.Name, err)
					}
					continue
				}
				ps, ok := Problems(err)
				if err != nil && !ok {
					t.Errorf("%s: error %v (%T), want a *dendai.Error", r.Name, err, err)
				}
				CheckProblems(t, r.Name, ps, w)
			}
		})
	}
}

// Edit returns s with the first old replaced by new; old must occur in s.
func Edit(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic(fmt.Sprintf("testkit.Edit: the document has no %q", old))
	}
	return strings.Replace(s, old, new, 1)
}

// Repeat returns prefix, n copies of elem (with every # replaced by the
// copy's index) separated by sep, and suffix: Repeat("[", "0", ",", "]", 3)
// is [0,0,0].
func Repeat(prefix, elem, sep, suffix string, n int) string {
	var b strings.Builder
	b.Grow(len(prefix) + n*(len(elem)+len(sep)+6) + len(suffix))
	b.WriteString(prefix)
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		if strings.Contains(elem, "#") {
			b.WriteString(strings.ReplaceAll(elem, "#", strconv.Itoa(i)))
		} else {
			b.WriteString(elem)
		}
	}
	b.WriteString(suffix)
	return b.String()
}

// Nest returns n nested empty JSON arrays: [[…]].
func Nest(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
