package assessment

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/internal/testkit"
)

// valueErr is the error a Parse function returns for a value it refuses: a
// *dendai.Error holding one problem, with no place, coded code, whose message
// is code's formatted with args.
func valueErr(code dendai.Code, args ...any) *dendai.Error {
	return &dendai.Error{Problems: dendai.Problems{{Code: code, Message: text(code, args...)}}}
}

// valueProblem returns the problem of a Parse function's error, and false
// unless err is a *dendai.Error holding exactly one problem, with no place.
func valueProblem(err error) (dendai.Problem, bool) {
	ps, ok := testkit.Problems(err)
	if !ok || len(ps) != 1 {
		return dendai.Problem{}, false
	}
	p := ps[0]
	if p.Path != "" || p.Line != 0 || p.Column != 0 || p.Criterion != "" || p.Group != "" {
		return dendai.Problem{}, false
	}
	return p, true
}
