package spreadsheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// maxHeapFactor is the most heap reading a CSV file may take, as a multiple
// of the file's size.
const maxHeapFactor = 8

// TestReadCSVMemory reads the hostile shapes of CSV file and checks that
// reading each takes less than maxHeapFactor times its size in heap, with
// ReadCSV, CheckCSV and Check.
//
// The measure is the bytes ReadCSV and CheckCSV allocate, from
// runtime.MemStats.TotalAlloc before and after the call, with the garbage
// collector off. That is an upper bound of the heap the call holds at its
// peak, whatever the collector would do: with the collector off nothing is
// freed, so the heap grows by exactly what is allocated, and the live heap at
// any moment is at most that. Unlike sampling the heap from another
// goroutine, it misses no peak and gives the same figure on every run. The
// file itself, made before the call, is not counted.
//
// CheckCSV and Check run assessment.Validate on what they read, and its
// allocations count too: past dendai.MaxProblems it counts the problems of
// each response without building them, so that an all-invalid file stays
// under the limit with everything it takes to check it.
func TestReadCSVMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of several megabytes")
	}
	big := generatedCatalog(t, 57000)
	cl, std := criteria.Checklist(), criteria.Standard()
	shapes := []struct {
		name string
		cat  *criteria.Catalog
		data []byte
	}{
		{"8 MiB of commas", cl, bytes.Repeat([]byte(","), assessment.DefaultMaxSize)},
		{"8 MiB of commas after the format", cl, append([]byte(assessment.Format+"\r\n"), bytes.Repeat([]byte(","), assessment.DefaultMaxSize-30)...)},
		{"8 MiB of commas in the table", cl, withRows(t, cl, bytes.Repeat([]byte(","), assessment.DefaultMaxSize-20000))},
		{"a million empty rows", cl, withRows(t, cl, bytes.Repeat([]byte("\r\n"), 1_000_000))},
		{"a million rows of commas", cl, withRows(t, cl, bytes.Repeat([]byte(",,,,,,,,,\r\n"), 700_000))},
		{"a million rows of a quote pair", cl, withRows(t, cl, bytes.Repeat([]byte("\"\"\r\n"), 1_000_000))},
		{"one huge cell", cl, hugeCell(t, cl, strings.Repeat("長い", assessment.DefaultMaxSize/7))},
		{"one huge cell of line breaks", cl, hugeCell(t, cl, strings.Repeat("\r\n", assessment.DefaultMaxSize/5))},
		{"one huge cell of half-width kana in Shift_JIS", cl, kanaCell(t, "ｱｲｳｴ", assessment.DefaultMaxSize/5)},
		// Valid UTF-8 too, and nothing known tells: refused as ambiguous.
		{"one huge cell of half-width kana, also UTF-8", cl, kanaCell(t, "ﾐｽﾅｼ", assessment.DefaultMaxSize/5)},
		// A cell of a million lines in the evidence and derivedFrom columns
		// of a form with provenance: the first 100 are read, the rest are
		// one problem; no line builds a JSON decoder unless it is a JSON
		// object.
		{"a million lines of x in an evidence cell", std, provenanceCell(t, colEvidence, strings.Repeat("x\n", 1_000_000))},
		{"a million lines of { in an evidence cell", std, provenanceCell(t, colEvidence, strings.Repeat("{\n", 1_000_000))},
		{"a million lines of x in a derivedFrom cell", std, provenanceCell(t, colDerivedFrom, strings.Repeat("x\n", 1_000_000))},
		{"a million lines of { in a derivedFrom cell", std, provenanceCell(t, colDerivedFrom, strings.Repeat("{\n", 1_000_000))},
		// Every value refused: the problems past the cap are counted, not
		// built, and the reader keeps no map of JSON Pointers.
		{"all-invalid 57,000 rows", big, allInvalid(t, big)},
		// Every row breaks field rules, which only the validator checked
		// before: a javascript: evidence reference and a blank remediation.
		{"all-invalid 57,000 rows of field rules", big, allRulesBroken(t, big)},
	}
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			aopts := &assessment.Options{Now: testNow, MaxSize: len(s.data)}
			for _, read := range []struct {
				name string
				f    func()
			}{
				{"ReadCSV", func() { ReadCSV(s.data, s.cat) }},
				{"CheckCSV", func() { CheckCSV(s.cat, s.data, aopts) }},
				{"Check", func() { Check(s.data, &Options{Catalog: s.cat, Now: testNow, MaxSize: len(s.data)}) }},
			} {
				got := allocated(read.f)
				t.Logf("%s: %d bytes read, %d allocated (%.2f×)", read.name, len(s.data), got, float64(got)/float64(len(s.data)))
				if got > maxHeapFactor*uint64(len(s.data)) {
					t.Errorf("%s of %d bytes allocated %d bytes, over %d× its size", read.name, len(s.data), got, maxHeapFactor)
				}
			}
		})
	}
}

