// Httpservice shows dendai embedded in a JSON web service, as a governance
// platform or a bank's partner portal would run it. It validates and scores
// self-assessments sent as JSON, as the CSV template (UTF-8 or Shift_JIS, as
// Excel saves it) or as the Excel workbook, returns results as JSON, reports
// or a result workbook, and serves the built-in catalogs:
//
//	POST /v1/validate?catalog=ID
//	POST /v1/score?catalog=ID&policy=uniform|risk-weighted&format=json|html|md|text|xlsx
//	GET  /v1/catalogs/{id}
//
// Messages are in the language the Accept-Language header asks for, Japanese or
// English. Request bodies are limited in size (8 MiB by default, -max-bytes),
// the server has every timeout set, and it shuts down gracefully on SIGINT or
// SIGTERM. The README lists the responses.
//
// Run it with:
//
//	go run ./examples/httpservice -addr 127.0.0.1:8080
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`address` to listen on")
	maxBytes := flag.Int64("max-bytes", assessment.DefaultMaxSize, "largest request body accepted, in `bytes`")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, options{MaxBytes: *maxBytes}); err != nil {
		log.Fatal(err)
	}
}

// serve runs the service on addr until ctx is done, then shuts it down,
// letting requests in flight finish.
func serve(ctx context.Context, addr string, opts options) error {
	srv := &http.Server{
		Handler: newHandler(opts),
		// A client gets this long to send its headers, then its whole request;
		// the response must be written within WriteTimeout of the request.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	log.Printf("dendai service listening on http://%s", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Print("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// options configure the handler. The zero value means the defaults.
type options struct {
	// MaxBytes is the largest request body accepted; 0 means
	// assessment.DefaultMaxSize (8 MiB). A larger body gets 413.
	MaxBytes int64
	// Now is the clock validation reads today's date from, in Japan; nil means
	// time.Now. Tests fix it.
	Now func() time.Time
}

// handler serves the API. It holds no mutable state: catalogs and policies
// are immutable, so any number of requests may run at once.
type handler struct {
	maxBytes int64
	now      func() time.Time
}

// newHandler returns the service's routes.
func newHandler(opts options) http.Handler {
	h := &handler{maxBytes: opts.MaxBytes, now: opts.Now}
	if h.maxBytes <= 0 {
		h.maxBytes = assessment.DefaultMaxSize
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/validate", h.validate)
	mux.HandleFunc("POST /v1/score", h.score)
	mux.HandleFunc("GET /v1/catalogs/{id}", h.catalog)
	return mux
}

// validate checks an assessment: 200 when it is valid, 422 with every problem
// when it is not.
func (h *handler) validate(w http.ResponseWriter, r *http.Request) {
	lang := negotiate(w, r)
	cat, ok := catalogParam(w, r, lang)
	if !ok {
		return
	}
	data, ok := h.readBody(w, r, lang)
	if !ok {
		return
	}
	_, problems := h.check(atVersion(cat, data), data)
	status := http.StatusOK
	if len(problems) > 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, validationJSON(problems, lang))
}

// score checks an assessment and scores it. A submitted assessment with
// problems, or a document that cannot be read at all, gets 422 with the
// problems; a draft is scored with its gaps, and its problems are added to the
// JSON result as "problems". That member is not part of dendai.result/v1, whose
// schema is closed: a client checking the result against it drops the member
// first.
func (h *handler) score(w http.ResponseWriter, r *http.Request) {
	lang := negotiate(w, r)
	cat, ok := catalogParam(w, r, lang)
	if !ok {
		return
	}
	q := r.URL.Query()
	name := q.Get("policy")
	if name == "" {
		name = scoring.UniformName
	}
	policy, ok := scoring.Builtin(name, cat)
	if !ok {
		var names []string
		for _, n := range scoring.BuiltinNames() {
			if _, ok := scoring.Builtin(n, cat); ok {
				names = append(names, n)
			}
		}
		badParam(w, lang, "policy", name, names)
		return
	}
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	if !slices.Contains(formats, format) {
		badParam(w, lang, "format", format, formats)
		return
	}
	data, ok := h.readBody(w, r, lang)
	if !ok {
		return
	}

	if v := atVersion(cat, data); v != cat {
		cat = v
		policy, _ = scoring.Builtin(name, cat) // the built-in policies apply to every version
	}
	a, problems := h.check(cat, data)
	if a == nil || (len(problems) > 0 && a.State != assessment.Draft) {
		writeJSON(w, http.StatusUnprocessableEntity, validationJSON(problems, lang))
		return
	}
	rep := &report.Report{Policy: policy, Assessment: a, Result: policy.Score(a)}
	switch format {
	case "html":
		page, err := rep.HTML(lang)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "internal", err.Error())
			return
		}
		// The page is self-contained: no scripts, and no styles, fonts or
		// images from elsewhere. The policy keeps it that way in the browser.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		writeBody(w, http.StatusOK, "text/html; charset=utf-8", []byte(page))
	case "xlsx":
		var book bytes.Buffer
		if err := spreadsheet.WriteResultXLSX(&book, policy, a, rep.Result, &spreadsheet.XLSXOptions{Lang: lang}); err != nil {
			writeError(w, http.StatusInternalServerError, "internal", err.Error())
			return
		}
		w.Header().Set("Content-Disposition", `attachment; filename="result.xlsx"`)
		writeBody(w, http.StatusOK, xlsxType, book.Bytes())
	case "md":
		writeBody(w, http.StatusOK, "text/markdown; charset=utf-8", []byte(rep.Markdown(lang)))
	case "text":
		writeBody(w, http.StatusOK, "text/plain; charset=utf-8", []byte(rep.Text(lang)))
	default:
		body, err := json.Marshal(rep.Result)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "internal", err.Error())
			return
		}
		if len(problems) > 0 {
			body = withProblems(body, problems, lang)
		}
		writeBody(w, http.StatusOK, "application/json; charset=utf-8", append(body, '\n'))
	}
}

