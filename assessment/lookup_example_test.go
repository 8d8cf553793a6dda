package assessment_test

import (
	"fmt"

	"github.com/dendai-go/dendai/assessment"
)

// LookupStatus reads what ParseStatus reads, without building an error for
// what it cannot: a reader past its problem cap only needs to know.
func ExampleLookupStatus() {
	for _, s := range []string{"適合", "△", "Partially compliant", "たぶん"} {
		st, ok := assessment.LookupStatus(s)
		fmt.Println(s, st, ok)
	}
	// Output:
	// 適合 compliant true
	// △ partially_compliant true
	// Partially compliant partially_compliant true
	// たぶん not_assessed false
}