// allocated returns the bytes f allocates, with the garbage collector off.
func allocated(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// withRows returns the blank template of cat in English with rows after its
// table's heading.
func withRows(t testing.TB, cat *criteria.Catalog, rows []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := TemplateCSV(&buf, cat, &CSVOptions{Lang: i18n.English}); err != nil {
		t.Fatal(err)
	}
	head, _, ok := bytes.Cut(buf.Bytes(), []byte("\r\n1-1,"))
	if !ok {
		t.Fatal("no row 1-1 in the template")
	}
	return append(append(head, "\r\n"...), rows...)
}

// hugeCell returns the blank template of cat with comment as the comment on
// its first criterion.
func hugeCell(t testing.TB, cat *criteria.Catalog, comment string) []byte {
	t.Helper()
	a := assessment.Template(cat)
	a.Responses = []assessment.Response{{Criterion: cat.At(0).ID(), Comment: comment}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, cat, a, &CSVOptions{Lang: i18n.English}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// provenanceCell returns the CSV form of the projected sample, which has the
// provenance columns, with cell in column col of its first response with
// derivations. Its catalog is criteria.Standard.
func provenanceCell(t *testing.T, col int, cell string) []byte {
	t.Helper()
	recs, _, _, n := projectedSheet(t)
	recs[rowFirst-1+n][col] = cell
	return sheet(t, recs)
}

// kanaCell returns testdata/ambiguous-shift_jis.csv, the English form in
// Shift_JIS with the comment ﾐｽﾅｼ on 1-1, with that comment replaced by n
// copies of kana.
func kanaCell(t testing.TB, kana string, n int) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "ambiguous-shift_jis.csv"))
	if err != nil {
		t.Fatal(err)
	}
	from, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte("ﾐｽﾅｼ"))
	if err != nil {
		t.Fatal(err)
	}
	to, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(strings.Repeat(kana, n)))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Replace(data, from, to, 1)
}

// allInvalid returns a CSV form of cat whose every row has an invalid status
// and an invalid due date.
func allInvalid(t testing.TB, cat *criteria.Catalog) []byte {
	t.Helper()
	return everyRow(t, cat, func(r *assessment.Response) {}, ",Non-compliant,", ",Not sure,", ",2026-12-31", ",2026-12-32")
}

// allRulesBroken returns a CSV form of cat whose every row breaks field
// rules: a javascript: evidence reference and a remediation plan of blank
// action.
func allRulesBroken(t testing.TB, cat *criteria.Catalog) []byte {
	t.Helper()
	return everyRow(t, cat, func(r *assessment.Response) {
		r.Evidence = []assessment.Evidence{{Title: "Policy", Ref: "https://example.jp/x"}}
	}, "https://example.jp/x", "javascript:alert(1)", ",x,", ", ,")
}

// everyRow returns the English CSV form of an assessment of cat whose every
// response is non_compliant with a remediation plan (action "x", due
// 2026-12-31) and changed by edit, with each of the pairs of texts that
// follow replaced, the first of each pair by the second, all through.
func everyRow(t testing.TB, cat *criteria.Catalog, edit func(r *assessment.Response), replace ...string) []byte {
	t.Helper()
	a := assessment.Template(cat)
	due := assessment.MustParseDate("2026-12-31")
	for i := range a.Responses {
		a.Responses[i].Status = assessment.NonCompliant
		a.Responses[i].Remediation = &assessment.Remediation{Action: "x", Due: due}
		edit(&a.Responses[i])
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, cat, a, &CSVOptions{Lang: i18n.English}); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	for i := 0; i+1 < len(replace); i += 2 {
		out = bytes.ReplaceAll(out, []byte(replace[i]), []byte(replace[i+1]))
	}
	return out
}

// generatedCatalog builds a dendai.catalog/v1 document of n criteria in
// groups of ten, and loads it.
func generatedCatalog(tb testing.TB, n int) *criteria.Catalog {
	tb.Helper()
	type criterionDoc struct {
		ID   string    `json:"id"`
		Text i18n.Text `json:"text"`
	}
	type groupDoc struct {
		ID       string         `json:"id"`
		Title    i18n.Text      `json:"title"`
		Criteria []criterionDoc `json:"criteria"`
	}
	doc := struct {
		Format  string     `json:"format"`
		ID      string     `json:"id"`
		Version string     `json:"version"`
		Title   i18n.Text  `json:"title"`
		Groups  []groupDoc `json:"groups"`
	}{
		Format: criteria.Format, ID: fmt.Sprintf("generated-%d", n), Version: "1.0.0",
		Title: i18n.Text{JA: "生成された基準", EN: "Generated criteria"},
	}
	for c := range n {
		g := c / 10
		if g == len(doc.Groups) {
			doc.Groups = append(doc.Groups, groupDoc{
				ID:    fmt.Sprintf("g%d", g+1),
				Title: i18n.Text{JA: fmt.Sprintf("区分%d", g+1), EN: fmt.Sprintf("Group %d", g+1)},
			})
		}
		id := fmt.Sprintf("%d-%d", g+1, len(doc.Groups[g].Criteria)+1)
		doc.Groups[g].Criteria = append(doc.Groups[g].Criteria, criterionDoc{ID: id, Text: i18n.Text{JA: "基準" + id, EN: "Criterion " + id}})
	}
	b, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	cat, err := criteria.Parse(b, &criteria.Options{MaxSize: len(b)})
	if err != nil {
		tb.Fatal(err)
	}
	return cat
}

// TestCheckCSVCountsWhatValidateLeftOut checks that the marker ending a
// capped list says how many problems were left out, the validator's among
// them: every row of the form breaks two field rules, so Check finds about
// two problems a row, and the marker counts all but the first 1,000.
func TestCheckCSVCountsWhatValidateLeftOut(t *testing.T) {
	cat := generatedCatalog(t, 5700)
	data := allRulesBroken(t, cat)
	_, ps := CheckCSV(cat, data, &assessment.Options{Now: testNow, MaxSize: len(data)})
	if len(ps) != dendai.MaxProblems+1 {
		t.Fatalf("%d problems, want %d and the marker", len(ps), dendai.MaxProblems)
	}
	marker := ps[len(ps)-1]
	if marker.Code != dendai.CodeTooManyProblems {
		t.Fatalf("last problem %+v, want the marker", marker)
	}
	if lo := 2*5700 - dendai.MaxProblems; marker.More < lo {
		t.Errorf("the marker says %d more, want at least %d (two rules broken on each of 5,700 rows)", marker.More, lo)
	}
}
