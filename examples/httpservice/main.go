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
// English. Request bodies are limited in size (8 MiB by default, -max-bytes);
// at most -max-decodes documents (GOMAXPROCS by default) are read and checked
// at once, the others wait their turn; the server has every timeout set, and
// it shuts down gracefully on SIGINT or SIGTERM. The README lists the
// responses.
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
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
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
	maxDecodes := flag.Int("max-decodes", runtime.GOMAXPROCS(0), "most documents read and checked at once (the others wait)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, options{MaxBytes: *maxBytes, MaxDecodes: *maxDecodes}); err != nil {
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
	// MaxDecodes is the most request bodies read and checked at once; 0
	// means GOMAXPROCS. Reading a document costs memory in proportion to
	// its size and CPU: more at once than there are processors makes no
	// request faster and multiplies the memory. A request beyond the limit
	// waits for a turn, after its body has been read (so that a slow client
	// holds no turn), for as long as its context lasts (the server's
	// timeouts bound it); if the context ends first it gets 503 with
	// Retry-After.
	MaxDecodes int
	// Now is the clock validation reads today's date from, in Japan; nil means
	// time.Now. Tests fix it.
	Now func() time.Time
}

// handler serves the API. It holds no mutable state: catalogs and policies
// are immutable, so any number of requests may run at once.
type handler struct {
	maxBytes int64
	now      func() time.Time
	// turns holds a token for each document being read and checked.
	turns chan struct{}
}

// newHandler returns the service's routes.
func newHandler(opts options) http.Handler { return newService(opts).routes() }

// newService returns the handler opts describe.
func newService(opts options) *handler {
	h := &handler{maxBytes: opts.MaxBytes, now: opts.Now}
	if h.maxBytes <= 0 {
		h.maxBytes = assessment.DefaultMaxSize
	}
	n := opts.MaxDecodes
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	h.turns = make(chan struct{}, n)
	return h
}

// routes returns the service's routes.
func (h *handler) routes() http.Handler {
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
	_, _, problems, ok := h.check(w, r, lang, cat, data)
	if !ok {
		return
	}
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

	v, a, problems, ok := h.check(w, r, lang, cat, data)
	if !ok {
		return
	}
	if v != cat {
		policy, _ = scoring.Builtin(name, v) // the built-in policies apply to every version
	}
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
		body, err := rep.Result.AppendJSON(make([]byte, 0, 16<<10))
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

// codeBusy is the code of a request that waited for a turn to be read until
// it ended (see options.MaxDecodes), and the key of its message.
const codeBusy i18n.Key = "request.busy"

// messages is the service's own message table: dendai's packages bring the
// messages of the problems they find, and the service adds its own two.
var messages = i18n.NewMessages(
	i18n.Message{Key: codeBusy, JA: "現在混み合っているため処理できません。しばらくしてから再度お試しください", EN: "the service is busy; try again shortly"},
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
	// The declared length, when there is one, sizes the buffer at once;
	// bytes.Buffer.ReadFrom wants bytes.MinRead spare to read the end.
	var buf bytes.Buffer
	buf.Grow(int(max(r.ContentLength, 0)) + bytes.MinRead)
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, h.maxBytes))
	data := buf.Bytes()
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

// check reads and validates an assessment given as JSON, as the CSV
// template or as the workbook, told apart by content, against the version of the built-in
// catalog cat that the document names, when it names cat's ID and a version
// that is built in (an assessment made against an earlier version is checked
// against that version), else against cat. It returns the catalog it checked
// against. The document is read once: spreadsheet.Check finds the catalog the
// document names as it reads it, and only a document that names another
// catalog, or none, is read again against cat.
//
// It waits for a turn first (see options.MaxDecodes); when the request ends
// before one comes, it answers 503 and returns ok false.
func (h *handler) check(w http.ResponseWriter, r *http.Request, lang i18n.Lang, cat *criteria.Catalog, data []byte) (_ *criteria.Catalog, _ *assessment.Assessment, _ dendai.Problems, ok bool) {
	select {
	case h.turns <- struct{}{}:
		defer func() { <-h.turns }()
	case <-r.Context().Done():
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, codeBusy, messages.Sprintf(lang, codeBusy))
		return nil, nil, nil, false
	}
	opts := &spreadsheet.Options{MaxSize: int(h.maxBytes), Now: h.now}
	doc := spreadsheet.Check(data, opts)
	if doc.Catalog.ID() != cat.ID() {
		opts.Catalog = cat
		doc = spreadsheet.Check(data, opts)
	}
	return doc.Catalog, doc.Assessment, doc.Problems, true
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
// dendai.result/v1 document, which AppendJSON writes compact and ending in '}'.
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
