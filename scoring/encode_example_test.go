package scoring_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/scoring"
)

// A service writes each result into a buffer it reuses: AppendJSON writes the
// dendai.result/v1 document in one pass, with no allocation once the buffer
// has grown.
func ExampleResult_AppendJSON() {
	data, err := os.ReadFile("../examples/assessments/sample.json")
	if err != nil {
		log.Fatal(err)
	}
	a, err := assessment.Decode(data, nil)
	if err != nil {
		log.Fatal(err)
	}
	r := scoring.RiskWeighted().Score(a)
	var buf []byte
	if buf, err = r.AppendJSON(buf[:0]); err != nil {
		log.Fatal(err)
	}
	var doc struct {
		Format string          `json:"format"`
		Score  json.RawMessage `json:"score"`
		Rating string          `json:"rating"`
	}
	if err := json.Unmarshal(buf, &doc); err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Format, string(doc.Score), doc.Rating)
	fmt.Println(string(buf[:60]))
	// Output:
	// dendai.result/v1 95.7 A
	// {"format":"dendai.result/v1","catalog":"jpbank-checklist","c
}
