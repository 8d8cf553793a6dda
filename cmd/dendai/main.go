package main

import (
	"io"
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
	readFile       func(string) ([]byte, error)
	now            func() time.Time
}

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, readFile: os.ReadFile, now: time.Now,
	}))
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
		{"catalog", runCatalog, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json|md]"}}, keyCommandCatalog},
		{"catalog diff", runCatalogDiff, [][]string{{"[--lang ja|en]", "[--format text|json]", "OLD", "NEW"}}, keyCommandCatalogDiff},
		{"template", runTemplate, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format json|csv]", "[--encoding utf-8|shift_jis]"}}, keyCommandTemplate},
		{"validate", runValidate, [][]string{{"[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json]", "FILE|-"}}, keyCommandValidate},
		{"score", runScore, [][]string{
			{"[--catalog ID|FILE]", "[--policy NAME|FILE]", "[--lang ja|en]"},
			{"[--format text|json|md|html]", "[--min-score N]", "[--require-pass]", "FILE|-"},
		}, keyCommandScore},
		{"diff", runDiff, [][]string{
			{"[--catalog ID|FILE]", "[--policy NAME|FILE]", "[--lang ja|en]", "[--format text|json]"},
			{"[--allow-different-subjects]", "OLD", "NEW"},
		}, keyCommandDiff},
		{"export", runExport, [][]string{
			{"--to oscal-catalog|oscal-assessment-results|oscal-mapping|csv", "[--catalog ID|FILE]"},
			{"[--policy NAME|FILE]", "[--mapping ID|FILE]", "[--to-catalog ID|FILE]", "[--lang ja|en]"},
			{"[--encoding utf-8|shift_jis]", "[FILE|-]"},
		}, keyCommandExport},
		{"policy", runPolicy, [][]string{{"[--policy NAME|FILE]", "[--catalog ID|FILE]", "[--lang ja|en]", "[--format text|json|md]"}}, keyCommandPolicy},
		{"project", runProject, [][]string{{"--mapping ID|FILE", "[--to-catalog ID|FILE]", "[--catalog ID|FILE]", "[--lang ja|en]", "FILE|-"}}, keyCommandProject},
		{"migrate", runMigrate, [][]string{{"[--from-catalog ID|FILE]", "--catalog ID|FILE", "[--mapping ID|FILE]", "[--lang ja|en]", "FILE|-"}}, keyCommandMigrate},
		{"version", runVersion, nil, keyCommandVersion},
	}
}

// cli carries the environment and the language of one invocation.
type cli struct {
	env
	lang i18n.Lang
}

func run(args []string, e env) int {
	c := &cli{env: e, lang: langFor(args, e.getenv)}
	if len(args) == 0 {
		c.usage(c.stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		c.usage(c.stdout)
		return exitOK
	}
	// The longest name that matches wins: "catalog diff" before "catalog".
	var found *command
	words := 0
	for _, cmd := range commands() {
		name := strings.Fields(cmd.name)
		if len(name) > words && len(args) >= len(name) && slices.Equal(args[:len(name)], name) {
			found, words = &cmd, len(name)
		}
	}
	if found != nil {
		return found.run(c, args[words:])
	}
	return c.usageError(keyUnknownCommand, args[0])
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
	io.WriteString(c.stderr, "dendai: "+c.sprintf(k, args...)+"\n")
	io.WriteString(c.stderr, "dendai: "+c.sprintf(keyHint)+"\n")
	return exitUsage
}

// fail reports a problem that is not about usage on stderr.
func (c *cli) fail(status int, k i18n.Key, args ...any) int {
	io.WriteString(c.stderr, "dendai: "+c.sprintf(k, args...)+"\n")
	return status
}
