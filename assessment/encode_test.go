package assessment

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
)

// TestEncodeInvalidStatus checks that the one value Encode cannot write, a
// Status that is not valid, is refused with a problem located at each.
func TestEncodeInvalidStatus(t *testing.T) {
	a := valid(t)
	a.Responses[2].Status = Status(9)
	a.Responses[5].Status = Status(numStatuses)
	want := &dendai.Error{Problems: dendai.Problems{
		{Path: "/responses/2/status", Criterion: "1-3", Code: CodeStatusInvalid, Message: text(CodeStatusInvalid, "Status(9)")},
		{Path: "/responses/5/status", Criterion: "1-6", Code: CodeStatusInvalid, Message: text(CodeStatusInvalid, "Status(5)")},
	}}
	out, err := Encode(a)
	if out != nil {
		t.Errorf("Encode wrote %d bytes with an error", len(out))
	}
	if diff := cmp.Diff(want, err); diff != "" {
		t.Errorf("Encode error (-want +got):\n%s", diff)
	}
	// json.Marshal wraps the error of MarshalJSON, but it is still found.
	_, err = json.Marshal(a)
	var e *dendai.Error
	if !errors.As(err, &e) {
		t.Fatalf("json.Marshal: %v (%T), want a *dendai.Error", err, err)
	}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("json.Marshal error (-want +got):\n%s", diff)
	}
}

// TestEncodeZero checks that the zero values of the value types encode as
// empty text and decode back to zero values.
func TestEncodeZero(t *testing.T) {
	a := &Assessment{Responses: []Response{{Criterion: "1-1"}}}
	out, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(out, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("round trip of a nearly empty assessment (-want +got):\n%s", diff)
	}
}
