package schema_test

import (
	"encoding/json"
	"fmt"
	"io/fs"

	"github.com/dendai-go/dendai/schema"
)

func ExampleAssessment() {
	var s struct {
		ID       string   `json:"$id"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(schema.Assessment(), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID)
	fmt.Println(s.Required)
	// Output:
	// https://github.com/dendai-go/dendai/schema/assessment.schema.json
	// [format catalog catalogVersion state assessedOn subject assessor responses]
}

func ExampleFS() {
	names, _ := fs.Glob(schema.FS(), "*.schema.json")
	fmt.Println(names)
	// Output:
	// [assessment.schema.json catalog-diff.schema.json catalog.schema.json delta.schema.json mapping.schema.json policy.schema.json problems.schema.json result.schema.json review.schema.json]
}