// formats are the values of the score endpoint's format parameter.
var formats = []string{"json", "html", "md", "text", "xlsx"}

// xlsxType is the media type of an Excel workbook.
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// catalog serves a built-in catalog's dendai.catalog/v1 document.
func (h *handler) catalog(w http.ResponseWriter, r *http.Request) {
	lang := negotiate(w, r)
	id := r.PathValue("id")
	cat, ok := criteria.Builtin(criteria.ID(id))
	if !ok {
		writeError(w, http.StatusNotFound, codeBadParameter,
			messages.Sprintf(lang, codeBadParameter, "id", id, builtinIDs()))
		return
	}
	body, err := cat.AppendJSON(nil)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", err.Error())
		return
	}
	// The document holds every text in both languages.
	w.Header().Set("Content-Language", "ja, en")
	writeBody(w, http.StatusOK, "application/json; charset=utf-8", body)
}

// negotiate picks the response's language from Accept-Language and says so.
func negotiate(w http.ResponseWriter, r *http.Request) i18n.Lang {
	lang := i18n.Negotiate(r.Header.Values("Accept-Language")...)
	w.Header().Set("Content-Language", lang.String())
	w.Header().Add("Vary", "Accept-Language")
	return lang
}

// catalogParam returns the built-in catalog the query parameter catalog names,
// jpbank-checklist by default. An unknown ID gets 400.
func catalogParam(w http.ResponseWriter, r *http.Request, lang i18n.Lang) (*criteria.Catalog, bool) {
	id := r.URL.Query().Get("catalog")
	if id == "" {
		return criteria.Checklist(), true
	}
	cat, ok := criteria.Builtin(criteria.ID(id))
	if !ok {
		writeError(w, http.StatusBadRequest, codeBadParameter,
			messages.Sprintf(lang, codeBadParameter, "catalog", id, builtinIDs()))
	}
	return cat, ok
}

// codeBadParameter is the code of a query or path parameter the service does
// not accept, and the key of its message.
const codeBadParameter i18n.Key = "request.bad_parameter"

// messages is the service's own message table: dendai's packages bring the
// messages of the problems they find, and the service adds the one message
// of its own.
var messages = i18n.NewMessages(
	i18n.Message{Key: codeBadParameter, JA: "パラメーター %[1]s に「%[2]s」は指定できません（指定できる値: %[3]s）", EN: "parameter %[1]s does not accept %[2]q (choose from %[3]s)"},
)

