package spreadsheet

import (
	"os/exec"
	"strings"
	"testing"
)

// TestExcelizeStaysHere: the workbook library is linked by this package and
// not by criteria, assessment or scoring, so that a program that imports
// only those does not link it.
func TestExcelizeStaysHere(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not installed")
	}
	deps := func(pkgs ...string) []string {
		t.Helper()
		out, err := exec.Command(goBin, append([]string{"list", "-deps"}, pkgs...)...).Output()
		if err != nil {
			t.Fatalf("go list -deps %v: %v", pkgs, err)
		}
		return strings.Fields(string(out))
	}
	const excelize = "github.com/xuri/excelize/v2"
	has := func(list []string) bool {
		for _, p := range list {
			if p == excelize || strings.HasPrefix(p, "github.com/xuri/") {
				return true
			}
		}
		return false
	}
	if !has(deps("github.com/dendai-go/dendai/spreadsheet")) {
		t.Fatalf("spreadsheet does not link %s: the check below proves nothing", excelize)
	}
	for _, pkg := range []string{"github.com/dendai-go/dendai/criteria", "github.com/dendai-go/dendai/assessment", "github.com/dendai-go/dendai/scoring", "github.com/dendai-go/dendai"} {
		if has(deps(pkg)) {
			t.Errorf("%s links %s", pkg, excelize)
		}
	}
}
