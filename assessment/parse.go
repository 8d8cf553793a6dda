package assessment

import (
	"slices"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// Parsed is a dendai.assessment/v1 document read once by Parse: the
// assessment, the problems decoding found, and the source, kept so that a
// later check against a catalog locates its problems by line and column
// without reading the document again.
//
// It is for a program that must read a document before it knows the catalog
// to check it against: the catalog the document itself names
// (Assessment.Catalog and CatalogVersion). A Parsed is not safe for
// concurrent use: Check indexes the source's lines on its first located
// problem.
type Parsed struct {
	r    decoded
	opts *Options
}

// Parse decodes data as Decode does, strictly, and keeps what Check needs to
// validate the assessment against a catalog later: data is read once,
// whatever catalog it is then checked against. opts (nil means the defaults)
// also serve Check: its size limit and its clock.
func Parse(data []byte, opts *Options) *Parsed {
	var o *Options
	if opts != nil {
		c := *opts
		o = &c
	}
	return &Parsed{r: decode(data, o), opts: o}
}

// Assessment returns every value that could be read, even when there are
// problems, or nil when the document is not well-formed JSON or is over the
// size limit. It is the assessment Check returns: a caller that chooses the
// catalog by it reads its Catalog and CatalogVersion.
func (p *Parsed) Assessment() *Assessment { return p.r.a }

// Check validates the parsed assessment against cat and returns it with every
// problem, of decoding and of validation, each located by JSON Pointer, line
// and column, as the package's Check returns them: Check(cat, data, opts) is
// Parse(data, opts).Check(cat). It may be called again with another catalog;
// each call returns problems of its own.
func (p *Parsed) Check(cat *criteria.Catalog) (*Assessment, dendai.Problems) {
	r := &p.r
	if r.a == nil {
		return nil, slices.Clone(r.problems)
	}
	vps, more := validate(cat, r.a, p.opts)
	ps := append(dendai.Problems(nil), r.problems...) // the caller's to change
	for _, v := range vps {
		r.locate(&v)
		// A value decoding refused reads as its zero value; it is reported
		// once, by decoding.
		if !slices.ContainsFunc(r.problems, func(q dendai.Problem) bool { return covers(q.Path, v.Path) }) {
			ps = append(ps, v)
		}
	}
	sortProblems(ps)
	return r.a, ps.Cap(r.more + more)
}
