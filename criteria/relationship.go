package criteria

import (
	"strconv"

	"github.com/dendai-go/dendai"
)

// Relationship says how the source criteria of a mapping entry relate to its
// target criterion, in the terms of NIST IR 8477 (set theory relationship
// mapping), which OSCAL 1.2's mapping model uses. The zero value is not a
// relationship: it is not valid, and encoding it is an error.
type Relationship uint8

// The relationships. Each compares what the sources of an entry ask, taken
// together, with what its target asks.
const (
	// Equivalent: the sources ask what the target asks, no more and no less
	// ("equivalent" in JSON, equivalent-to in NIST IR 8477).
	Equivalent Relationship = iota + 1
	// Subset: the sources ask less than the target; meeting them meets part of
	// the target ("subset", subset-of).
	Subset
	// Superset: the sources ask more than the target; meeting them meets the
	// whole target ("superset", superset-of).
	Superset
	// Intersects: the sources and the target overlap, each asking something
	// the other does not ("intersects", intersects-with).
	Intersects
	// NoRelationship: the sources have nothing in common with the target
	// ("none", no-relationship).
	NoRelationship
)

// Relationships returns every valid relationship, in the order of their values.
func Relationships() []Relationship {
	return []Relationship{Equivalent, Subset, Superset, Intersects, NoRelationship}
}

// String returns the JSON spelling: "equivalent", "subset", "superset",
// "intersects" or "none"; "Relationship(N)" for a value that is not valid.
func (r Relationship) String() string {
	switch r {
	case Equivalent:
		return "equivalent"
	case Subset:
		return "subset"
	case Superset:
		return "superset"
	case Intersects:
		return "intersects"
	case NoRelationship:
		return "none"
	}
	return "Relationship(" + strconv.Itoa(int(r)) + ")"
}

// NISTToken returns the relationship's token in NIST IR 8477 and the OSCAL 1.2
// mapping model: equivalent-to, subset-of, superset-of, intersects-with or
// no-relationship; "" for a value that is not valid.
func (r Relationship) NISTToken() string {
	switch r {
	case Equivalent:
		return "equivalent-to"
	case Subset:
		return "subset-of"
	case Superset:
		return "superset-of"
	case Intersects:
		return "intersects-with"
	case NoRelationship:
		return "no-relationship"
	}
	return ""
}

// IsValid reports whether r is one of the five relationships; the zero value
// is not.
func (r Relationship) IsValid() bool { return Equivalent <= r && r <= NoRelationship }

// ParseRelationship parses the JSON spelling of a relationship, exactly as
// String writes it. Anything else, the empty string included, is an error: a
// *dendai.Error holding one problem coded CodeMappingRelationship.
func ParseRelationship(s string) (Relationship, error) {
	switch s {
	case "equivalent":
		return Equivalent, nil
	case "subset":
		return Subset, nil
	case "superset":
		return Superset, nil
	case "intersects":
		return Intersects, nil
	case "none":
		return NoRelationship, nil
	}
	return 0, dendai.Problems{{Code: CodeMappingRelationship, Message: messages.Text(keyOf(CodeMappingRelationship), s)}}.Err()
}

// AppendText implements encoding.TextAppender: it appends the JSON spelling
// of r to b. A Relationship that is not valid appends nothing and is an
// error, a *dendai.Error coded CodeMappingRelationship.
func (r Relationship) AppendText(b []byte) ([]byte, error) {
	if !r.IsValid() {
		return b, dendai.Problems{{Code: CodeMappingRelationship, Message: messages.Text(keyOf(CodeMappingRelationship), r.String())}}.Err()
	}
	return append(b, r.String()...), nil
}

// MarshalText implements encoding.TextMarshaler.
func (r Relationship) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseRelationship accepts.
func (r *Relationship) UnmarshalText(b []byte) error {
	v, err := ParseRelationship(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
