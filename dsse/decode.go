package dsse

import (
	"encoding/base64"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// Decode reads an envelope strictly, as dendai reads every document: one JSON
// object with the members payloadType, payload and signatures (each with sig
// and an optional keyid), each once, spelled exactly so, and nothing else;
// valid UTF-8, no data after the object, base64 in the standard alphabet
// with padding, at most MaxEnvelopeSize bytes. It does not verify the
// signatures.
//
// An error is a *dendai.Error listing every problem, each with its JSON
// Pointer, line and column: the shared codes of malformed JSON and of its
// shape (dendai.CodeDuplicateKey, dendai.CodeUnknownField,
// dendai.CodeWrongType, dendai.CodeMissingField, …), CodeMalformed for bad
// base64 or an empty payloadType, or dendai.CodeInputTooLarge.
func Decode(data []byte) (*Envelope, error) {
	if len(data) > MaxEnvelopeSize {
		return nil, dendai.Problems{dendai.TooLarge(MaxEnvelopeSize)}.Err()
	}
	src := string(data)
	d := decoder{r: jsonx.NewReader(src)}
	d.r.Limit = dendai.MaxProblems
	env := &Envelope{}
	if serr := d.r.Document(func() { d.envelope(env) }); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	if len(d.r.Problems) > 0 {
		lines := jsonx.NewLines(src)
		ps := make(dendai.Problems, len(d.r.Problems))
		for i, p := range d.r.Problems {
			line, col := lines.Position(p.Off)
			ps[i] = dendai.Problem{Path: p.Path, Line: line, Column: col, Code: dendai.Code(p.Key), Message: p.Message()}
		}
		return nil, ps.Cap(d.r.Dropped).Err()
	}
	return env, nil
}

// decoder reads an envelope as it scans it.
type decoder struct {
	r *jsonx.Reader
}

// malformed records a problem coded CodeMalformed at off, with the message k.
func (d *decoder) malformed(off int, k i18n.Key, args ...any) {
	if d.r.Dropping() {
		return
	}
	d.r.FailText(off, i18n.Key(CodeMalformed), messages.Text(k, args...))
}

// base64 reads a string of standard base64 with padding; what describes
// what it is, in the problem of one that is not.
func (d *decoder) base64(what string) []byte {
	s, off, ok := d.r.StringAt()
	if !ok {
		return nil
	}
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		d.malformed(off, keyMalformedBase64, what)
		return nil
	}
	return b
}

func (d *decoder) envelope(env *Envelope) {
	r := d.r
	off := r.Offset()
	var payloadType, payload, signatures bool
	if !r.Object(func(key string) bool {
		switch key {
		case "payloadType":
			payloadType = true
			at, ok := r.Offset(), r.Kind() == jsonx.String
			if env.PayloadType = r.String(); ok && env.PayloadType == "" {
				d.malformed(at, keyMalformedType)
			}
		case "payload":
			payload = true
			env.Payload = d.base64("payload")
			if env.Payload == nil {
				env.Payload = []byte{}
			}
		case "signatures":
			signatures = true
			d.signatures(env)
		default:
			return false
		}
		return true
	}) {
		return
	}
	for _, m := range [...]struct {
		name string
		seen bool
	}{{"payloadType", payloadType}, {"payload", payload}, {"signatures", signatures}} {
		if !m.seen {
			r.Missing(off, m.name)
		}
	}
}

// signatures reads the signatures.
func (d *decoder) signatures(env *Envelope) {
	r := d.r
	env.Signatures, _ = jsonx.List(r, len(`{"sig":""},`), func(int) Signature {
		off := r.Offset()
		var s Signature
		var sig bool
		if r.Object(func(key string) bool {
			switch key {
			case "keyid":
				s.KeyID = r.String()
			case "sig":
				sig = true
				s.Sig = d.base64("sig")
			default:
				return false
			}
			return true
		}) && !sig {
			r.Missing(off, "sig")
		}
		return s
	})
}
