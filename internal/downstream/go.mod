// Module acmebank is a downstream project as a bank's team would write it: it
// keeps its own catalog and policy and tests them, and its code, with
// dendaitest. dendai's own tests build and run it (dendaitest's
// TestDownstreamModule), so that the API stays pleasant to use from outside.
module example.com/acmebank

go 1.26.0

require (
	github.com/dendai-go/dendai v0.0.0
	github.com/google/go-cmp v0.7.0
)

replace github.com/dendai-go/dendai => ../..
