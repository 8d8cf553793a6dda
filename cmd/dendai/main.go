package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/dendai-go/dendai/i18n"
)

// Exit statuses, as DESIGN.md fixes them.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

// env is what a command may touch of the outside world; tests fake it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// readFile reads at most limit bytes of the named file.
	readFile func(name string, limit int64) ([]byte, error)
	stat     func(string) (fs.FileInfo, error) // nil: no directory check
	now      func() time.Time
}

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, readFile: readFileLimited, stat: os.Stat, now: time.Now,
	}))
}

// readFileLimited reads at most limit bytes of the named file: a file far
// past every limit is not read whole only to be refused.
func readFileLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// command is one subcommand.
type command struct {
	// name is the command's name; a name of two words, such as "catalog
	// diff", is a subcommand, given as two arguments.
	name string
	run  func(c *cli, args []string) int
	// synopsis lists the options and arguments the command takes, by line of
	// the help's synopsis.
	synopsis [][]string
	// about says what the command does.
	about i18n.Key
}

// commands lists the commands, in the order of the help. It is the one
// place the synopsis is written: the help in both languages and the package
// documentation (doc.go) are made from it.
func commands() []command {
	return []command{
		{"catalog", runCatalog, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json|md]", "[--output FILE]"}, {"[--max-size N]"}}, keyCommandCatalog},
		{"catalog diff", runCatalogDiff, [][]string{{"[--lang ja|en]", "[--format text|json]", "[--max-size N]", "OLD", "NEW"}}, keyCommandCatalogDiff},
		{"template", runTemplate, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format json|csv|xlsx]", "[--encoding utf-8|shift_jis]"}, {"[--max-size N]", "[--output FILE]"}}, keyCommandTemplate},
		{"validate", runValidate, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json]", "[--max-size N]"}, {"[--encoding utf-8|shift_jis]", "FILE|-"}}, keyCommandValidate},
		{"score", runScore, [][]string{
			{"[--catalog ID|FILE]", "[--policy NAME|FILE]", "[--lang ja|en]"},
			{"[--format text|json|md|html|xlsx]", "[--min-score N]", "[--require-pass]", "[--review REVIEW]"},
			{"[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "FILE|-"},
		}, keyCommandScore},
		{"diff", runDiff, [][]string{
			{"[--catalog ID|FILE]", "[--policy NAME|FILE]", "[--lang ja|en]", "[--format text|json]"},
			{"[--allow-different-subjects]", "[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "OLD", "NEW"},
		}, keyCommandDiff},
		{"export", runExport, [][]string{
			{"--to oscal-catalog|oscal-assessment-results|oscal-mapping|csv|xlsx", "[--catalog ID|FILE]"},
			{"[--policy NAME|FILE]", "[--mapping ID|FILE]", "[--to-catalog ID|FILE]", "[--lang ja|en]"},
			{"[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "[FILE|-]"},
		}, keyCommandExport},
		{"policy", runPolicy, [][]string{{"[--policy NAME|FILE]", "[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json|md]"}, {"[--max-size N]", "[--output FILE]"}}, keyCommandPolicy},
		{"project", runProject, [][]string{{"--mapping ID|FILE", "[--to-catalog ID|FILE]", "[--catalog ID|FILE]", "[--lang ja|en]"}, {"[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "FILE|-"}}, keyCommandProject},
		{"migrate", runMigrate, [][]string{{"[--from-catalog ID|FILE]", "--catalog ID|FILE", "[--mapping ID|FILE]", "[--lang ja|en]"}, {"[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "FILE|-"}}, keyCommandMigrate},
		{"sign", runSign, [][]string{{"--key FILE", "[--key-id ID]", "[--type assessment|result|review]", "[--lang ja|en]"}, {"[--output FILE]", "FILE|-"}}, keyCommandSign},
		{"verify", runVerify, [][]string{{"--key FILE", "[--lang ja|en]", "[--output FILE]", "FILE|-"}}, keyCommandVerify},
		{"review init", runReviewInit, [][]string{{"--reviewer NAME", "[--organization ORG]", "[--policy NAME|FILE]", "[--catalog ID|FILE]"}, {"[--lang ja|en]", "[--max-size N]", "[--encoding utf-8|shift_jis]", "[--output FILE]", "FILE|-"}}, keyCommandReviewInit},
		{"review check", runReviewCheck, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json]"}, {"[--max-size N]", "[--encoding utf-8|shift_jis]", "REVIEW", "FILE|-"}}, keyCommandReviewCheck},
		{"review followup", runReviewFollowup, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json]", "[--output FILE]"}, {"[--max-size N]", "[--encoding utf-8|shift_jis]", "PREV-REVIEW", "PREV", "NEW"}}, keyCommandReviewFollowup},
		{"version", runVersion, nil, keyCommandVersion},
		{"help", nil, [][]string{{"[COMMAND]"}}, keyCommandHelp},
	}
}

// cli carries the environment and the language of one invocation.
type cli struct {
	env
	lang i18n.Lang
	// csvEncoding is --encoding of a command that reads assessments (see
	// readsCSV), nil for the others.
	csvEncoding *flagDef
	// output, when --output names a file, holds what the command writes
	// until it succeeds; stdout then writes to it.
	output *output
	// maxSize is the size limit --max-size sets for the catalogs, mappings,
	// policies, assessments and reviews the command reads; 0 means each
	// one's default.
	maxSize int
}

// output is what a command writes for --output FILE, kept until it ends.
type output struct {
	name   string
	buf    bytes.Buffer
	stdout io.Writer // the standard output
}

// redirect makes stdout write to the file --output names, if any, once the
// command succeeds; "-" is the standard output.
func (c *cli) redirect(f *flagDef) {
	if f == nil || !f.set || f.value == "-" || c.output != nil {
		return
	}
	c.output = &output{name: f.value, stdout: c.stdout}
	c.stdout = &c.output.buf
}

// console returns the standard output, even when stdout is redirected.
func (c *cli) console() io.Writer {
	if c.output != nil {
		return c.output.stdout
	}
	return c.stdout
}

// finish writes what the command wrote to the file --output names, created
// or truncated with mode 0644, when it succeeded; nothing is written when it
// failed. It returns the exit status.
func (c *cli) finish(status int) int {
	o := c.output
	if o == nil {
		return status
	}
	c.output, c.stdout = nil, o.stdout
	if status != exitOK {
		return status
	}
	if err := os.WriteFile(o.name, o.buf.Bytes(), 0o644); err != nil {
		return c.fail(exitProblems, keyOutputFailed, o.name, err.Error())
	}
	return status
}

func run(args []string, e env) int {
	c := &cli{env: e, lang: langFor(args, e.getenv)}
	// Options may come before the command: they are given to it, before its
	// own arguments. --help and --version are answered here.
	i := 0
	for i < len(args) && isOption(args[i]) {
		name, _, hasVal := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		switch name {
		case "help", "h":
			c.usage(c.stdout)
			return exitOK
		case "version":
			return runVersion(c, slices.Concat(args[:i], args[i+1:]))
		}
		if !hasVal && !boolFlag(name) {
			i++
		}
		i++
	}
	lead, rest := args[:min(i, len(args))], args[min(i, len(args)):]
	if len(rest) == 0 {
		c.usage(c.stderr)
		return exitUsage
	}
	if rest[0] == "help" {
		var fs flagSet
		fs.lang()
		words, uerr := fs.parse(slices.Concat(lead, rest[1:]))
		if uerr != nil {
			return c.badUsage(uerr)
		}
		if len(words) == 0 {
			c.usage(c.stdout)
			return exitOK
		}
		cmd, n := findCommand(words)
		if cmd == nil {
			return c.unknownCommand(words[0])
		}
		if n < len(words) {
			return c.usageError(keyExtraArgument, words[n])
		}
		return c.commandHelp(cmd.name)
	}
	cmd, n := findCommand(rest)
	if cmd == nil {
		return c.unknownCommand(rest[0])
	}
	cmdArgs := slices.Concat(lead, rest[n:])
	if wantsHelp(cmdArgs) {
		return c.commandHelp(cmd.name)
	}
	return c.finish(cmd.run(c, cmdArgs))
}

// findCommand returns the command args start with and the number of its
// words. The longest name that matches wins: "catalog diff" before "catalog".
func findCommand(args []string) (*command, int) {
	var found *command
	words := 0
	for _, cmd := range commands() {
		name := strings.Fields(cmd.name)
		if len(name) > words && len(args) >= len(name) && slices.Equal(args[:len(name)], name) {
			found, words = &cmd, len(name)
		}
	}
	return found, words
}

// unknownCommand reports the unknown command name, with the command meant if
// it is close to one.
func (c *cli) unknownCommand(name string) int {
	names := []string{"help"}
	for _, cmd := range commands() {
		names = append(names, cmd.name)
	}
	return c.badUsage(&usageErr{keyUnknownCommand, []any{name}, suggest(name, names)})
}

// isOption reports whether the argument a is an option: it starts with a
// dash, and is neither "-" (standard input) nor "--".
func isOption(a string) bool {
	return strings.HasPrefix(a, "-") && a != "-" && a != "--"
}

// boolFlag reports whether the option name takes no value: --help, -h,
// --version, and the options a command's synopsis shows without a value.
func boolFlag(name string) bool {
	switch name {
	case "help", "h", "version":
		return true
	}
	for _, cmd := range commands() {
		for _, line := range cmd.synopsis {
			for _, a := range line {
				if strings.Trim(a, "[]") == "--"+name {
					return true
				}
			}
		}
	}
	return false
}

// langFor picks the language before the flags are parsed, so that even a
// mistake in the flags is reported in the user's language.
func langFor(args []string, getenv func(string) string) i18n.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasVal && i+1 < len(args) {
			val = args[i+1]
		}
		if l, err := i18n.ParseLang(val); err == nil {
			return l
		}
	}
	return i18n.FromLocale(getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"))
}

// sprintf formats the message k of the command's table in the user's language.
func (c *cli) sprintf(k i18n.Key, args ...any) string {
	return messages.Sprintf(c.lang, k, args...)
}

func (c *cli) usage(w io.Writer) {
	io.WriteString(w, usageText(c.lang))
}

// usageError reports wrong usage on stderr and returns exit status 2.
func (c *cli) usageError(k i18n.Key, args ...any) int {
	return c.badUsage(&usageErr{key: k, args: args})
}

// badUsage reports the mistake u on stderr, with what was probably meant, and
// returns exit status 2.
func (c *cli) badUsage(u *usageErr) int {
	io.WriteString(c.stderr, "dendai: "+c.sprintf(u.key, u.args...)+"\n")
	if u.suggest != "" {
		io.WriteString(c.stderr, "dendai: "+c.sprintf(keyDidYouMean, u.suggest)+"\n")
	}
	io.WriteString(c.stderr, "dendai: "+c.sprintf(keyHint)+"\n")
	return exitUsage
}

// fail reports a problem that is not about usage on stderr.
func (c *cli) fail(status int, k i18n.Key, args ...any) int {
	io.WriteString(c.stderr, "dendai: "+c.sprintf(k, args...)+"\n")
	return status
}
