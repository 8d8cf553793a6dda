package dsse

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
)

// Payload types of dendai's documents.
const (
	PayloadTypeAssessment = "application/vnd.dendai.assessment+json"
	PayloadTypeResult     = "application/vnd.dendai.result+json"
	PayloadTypeReview     = "application/vnd.dendai.review+json"
)

// MaxEnvelopeSize bounds the envelope Decode reads, in bytes.
const MaxEnvelopeSize = 32 << 20

// Envelope is a DSSE envelope: a payload, its type, and its signatures.
type Envelope struct {
	PayloadType string
	Payload     []byte
	Signatures  []Signature
}

// Signature is one signature of an envelope. KeyID is a hint of the key that
// made it, not covered by the signature; Sig is the signature of the PAE.
type Signature struct {
	KeyID string
	Sig   []byte
}

// Signer is a key that signs an envelope: a crypto.Signer whose public key is
// Ed25519 or ECDSA P-256, and the ID written beside its signatures. An empty
// KeyID stands for KeyID(Signer.Public()).
type Signer struct {
	KeyID string
	crypto.Signer
}

// PAE returns the pre-authentication encoding of a payload and its type, the
// bytes a signature covers:
//
//	"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
//
// where LEN is a length in ASCII decimal.
func PAE(payloadType string, payload []byte) []byte {
	b := make([]byte, 0, len("DSSEv1")+len(payloadType)+len(payload)+48)
	b = append(b, "DSSEv1 "...)
	b = strconv.AppendInt(b, int64(len(payloadType)), 10)
	b = append(b, ' ')
	b = append(b, payloadType...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(len(payload)), 10)
	b = append(b, ' ')
	return append(b, payload...)
}

// KeyID returns the default ID of a public key: the hex SHA-256 of its PKIX
// (SubjectPublicKeyInfo) DER encoding.
func KeyID(pub crypto.PublicKey) (string, error) {
	if err := checkKey(pub); err != nil {
		return "", err
	}
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return "", problem(CodeUnsupportedKey, "", i18nKey(CodeUnsupportedKey), fmt.Sprintf("%T", pub))
	}
	sum := sha256.Sum256(der)
	return hex.EncodeToString(sum[:]), nil
}

// checkKey returns a problem unless pub is an Ed25519 or ECDSA P-256 public key.
func checkKey(pub crypto.PublicKey) error {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		if len(k) == ed25519.PublicKeySize {
			return nil
		}
	case *ecdsa.PublicKey:
		if k != nil && k.Curve == elliptic.P256() {
			return nil
		}
		if k != nil && k.Curve != nil {
			return problem(CodeUnsupportedKey, "", i18nKey(CodeUnsupportedKey), "ECDSA "+k.Curve.Params().Name)
		}
	}
	return problem(CodeUnsupportedKey, "", i18nKey(CodeUnsupportedKey), fmt.Sprintf("%T", pub))
}

// Sign signs payload, of type payloadType, with each signer, and returns the
// envelope. An error is a *dendai.Error: a key of an unsupported type
// (CodeUnsupportedKey), or a signer that failed (CodeSignFailed).
func Sign(payloadType string, payload []byte, signers ...Signer) (*Envelope, error) {
	if payloadType == "" {
		return nil, problem(CodeMalformed, "/payloadType", keyMalformedType)
	}
	if len(signers) == 0 {
		return nil, problem(CodeNoSignature, "", i18nKey(CodeNoSignature))
	}
	pae := PAE(payloadType, payload)
	env := &Envelope{PayloadType: payloadType, Payload: bytes.Clone(payload)}
	for _, s := range signers {
		if s.Signer == nil {
			return nil, problem(CodeUnsupportedKey, "", i18nKey(CodeUnsupportedKey), "nil")
		}
		pub := s.Public()
		if err := checkKey(pub); err != nil {
			return nil, err
		}
		id := s.KeyID
		if id == "" {
			var err error
			if id, err = KeyID(pub); err != nil {
				return nil, err
			}
		}
		var sig []byte
		var err error
		switch pub.(type) {
		case ed25519.PublicKey:
			sig, err = s.Sign(rand.Reader, pae, crypto.Hash(0))
		case *ecdsa.PublicKey:
			sum := sha256.Sum256(pae)
			sig, err = s.Sign(rand.Reader, sum[:], crypto.SHA256)
		}
		if err != nil {
			return nil, problem(CodeSignFailed, "", i18nKey(CodeSignFailed), err.Error())
		}
		env.Signatures = append(env.Signatures, Signature{KeyID: id, Sig: sig})
	}
	return env, nil
}

// Verify verifies env with keys (ed25519.PublicKey, *ecdsa.PublicKey of
// P-256) and returns its payload when a signature verifies with one of them.
// Key IDs are hints only: every signature is tried with every key. An error
// is a *dendai.Error coded CodeNoSignature, CodeBadSignature or
// CodeUnsupportedKey.
func Verify(env *Envelope, keys ...crypto.PublicKey) ([]byte, error) {
	if len(keys) == 0 {
		return nil, problem(CodeUnsupportedKey, "", keyNoKey)
	}
	for _, k := range keys {
		if err := checkKey(k); err != nil {
			return nil, err
		}
	}
	if env == nil || len(env.Signatures) == 0 {
		return nil, problem(CodeNoSignature, "/signatures", i18nKey(CodeNoSignature))
	}
	pae := PAE(env.PayloadType, env.Payload)
	sum := sha256.Sum256(pae)
	for _, s := range env.Signatures {
		for _, k := range keys {
			switch k := k.(type) {
			case ed25519.PublicKey:
				if ed25519.Verify(k, pae, s.Sig) {
					return bytes.Clone(env.Payload), nil
				}
			case *ecdsa.PublicKey:
				if ecdsa.VerifyASN1(k, sum[:], s.Sig) {
					return bytes.Clone(env.Payload), nil
				}
			}
		}
	}
	return nil, problem(CodeBadSignature, "/signatures", i18nKey(CodeBadSignature))
}

// Verify is Verify(e, keys...).
func (e *Envelope) Verify(keys ...crypto.PublicKey) ([]byte, error) {
	return Verify(e, keys...)
}

// wire is the JSON form of an envelope.
type wire struct {
	PayloadType *string         `json:"payloadType"`
	Payload     *string         `json:"payload"`
	Signatures  []wireSignature `json:"signatures"`
}

type wireSignature struct {
	KeyID string  `json:"keyid,omitempty"`
	Sig   *string `json:"sig"`
}

// Encode returns the JSON form of env, indented, with a final newline:
// payload and signatures in standard base64 with padding.
func Encode(env *Envelope) []byte {
	pt := env.PayloadType
	pl := base64.StdEncoding.EncodeToString(env.Payload)
	w := wire{PayloadType: &pt, Payload: &pl, Signatures: []wireSignature{}}
	for _, s := range env.Signatures {
		sig := base64.StdEncoding.EncodeToString(s.Sig)
		w.Signatures = append(w.Signatures, wireSignature{KeyID: s.KeyID, Sig: &sig})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(w) // cannot fail: strings only
	return b.Bytes()
}
