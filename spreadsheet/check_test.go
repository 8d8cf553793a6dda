package spreadsheet

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
)

func TestDetect(t *testing.T) {
	for in, want := range map[string]Format{
		`{"format":"dendai.assessment/v1"}`:  JSON,
		"\ufeff  \r\n{}":                     JSON,
		"":                                   JSON, // reads as an empty JSON document
		" \n\t":                              JSON,
		"\ufeff":                             JSON,
		"\ufeffdendai.assessment/v1,format,": CSV,
		"dendai.assessment/v1,format,":       CSV,
		"\x82\xa0,format":                    CSV,
		"[1]":                                CSV,
		"null":                               CSV,
		"ID,区分,確認項目\r\n1-1,経営陣の関与,…\r\n": CSV,
	} {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFormatString(t *testing.T) {
	for f, want := range map[Format]string{JSON: "json", CSV: "csv", 0: "Format(0)", 9: "Format(9)"} {
		if got := f.String(); got != want {
			t.Errorf("Format(%d).String() = %q, want %q", int(f), got, want)
		}
	}
}

// standardDraft returns a draft against jpbank-standard, every criterion
// compliant, as JSON and as the CSV template in Japanese and Shift_JIS.
func standardDraft(t testing.TB) (jsonDoc, csvDoc []byte) {
	t.Helper()
	cat := criteria.Standard()
	a := assessment.Template(cat)
	sample, _ := loadSample(t, "sample.json")
	a.AssessedOn, a.Subject, a.Assessor = sample.AssessedOn, sample.Subject, sample.Assessor
	for i := range a.Responses {
		a.Responses[i].Status = assessment.Compliant
	}
	return []byte(encode(t, a)), writeCSV(t, cat, a, &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS})
}

func TestCheck(t *testing.T) {
	sampleJSON, err := os.ReadFile(filepath.Join("..", "examples", "assessments", "sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := loadSample(t, "sample.json")
	sampleCSV := writeCSV(t, criteria.Checklist(), a, &CSVOptions{Lang: i18n.Japanese})
	stdJSON, stdCSV := standardDraft(t)
	otherJSON := bytes.Replace(sampleJSON, []byte(`"jpbank-checklist"`), []byte(`"my-bank"`), 1)

	tests := []struct {
		name    string
		data    []byte
		opts    Options
		format  Format
		catalog criteria.ID
		codes   []dendai.Code // of the problems, in order
	}{
		{"JSON", sampleJSON, Options{}, JSON, criteria.ChecklistID, nil},
		{"CSV", sampleCSV, Options{}, CSV, criteria.ChecklistID, nil},
		{"JSON of the standard", stdJSON, Options{}, JSON, criteria.StandardID, nil},
		{"CSV of the standard", stdCSV, Options{}, CSV, criteria.StandardID, nil},
		{"JSON of the standard against the checklist", stdJSON, Options{Catalog: criteria.Checklist()}, JSON, criteria.ChecklistID,
			[]dendai.Code{assessment.CodeCatalogMismatch, assessment.CodeUnknownCriterion}},
		{"CSV of the checklist against the standard", sampleCSV, Options{Catalog: criteria.Standard()}, CSV, criteria.StandardID,
			[]dendai.Code{assessment.CodeCatalogMismatch, assessment.CodeMissingResponse, CodeUnknownCriterion}},
		{"a catalog not built in", otherJSON, Options{}, JSON, criteria.ChecklistID, []dendai.Code{assessment.CodeCatalogMismatch}},
		{"JSON told", []byte("not json"), Options{Format: JSON}, JSON, criteria.ChecklistID, []dendai.Code{dendai.CodeUnexpectedChar}},
		{"not JSON, so CSV", []byte("not json"), Options{}, CSV, criteria.ChecklistID, []dendai.Code{CodeFormat}},
		{"CSV told", sampleJSON, Options{Format: CSV}, CSV, criteria.ChecklistID, []dendai.Code{CodeBareQuote}},
		{"a format not known", sampleJSON, Options{Format: 9}, JSON, criteria.ChecklistID, nil},
		{"empty", nil, Options{}, JSON, criteria.ChecklistID, []dendai.Code{dendai.CodeEmpty}},
		{"empty CSV", []byte("\ufeff,,\r\n\r\n"), Options{}, CSV, criteria.ChecklistID, []dendai.Code{CodeEmpty}},
		{"too large: the catalog is not looked for", stdJSON, Options{MaxSize: 100}, JSON, criteria.ChecklistID,
			[]dendai.Code{dendai.CodeInputTooLarge}},
		{"too large CSV", stdCSV, Options{MaxSize: 100}, CSV, criteria.ChecklistID, []dendai.Code{dendai.CodeInputTooLarge}},
		{"broken JSON of the standard", stdJSON[:len(stdJSON)-10], Options{}, JSON, criteria.ChecklistID, []dendai.Code{dendai.CodeUnexpectedEnd}},
		{"broken CSV of the standard", append(slices.Clone(stdCSV), '"'), Options{}, CSV, criteria.ChecklistID, []dendai.Code{CodeQuote}},
		{"broken JSON against a catalog given", stdJSON[:len(stdJSON)-10], Options{Catalog: criteria.Standard()}, JSON, criteria.StandardID,
			[]dendai.Code{dendai.CodeUnexpectedEnd}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Now = testNow
			doc := Check(tt.data, &tt.opts)
			if doc.Format != tt.format || doc.Catalog == nil || doc.Catalog.ID() != tt.catalog {
				t.Fatalf("format %v, catalog %v; want %v, %s", doc.Format, doc.Catalog, tt.format, tt.catalog)
			}
			// Codes in order, a run of the same code as one.
			if diff := cmp.Diff(tt.codes, slices.Compact(testkit.Codes(doc.Problems))); diff != "" {
				t.Errorf("problem codes (-want +got):\n%s", diff)
			}
			// Check is assessment.Check or CheckCSV, against the catalog it chose.
			aopts := &assessment.Options{MaxSize: tt.opts.MaxSize, Now: testNow}
			var a *assessment.Assessment
			var ps dendai.Problems
			if tt.format == CSV {
				a, ps = CheckCSV(doc.Catalog, tt.data, aopts)
			} else {
				a, ps = assessment.Check(doc.Catalog, tt.data, aopts)
			}
			if diff := cmp.Diff(ps, doc.Problems); diff != "" {
				t.Errorf("problems differ from a direct call (-direct +Check):\n%s", diff)
			}
			if (a == nil) != (doc.Assessment == nil) || a != nil && encode(t, a) != encode(t, doc.Assessment) {
				t.Errorf("the assessment differs from a direct call")
			}
		})
	}

	// The built-in version a document names is the one it is checked
	// against; a version not built in is checked against the newest.
	version := func(v string) []byte {
		return bytes.Replace(sampleJSON, []byte(`"catalogVersion": "1.1.0"`), []byte(`"catalogVersion": "`+v+`"`), 1)
	}
	for _, tt := range []struct {
		name, version string
		data          []byte
		codes         []dendai.Code
	}{
		{"JSON of 1.1.0", "1.1.0", sampleJSON, nil},
		{"CSV of 1.1.0", "1.1.0", sampleCSV, nil},
		{"JSON of 1.0.0", "1.0.0", version("1.0.0"), nil},
		{"JSON of a version not built in", criteria.Checklist().Version(), version("0.9.0"), []dendai.Code{assessment.CodeVersionMismatch}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Check(tt.data, &Options{Now: testNow})
			want, _ := criteria.BuiltinVersion(criteria.ChecklistID, tt.version)
			if !doc.Catalog.Equal(want) {
				t.Errorf("checked against %s %s, want %s", doc.Catalog.ID(), doc.Catalog.Version(), tt.version)
			}
			var codes []dendai.Code
			for _, p := range doc.Problems {
				codes = append(codes, p.Code)
			}
			if diff := cmp.Diff(tt.codes, codes); diff != "" {
				t.Errorf("problem codes (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("nil options", func(t *testing.T) {
		doc := Check(stdJSON, nil)
		if doc.Format != JSON || !doc.Catalog.Equal(criteria.Standard()) || doc.Assessment == nil {
			t.Errorf("Check(data, nil) = %+v", doc)
		}
	})
}

// TestCheckLocates checks that problems keep their place in either form: the
// same problem at line and column in JSON, at row and cell in CSV.
func TestCheckLocates(t *testing.T) {
	a, _ := loadSample(t, "sample.json")
	a.Responses[1].Status = assessment.NotApplicable // without a justification
	jsonDoc := []byte(encode(t, a))
	csvDoc := writeCSV(t, criteria.Checklist(), a, nil)
	type place struct {
		Path         string
		Line, Column int
		Criterion    string
		Code         dendai.Code
	}
	for _, tt := range []struct {
		name string
		data []byte
		want place
	}{
		{"JSON", jsonDoc, place{"/responses/1/justification", 36, 5, "1-2", assessment.CodeJustificationRequired}}, // the response: it has no justification
		{"CSV", csvDoc, place{"/responses/1/justification", rowFirst + 1, colJustification + 1, "1-2", assessment.CodeJustificationRequired}},
	} {
		doc := Check(tt.data, &Options{Now: testNow})
		var got []place
		for _, p := range doc.Problems {
			got = append(got, place{p.Path, p.Line, p.Column, p.Criterion, p.Code})
		}
		if diff := cmp.Diff([]place{tt.want}, got); diff != "" {
			t.Errorf("%s: problems (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestCatalogOf(t *testing.T) {
	stdJSON, stdCSV := standardDraft(t)
	a, _ := loadSample(t, "sample.json")
	sampleCSV := writeCSV(t, criteria.Checklist(), a, &CSVOptions{Lang: i18n.English})
	head := func(data []byte, row int) []byte { // the first rows of a CSV file
		for i, n := 0, 0; i < len(data); i++ {
			if data[i] == '\n' {
				if n++; n == row {
					return data[:i+1]
				}
			}
		}
		return data
	}
	tests := []struct {
		name    string
		data    string
		id      criteria.ID
		version string
	}{
		{"JSON", string(stdJSON), criteria.StandardID, "1.0.1"},
		{"JSON, members in another order", `{"responses":[{"criterion":"1-1","evidence":[{"title":"{\"catalog\":\"x\"}"}]}],"catalogVersion":"2.0","catalog":"my-bank"}`, "my-bank", "2.0"},
		{"JSON with a byte order mark", "\ufeff" + `{"catalog":"jpbank-standard"}`, criteria.StandardID, ""},
		{"JSON, escapes", `{"catalog":"jpbank\u002dstandard","catalogVersion":"1.0.0"}`, criteria.StandardID, "1.0.0"},
		{"JSON, the first of two", `{"catalog":"a","catalog":"b","catalogVersion":"1","catalogVersion":"2"}`, "a", "1"},
		{"JSON, not text", `{"catalog":{"id":"jpbank-standard"},"catalogVersion":1}`, "", ""},
		{"JSON, nested members do not count", `{"subject":{"catalog":"x"}}`, "", ""},
		{"JSON, broken after the catalog", `{"catalog":"jpbank-standard","catalogVersion":"1.0.0","state":`, criteria.StandardID, "1.0.0"},
		{"JSON, broken before it", `{"state":,"catalog":"jpbank-standard"}`, "", ""},
		{"JSON, no catalog", `{"format":"dendai.assessment/v1"}`, "", ""},
		{"empty", "", "", ""},
		{"CSV, Shift_JIS", string(stdCSV), criteria.StandardID, "1.0.1"},
		{"CSV, UTF-8", string(sampleCSV), criteria.ChecklistID, "1.1.0"},
		{"CSV, only the header's first rows", string(head(sampleCSV, 4)), criteria.ChecklistID, "1.1.0"},
		{"CSV, keys in capitals, spaces", "dendai.assessment/v1,format\r\n\r\n,CATALOGVERSION, 2.0 \r\n,Catalog,my-bank\r\n", "my-bank", "2.0"},
		{"CSV, the first of two", "dendai.assessment/v1\r\n,catalog,a\r\n,catalog,b\r\n", "a", ""},
		{"CSV, not a template", "catalog,catalog,jpbank-standard\r\n", "", ""},
		{"CSV, rows after the table's headings", "dendai.assessment/v1\r\nID,区分\r\n,catalog,jpbank-standard\r\n", "", ""},
		{"CSV, broken after the catalog", "dendai.assessment/v1\r\n,catalog,jpbank-standard\r\n,x,\"y\r\n", criteria.StandardID, ""},
		{"CSV, a neutralised formula", "dendai.assessment/v1\r\n,catalog,'=x\r\n", "=x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, version := CatalogOf([]byte(tt.data))
			if id != tt.id || version != tt.version {
				t.Errorf("CatalogOf = %q, %q; want %q, %q", id, version, tt.id, tt.version)
			}
		})
	}
}

// FuzzCatalogOf checks that CatalogOf names the catalog the reader reads,
// whenever the reader reads an assessment.
func FuzzCatalogOf(f *testing.F) {
	stdJSON, stdCSV := standardDraft(f)
	f.Add(stdJSON)
	f.Add(stdCSV)
	f.Add([]byte("\ufeffdendai.assessment/v1,format\r\n,catalog,'=x\r\n,catalogVersion,\"1\r\n.0\"\r\nID\r\n"))
	f.Add([]byte(`{"catalogVersion":"1.0.0","catalog":"jpbank\u002dstandard"}`))
	cat := criteria.Checklist()
	f.Fuzz(func(t *testing.T, data []byte) {
		id, version := CatalogOf(data)
		var a *assessment.Assessment
		if Detect(data) == CSV {
			a, _ = ReadCSV(data, cat)
		} else {
			a, _ = assessment.Check(cat, data, nil)
		}
		if a != nil && (a.Catalog != id || a.CatalogVersion != version) {
			t.Fatalf("CatalogOf = %q, %q; the %v reader read %q, %q", id, version, Detect(data), a.Catalog, a.CatalogVersion)
		}
	})
}

// TestCheckTooManyProblems checks that problems past the cap are counted, not
// only marked: a CSV file with thousands of unknown header rows.
func TestCheckTooManyProblems(t *testing.T) {
	file := func(n int) []byte {
		var b strings.Builder
		b.WriteString("dendai.assessment/v1,format\r\n")
		for range n {
			b.WriteString("x,nope,y\r\n")
		}
		return []byte(b.String())
	}
	// With a few such rows every problem is listed; each row more is one
	// problem more.
	few := Check(file(10), nil).Problems
	if len(few) >= dendai.MaxProblems || len(few) < 10 {
		t.Fatalf("%d problems with 10 unknown fields", len(few))
	}
	const n = 10000
	ps := Check(file(n), nil).Problems
	total := len(few) + n - 10
	want := dendai.Problems(nil).Cap(total - dendai.MaxProblems)[0] // the marker Cap makes
	if len(ps) != dendai.MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(ps), dendai.MaxProblems+1)
	}
	if diff := cmp.Diff(want, ps[len(ps)-1]); diff != "" {
		t.Errorf("the last problem (-want +got):\n%s", diff)
	}
}
