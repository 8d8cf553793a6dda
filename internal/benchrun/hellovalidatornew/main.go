// Hellovalidatornew is hello with github.com/go-playground/validator/v10 in
// use: it makes a validator, so that the linker keeps the package's tables
// and their initialisation, as in a program that validates with it (a program
// that only links the package, as hellovalidator does, has most of them
// pruned). It is the start-up of validator/v10 as dendai links it, which
// issue 10 accepts.
package main

import (
	"fmt"

	"github.com/go-playground/validator/v10"
)

func main() {
	v := validator.New()
	fmt.Println("hello, world", v != nil)
}
