// Hellodeps is hello with the two libraries the dendai command links whose
// start-up is not dendai's own: github.com/go-playground/validator/v10, in
// use as hellovalidatornew has it, and github.com/xuri/excelize/v2, with a
// workbook made, so that the linker keeps what dendai keeps of it. Its
// start-up minus hello's is the fixed cost of those two packages'
// initialisation (and of the dynamic loader the net package brings), which
// no code of dendai's runs.
package main

import (
	"fmt"

	"github.com/go-playground/validator/v10"
	"github.com/xuri/excelize/v2"
)

func main() {
	v := validator.New()
	f := excelize.NewFile()
	fmt.Println("hello, world", v != nil, f != nil)
}
