package review_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/review"
)

// This file feeds hostile reviews through Decode and Check, the shapes of
// issue 10 that a tree parser spent memory on; testkit checks the invariants
// of DESIGN.md on every refusal: never a panic, a stable code and a message
// in both languages, a location, and the caller's input left as it was. The
// rows edit the example review, which Check accepts
// (TestExampleReviewsCheck).

// reviewEdit returns the example review with old replaced by new once.
func reviewEdit(t *testing.T, old, new string) []byte {
	t.Helper()
	return []byte(testkit.Edit(string(read(t, "../examples/reviews/sample.review.json")), old, new))
}

func badReviews(t *testing.T) []testkit.Bad {
	const items = `"items": [`
	example := string(read(t, "../examples/reviews/sample.review.json"))
	return []testkit.Bad{
		{Name: "empty", Data: []byte{}, Code: dendai.CodeEmpty},
		{Name: "lone BOM", Data: []byte(testkit.BOM), Code: dendai.CodeEmpty},
		{Name: "policy an array of 100k zeros", Data: reviewEdit(t, `"policy": "uniform"`, `"policy": `+testkit.Repeat("[", "0", ",", "]", 100_000)), Code: dendai.CodeWrongType},
		{Name: "criterion an object", Data: reviewEdit(t, `"criterion": "1-1"`, `"criterion": {"id": "1-1"}`), Code: dendai.CodeWrongType},
		{Name: "100k-deep nesting", Data: []byte(testkit.Nest(100_000)), Code: dendai.CodeTooDeep},
		{Name: "100k-deep nesting in the items", Data: reviewEdit(t, items, items+testkit.Nest(100_000)+","), Code: dendai.CodeTooDeep},
		{Name: "100k unknown fields in an item", Data: reviewEdit(t, `"criterion": "1-1",`, `"criterion": "1-1", `+testkit.Repeat("", `"k#": 0`, ", ", ",", 100_000)), Code: dendai.CodeUnknownField, Min: 990},
		{Name: "100k items that are not objects", Data: reviewEdit(t, items, items+testkit.Repeat("", "1", ",", ",", 100_000)), Code: dendai.CodeWrongType, Min: 990},
		{Name: "duplicate key spelt with an escape", Data: reviewEdit(t, `"policy": "uniform",`, `"policy": "uniform", "p\u006flicy": "uniform",`), Code: dendai.CodeDuplicateKey},
		{Name: "invalid UTF-8 inside a string", Data: reviewEdit(t, `佐藤 花子`, "佐藤\\n\xe8花子"), Code: dendai.CodeInvalidUTF8},
		{Name: "trailing data", Data: []byte(example + `{}`), Code: dendai.CodeTrailingData},
		{Name: "BOM then trailing data", Data: []byte(testkit.BOM + example + `x`), Code: dendai.CodeTrailingData},
		{Name: "BOM then a duplicate key", Data: []byte(testkit.BOM + testkit.Edit(example, `"policy": "uniform",`, `"policy": "uniform", "policy": "x",`)), Code: dendai.CodeDuplicateKey},
		{Name: "member name in another case", Data: reviewEdit(t, `"reviewedOn"`, `"ReviewedOn"`), Code: dendai.CodeUnknownField},
		{Name: "item member in capitals", Data: reviewEdit(t, `"criterion": "1-1"`, `"CRITERION": "1-1"`), Code: dendai.CodeUnknownField},
		{Name: "over the size limit", Data: []byte(example), MaxSize: 64, Code: dendai.CodeInputTooLarge, NoPlace: true},
	}
}

func TestHardeningReview(t *testing.T) {
	a, cat := sample(t, "sample"), criteria.Checklist()
	options := func(b testkit.Bad) *review.Options { return &review.Options{MaxSize: b.MaxSize, Now: opts.Now} }
	testkit.RunBad(t, badReviews(t),
		testkit.Reader{Name: "Decode", DecodeOnly: true, Read: func(t *testing.T, b testkit.Bad) error {
			r, err := review.Decode(b.Data, options(b))
			if (r == nil) == (err == nil) {
				t.Errorf("Decode = %v, %v; want a review or an error", r, err)
			}
			return err
		}},
		testkit.Reader{Name: "Check", Read: func(t *testing.T, b testkit.Bad) error {
			_, ps := review.Check(b.Data, a, cat, options(b))
			return ps.Err()
		}},
	)
}

// TestInvalidUTF8Located checks that invalid UTF-8 in a review is refused at
// the line and column of its first byte, the column counting characters.
func TestInvalidUTF8Located(t *testing.T) {
	data := string(reviewEdit(t, `佐藤 花子`, "佐藤 \xe8花子"))
	off := strings.Index(data, "佐藤 ") + len("佐藤 ")
	line := 1 + strings.Count(data[:off], "\n")
	col := 1 + utf8.RuneCountInString(data[strings.LastIndexByte(data[:off], '\n')+1:off])
	_, err := review.Decode([]byte(data), nil)
	ps, _ := testkit.Problems(err)
	if len(ps) != 1 || ps[0].Code != dendai.CodeInvalidUTF8 || ps[0].Line != line || ps[0].Column != col {
		t.Errorf("Decode: %v; want %s at line %d, column %d", ps, dendai.CodeInvalidUTF8, line, col)
	}
}
