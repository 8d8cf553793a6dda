// Hello is the floor of the command line's start-up benchmark: a Go program
// that prints a line and exits.
package main

import "fmt"

func main() { fmt.Println("hello, world") }
