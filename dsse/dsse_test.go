package dsse_test

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/dsse"
)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func privateKey(t testing.TB, name string) crypto.Signer {
	t.Helper()
	k, err := dsse.ParsePrivateKey(readFile(t, name))
	if err != nil {
		t.Fatalf("ParsePrivateKey(%s): %v", name, err)
	}
	return k
}

func publicKey(t testing.TB, name string) crypto.PublicKey {
	t.Helper()
	k, err := dsse.ParsePublicKey(readFile(t, name))
	if err != nil {
		t.Fatalf("ParsePublicKey(%s): %v", name, err)
	}
	return k
}

// code returns the code of the first problem of err, or "" when err is not a
// *dendai.Error.
func code(err error) dendai.Code {
	if e, ok := errors.AsType[*dendai.Error](err); ok && len(e.Problems) > 0 {
		return e.Problems[0].Code
	}
	return ""
}

func TestPAE(t *testing.T) {
	// The test vector of the DSSE specification (protocol.md).
	got := string(dsse.PAE("http://example.com/HelloWorld", []byte("hello world")))
	want := "DSSEv1 29 http://example.com/HelloWorld 11 hello world"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PAE (-want +got):\n%s", diff)
	}
	if got, want := string(dsse.PAE("", nil)), "DSSEv1 0  0 "; got != want {
		t.Errorf("PAE of nothing = %q, want %q", got, want)
	}
}

var payload = []byte(`{"format":"dendai.assessment/v1","catalog":"jpbank-checklist"}`)

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct{ priv, pub string }{
		{"ed25519.pem", "ed25519.pub.pem"},
		{"p256.pem", "p256.pub.pem"},
	} {
		t.Run(tc.priv, func(t *testing.T) {
			signer, pub := privateKey(t, tc.priv), publicKey(t, tc.pub)
			env, err := dsse.Sign(dsse.PayloadTypeAssessment, payload, dsse.Signer{Signer: signer})
			if err != nil {
				t.Fatal(err)
			}
			der, err := x509.MarshalPKIXPublicKey(pub)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(der)
			if got, want := env.Signatures[0].KeyID, hex.EncodeToString(sum[:]); got != want {
				t.Errorf("key ID = %s, want %s", got, want)
			}
			decoded, err := dsse.Decode(dsse.Encode(env))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(env, decoded); diff != "" {
				t.Errorf("Decode(Encode(env)) (-want +got):\n%s", diff)
			}
			got, err := decoded.Verify(pub)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, payload) {
				t.Errorf("Verify = %q, want %q", got, payload)
			}
			// The public half of the private key verifies too, and so does a
			// list of keys holding it.
			other := publicKey(t, "other.pub.pem")
			if _, err := dsse.Verify(decoded, other, signer.Public()); err != nil {
				t.Errorf("Verify with the private key's public half: %v", err)
			}
		})
	}
}

func TestKeyIDGiven(t *testing.T) {
	env, err := dsse.Sign(dsse.PayloadTypeReview, payload, dsse.Signer{KeyID: "team-key", Signer: privateKey(t, "ed25519.pem")})
	if err != nil {
		t.Fatal(err)
	}
	if got := env.Signatures[0].KeyID; got != "team-key" {
		t.Errorf("key ID = %q, want team-key", got)
	}
}

func TestTwoSigners(t *testing.T) {
	env, err := dsse.Sign(dsse.PayloadTypeResult, payload,
		dsse.Signer{Signer: privateKey(t, "ed25519.pem")}, dsse.Signer{Signer: privateKey(t, "p256.pem")})
	if err != nil {
		t.Fatal(err)
	}
	if len(env.Signatures) != 2 {
		t.Fatalf("%d signatures, want 2", len(env.Signatures))
	}
	for _, k := range []string{"ed25519.pub.pem", "p256.pub.pem"} {
		if _, err := env.Verify(publicKey(t, k)); err != nil {
			t.Errorf("Verify with %s: %v", k, err)
		}
	}
}

