package scoring

import (
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/internal/jcs"
)

// Canonical returns the canonical form of the result: its dendai.result/v1
// document, as MarshalJSON writes it, in the JSON Canonicalization Scheme of
// RFC 8785 (members sorted, no whitespace, numbers as ECMAScript writes
// them). The criteria and groups are in catalog order already.
func (r *Result) Canonical() ([]byte, error) {
	doc, err := r.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return jcs.Transform(doc)
}

// Digest returns the SHA-256 digest of the result's canonical form, written
// sha256:<hex> like an assessment's (see assessment.DigestOf).
func (r *Result) Digest() (assessment.Digest, error) {
	c, err := r.Canonical()
	if err != nil {
		return assessment.Digest{}, err
	}
	return assessment.SumDigest(c), nil
}
