package main

import (
	"io"
	"slices"
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// wantsHelp reports whether the arguments of a command ask for its help:
// --help, -help or -h before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "--help", "-help", "-h":
			return true
		}
	}
	return false
}

// commandHelp prints the help of one command on stdout and returns exit
// status 0.
func (c *cli) commandHelp(name string) int {
	io.WriteString(c.stdout, commandUsage(name, c.lang))
	return exitOK
}

// details returns, by command, the message that says more about it than the
// help of every command does.
func details() map[string]i18n.Key {
	return map[string]i18n.Key{"project": keyProjectDetails, "migrate": keyMigrateDetails}
}

// commandUsage returns the help of the command name in l: its synopsis, what
// it does and the options it takes, from commands and options as the help of
// every command (usageText) has them.
func commandUsage(name string, l i18n.Lang) string {
	i := slices.IndexFunc(commands(), func(cmd command) bool { return cmd.name == name })
	if i < 0 {
		return usageText(l)
	}
	cmd := commands()[i]
	var b strings.Builder
	text := func(indent string, k i18n.Key, args ...any) {
		s := messages.Sprintf(l, k, args...)
		b.WriteString(indent + strings.ReplaceAll(s, "\n", "\n"+strings.Repeat(" ", len(indent))) + "\n")
	}
	text("", keyUsageSynopsis)
	lead := "  dendai " + cmd.name + " "
	var flags []string
	for i, args := range cmd.synopsis {
		if i > 0 {
			lead = strings.Repeat(" ", len(lead))
		}
		b.WriteString(strings.TrimRight(lead+strings.Join(args, " "), " ") + "\n")
		for _, a := range args {
			if f, ok := strings.CutPrefix(strings.Trim(a, "[]"), "--"); ok {
				f, _, _ = strings.Cut(f, " ")
				flags = append(flags, f)
			}
		}
	}
	if len(cmd.synopsis) == 0 {
		b.WriteString(strings.TrimRight(lead, " ") + "\n")
	}
	b.WriteString("\n")
	text("  ", cmd.about)
	if k, ok := details()[cmd.name]; ok {
		b.WriteString("\n")
		text("  ", k)
	}

	var opts []option
	width := 0
	for _, o := range options() {
		f, _, _ := strings.Cut(strings.TrimPrefix(o.flag, "--"), " ")
		if slices.Contains(flags, f) {
			opts = append(opts, o)
			width = max(width, len(o.flag))
		}
	}
	if len(opts) > 0 {
		b.WriteString("\n")
		text("", keyUsageOptions)
		for _, o := range opts {
			var args []any
			switch o.about {
			case keyOptionCatalog:
				args = append(args, builtinList())
			case keyOptionMapping:
				args = append(args, mappingList())
			}
			text("  "+pad(o.flag, width+2), o.about, args...)
		}
	}
	b.WriteString("\n")
	text("", keyUsageExit)
	return b.String()
}
