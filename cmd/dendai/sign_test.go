package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	sampleAssessment = "../../examples/assessments/sample.json"
	ed25519Key       = "../../dsse/testdata/ed25519.pem"
	ed25519PubKey    = "../../dsse/testdata/ed25519.pub.pem"
	p256PubKey       = "../../dsse/testdata/p256.pub.pem"
)

// TestSignVerify signs the sample assessment with the Ed25519 key openssl
// generated, verifies it with the public key and with the private key, then
// changes one byte of the envelope's payload and expects verify to refuse it.
func TestSignVerify(t *testing.T) {
	sample, err := os.ReadFile(sampleAssessment)
	if err != nil {
		t.Fatal(err)
	}
	envelope, stderr, status := invoke(t, nil, "", "sign", "--key", ed25519Key, sampleAssessment)
	if status != exitOK || stderr != "" {
		t.Fatalf("sign: status %d, stderr %q", status, stderr)
	}
	var env struct {
		PayloadType string `json:"payloadType"`
		Payload     string `json:"payload"`
		Signatures  []struct {
			KeyID string `json:"keyid"`
			Sig   string `json:"sig"`
		} `json:"signatures"`
	}
	if err := json.Unmarshal([]byte(envelope), &env); err != nil {
		t.Fatal(err)
	}
	if got, want := env.PayloadType, "application/vnd.dendai.assessment+json"; got != want {
		t.Errorf("payloadType = %q, want %q", got, want)
	}
	if len(env.Signatures) != 1 || len(env.Signatures[0].KeyID) != 64 {
		t.Errorf("signatures = %+v, want one with a hex SHA-256 key ID", env.Signatures)
	}

	for _, key := range []string{ed25519PubKey, ed25519Key} {
		out, stderr, status := invoke(t, nil, envelope, "verify", "--key", key, "-")
		if status != exitOK || stderr != "" {
			t.Fatalf("verify --key %s: status %d, stderr %q", key, status, stderr)
		}
		if diff := cmp.Diff(string(sample), out); diff != "" {
			t.Errorf("verify --key %s printed (-want +got):\n%s", key, diff)
		}
	}

	payload, _ := base64.StdEncoding.DecodeString(env.Payload)
	payload[len(payload)/2] ^= 1
	tampered := strings.Replace(envelope, env.Payload, base64.StdEncoding.EncodeToString(payload), 1)
	for _, tc := range []struct {
		lang, want string
	}{
		{"en", "the signature does not verify"},
		{"ja", "署名を検証できません"},
	} {
		out, stderr, status := invoke(t, nil, tampered, "verify", "--lang", tc.lang, "--key", ed25519PubKey, "-")
		if status != exitProblems || out != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("verify of a changed byte (%s): status %d, stdout %q, stderr %q; want 1 and %q", tc.lang, status, out, stderr, tc.want)
		}
	}

	// The wrong key fails the same way.
	if _, stderr, status := invoke(t, nil, envelope, "verify", "--key", p256PubKey, "-"); status != exitProblems || !strings.Contains(stderr, "does not verify") {
		t.Errorf("verify with the wrong key: status %d, stderr %q", status, stderr)
	}
}

func TestSignType(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		args      []string
		want      string
	}{
		{"assessment by default", `{}`, nil, "application/vnd.dendai.assessment+json"},
		{"result by format", `{"format":"dendai.result/v1"}`, nil, "application/vnd.dendai.result+json"},
		{"review by format", `{"format":"dendai.review/v1"}`, nil, "application/vnd.dendai.review+json"},
		{"not JSON", `catalog,version`, nil, "application/vnd.dendai.assessment+json"},
		{"--type wins", `{"format":"dendai.result/v1"}`, []string{"--type", "review"}, "application/vnd.dendai.review+json"},
	} {
		args := append([]string{"sign", "--key", ed25519Key}, tc.args...)
		out, stderr, status := invoke(t, nil, tc.doc, append(args, "-")...)
		if status != exitOK {
			t.Errorf("%s: status %d, stderr %q", tc.name, status, stderr)
			continue
		}
		if !strings.Contains(out, `"payloadType": "`+tc.want+`"`) {
			t.Errorf("%s: envelope %s, want payloadType %s", tc.name, out, tc.want)
		}
	}
}

func TestSignVerifyErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stdin  string
		args   []string
		status int
		want   string
	}{
		{"sign without --key", "{}", []string{"sign", "-"}, exitUsage, "missing --key"},
		{"verify without --key", "{}", []string{"verify", "-"}, exitUsage, "missing --key"},
		{"sign without a file", "", []string{"sign", "--key", ed25519Key}, exitUsage, "missing the document to sign"},
		{"bad --type", "{}", []string{"sign", "--key", ed25519Key, "--type", "policy", "-"}, exitUsage, "policy"},
		{"sign with a public key", "{}", []string{"sign", "--key", ed25519PubKey, "-"}, exitProblems, "is not a private key"},
		{"missing key file", "{}", []string{"sign", "--key", "nonexistent.pem", "-"}, exitUsage, "nonexistent.pem"},
		{"verify a non-envelope", "{}", []string{"verify", "--key", ed25519PubKey, "-"}, exitProblems, `line 1, column 1: the required field "payloadType" is missing`},
		{"verify with a non-key", "{}", []string{"verify", "--key", sampleAssessment, "-"}, exitProblems, "no PEM block"},
	} {
		_, stderr, status := invoke(t, nil, tc.stdin, tc.args...)
		if status != tc.status || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: status %d, stderr %q; want %d and %q", tc.name, status, stderr, tc.status, tc.want)
		}
	}
}
