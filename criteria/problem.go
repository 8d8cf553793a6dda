package criteria

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// problemAt locates a decoder's problem in the document and tags it with the
// criterion or group being read.
func problemAt(lines *jsonx.Lines, p jsonx.Problem, id ID) dendai.Problem {
	line, col := lines.Position(p.Off)
	return dendai.Problem{Path: p.Path, Line: line, Column: col, Criterion: string(id), Code: dendai.Code(p.Key), Message: p.Message()}
}
