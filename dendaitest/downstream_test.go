package dendaitest_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestDownstreamModule builds and tests internal/downstream, a module of its
// own that uses dendai as a bank's team would: through the public API only,
// with dendaitest and cmp.Diff without options.
func TestDownstreamModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds another module")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	dir, err := filepath.Abs(filepath.Join("..", "internal", "downstream"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gobin, "test", "-count=1", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test in %s: %v\n%s", dir, err, out)
	}
	t.Logf("%s", out)
}