// TestTamper changes each byte of the payload and of the signature in turn,
// and the envelope's other parts, and expects each change to be refused.
func TestTamper(t *testing.T) {
	for _, tc := range []struct{ priv, pub string }{
		{"ed25519.pem", "ed25519.pub.pem"},
		{"p256.pem", "p256.pub.pem"},
	} {
		signer, pub := privateKey(t, tc.priv), publicKey(t, tc.pub)
		sign := func() *dsse.Envelope {
			env, err := dsse.Sign(dsse.PayloadTypeAssessment, payload, dsse.Signer{Signer: signer})
			if err != nil {
				t.Fatal(err)
			}
			return env
		}
		type change struct {
			name   string
			change func(e *dsse.Envelope)
			keys   []crypto.PublicKey
			want   dendai.Code
		}
		var changes []change
		for i := range payload {
			changes = append(changes, change{"payload byte", func(e *dsse.Envelope) { e.Payload[i] ^= 1 }, nil, dsse.CodeBadSignature})
		}
		// ECDSA's DER signatures vary in length (70 to 72 bytes for P-256):
		// i counts over the shortest, so that each change has a byte to change.
		for i := range 64 {
			changes = append(changes, change{"signature byte", func(e *dsse.Envelope) { e.Signatures[0].Sig[i] ^= 0x40 }, nil, dsse.CodeBadSignature})
		}
		changes = append(changes,
			change{"payload appended", func(e *dsse.Envelope) { e.Payload = append(e.Payload, ' ') }, nil, dsse.CodeBadSignature},
			change{"payload type", func(e *dsse.Envelope) { e.PayloadType = dsse.PayloadTypeReview }, nil, dsse.CodeBadSignature},
			change{"signature cut", func(e *dsse.Envelope) { e.Signatures[0].Sig = e.Signatures[0].Sig[:10] }, nil, dsse.CodeBadSignature},
			change{"no signature", func(e *dsse.Envelope) { e.Signatures = nil }, nil, dsse.CodeNoSignature},
			change{"wrong key", func(*dsse.Envelope) {}, []crypto.PublicKey{publicKey(t, "other.pub.pem")}, dsse.CodeBadSignature},
			change{"no key", func(*dsse.Envelope) {}, []crypto.PublicKey{}, dsse.CodeUnsupportedKey},
			change{"not a key", func(*dsse.Envelope) {}, []crypto.PublicKey{"not a key"}, dsse.CodeUnsupportedKey},
		)
		for _, c := range changes {
			env := sign()
			c.change(env)
			keys := c.keys
			if keys == nil {
				keys = []crypto.PublicKey{pub}
			}
			got, err := env.Verify(keys...)
			if got != nil || code(err) != c.want {
				t.Errorf("%s, %s: Verify = %q, %v; want code %s", tc.priv, c.name, got, err, c.want)
			}
		}
	}
}

func TestUnsupportedKeys(t *testing.T) {
	p384, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dsse.Sign(dsse.PayloadTypeAssessment, payload, dsse.Signer{Signer: p384}); code(err) != dsse.CodeUnsupportedKey {
		t.Errorf("Sign with P-384: %v, want %s", err, dsse.CodeUnsupportedKey)
	}
	if _, err := dsse.ParsePrivateKey(readFile(t, "p384.pem")); code(err) != dsse.CodeUnsupportedKey {
		t.Errorf("ParsePrivateKey(P-384): %v, want %s", err, dsse.CodeUnsupportedKey)
	}
	if _, err := dsse.KeyID(&p384.PublicKey); code(err) != dsse.CodeUnsupportedKey {
		t.Errorf("KeyID(P-384): %v, want %s", err, dsse.CodeUnsupportedKey)
	}
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	if _, err := dsse.Sign("", payload, dsse.Signer{Signer: priv}); code(err) != dsse.CodeMalformed {
		t.Errorf("Sign with no payload type: %v, want %s", err, dsse.CodeMalformed)
	}
	if _, err := dsse.Sign(dsse.PayloadTypeAssessment, payload); code(err) != dsse.CodeNoSignature {
		t.Errorf("Sign with no signer: %v, want %s", err, dsse.CodeNoSignature)
	}
}

func TestParseKeyErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		data    []byte
		private bool
		want    dendai.Code
	}{
		{"empty", nil, true, dsse.CodeBadKey},
		{"public as private", readFile(t, "ed25519.pub.pem"), true, dsse.CodeBadKey},
		{"private as public", readFile(t, "ed25519.pem"), false, dsse.CodeBadKey},
		{"garbage private", []byte("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), true, dsse.CodeBadKey},
		{"garbage public", []byte("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"), false, dsse.CodeBadKey},
	} {
		var err error
		if tc.private {
			_, err = dsse.ParsePrivateKey(tc.data)
		} else {
			_, err = dsse.ParsePublicKey(tc.data)
		}
		if code(err) != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
}

func TestDecode(t *testing.T) {
	const env = `{"payloadType":"t","payload":"","signatures":[]}`
	// The object is one level: the array at level 64 is the first too deep.
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	var unknown strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&unknown, `"k%d":0,`, i)
	}
	type problem struct {
		Code         dendai.Code
		Path         string
		Line, Column int
	}
	for _, tc := range []struct {
		name, in string
		want     []problem // the first problems, or none
	}{
		{"valid", `{"payloadType":"t","payload":"aGk=","signatures":[{"keyid":"k","sig":"AAEC"}]}`, nil},
		{"no keyid", `{"payloadType":"t","payload":"","signatures":[{"sig":""}]}`, nil},
		{"BOM", "\uFEFF" + env, nil},
		{"not JSON", `{`, []problem{{dendai.CodeUnexpectedEnd, "", 1, 2}}},
		{"array", `[]`, []problem{{dendai.CodeWrongType, "", 1, 1}}},
		{"unknown field", `{"payloadType":"t","payload":"","signatures":[],"extra":1}`, []problem{{dendai.CodeUnknownField, "/extra", 1, 49}}},
		{"unknown signature field", `{"payloadType":"t","payload":"","signatures":[{"sig":"","x":1}]}`, []problem{{dendai.CodeUnknownField, "/signatures/0/x", 1, 57}}},
		{"case-variant member", `{"PayloadType":"t","payloadtype":"u","payload":"","signatures":[]}`, []problem{
			{dendai.CodeUnknownField, "/PayloadType", 1, 2},
			{dendai.CodeUnknownField, "/payloadtype", 1, 20},
			{dendai.CodeMissingField, "", 1, 1},
		}},
		{"case-variant signature member", `{"payloadType":"t","payload":"","signatures":[{"SIG":""}]}`, []problem{
			{dendai.CodeUnknownField, "/signatures/0/SIG", 1, 48},
			{dendai.CodeMissingField, "/signatures/0", 1, 47},
		}},
		{"duplicate member", `{"payloadType":"t","payloadType":"u","payload":"","signatures":[]}`, []problem{{dendai.CodeDuplicateKey, "", 1, 20}}},
		{"duplicate member spelled with an escape", `{"payload":"","p\u0061yload":"aGk=","payloadType":"t","signatures":[]}`, []problem{{dendai.CodeDuplicateKey, "", 1, 15}}},
		{"trailing data", env + ` {}`, []problem{{dendai.CodeTrailingData, "", 1, 50}}},
		{"invalid UTF-8 in a string", "{\"payloadType\":\"t\xff\",\n\"payload\":\"\",\"signatures\":[]}", []problem{{dendai.CodeInvalidUTF8, "", 1, 18}}},
		{"invalid UTF-8 on a later line", "{\"payloadType\":\"t\",\n\"payload\":\"\",\"signatures\":[{\"keyid\":\"\xe3\x81\"}]}", []problem{{dendai.CodeInvalidUTF8, "", 2, 38}}},
		{"array where a string belongs", `{"payloadType":["t"],"payload":[0,0],"signatures":[{"sig":[1]}]}`, []problem{
			{dendai.CodeWrongType, "/payloadType", 1, 16},
			{dendai.CodeWrongType, "/payload", 1, 32},
			{dendai.CodeWrongType, "/signatures/0/sig", 1, 59},
		}},
		{"object where a string belongs", `{"payloadType":{"t":1},"payload":"","signatures":[{"keyid":{},"sig":""}]}`, []problem{
			{dendai.CodeWrongType, "/payloadType", 1, 16},
			{dendai.CodeWrongType, "/signatures/0/keyid", 1, 60},
		}},
		{"100k-deep nesting", `{"payloadType":"t","payload":"","signatures":` + deep + `}`, []problem{{dendai.CodeTooDeep, "", 1, 46 + 63}}},
		{"100k unknown fields", `{` + unknown.String() + `"payloadType":"t","payload":"","signatures":[]}`, []problem{{dendai.CodeUnknownField, "/k0", 1, 2}}},
		{"no payload type", `{"payload":"","signatures":[]}`, []problem{{dendai.CodeMissingField, "", 1, 1}}},
		{"empty payload type", `{"payloadType":"","payload":"","signatures":[]}`, []problem{{dsse.CodeMalformed, "/payloadType", 1, 16}}},
		{"no payload", `{"payloadType":"t","signatures":[]}`, []problem{{dendai.CodeMissingField, "", 1, 1}}},
		{"no signatures", `{"payloadType":"t","payload":""}`, []problem{{dendai.CodeMissingField, "", 1, 1}}},
		{"no sig", `{"payloadType":"t","payload":"","signatures":[{}]}`, []problem{{dendai.CodeMissingField, "/signatures/0", 1, 47}}},
		{"bad payload base64", `{"payloadType":"t","payload":"a!==","signatures":[]}`, []problem{{dsse.CodeMalformed, "/payload", 1, 30}}},
		{"unpadded payload", `{"payloadType":"t","payload":"aGk","signatures":[]}`, []problem{{dsse.CodeMalformed, "/payload", 1, 30}}},
		{"bad sig base64", `{"payloadType":"t","payload":"","signatures":[{"sig":"?"}]}`, []problem{{dsse.CodeMalformed, "/signatures/0/sig", 1, 54}}},
		{"wrong type", `{"payloadType":1,"payload":"","signatures":[]}`, []problem{{dendai.CodeWrongType, "/payloadType", 1, 16}}},
		{"every problem at once", `{"payloadType":"","payload":"?","signatures":[{"sig":"?"},{"x":1}]}`, []problem{
			{dsse.CodeMalformed, "/payloadType", 1, 16},
			{dsse.CodeMalformed, "/payload", 1, 29},
			{dsse.CodeMalformed, "/signatures/0/sig", 1, 54},
			{dendai.CodeUnknownField, "/signatures/1/x", 1, 60},
			{dendai.CodeMissingField, "/signatures/1", 1, 59},
		}},
		{"too large", `{"payloadType":"t","payload":"` + string(bytes.Repeat([]byte("A"), dsse.MaxEnvelopeSize)) + `","signatures":[]}`, []problem{{dendai.CodeInputTooLarge, "", 0, 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dsse.Decode([]byte(tc.in))
			var got []problem
			if err != nil {
				e, ok := errors.AsType[*dendai.Error](err)
				if !ok {
					t.Fatalf("Decode: %T %v, want a *dendai.Error", err, err)
				}
				for _, p := range e.Problems[:min(len(e.Problems), len(tc.want))] {
					got = append(got, problem{p.Code, p.Path, p.Line, p.Column})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
