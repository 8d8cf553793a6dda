package criteria

// ID identifies a criterion or a group within a catalog, or a catalog itself:
// "1-30", "S10-15", "outsourcing", "jpbank-checklist". IDs are case-sensitive and
// compared as written.
type ID string

// String returns the ID as written.
func (id ID) String() string { return string(id) }

// IsValid reports whether id is well-formed: 1 to 64 ASCII letters, digits,
// hyphens, underscores or dots, starting with a letter or a digit. Being
// ASCII, a valid ID holds no invisible character: no bidirectional control
// (U+202A–U+202E, U+2066–U+2069), zero-width space or joiner, byte order
// mark or other format character (Unicode category Cf), which would make two
// IDs that look the same differ; and no invalid UTF-8.
func (id ID) IsValid() bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case (c == '-' || c == '_' || c == '.') && i > 0:
		default:
			return false
		}
	}
	return true
}
