package dsse_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/dsse"
)

// FuzzDecode checks that Decode never panics, refuses with a *dendai.Error,
// and that what it accepts encodes to an envelope that decodes the same.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"payloadType":"t","payload":"aGk=","signatures":[{"keyid":"k","sig":"AAEC"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		env, err := dsse.Decode(data)
		if err != nil {
			if _, ok := errors.AsType[*dendai.Error](err); !ok {
				t.Fatalf("Decode: %T %v, want a *dendai.Error", err, err)
			}
			return
		}
		again, err := dsse.Decode(dsse.Encode(env))
		if err != nil {
			t.Fatalf("Decode(Encode(env)): %v", err)
		}
		if again.PayloadType != env.PayloadType || !bytes.Equal(again.Payload, env.Payload) || len(again.Signatures) != len(env.Signatures) {
			t.Fatalf("round trip changed the envelope: %+v, then %+v", env, again)
		}
	})
}
