package assessment

import (
	"reflect"

	"github.com/go-playground/validator/v10"
)

// fakeFieldError stands in for a validator.FieldError in message tests.
type fakeFieldError struct {
	validator.FieldError
	tag, param string
	kind       reflect.Kind
	value      any
}

func (e fakeFieldError) Tag() string        { return e.tag }
func (e fakeFieldError) Param() string      { return e.param }
func (e fakeFieldError) Kind() reflect.Kind { return e.kind }
func (e fakeFieldError) Value() any         { return e.value }
