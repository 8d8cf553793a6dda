package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/internal/jcs"
)

// CodeDigestInvalid: a digest is not written sha256: and 64 hexadecimal
// digits.
const CodeDigestInvalid dendai.Code = "assessment.digest_invalid"

// Digest is the SHA-256 digest of a document's canonical form, written
// "sha256:" and 64 lowercase hexadecimal digits. It identifies the content of
// an assessment (DigestOf) or of a result (scoring.Result.Digest), not the
// bytes of a file: see the package documentation, "Canonical form and digest".
// The zero Digest is not valid. Digests are comparable with ==.
type Digest struct {
	sum   [sha256.Size]byte
	valid bool
}

// digestPrefix names the hash in a digest's text.
const digestPrefix = "sha256:"

// SumDigest returns the digest of a canonical form already made.
func SumDigest(canonical []byte) Digest {
	return Digest{sum: sha256.Sum256(canonical), valid: true}
}

// ParseDigest parses "sha256:<hex>"; upper-case hexadecimal digits are
// accepted. The error is a *dendai.Error coded CodeDigestInvalid.
func ParseDigest(s string) (Digest, error) {
	h, ok := strings.CutPrefix(s, digestPrefix)
	if !ok || len(h) != 2*sha256.Size {
		return Digest{}, valueError(CodeDigestInvalid, s)
	}
	var d Digest
	if _, err := hex.Decode(d.sum[:], []byte(h)); err != nil {
		return Digest{}, valueError(CodeDigestInvalid, s)
	}
	d.valid = true
	return d, nil
}

// MustParseDigest is ParseDigest that panics on an error, for tests and
// hard-coded strings.
func MustParseDigest(s string) Digest {
	d, err := ParseDigest(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsValid reports whether d is a digest, not the zero Digest.
func (d Digest) IsValid() bool { return d.valid }

// Equal reports whether d and e are the same digest, as d == e does; go-cmp
// uses it.
func (d Digest) Equal(e Digest) bool { return d == e }

// String returns "sha256:<hex>", or "" for the zero Digest.
func (d Digest) String() string {
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText appends the digest's text; the zero Digest appends nothing.
func (d Digest) AppendText(b []byte) ([]byte, error) {
	if !d.valid {
		return b, nil
	}
	b = append(b, digestPrefix...)
	return hex.AppendEncode(b, d.sum[:]), nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Digest) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler, as ParseDigest.
func (d *Digest) UnmarshalText(b []byte) error {
	v, err := ParseDigest(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Canonical returns the canonical form of a, the bytes its digest is the
// SHA-256 of: its dendai.assessment/v1 document as Encode writes it, without
// "$schema", with the responses in the byte order of their criterion IDs
// (responses to one criterion keep their order), in the JSON Canonicalization
// Scheme of RFC 8785. The error is Encode's: a status that is not valid.
func Canonical(a *Assessment) ([]byte, error) {
	c := *a // a shallow copy: a itself is never changed
	c.Schema = ""
	c.Responses = slices.Clone(a.Responses)
	slices.SortStableFunc(c.Responses, func(x, y Response) int { return strings.Compare(string(x.Criterion), string(y.Criterion)) })
	doc, err := c.AppendJSON(nil)
	if err != nil {
		return nil, err
	}
	return jcs.Transform(doc)
}

// DigestOf returns the digest of a's content: the SHA-256 of Canonical(a).
// It is the same for every form of the same assessment (JSON with any
// whitespace and member order, with or without "$schema", the CSV form) and
// changes with any value, a comment's included.
func DigestOf(a *Assessment) (Digest, error) {
	c, err := Canonical(a)
	if err != nil {
		return Digest{}, err
	}
	return SumDigest(c), nil
}
