package dsse

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems this package reports.
const (
	// CodeMalformed: the envelope is not a DSSE envelope: its payload or a
	// signature is not standard base64, or its payloadType is empty. JSON
	// that is malformed, or whose members are missing, unknown, repeated or
	// of the wrong type, is reported with the shared codes of package dendai
	// (dendai.CodeUnknownField, …), as every dendai reader reports it.
	CodeMalformed dendai.Code = "dsse.malformed"
	// CodeNoSignature: the envelope has no signature.
	CodeNoSignature dendai.Code = "dsse.no_signature"
	// CodeBadSignature: no signature of the envelope verifies with any of
	// the keys given.
	CodeBadSignature dendai.Code = "dsse.bad_signature"
	// CodeUnsupportedKey: the key is neither Ed25519 nor ECDSA P-256.
	CodeUnsupportedKey dendai.Code = "dsse.unsupported_key"
	// CodeBadKey: a PEM key cannot be read.
	CodeBadKey dendai.Code = "dsse.bad_key"
	// CodeSignFailed: the crypto.Signer failed to sign.
	CodeSignFailed dendai.Code = "dsse.sign_failed"
)

// Keys of messages that are not problem codes.
const (
	keyMalformedBase64 = i18n.Key("dsse.malformed.base64")
	keyMalformedType   = i18n.Key("dsse.malformed.payload_type")
	keyNoKey           = i18n.Key("dsse.no_key")
	keyNoPEM           = i18n.Key("dsse.bad_key.no_pem")
	keyNotPrivate      = i18n.Key("dsse.bad_key.not_private")
	keyNotPublic       = i18n.Key("dsse.bad_key.not_public")
)

// messages is this package's message table, built once and never changed.
var messages = i18n.NewMessages(
	i18n.Message{Key: i18n.Key(CodeMalformed), JA: "DSSEエンベロープとして読み込めません（%s）", EN: "not a DSSE envelope (%s)"},
	i18n.Message{Key: keyMalformedBase64, JA: "%s がBase64として正しくありません", EN: "%s is not valid base64"},
	i18n.Message{Key: keyMalformedType, JA: "payloadType が空です", EN: "payloadType is empty"},
	i18n.Message{Key: i18n.Key(CodeNoSignature), JA: "エンベロープに署名がありません", EN: "the envelope has no signature"},
	i18n.Message{Key: i18n.Key(CodeBadSignature), JA: "署名を検証できません。エンベロープが改ざんされているか、鍵が違います", EN: "the signature does not verify: the envelope was changed, or the key is not the one that signed it"},
	i18n.Message{Key: i18n.Key(CodeUnsupportedKey), JA: "鍵の種類 %s には対応していません（Ed25519 または ECDSA P-256 の鍵を使ってください）", EN: "keys of type %s are not supported (use an Ed25519 or ECDSA P-256 key)"},
	i18n.Message{Key: keyNoKey, JA: "検証に使う公開鍵が指定されていません", EN: "no public key to verify with"},
	i18n.Message{Key: i18n.Key(CodeBadKey), JA: "鍵を読み込めません（%s）", EN: "cannot read the key (%s)"},
	i18n.Message{Key: keyNoPEM, JA: "PEM形式の鍵が見つかりません", EN: "no PEM block found"},
	i18n.Message{Key: keyNotPrivate, JA: "PEMの種類「%s」は秘密鍵（PRIVATE KEY）ではありません", EN: "a PEM block of type %s is not a private key (PRIVATE KEY)"},
	i18n.Message{Key: keyNotPublic, JA: "PEMの種類「%s」は公開鍵（PUBLIC KEY）ではありません", EN: "a PEM block of type %s is not a public key (PUBLIC KEY)"},
	i18n.Message{Key: i18n.Key(CodeSignFailed), JA: "署名できません（%s）", EN: "cannot sign (%s)"},
)

// problem returns the error of one problem coded c, with the message k.
func problem(c dendai.Code, path string, k i18n.Key, args ...any) error {
	return dendai.Problems{{Path: path, Code: c, Message: messages.Text(k, args...)}}.Err()
}

// i18nKey returns the key of the message of the code c.
func i18nKey(c dendai.Code) i18n.Key { return i18n.Key(c) }
