package main

import (
	"bytes"
	"crypto"

	"github.com/dendai-go/dendai/dsse"
)

// runVerify checks a DSSE envelope with a public key and prints its payload.
func runVerify(c *cli, args []string) int {
	var fs flagSet
	keyFlag := fs.add("key", "")
	fs.lang()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyEnvelopeFile)
	if !ok {
		return status
	}
	if !keyFlag.set {
		return c.usageError(keyMissingArgument, "--key")
	}
	pemData, status := c.readInput(keyFlag.value, nil)
	if pemData == nil {
		return status
	}
	key, err := publicKey(pemData)
	if err != nil {
		return c.reportError(keyFlag.value, err)
	}
	name := pos[0]
	data, status := c.readInput(name, nil)
	if data == nil {
		return status
	}
	env, err := dsse.Decode(data)
	if err != nil {
		return c.reportError(name, err)
	}
	payload, err := env.Verify(key)
	if err != nil {
		return c.reportError(name, err)
	}
	c.stdout.Write(payload)
	return exitOK
}

// publicKey reads a public key from PEM, or the public half of a private key.
func publicKey(pemData []byte) (crypto.PublicKey, error) {
	if bytes.Contains(pemData, []byte("PRIVATE KEY-----")) {
		s, err := dsse.ParsePrivateKey(pemData)
		if err != nil {
			return nil, err
		}
		return s.Public(), nil
	}
	return dsse.ParsePublicKey(pemData)
}
