package dendai_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeCommand is a command line of a README's code block, with the output
// the README shows for it.
type readmeCommand struct {
	line int      // of the command in the README
	args []string // after the program's name
	to   string   // the file standard output is redirected to, or ""
	want []string // the lines shown; a line "…" stands for any lines
}

// readmeCommands returns the commands "$ go run ./cmd/dendai …" and
// "$ dendai …" of the code blocks of the Markdown document data.
func readmeCommands(t *testing.T, name string, data []byte) []readmeCommand {
	var cmds []readmeCommand
	var cur *readmeCommand
	inBlock := false
	for i, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			inBlock, cur = !inBlock, nil
			continue
		}
		if !inBlock {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "$ "); ok {
			cur = nil
			for _, prog := range []string{"go run ./cmd/dendai ", "dendai "} {
				args, ok := strings.CutPrefix(rest, prog)
				if !ok {
					continue
				}
				c := readmeCommand{line: i + 1}
				fields := strings.Fields(args)
				if n := len(fields); n >= 2 && fields[n-2] == ">" {
					c.to, fields = fields[n-1], fields[:n-2]
				}
				for _, f := range fields {
					if strings.ContainsAny(f, "<>|;&$`'\"*?") {
						t.Errorf("%s:%d: %q needs a shell; keep the README's commands simple", name, i+1, f)
					}
				}
				c.args = fields
				cmds = append(cmds, c)
				cur = &cmds[len(cmds)-1]
				break
			}
			continue
		}
		if cur != nil {
			cur.want = append(cur.want, line)
		}
	}
	return cmds
}

// problemsLine is the first line of the list of a document's problems, whose
// command exits with status 1.
var problemsLine = regexp.MustCompile(`has \d+ problems?$|\d+ problems? found$|\d+件の問題があります$`)

// matchLines reports whether got matches want, in which a line "…" stands for
// any number of lines.
func matchLines(got, want []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	if want[0] == "…" {
		for i := 0; i <= len(got); i++ {
			if matchLines(got[i:], want[1:]) {
				return true
			}
		}
		return false
	}
	return len(got) > 0 && got[0] == want[0] && matchLines(got[1:], want[1:])
}

// TestREADMECommands runs the command lines of README.md and README.ja.md, in
// a directory where examples/ is the repository's, and checks that each
// prints what the README shows (a line "…" elides) and exits with status 1
// when it shows a list of problems, 0 otherwise. A command the README shows
// without output is only checked for its exit status.
func TestREADMECommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs cmd/dendai")
	}
	bin := filepath.Join(t.TempDir(), "dendai")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/dendai").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	examples, err := filepath.Abs("examples")
	if err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !slices.Contains([]string{"LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "TERM"}, k) {
			env = append(env, kv)
		}
	}
	for _, name := range []string{"README.md", "README.ja.md"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			cmds := readmeCommands(t, name, data)
			if len(cmds) < 10 {
				t.Fatalf("found only %d commands", len(cmds))
			}
			dir := t.TempDir() // commands of one README share it: one writes a file the next reads
			if err := os.Symlink(examples, filepath.Join(dir, "examples")); err != nil {
				t.Fatal(err)
			}
			for _, c := range cmds {
				var out bytes.Buffer
				cmd := exec.Command(bin, c.args...)
				cmd.Dir, cmd.Env = dir, env
				cmd.Stdout, cmd.Stderr = &out, &out
				if c.to != "" {
					f, err := os.Create(filepath.Join(dir, c.to))
					if err != nil {
						t.Fatal(err)
					}
					cmd.Stdout = f
					defer f.Close()
				}
				err := cmd.Run()
				code := 0
				if e, ok := errors.AsType[*exec.ExitError](err); ok {
					code = e.ExitCode()
				} else if err != nil {
					t.Fatalf("%s:%d: %v", name, c.line, err)
				}
				wantCode := 0
				if slices.ContainsFunc(c.want, problemsLine.MatchString) {
					wantCode = 1
				}
				if code != wantCode {
					t.Errorf("%s:%d: dendai %s: exit status %d, want %d\n%s", name, c.line, strings.Join(c.args, " "), code, wantCode, out.Bytes())
				}
				if len(c.want) == 0 {
					continue
				}
				got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
				if !matchLines(got, c.want) {
					t.Errorf("%s:%d: dendai %s printed\n%s\nwant\n%s", name, c.line, strings.Join(c.args, " "), out.Bytes(), strings.Join(c.want, "\n"))
				}
			}
		})
	}
}