func builtinIDs() string {
	var ids []string
	for _, id := range criteria.BuiltinIDs() {
		ids = append(ids, string(id))
	}
	return strings.Join(ids, ", ")
}

func badParam(w http.ResponseWriter, lang i18n.Lang, name, value string, allowed []string) {
	writeError(w, http.StatusBadRequest, codeBadParameter,
		messages.Sprintf(lang, codeBadParameter, name, value, strings.Join(allowed, ", ")))
}

// readBody reads the request body, up to the size limit. A larger body gets
// 413. The Content-Type is not looked at: the content tells JSON, CSV and
// a workbook apart.
func (h *handler) readBody(w http.ResponseWriter, r *http.Request, lang i18n.Lang) ([]byte, bool) {
	tooLarge := func() {
		p := dendai.TooLarge(int(h.maxBytes))
		writeError(w, http.StatusRequestEntityTooLarge, p.Code, p.Message.In(lang))
	}
	// A declared length over the limit is refused before reading anything.
	if r.ContentLength > h.maxBytes {
		tooLarge()
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			tooLarge()
		} else {
			// The client went away or sent less than it announced; there is
			// hardly anyone left to read this.
			writeError(w, http.StatusBadRequest, "request.unreadable", err.Error())
		}
		return nil, false
	}
	return data, true
}

// atVersion returns the version of the built-in catalog cat that the document
// names, when it names cat's ID and a version that is built in: an assessment
// made against an earlier version is checked against that version. Otherwise
// it returns cat, the newest.
func atVersion(cat *criteria.Catalog, data []byte) *criteria.Catalog {
	if id, version := spreadsheet.CatalogOf(data); id == cat.ID() && version != cat.Version() {
		if c, ok := criteria.BuiltinVersion(id, version); ok {
			return c
		}
	}
	return cat
}

// check reads and validates an assessment given as JSON, as the CSV template
// or as the workbook, told apart by content, against cat.
func (h *handler) check(cat *criteria.Catalog, data []byte) (*assessment.Assessment, dendai.Problems) {
	doc := spreadsheet.Check(data, &spreadsheet.Options{Catalog: cat, MaxSize: int(h.maxBytes), Now: h.now})
	return doc.Assessment, doc.Problems
}

// validationJSON is the body of a validation's outcome, as `dendai validate
// --format json` prints it: {"valid": …, "problems": […]}, each problem in
// dendai's one JSON form (dendai.Problem.AppendJSON), messages in lang.
func validationJSON(ps dendai.Problems, lang i18n.Lang) json.RawMessage {
	b := []byte(`{"valid":`)
	b = strconv.AppendBool(b, len(ps) == 0)
	b = append(b, `,"problems":`...)
	b = ps.AppendJSON(b, lang)
	return append(b, '}')
}

// withProblems adds a "problems" member to the JSON object doc, a
// dendai.result/v1 document, which json.Marshal writes compact and ending in '}'.
func withProblems(doc []byte, ps dendai.Problems, lang i18n.Lang) []byte {
	doc = bytes.TrimRight(doc, " \n")
	out := append(doc[:len(doc)-1:len(doc)-1], `,"problems":`...)
	out = ps.AppendJSON(out, lang)
	return append(out, '}')
}

// errorBody is the body of every error that is not about the document's
// content: a bad parameter, an unknown catalog, a body too large. Code is the
// key of the message in dendai's message catalog, as for problems.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError[K ~string](w http.ResponseWriter, status int, code K, message string) {
	var e errorBody
	e.Error.Code, e.Error.Message = string(code), message
	writeJSON(w, status, e)
}

// marshal encodes v as compact JSON without escaping <, > and &, which need no
// escaping in an API response.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := marshal(v)
	if err != nil {
		http.Error(w, fmt.Sprint(err), http.StatusInternalServerError)
		return
	}
	writeBody(w, status, "application/json; charset=utf-8", append(body, '\n'))
}

func writeBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}
