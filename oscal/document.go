package oscal

import (
	"bytes"
	"encoding/json"
)

// Namespace qualifies the names of the props and parts dendai adds to OSCAL
// documents. Props and parts without it are OSCAL's own.
const Namespace = "https://github.com/dendai-go/dendai/ns/oscal"

// Version is the OSCAL version the documents declare in metadata/oscal-version.
// The documents are valid against the OSCAL 1.1.3 and 1.2.2 JSON schemas alike:
// they use nothing 1.2 added, and nothing 1.2 forbids (a group holds either
// groups or controls; titles hold no line breaks).
const Version = "1.1.3"

// catalogLastModified is the last-modified timestamp of every catalog document.
// A catalog has no date of its own, and the time of the export would make two
// exports of the same data differ; the catalog's version, not this timestamp,
// tells its revisions apart.
const catalogLastModified = "2026-01-01T00:00:00Z"

// encode returns v as JSON indented by two spaces and ending in a newline,
// without HTML escaping, so that "<" and "&" in texts stay readable.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
