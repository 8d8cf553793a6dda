// Hellovalidator is hello with github.com/go-playground/validator/v10 linked
// in: the start-up cost of that package's own initialisation, which dendai
// accepts, on top of the floor.
package main

import (
	"fmt"

	_ "github.com/go-playground/validator/v10"
)

func main() { fmt.Println("hello, world") }
