package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-playground/validator/v10"

	"github.com/dendai-go/dendai/criteria"
)

// The plain handler is what a service without dendai would write for the
// same job: JSON v2 (github.com/go-json-experiment/json, the design that
// becomes encoding/json/v2) decodes the document strictly into plain structs
// (unknown members refused; duplicate names and invalid UTF-8 are refused by
// default), validator/v10 checks the struct tags, a naive loop computes the
// weighted score with maps and floating point, and JSON v2 writes a plain
// result with a line per criterion. It checks much less than dendai: no
// positions, no corporate number check digit, no date or catalog rules, no
// gates, groups or improvements. It is the baseline of BenchmarkService.

type plainAssessment struct {
	Format         string `json:"format" validate:"required,eq=dendai.assessment/v1"`
	Catalog        string `json:"catalog" validate:"required,max=64"`
	CatalogVersion string `json:"catalogVersion" validate:"required,max=32"`
	State          string `json:"state" validate:"required,oneof=draft submitted"`
	AssessedOn     string `json:"assessedOn" validate:"required,datetime=2006-01-02"`
	Subject        struct {
		Name struct {
			JA string `json:"ja" validate:"max=200"`
			EN string `json:"en" validate:"max=200"`
		} `json:"name"`
		CorporateNumber    string `json:"corporateNumber" validate:"required,len=13,numeric"`
		RegistrationNumber string `json:"registrationNumber" validate:"max=100"`
	} `json:"subject"`
	Assessor struct {
		Name         string `json:"name" validate:"required,max=200"`
		Organization string `json:"organization" validate:"max=200"`
		Email        string `json:"email" validate:"omitempty,email,max=254"`
	} `json:"assessor"`
	Responses []plainResponse `json:"responses" validate:"required,max=10000,dive"`
}

type plainResponse struct {
	Criterion string `json:"criterion" validate:"required,max=64"`
	Status    string `json:"status" validate:"required,oneof=compliant partially_compliant non_compliant not_applicable not_assessed"`
	Evidence  []struct {
		Title string `json:"title" validate:"required,max=500"`
		Ref   string `json:"ref" validate:"max=2000"`
	} `json:"evidence" validate:"max=100,dive"`
	Justification string `json:"justification" validate:"max=4000"`
	Comment       string `json:"comment" validate:"max=4000"`
	Remediation   *struct {
		Action string `json:"action" validate:"required,max=4000"`
		Owner  string `json:"owner" validate:"max=200"`
		Due    string `json:"due" validate:"omitempty,datetime=2006-01-02"`
	} `json:"remediation"`
}

type plainResult struct {
	Format   string           `json:"format"`
	Catalog  string           `json:"catalog"`
	Score    float64          `json:"score"`
	Earned   float64          `json:"earned"`
	Possible float64          `json:"possible"`
	Criteria []plainCriterion `json:"criteria"`
}

type plainCriterion struct {
	Criterion string  `json:"criterion"`
	Status    string  `json:"status"`
	Weight    float64 `json:"weight"`
	Credit    float64 `json:"credit"`
	Earned    float64 `json:"earned"`
}

// plainHandler serves POST /v1/score the plain way, with the uniform
// policy's weights (1 for every criterion of the catalog) and credits.
type plainHandler struct {
	validate *validator.Validate
	weights  map[string]float64
	credits  map[string]float64
	maxBytes int64
}

func newPlainHandler() *plainHandler {
	h := &plainHandler{
		validate: validator.New(validator.WithRequiredStructEnabled()),
		weights:  map[string]float64{},
		credits:  map[string]float64{"compliant": 1, "partially_compliant": 0.5, "non_compliant": 0, "not_assessed": 0},
		maxBytes: 8 << 20,
	}
	for _, c := range criteria.Checklist().All() {
		h.weights[string(c.ID())] = 1
	}
	return h
}

func (h *plainHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			http.Error(w, "too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var a plainAssessment
	if err := jsonv2.Unmarshal(data, &a, jsonv2.RejectUnknownMembers(true)); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	if err := h.validate.Struct(&a); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	res := plainResult{Format: "plain.result/v1", Catalog: a.Catalog, Criteria: make([]plainCriterion, 0, len(a.Responses))}
	for _, resp := range a.Responses {
		w, ok := h.weights[resp.Criterion]
		if !ok || resp.Status == "not_applicable" {
			continue
		}
		c := h.credits[resp.Status]
		res.Earned += w * c
		res.Possible += w
		res.Criteria = append(res.Criteria, plainCriterion{resp.Criterion, resp.Status, w, c, w * c})
	}
	if res.Possible > 0 {
		res.Score = res.Earned / res.Possible * 100
	}
	body, err := jsonv2.Marshal(&res)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(append(body, '\n'))
}

// sink is a ResponseWriter that keeps the status and the length of the body,
// reused by every request of a benchmark so that both handlers pay the same
// for it: nothing.
type sink struct {
	header http.Header
	status int
	n      int
}

func (s *sink) Header() http.Header         { return s.header }
func (s *sink) WriteHeader(status int)      { s.status = status }
func (s *sink) Write(b []byte) (int, error) { s.n += len(b); return len(b), nil }

// BenchmarkService serves POST /v1/score with the sample assessment, scored
// under the uniform policy, to dendai's handler and to the plain one, in the
// same process. Each request is a call of ServeHTTP with a prepared request
// whose body is the sample: no network, so that the figure is the handlers'
// CPU per request, which is what bounds the throughput of a saturated server
// (on the shared two-core machine, running requests in parallel measures the
// neighbours more than the handlers). It reports requests per second.
func BenchmarkService(b *testing.B) {
	body := sample(b, "sample.json")
	handlers := []struct {
		name string
		h    http.Handler
	}{
		{"plain-v2-validator", newPlainHandler()},
		{"dendai", newHandler(options{Now: now})},
	}
	for _, hh := range handlers {
		b.Run(hh.name, func(b *testing.B) {
			r := httptest.NewRequest(http.MethodPost, "/v1/score", nil)
			rd := bytes.NewReader(body)
			w := &sink{header: http.Header{}}
			serve := func() {
				rd.Reset(body)
				r.Body = io.NopCloser(rd)
				r.ContentLength = int64(len(body))
				clear(w.header)
				w.status, w.n = 0, 0
				hh.h.ServeHTTP(w, r)
				if w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
			}
			serve() // warm up: catalogs, policies, the validator's caches
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				serve()
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}
