package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
	"github.com/google/go-cmp/cmp"
)

// now is the clock of the tests: three weeks after the sample's date, so that
// the sample is valid and invalid-identifiers.json is dated in the future.
func now() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) }

func testHandler() http.Handler { return newHandler(options{Now: now}) }

// sample returns an example assessment of ../assessments.
func sample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../assessments/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sampleCSV returns sample.json as the CSV template, with Japanese labels.
func sampleCSV(t *testing.T, enc spreadsheet.Encoding) []byte {
	t.Helper()
	cat := criteria.Checklist()
	a, err := assessment.Decode(sample(t, "sample.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := spreadsheet.WriteCSV(&b, cat, a, &spreadsheet.CSVOptions{Lang: i18n.Japanese, Encoding: enc}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// request is one request to the handler.
type request struct {
	method, target string
	body           []byte
	lang           string // Accept-Language
}

func do(t *testing.T, h http.Handler, req request) *httptest.ResponseRecorder {
	t.Helper()
	if req.method == "" {
		req.method = http.MethodPost
	}
	r := httptest.NewRequest(req.method, req.target, bytes.NewReader(req.body))
	if req.lang != "" {
		r.Header.Set("Accept-Language", req.lang)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decodeStrict decodes a JSON response body into v, refusing unknown fields,
// so that the tests pin the shape of the responses.
func decodeStrict(t *testing.T, body []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding %T: %v\nbody: %.500s", v, err, body)
	}
	if dec.More() {
		t.Fatalf("trailing data after the JSON body: %.500s", body)
	}
}

// validation and problem are the JSON body of a validation's outcome, as a
// client reads it.
type validation struct {
	Valid    bool      `json:"valid"`
	Problems []problem `json:"problems"`
}

type problem struct {
	Path      string `json:"path"`
	Code      string `json:"code"`
	Message   string `json:"message"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
	Criterion string `json:"criterion,omitempty"`
	Group     string `json:"group,omitempty"`
	More      int    `json:"more,omitempty"` // on the too_many marker
}

// codes counts the problems by code.
func codes(ps []problem) map[string]int {
	m := map[string]int{}
	for _, p := range ps {
		m[p.Code]++
	}
	return m
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name       string
		target     string
		body       []byte
		wantStatus int
		wantCodes  map[string]int
	}{
		{"sample", "/v1/validate", sample(t, "sample.json"), 200, map[string]int{}},
		{"sample for the checklist", "/v1/validate?catalog=jpbank-checklist", sample(t, "sample.json"), 200, map[string]int{}},
		{"sample as CSV in UTF-8", "/v1/validate", sampleCSV(t, spreadsheet.UTF8BOM), 200, map[string]int{}},
		{"sample as CSV in Shift_JIS", "/v1/validate", sampleCSV(t, spreadsheet.ShiftJIS), 200, map[string]int{}},
		{"invalid identifiers", "/v1/validate", sample(t, "invalid-identifiers.json"), 422, map[string]int{
			"assessment.version_mismatch":  1,
			"assessment.date_in_future":    1,
			"corporate_number.check_digit": 1,
			"registration_number.bureau":   1,
			"validation.email":             1,
			"status.invalid":               1,
			"validation.evidence_ref":      1,
			"json.unknown_field":           1,
		}},
		{"invalid incomplete", "/v1/validate", sample(t, "invalid-incomplete.json"), 422, map[string]int{
			"assessment.missing_response":   53,
			"assessment.duplicate_response": 1,
			"assessment.unknown_criterion":  1,
			"assessment.not_assessed":       1,
		}},
		{"invalid remediation", "/v1/validate", sample(t, "invalid-remediation.json"), 422, map[string]int{
			"validation.required":               1,
			"assessment.remediation_required":   1,
			"assessment.justification_required": 1,
			"assessment.due_before_assessment":  1,
		}},
		{"sample against the standard", "/v1/validate?catalog=jpbank-standard", sample(t, "sample.json"), 422, map[string]int{
			"assessment.catalog_mismatch":  1,
			"assessment.unknown_criterion": 57,
			"assessment.missing_response":  51,
		}},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, request{target: tt.target, body: tt.body})
			if w.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d\nbody: %.1000s", w.Code, tt.wantStatus, w.Body)
			}
			if got := w.Header().Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", got)
			}
			var got validation
			decodeStrict(t, w.Body.Bytes(), &got)
			if got.Valid != (tt.wantStatus == 200) {
				t.Errorf("valid = %v with status %d", got.Valid, w.Code)
			}
			if got.Problems == nil {
				t.Errorf("problems is null, want a list: %s", w.Body)
			}
			if diff := cmp.Diff(tt.wantCodes, codes(got.Problems)); diff != "" {
				t.Errorf("problem codes (-want +got):\n%s", diff)
			}
			for _, p := range got.Problems {
				if p.Message == "" || p.Line == 0 {
					t.Errorf("problem without a message or a line: %+v", p)
				}
			}
		})
	}
}

// TestValidateBody pins the whole body of a few responses.
func TestValidateBody(t *testing.T) {
	tests := []struct {
		name string
		req  request
		want string
	}{
		{"valid", request{target: "/v1/validate", body: sample(t, "sample.json")},
			`{"valid":true,"problems":[]}` + "\n"},
		{"one problem in Japanese", request{
			target: "/v1/validate",
			body:   bytes.Replace(sample(t, "sample.json"), []byte(`"catalogVersion": "1.1.0"`), []byte(`"catalogVersion": "2.0.0"`), 1),
			lang:   "ja",
		}, `{"valid":false,"problems":[{"path":"/catalogVersion","code":"assessment.version_mismatch","message":"この自己評価はカタログのバージョン 2.0.0 に対するものですが、使用しているカタログはバージョン 1.1.0 です","line":4,"column":21}]}` + "\n"},
		{"unknown catalog", request{target: "/v1/validate?catalog=my-bank", body: sample(t, "sample.json")},
			`{"error":{"code":"request.bad_parameter","message":"parameter catalog does not accept \"my-bank\" (choose from jpbank-checklist, jpbank-standard)"}}` + "\n"},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.req)
			if diff := cmp.Diff(tt.want, w.Body.String()); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

// result is the part of a dendai.result/v1 document the tests look at, and the
// problems of a draft.
type result struct {
	Format   string    `json:"format"`
	Policy   string    `json:"policy"`
	Score    *float64  `json:"score"`
	Rating   string    `json:"rating"`
	Passed   bool      `json:"passed"`
	Problems []problem `json:"problems"`
}

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		target     string
		body       []byte
		wantStatus int
		want       result
		wantCodes  map[string]int
	}{
		{"uniform by default", "/v1/score", sample(t, "sample.json"), 200,
			result{Format: "dendai.result/v1", Policy: "uniform", Score: ptr(95.5), Rating: "A", Passed: true}, nil},
		{"uniform", "/v1/score?policy=uniform&format=json", sample(t, "sample.json"), 200,
			result{Format: "dendai.result/v1", Policy: "uniform", Score: ptr(95.5), Rating: "A", Passed: true}, nil},
		{"risk-weighted", "/v1/score?policy=risk-weighted", sample(t, "sample.json"), 200,
			result{Format: "dendai.result/v1", Policy: "risk-weighted", Score: ptr(95.7), Rating: "A", Passed: true}, nil},
		{"previous, risk-weighted", "/v1/score?policy=risk-weighted", sample(t, "sample-previous.json"), 200,
			result{Format: "dendai.result/v1", Policy: "risk-weighted", Score: ptr(91.7), Rating: "A", Passed: false}, nil},
		{"CSV in UTF-8", "/v1/score", sampleCSV(t, spreadsheet.UTF8BOM), 200,
			result{Format: "dendai.result/v1", Policy: "uniform", Score: ptr(95.5), Rating: "A", Passed: true}, nil},
		{"CSV in Shift_JIS", "/v1/score", sampleCSV(t, spreadsheet.ShiftJIS), 200,
			result{Format: "dendai.result/v1", Policy: "uniform", Score: ptr(95.5), Rating: "A", Passed: true}, nil},
		{"draft with problems is scored", "/v1/score", sample(t, "invalid-remediation.json"), 200,
			result{Format: "dendai.result/v1", Policy: "uniform", Score: ptr(1.8), Rating: "D", Passed: false}, map[string]int{
				"validation.required":               1,
				"assessment.remediation_required":   1,
				"assessment.justification_required": 1,
				"assessment.due_before_assessment":  1,
			}},
		{"submitted with problems is not", "/v1/score", sample(t, "invalid-incomplete.json"), 422,
			result{}, map[string]int{
				"assessment.missing_response":   53,
				"assessment.duplicate_response": 1,
				"assessment.unknown_criterion":  1,
				"assessment.not_assessed":       1,
			}},
		{"unreadable is not", "/v1/score", []byte(`{"format": "dendai.assessment/v1",`), 422,
			result{}, map[string]int{"json.unexpected_end": 1}},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, request{target: tt.target, body: tt.body})
			if w.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d\nbody: %.1000s", w.Code, tt.wantStatus, w.Body)
			}
			if w.Code != 200 {
				var got validation
				decodeStrict(t, w.Body.Bytes(), &got)
				if diff := cmp.Diff(tt.wantCodes, codes(got.Problems)); diff != "" {
					t.Errorf("problem codes (-want +got):\n%s", diff)
				}
				return
			}
			var got result
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("%v\nbody: %.1000s", err, w.Body)
			}
			if diff := cmp.Diff(tt.wantCodes, codes(got.Problems), cmpEmpty); diff != "" {
				t.Errorf("problem codes (-want +got):\n%s", diff)
			}
			got.Problems = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEmpty treats a nil map like an empty one.
var cmpEmpty = cmp.Comparer(func(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
})

func ptr[T any](v T) *T { return &v }

// TestScoreSameForCSV checks that the CSV template scores exactly as the JSON
// document it was made from, byte for byte.
func TestScoreSameForCSV(t *testing.T) {
	h := testHandler()
	for _, policy := range []string{"uniform", "risk-weighted"} {
		want := do(t, h, request{target: "/v1/score?policy=" + policy, body: sample(t, "sample.json")})
		for _, enc := range []spreadsheet.Encoding{spreadsheet.UTF8BOM, spreadsheet.ShiftJIS} {
			t.Run(policy+"/"+enc.String(), func(t *testing.T) {
				got := do(t, h, request{target: "/v1/score?policy=" + policy, body: sampleCSV(t, enc)})
				if got.Code != 200 {
					t.Fatalf("status %d: %s", got.Code, got.Body)
				}
				if diff := cmp.Diff(want.Body.String(), got.Body.String()); diff != "" {
					t.Errorf("result from CSV differs from JSON (-json +csv):\n%s", diff)
				}
			})
		}
	}
}

func TestScoreFormats(t *testing.T) {
	tests := []struct {
		format, lang    string
		wantType        string
		wantLang        string
		wantContains    []string
		wantNotContains []string
	}{
		{"html", "", "text/html; charset=utf-8", "en", []string{"<!DOCTYPE html>", "<svg", "Sample Pay Inc.", "95.5"}, []string{"<script"}},
		{"html", "ja", "text/html; charset=utf-8", "ja", []string{"<svg", "株式会社サンプルペイ", "95.5"}, nil},
		{"md", "", "text/markdown; charset=utf-8", "en", []string{"# ", "| 1-30 |", "95.5"}, nil},
		{"text", "", "text/plain; charset=utf-8", "en", []string{"Score 95.5 / 100  Rating A  Result passed"}, nil},
		{"text", "ja", "text/plain; charset=utf-8", "ja", []string{"スコア 95.5 / 100"}, nil},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.format+"/"+tt.wantLang, func(t *testing.T) {
			w := do(t, h, request{target: "/v1/score?format=" + tt.format, body: sample(t, "sample.json"), lang: tt.lang})
			if w.Code != 200 {
				t.Fatalf("status %d: %.500s", w.Code, w.Body)
			}
			got := map[string]string{
				"Content-Type":     w.Header().Get("Content-Type"),
				"Content-Language": w.Header().Get("Content-Language"),
			}
			want := map[string]string{"Content-Type": tt.wantType, "Content-Language": tt.wantLang}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("headers (-want +got):\n%s", diff)
			}
			body := w.Body.String()
			for _, s := range tt.wantContains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.wantNotContains {
				if strings.Contains(body, s) {
					t.Errorf("body has %q", s)
				}
			}
		})
	}
}

func TestBadParameters(t *testing.T) {
	tests := []struct {
		target, lang string
		want         errorBody
	}{
		{"/v1/score?policy=strict", "", errorJSON("request.bad_parameter",
			`parameter policy does not accept "strict" (choose from uniform, risk-weighted)`)},
		{"/v1/score?policy=risk-weighted&catalog=jpbank-standard", "", errorJSON("request.bad_parameter",
			`parameter policy does not accept "risk-weighted" (choose from uniform)`)},
		{"/v1/score?format=pdf", "ja", errorJSON("request.bad_parameter",
			`パラメーター format に「pdf」は指定できません（指定できる値: json, html, md, text, xlsx）`)},
		{"/v1/score?catalog=jpbank", "", errorJSON("request.bad_parameter",
			`parameter catalog does not accept "jpbank" (choose from jpbank-checklist, jpbank-standard)`)},
		{"/v1/validate?catalog=../../etc/passwd", "ja", errorJSON("request.bad_parameter",
			`パラメーター catalog に「../../etc/passwd」は指定できません（指定できる値: jpbank-checklist, jpbank-standard）`)},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := do(t, h, request{target: tt.target, body: sample(t, "sample.json"), lang: tt.lang})
			if w.Code != http.StatusBadRequest {
				t.Errorf("status %d, want 400", w.Code)
			}
			var got errorBody
			decodeStrict(t, w.Body.Bytes(), &got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func errorJSON(code, message string) errorBody {
	var e errorBody
	e.Error.Code, e.Error.Message = code, message
	return e
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		acceptLanguage string
		wantLang       string
		wantMessage    string
	}{
		{"", "en", "a value is required"},
		{"ja", "ja", "入力が必要です"},
		{"ja-JP,ja;q=0.9,en;q=0.8", "ja", "入力が必要です"},
		{"en-GB,ja;q=0.5", "en", "a value is required"},
		{"fr-FR, ja;q=0.5", "ja", "入力が必要です"},
		{"*, ja;q=0.1", "en", "a value is required"},
		{"!!garbage!!", "en", "a value is required"},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.acceptLanguage, func(t *testing.T) {
			w := do(t, h, request{target: "/v1/validate", body: sample(t, "invalid-remediation.json"), lang: tt.acceptLanguage})
			if got := w.Header().Get("Content-Language"); got != tt.wantLang {
				t.Errorf("Content-Language %q, want %q", got, tt.wantLang)
			}
			if got := w.Header().Get("Vary"); got != "Accept-Language" {
				t.Errorf("Vary %q, want Accept-Language", got)
			}
			var got validation
			decodeStrict(t, w.Body.Bytes(), &got)
			if len(got.Problems) == 0 {
				t.Fatalf("no problems: %s", w.Body)
			}
			if got.Problems[0].Message != tt.wantMessage {
				t.Errorf("message %q, want %q", got.Problems[0].Message, tt.wantMessage)
			}
		})
	}
}

func TestCatalogs(t *testing.T) {
	checklist, err := criteria.Checklist().AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	standard, err := criteria.Standard().AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		method, target, lang string
		wantStatus           int
		wantLang             string
		wantBody             string
	}{
		{"GET", "/v1/catalogs/jpbank-checklist", "", 200, "ja, en", string(checklist)},
		{"GET", "/v1/catalogs/jpbank-standard", "ja", 200, "ja, en", string(standard)},
		{"HEAD", "/v1/catalogs/jpbank-standard", "", 200, "ja, en", ""},
		{"GET", "/v1/catalogs/JPBANK-CHECKLIST", "", 404, "en",
			`{"error":{"code":"request.bad_parameter","message":"parameter id does not accept \"JPBANK-CHECKLIST\" (choose from jpbank-checklist, jpbank-standard)"}}` + "\n"},
		{"GET", "/v1/catalogs/%3Cscript%3E", "ja", 404, "ja",
			`{"error":{"code":"request.bad_parameter","message":"パラメーター id に「<script>」は指定できません（指定できる値: jpbank-checklist, jpbank-standard）"}}` + "\n"},
	}
	srv := httptest.NewServer(testHandler())
	defer srv.Close()
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.target, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tt.lang != "" {
				req.Header.Set("Accept-Language", tt.lang)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("%d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Language"))
			want := fmt.Sprintf("%d application/json; charset=utf-8 %s", tt.wantStatus, tt.wantLang)
			if got != want {
				t.Errorf("got %s, want %s", got, want)
			}
			if diff := cmp.Diff(tt.wantBody, string(body)); diff != "" {
				t.Errorf("body (-want +got):\n%.2000s", diff)
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	tests := []struct {
		method, target string
		wantAllow      string
	}{
		{"GET", "/v1/validate", "POST"},
		{"PUT", "/v1/validate", "POST"},
		{"GET", "/v1/score", "POST"},
		{"DELETE", "/v1/score", "POST"},
		{"POST", "/v1/catalogs/jpbank-checklist", "GET, HEAD"},
	}
	h := testHandler()
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			w := do(t, h, request{method: tt.method, target: tt.target})
			if w.Code != http.StatusMethodNotAllowed {
				t.Errorf("status %d, want 405", w.Code)
			}
			if got := w.Header().Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
		})
	}
}

// TestHostileBodies sends what an attacker or a broken client might: every
// answer must be a 4xx with a JSON body, and nothing may panic.
func TestHostileBodies(t *testing.T) {
	const limit = assessment.DefaultMaxSize
	garbage := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(rng.Uint32())
	}
	unknownFields := func(sep string) []byte {
		var b strings.Builder
		b.WriteString(`{`)
		for i := range 100_000 {
			if i > 0 {
				b.WriteString(sep)
			}
			fmt.Fprintf(&b, `"f%d":0`, i)
		}
		b.WriteString(`}`)
		return []byte(b.String())
	}

	tests := []struct {
		name       string
		body       []byte
		unsized    bool   // sent without a Content-Length
		heavy      bool   // sent to /v1/validate only, to keep the test fast
		skip       string // why the case does not run yet
		wantStatus int
		wantCode   string // of one of the problems, or of the error
	}{
		{name: "malformed JSON", body: []byte(`{"format": "dendai.assessment/v1", "catalog": }`), wantStatus: 422, wantCode: "json.unexpected_char"},
		{name: "truncated JSON", body: []byte(`{"format": "dendai.assessment/v1"`), wantStatus: 422, wantCode: "json.unexpected_end"},
		{name: "trailing data", body: []byte(`{"format": "dendai.assessment/v1"} {}`), wantStatus: 422, wantCode: "json.trailing_data"},
		{name: "duplicate keys", body: []byte(`{"format": "dendai.assessment/v1", "format": "x"}`), wantStatus: 422, wantCode: "json.duplicate_key"},
		{name: "invalid UTF-8", body: []byte("{\"format\": \"dendai.assessment/v1\", \"catalog\": \"\xff\xfe\"}"), wantStatus: 422, wantCode: "json.invalid_utf8"},
		{name: "deeply nested arrays in JSON", body: []byte(`{"responses":` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `}`), wantStatus: 422, wantCode: "json.too_deep"},
		// A body that does not start with '{' is read as the CSV template.
		{name: "deeply nested arrays alone", body: []byte(strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)), wantStatus: 422, wantCode: "csv.format"},
		{name: "deeply nested objects", body: []byte(strings.Repeat(`{"a":`, 100_000) + "1" + strings.Repeat("}", 100_000)), wantStatus: 422, wantCode: "json.too_deep"},
		{name: "100k unknown fields, one a line", body: unknownFields(",\n"), heavy: true, wantStatus: 422, wantCode: "json.unknown_field"},
		{name: "100k unknown fields on one line", body: unknownFields(","), heavy: true, wantStatus: 422, wantCode: "json.unknown_field"},
		{name: "empty", body: nil, wantStatus: 422, wantCode: "json.empty"},
		{name: "white space", body: []byte(" \r\n\t "), wantStatus: 422, wantCode: "json.empty"},
		{name: "binary garbage", body: garbage, wantStatus: 422, wantCode: "csv.bare_quote"},
		{name: "NUL bytes", body: make([]byte, 1024), wantStatus: 422, wantCode: "csv.format"},
		{name: "JSON null", body: []byte(`null`), wantStatus: 422, wantCode: "csv.format"},
		{name: "CSV of another format", body: []byte("a,b,c\r\n1,2,3\r\n"), wantStatus: 422, wantCode: "csv.format"},
		{name: "9 MiB", body: bytes.Repeat([]byte("x"), 9<<20), wantStatus: 413, wantCode: "input.too_large"},
		{name: "9 MiB without a length", body: bytes.Repeat([]byte("x"), 9<<20), unsized: true, wantStatus: 413, wantCode: "input.too_large"},
		{name: "exactly the limit", body: append([]byte(`{"a":"`), bytes.Repeat([]byte("x"), limit-6)...), unsized: true, heavy: true, wantStatus: 422, wantCode: "json.unexpected_end"},
		{name: "one byte over the limit", body: append([]byte(`{"a":"`), bytes.Repeat([]byte("x"), limit-5)...), unsized: true, wantStatus: 413, wantCode: "input.too_large"},
	}
	h := testHandler()
	for _, target := range []string{"/v1/validate", "/v1/score"} {
		for _, tt := range tests {
			if tt.heavy && target != "/v1/validate" {
				continue
			}
			t.Run(target+"/"+tt.name, func(t *testing.T) {
				if tt.skip != "" {
					t.Skip(tt.skip)
				}
				start := time.Now()
				var body io.Reader = bytes.NewReader(tt.body)
				if tt.unsized {
					body = io.MultiReader(body) // hides the length
				}
				r := httptest.NewRequest(http.MethodPost, target, body)
				if tt.unsized {
					r.ContentLength = -1
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != tt.wantStatus {
					t.Fatalf("status %d, want %d\nbody: %.500s", w.Code, tt.wantStatus, w.Body)
				}
				if got := w.Header().Get("Content-Type"); got != "application/json; charset=utf-8" {
					t.Errorf("Content-Type %q", got)
				}
				var codes []string
				if tt.wantStatus == 413 {
					var got errorBody
					decodeStrict(t, w.Body.Bytes(), &got)
					codes = append(codes, got.Error.Code)
					if want := fmt.Sprintf("the input is larger than the limit of %d bytes", limit); got.Error.Message != want {
						t.Errorf("message %q, want %q", got.Error.Message, want)
					}
				} else {
					var got validation
					decodeStrict(t, w.Body.Bytes(), &got)
					if got.Valid || len(got.Problems) == 0 {
						t.Fatalf("no problems: %.500s", w.Body)
					}
					if len(got.Problems) > dendai.MaxProblems+1 {
						t.Errorf("%d problems, more than the library's bound", len(got.Problems))
					}
					for _, p := range got.Problems {
						codes = append(codes, p.Code)
					}
				}
				if !slices.Contains(codes, tt.wantCode) {
					t.Errorf("no problem %q\nbody: %.500s", tt.wantCode, w.Body)
				}
				// Not a benchmark: a guard against work that grows out of
				// proportion with the input, generous for -race on a busy machine.
				if d := time.Since(start); d > 10*time.Second {
					t.Errorf("took %v", d)
				}
			})
		}
	}
}

// TestTooLargeOverTheNetwork checks that a client sending a body over the
// limit gets the 413, in its language, through a real connection.
func TestTooLargeOverTheNetwork(t *testing.T) {
	srv := httptest.NewServer(newHandler(options{MaxBytes: 1 << 20, Now: now}))
	defer srv.Close()
	tests := []struct {
		name, lang  string
		wantMessage string
	}{
		{"en", "en", "the input is larger than the limit of 1048576 bytes"},
		{"ja", "ja", "入力がサイズの上限（1048576バイト）を超えています"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/v1/validate", bytes.NewReader(bytes.Repeat([]byte("x"), 2<<20)))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Accept-Language", tt.lang)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("status %d, want 413", resp.StatusCode)
			}
			var got errorBody
			decodeStrict(t, body, &got)
			if diff := cmp.Diff(errorJSON("input.too_large", tt.wantMessage), got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMaxBytesOption checks that the limit is the one the constructor gets:
// the sample, some 30 KiB, passes a 64 KiB limit and not a 1 KiB one.
func TestMaxBytesOption(t *testing.T) {
	tests := []struct {
		maxBytes   int64
		wantStatus int
	}{
		{0, 200},
		{64 << 10, 200},
		{1 << 10, 413},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.maxBytes), func(t *testing.T) {
			h := newHandler(options{MaxBytes: tt.maxBytes, Now: now})
			w := do(t, h, request{target: "/v1/validate", body: sample(t, "sample.json")})
			if w.Code != tt.wantStatus {
				t.Errorf("status %d, want %d: %.300s", w.Code, tt.wantStatus, w.Body)
			}
		})
	}
}

// TestConcurrent runs requests of every kind at once through a real server;
// with -race it checks that the handler shares nothing it should not.
func TestConcurrent(t *testing.T) {
	srv := httptest.NewServer(testHandler())
	defer srv.Close()
	jsonBody := sample(t, "sample.json")
	csvBody := sampleCSV(t, spreadsheet.ShiftJIS)
	invalid := sample(t, "invalid-remediation.json")

	type call struct {
		method, target, lang string
		body                 []byte
		wantStatus           int
		wantContains         string
	}
	calls := []call{
		{"POST", "/v1/validate", "", jsonBody, 200, `"valid":true`},
		{"POST", "/v1/validate", "ja", csvBody, 200, `"valid":true`},
		{"POST", "/v1/validate", "ja", invalid, 422, "入力が必要です"},
		{"POST", "/v1/score?policy=risk-weighted", "", jsonBody, 200, `"score":95.7`},
		{"POST", "/v1/score", "", csvBody, 200, `"score":95.5`},
		{"POST", "/v1/score?format=html", "ja", jsonBody, 200, "<svg"},
		{"GET", "/v1/catalogs/jpbank-standard", "", nil, 200, `"id": "jpbank-standard"`},
		{"GET", "/v1/catalogs/nope", "", nil, 404, `"request.bad_parameter"`},
	}
	var wg sync.WaitGroup
	for g := range 20 {
		wg.Go(func() {
			for i := range 4 {
				c := calls[(g+i)%len(calls)]
				req, err := http.NewRequest(c.method, srv.URL+c.target, bytes.NewReader(c.body))
				if err != nil {
					t.Error(err)
					return
				}
				req.Header.Set("Accept-Language", c.lang)
				resp, err := srv.Client().Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil {
					t.Error(err)
					return
				}
				if resp.StatusCode != c.wantStatus || !bytes.Contains(body, []byte(c.wantContains)) {
					t.Errorf("%s %s: status %d, want %d with %q\nbody: %.300s", c.method, c.target, resp.StatusCode, c.wantStatus, c.wantContains, body)
				}
			}
		})
	}
	wg.Wait()
}

// TestSecurityHeaders checks the headers that keep browsers from reading a
// response as something else.
func TestSecurityHeaders(t *testing.T) {
	h := testHandler()
	tests := []struct {
		name    string
		req     request
		wantCSP bool
	}{
		{"json", request{target: "/v1/score", body: sample(t, "sample.json")}, false},
		{"html", request{target: "/v1/score?format=html", body: sample(t, "sample.json")}, true},
		{"error", request{target: "/v1/validate", body: nil}, false},
		{"catalog", request{method: "GET", target: "/v1/catalogs/jpbank-checklist"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.req)
			if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", got)
			}
			if got := w.Header().Get("Content-Security-Policy") != ""; got != tt.wantCSP {
				t.Errorf("Content-Security-Policy set: %v, want %v", got, tt.wantCSP)
			}
		})
	}
}
