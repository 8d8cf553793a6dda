// Package dsse signs and verifies dendai documents (assessments, results and
// reviews) as DSSE envelopes, the envelope format of in-toto and Sigstore
// (https://github.com/secure-systems-lab/dsse, version 1):
//
//	{"payloadType": "application/vnd.dendai.assessment+json",
//	 "payload": "<base64>",
//	 "signatures": [{"keyid": "<hex>", "sig": "<base64>"}]}
//
// A signature covers the pre-authentication encoding (PAE) of the payload
// type and the payload, so that neither can be changed without breaking it.
// Ed25519 keys sign the PAE itself; ECDSA P-256 keys sign its SHA-256 digest,
// the signature in ASN.1 DER.
//
// The keys are the caller's: Sign takes any crypto.Signer (a key in memory,
// an HSM, a KMS), Verify takes public keys, and ParsePrivateKey and
// ParsePublicKey read the PEM files openssl writes (PKCS#8 and PKIX). The
// package does no I/O.
//
// Verify and Decode report what is wrong as a *dendai.Error, whose problems
// carry this package's codes (CodeBadSignature, CodeNoSignature,
// CodeMalformed, …) with messages in Japanese and English.
package dsse
