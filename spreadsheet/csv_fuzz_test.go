package spreadsheet

import (
	"bytes"
	"errors"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// FuzzReadCSV checks that ReadCSV never panics, that every problem has a place
// and a message, and that whatever it reads without problems writes back (in
// every language, and in Shift_JIS when the texts allow) to a file that reads
// as the same assessment and writes as the same bytes. Seeds are in
// testdata/fuzz/FuzzReadCSV.
func FuzzReadCSV(f *testing.F) {
	cat := criteria.Checklist()
	f.Fuzz(func(t *testing.T, data []byte) {
		a, ps := ReadCSV(data, cat)
		for _, p := range ps {
			if p.Message.JA == "" || p.Message.EN == "" {
				t.Fatalf("problem without a message: %+v", p)
			}
			if p.Line == 0 && p.Code != dendai.CodeInputTooLarge && p.Code != CodeEmpty &&
				p.Code != dendai.CodeTooManyProblems && p.Code != CodeInvalidBytes {
				t.Fatalf("problem without a place: %+v", p)
			}
		}
		if a == nil || len(ps) > 0 {
			CheckCSV(cat, data, nil) // must not panic either
			return
		}
		// Writing gives every criterion its row, so a draft comes back with a
		// not_assessed response for each criterion it left out.
		want, err := assessment.Encode(everyCriterion(cat, a))
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		for _, l := range []i18n.Lang{i18n.Japanese, i18n.English} {
			for _, enc := range []Encoding{UTF8BOM, ShiftJIS} {
				opts := &CSVOptions{Lang: l, Encoding: enc}
				var out bytes.Buffer
				if err := WriteCSV(&out, cat, a, opts); err != nil {
					var ce *dendai.Error
					if enc == ShiftJIS && errors.As(err, &ce) && ce.Problems[0].Code == CodeUnrepresentable {
						continue
					}
					t.Fatalf("WriteCSV %v: %v", opts, err)
				}
				b, ps := ReadCSV(out.Bytes(), cat)
				if len(ps) > 0 {
					t.Fatalf("%v: reading what WriteCSV wrote: %v\n%q", opts, ps, out.Bytes())
				}
				got, err := assessment.Encode(b)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, got) {
					t.Fatalf("%v: round trip changed the assessment:\n%s\n%s", opts, want, got)
				}
				var again bytes.Buffer
				if err := WriteCSV(&again, cat, b, opts); err != nil || !bytes.Equal(out.Bytes(), again.Bytes()) {
					t.Fatalf("%v: writing again gives other bytes (%v)", opts, err)
				}
			}
		}
	})
}

// everyCriterion returns a with the rows WriteCSV writes: a response for every
// criterion of cat in catalog order (not_assessed where a had none), then the
// responses cat does not account for, in their order.
func everyCriterion(cat *criteria.Catalog, a *assessment.Assessment) *assessment.Assessment {
	out := *a
	out.Responses = nil
	taken := make([]bool, len(a.Responses))
	for _, cr := range cat.All() {
		found := false
		for i, r := range a.Responses {
			if r.Criterion == cr.ID() && !taken[i] {
				out.Responses, taken[i], found = append(out.Responses, r), true, true
				break
			}
		}
		if !found {
			out.Responses = append(out.Responses, assessment.Response{Criterion: cr.ID()})
		}
	}
	for i, r := range a.Responses {
		if !taken[i] {
			out.Responses = append(out.Responses, r)
		}
	}
	return &out
}
