package dsse

import (
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"fmt"
)

// ParsePrivateKey reads a private key from PEM, as openssl genpkey writes it:
// a PKCS#8 "PRIVATE KEY" block (or a SEC 1 "EC PRIVATE KEY" block, as
// openssl ecparam writes it). The key must be Ed25519 or ECDSA P-256. An
// error is a *dendai.Error coded CodeBadKey or CodeUnsupportedKey.
func ParsePrivateKey(data []byte) (crypto.Signer, error) {
	b, _ := pem.Decode(data)
	if b == nil {
		return nil, problem(CodeBadKey, "", keyNoPEM)
	}
	var key any
	var err error
	switch b.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(b.Bytes)
	case "EC PRIVATE KEY":
		key, err = x509.ParseECPrivateKey(b.Bytes)
	default:
		return nil, problem(CodeBadKey, "", keyNotPrivate, b.Type)
	}
	if err != nil {
		return nil, problem(CodeBadKey, "", i18nKey(CodeBadKey), err.Error())
	}
	s, ok := key.(crypto.Signer)
	if !ok {
		return nil, problem(CodeUnsupportedKey, "", i18nKey(CodeUnsupportedKey), fmt.Sprintf("%T", key))
	}
	if err := checkKey(s.Public()); err != nil {
		return nil, err
	}
	return s, nil
}

// ParsePublicKey reads a public key from PEM, as openssl pkey -pubout writes
// it: a PKIX "PUBLIC KEY" block. The key, an ed25519.PublicKey or an
// *ecdsa.PublicKey, must be Ed25519 or ECDSA P-256. An error is a
// *dendai.Error coded CodeBadKey or CodeUnsupportedKey.
func ParsePublicKey(data []byte) (crypto.PublicKey, error) {
	b, _ := pem.Decode(data)
	if b == nil {
		return nil, problem(CodeBadKey, "", keyNoPEM)
	}
	if b.Type != "PUBLIC KEY" {
		return nil, problem(CodeBadKey, "", keyNotPublic, b.Type)
	}
	key, err := x509.ParsePKIXPublicKey(b.Bytes)
	if err != nil {
		return nil, problem(CodeBadKey, "", i18nKey(CodeBadKey), err.Error())
	}
	if err := checkKey(key); err != nil {
		return nil, err
	}
	return key, nil
}
