package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestTurns checks the limit on documents read at once: with every turn
// taken, a request waits, and gets 503 with Retry-After when it ends before
// a turn comes; once a turn is free, the same request is served. Requests
// that read no document are not held.
func TestTurns(t *testing.T) {
	h := newService(options{MaxDecodes: 1, Now: now})
	mux := h.routes()
	body := sample(t, "sample.json")
	h.turns <- struct{}{} // the one turn is taken
	for _, target := range []string{"/v1/score", "/v1/validate"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		r := httptest.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		cancel()
		var e errorBody
		decodeStrict(t, w.Body.Bytes(), &e)
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || e.Error.Code != string(codeBusy) {
			t.Errorf("%s with no turn free: %d, Retry-After %q, code %q; want 503, a Retry-After and %s", target, w.Code, w.Header().Get("Retry-After"), e.Error.Code, codeBusy)
		}
	}
	if w := do(t, mux, request{method: http.MethodGet, target: "/v1/catalogs/jpbank-checklist"}); w.Code != http.StatusOK {
		t.Errorf("GET a catalog with no turn free: %d, want 200", w.Code)
	}
	// A request waiting for a turn gets it when it is freed.
	done := make(chan int)
	go func() { done <- do(t, mux, request{target: "/v1/score", body: body}).Code }()
	select {
	case code := <-done:
		t.Fatalf("a request was served with no turn free: %d", code)
	case <-time.After(20 * time.Millisecond):
	}
	<-h.turns
	if code := <-done; code != http.StatusOK {
		t.Errorf("the waiting request got %d, want 200", code)
	}
	if len(h.turns) != 0 {
		t.Errorf("%d turns still taken after the requests ended", len(h.turns))
	}
}

// TestTurnsDefault checks that the default number of turns is GOMAXPROCS,
// at least one.
func TestTurnsDefault(t *testing.T) {
	if got := cap(newService(options{}).turns); got < 1 {
		t.Errorf("%d turns by default", got)
	}
}
