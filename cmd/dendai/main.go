// Command dendai reads the criteria Japanese banks publish for Electronic Payment
// Intermediate Service Providers (EPISPs) and works with the self-assessments made
// against them.
//
// Usage:
//
//	dendai catalog  [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
//	dendai template [--catalog ID|FILE] [--lang ja|en] [--format json|csv] [--encoding utf-8|shift_jis]
//	dendai validate [--catalog ID|FILE] [--lang ja|en] [--format text|json] FILE|-
//	dendai score    [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en]
//	                [--format text|json|md|html] [--min-score N] [--require-pass] FILE|-
//	dendai diff     [--catalog ID|FILE] [--policy NAME|FILE] [--lang ja|en] [--format text|json] OLD NEW
//	dendai export   --to oscal-catalog|oscal-assessment-results|csv [--catalog ID|FILE]
//	                [--policy NAME|FILE] [--lang ja|en] [--encoding utf-8|shift_jis] [FILE|-]
//	dendai policy   [--policy NAME|FILE] [--catalog ID|FILE] [--lang ja|en] [--format text|json|md]
//	dendai version
//
// The language is --lang, else the first of LC_ALL, LC_MESSAGES and LANG that is
// set, else English. Exit status: 0 success; 1 the document has problems; 2 wrong
// usage or an unreadable file.
package main

import (
	"io"
	"os"
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
	name string
	run  func(c *cli, args []string) int
}

func commands() []command {
	return []command{
		{"catalog", runCatalog},
		{"template", runTemplate},
		{"validate", runValidate},
		{"score", runScore},
		{"diff", runDiff},
		{"export", runExport},
		{"policy", runPolicy},
		{"version", runVersion},
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
	for _, cmd := range commands() {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	return c.usageError(i18n.CLIUnknownCommand, args[0])
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

func (c *cli) printf(w io.Writer, k i18n.Key, args ...any) {
	io.WriteString(w, i18n.Sprintf(c.lang, k, args...))
}

func (c *cli) usage(w io.Writer) {
	c.printf(w, i18n.CLIUsage, builtinList())
}

// usageError reports wrong usage on stderr and returns exit status 2.
func (c *cli) usageError(k i18n.Key, args ...any) int {
	io.WriteString(c.stderr, "dendai: "+i18n.Sprintf(c.lang, k, args...)+"\n")
	io.WriteString(c.stderr, "dendai: "+i18n.Sprintf(c.lang, i18n.CLIHint)+"\n")
	return exitUsage
}

// fail reports a problem that is not about usage on stderr.
func (c *cli) fail(status int, k i18n.Key, args ...any) int {
	io.WriteString(c.stderr, "dendai: "+i18n.Sprintf(c.lang, k, args...)+"\n")
	return status
}
