package assessment

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{
		Quotes: map[i18n.Key]string{
			// The marks a user may type, the full-width － among them.
			i18n.Key(CodeStatusInvalid): "－",
			// The example of a registration number is Japanese in any language.
			i18n.Key(CodeRegistrationNumberInvalid): "関東財務局長（電代）第12号",
		},
	})
	codes := exportedCodes(t)
	if len(codes) < 30 {
		t.Fatalf("found only %d exported codes: %v", len(codes), codes)
	}
	msgtest.Has(t, messages, codes...)
	// The labels are in the table too.
	for _, s := range Statuses() {
		if l := s.Label(); l.JA == "" || l.EN == "" || strings.Contains(l.EN, ".") {
			t.Errorf("%v has the label %+v", s, l)
		}
	}
	for _, st := range []State{Draft, Submitted} {
		if l := st.Label(); l.JA == "" || l.EN == "" || strings.Contains(l.EN, ".") {
			t.Errorf("%v has the label %+v", st, l)
		}
	}
}

// exportedCodes returns the value of every exported constant of type
// dendai.Code declared in the package's files, so that a code added without a
// message fails TestMessages.
func exportedCodes(t *testing.T) []dendai.Code {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var codes []dendai.Code
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				sel, ok := vs.Type.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Code" {
					continue
				}
				for i, name := range vs.Names {
					if !name.IsExported() {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						t.Fatalf("%s is not a string literal", name.Name)
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					codes = append(codes, dendai.Code(v))
				}
			}
		}
	}
	return codes
}
