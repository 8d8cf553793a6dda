package criteria

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// problemAt locates a decoder's problem in the document and names the
// criterion it concerns, if any.
func problemAt(lines *jsonx.Lines, p jsonx.Problem, criterion ID) dendai.Problem {
	line, col := lines.Position(p.Off)
	return dendai.Problem{
		Path: p.Path, Line: line, Column: col,
		Criterion: string(criterion),
		Code:      dendai.Code(p.Key), Message: p.Message(),
	}
}
