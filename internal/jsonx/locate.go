package jsonx

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Lines converts byte offsets of one source to lines and columns. Unlike
// Position, it indexes the line starts once, and it remembers the last offset it
// located, so that locating many problems in order stays linear even on one
// long line. A Lines is not safe for concurrent use.
type Lines struct {
	src    string
	starts []int // byte offset of each line's first byte
	bom    bool

	lastOff, lastLine, lastCol int // the last position computed; lastLine 0 for none
}

// NewLines indexes the lines of src.
func NewLines(src string) *Lines {
	l := &Lines{src: src, starts: []int{0}, bom: strings.HasPrefix(src, "\uFEFF")}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// Position returns the 1-based line and column of off, as Position does.
func (l *Lines) Position(off int) (line, col int) {
	off = min(max(off, 0), len(l.src))
	i, found := slices.BinarySearch(l.starts, off)
	if !found {
		i--
	}
	start := l.starts[i]
	if i == 0 && l.bom && off >= 3 {
		start = 3
	}
	if l.lastLine == i+1 && l.lastOff >= start && l.lastOff <= off && l.runeStart(l.lastOff) && l.runeStart(off) {
		// Count on from the last position on the same line.
		col = l.lastCol + utf8.RuneCountInString(l.src[l.lastOff:off])
	} else {
		col = 1 + utf8.RuneCountInString(l.src[start:off])
	}
	l.lastOff, l.lastLine, l.lastCol = off, i+1, col
	return i + 1, col
}

// runeStart reports whether off is the start of a character (or the end).
func (l *Lines) runeStart(off int) bool {
	return off >= len(l.src) || utf8.RuneStart(l.src[off])
}

// LocateIn returns the offset of the value at a JSON Pointer, or, when the
// pointer leads past the document (a member that is absent), the offset of
// the deepest value on the way and false. It scans the well-formed document
// src from the value at byte offset off, following ptr, relative to that
// value, and skipping what is not on the way. It builds nothing, so that locating a problem costs a scan of the
// values before it, not a tree of the document; callers start it as deep as
// they know (at an element of a long array, say) to keep that scan short.
func LocateIn(src string, off int, ptr string) (int, bool) {
	s := scanner{src: src, pos: off, trusted: true}
	s.skipSpace()
	if ptr == "" {
		return s.pos, true
	}
	for seg := range strings.SplitSeq(strings.TrimPrefix(ptr, "/"), "/") {
		if strings.Contains(seg, "~") { // RFC 6901: ~1 first, then ~0
			seg = strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")
		}
		s.skipSpace()
		at := s.pos
		switch s.kind() {
		case Object:
			if !s.member(seg) {
				return at, false
			}
		case Array:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || !s.element(i) {
				return at, false
			}
		default:
			return at, false
		}
	}
	s.skipSpace()
	return s.pos, true
}

// member moves from the '{' of an object to the value of its member key, and
// reports whether there is one.
func (s *scanner) member(key string) bool {
	s.pos++
	for s.err == nil {
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] != '"' {
			return false
		}
		k := s.string()
		s.skipSpace()
		s.pos++ // ':'
		s.skipSpace()
		if k == key && s.err == nil {
			return true
		}
		s.next()
	}
	return false
}

// next skips a value and the comma after it.
func (s *scanner) next() {
	s.skip()
	s.skipSpace()
	if s.pos < len(s.src) && s.src[s.pos] == ',' {
		s.pos++
	}
}

// element moves from the '[' of an array to its element i, and reports
// whether there is one.
func (s *scanner) element(i int) bool {
	s.pos++
	for n := 0; s.err == nil; n++ {
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] == ']' {
			return false
		}
		if n == i {
			return true
		}
		s.next()
	}
	return false
}
