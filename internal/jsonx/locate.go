package jsonx

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Locate returns the offset of the value at the JSON Pointer ptr within root.
// When the pointer leads past the document (a member that is absent), it returns
// the offset of the deepest value on the way, the object the member is missing
// from, and false.
func Locate(root Value, ptr string) (off int, exact bool) {
	v := root
	if ptr == "" {
		return v.Off, true
	}
	for seg := range strings.SplitSeq(strings.TrimPrefix(ptr, "/"), "/") {
		seg = strings.NewReplacer("~1", "/", "~0", "~").Replace(seg)
		switch v.Kind {
		case Object:
			i := slices.IndexFunc(v.Members, func(m Member) bool { return m.Key == seg })
			if i < 0 {
				return v.Off, false
			}
			v = v.Members[i].Value
		case Array:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(v.Elems) {
				return v.Off, false
			}
			v = v.Elems[i]
		default:
			return v.Off, false
		}
	}
	return v.Off, true
}

// Lines converts byte offsets of one source to lines and columns. Unlike
// Position, it indexes the line starts once, so locating many problems in a large
// document stays linear.
type Lines struct {
	src    string
	starts []int // byte offset of each line's first byte
	bom    bool
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
	return i + 1, 1 + utf8.RuneCountInString(l.src[start:off])
}
