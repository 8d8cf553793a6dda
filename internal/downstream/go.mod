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

require (
	github.com/gabriel-vasile/mimetype v1.4.16 // indirect
	github.com/go-playground/locales v0.14.2 // indirect
	github.com/go-playground/universal-translator v0.18.2 // indirect
	github.com/go-playground/validator/v10 v10.30.6 // indirect
	github.com/leodido/go-urn v1.5.0 // indirect
	golang.org/x/crypto v0.58.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/dendai-go/dendai => ../..
