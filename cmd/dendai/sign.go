package main

import (
	"encoding/json"
	"strings"

	"github.com/dendai-go/dendai/dsse"
)

// payloadTypes maps the values of --type to DSSE payload types.
var payloadTypes = map[string]string{
	"assessment": dsse.PayloadTypeAssessment,
	"result":     dsse.PayloadTypeResult,
	"review":     dsse.PayloadTypeReview,
}

// runSign signs a document with a private key and prints the DSSE envelope.
func runSign(c *cli, args []string) int {
	var fs flagSet
	keyFlag := fs.add("key", "")
	keyIDFlag := fs.add("key-id", "")
	typeFlag := fs.add("type", "", "assessment", "result", "review")
	fs.lang()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyDocumentFile)
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
	signer, err := dsse.ParsePrivateKey(pemData)
	if err != nil {
		return c.reportError(keyFlag.value, err)
	}
	name := pos[0]
	data, status := c.readInput(name, nil)
	if data == nil {
		return status
	}
	kind := typeFlag.value
	if !typeFlag.set {
		kind = documentKind(data)
	}
	env, err := dsse.Sign(payloadTypes[kind], data, dsse.Signer{KeyID: keyIDFlag.value, Signer: signer})
	if err != nil {
		return c.reportError(name, err)
	}
	c.stdout.Write(dsse.Encode(env))
	return exitOK
}

// documentKind returns the kind of a dendai document, for its payload type,
// from its "format" member: "result" or "review" when it names one, else
// "assessment".
func documentKind(data []byte) string {
	var doc struct {
		Format string `json:"format"`
	}
	json.Unmarshal(data, &doc) // a document that is not JSON is an assessment's CSV
	switch {
	case strings.HasPrefix(doc.Format, "dendai.result/"):
		return "result"
	case strings.HasPrefix(doc.Format, "dendai.review/"):
		return "review"
	}
	return "assessment"
}
