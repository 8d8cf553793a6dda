package main

import (
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// option is an option as help describes it.
type option struct {
	flag  string   // the option and its value: "--catalog ID|FILE"
	about i18n.Key // what it does
}

// options lists the options help describes, in its order. The synopsis of
// each command (see commands) tells which options it takes.
func options() []option {
	return []option{
		{"--catalog ID|FILE", keyOptionCatalog},
		{"--lang ja|en", keyOptionLang},
		{"--policy NAME|FILE", keyOptionPolicy},
		{"--mapping ID|FILE", keyOptionMapping},
		{"--to-catalog ID|FILE", keyOptionToCatalog},
		{"--min-score N", keyOptionMinScore},
		{"--require-pass", keyOptionRequirePass},
		{"--allow-different-subjects", keyOptionAllowDifferentSubjects},
		{"--format FORMAT", keyOptionFormat},
		{"--encoding ENC", keyOptionEncoding},
		{"--from-catalog ID|FILE", keyOptionFromCatalog},
		{"--output FILE", keyOptionOutput},
		{"--max-size N", keyOptionMaxSize},
		{"--key FILE", keyOptionKey},
		{"--key-id ID", keyOptionKeyID},
		{"--type TYPE", keyOptionType},
		{"--review REVIEW", keyOptionReview},
		{"--reviewer NAME", keyOptionReviewer},
		{"--organization ORG", keyOptionOrganization},
	}
}

// usageText returns the help in l: the synopsis of every command, what each
// command and each option does, and the exit statuses. The synopsis and the
// names come from commands and options, the same in both languages; only the
// descriptions are translated.
func usageText(l i18n.Lang) string {
	var b strings.Builder
	cmds := commands()
	width := 0
	for _, cmd := range cmds {
		width = max(width, len(cmd.name))
	}
	// text writes the message k after indent, and its further lines under
	// the first.
	text := func(indent string, k i18n.Key, args ...any) {
		s := messages.Sprintf(l, k, args...)
		b.WriteString(indent + strings.ReplaceAll(s, "\n", "\n"+strings.Repeat(" ", len(indent))) + "\n")
	}

	text("", keyUsageIntro)
	b.WriteString("\n")
	text("", keyUsageSynopsis)
	for _, cmd := range cmds {
		lead := "  dendai " + pad(cmd.name, width+1)
		for i, args := range cmd.synopsis {
			if i > 0 {
				lead = strings.Repeat(" ", len(lead))
			}
			b.WriteString(strings.TrimRight(lead+strings.Join(args, " "), " ") + "\n")
		}
		if len(cmd.synopsis) == 0 {
			b.WriteString(strings.TrimRight(lead, " ") + "\n")
		}
	}

	b.WriteString("\n")
	text("", keyUsageCommands)
	for _, cmd := range cmds {
		text("  "+pad(cmd.name, width+2), cmd.about)
	}

	b.WriteString("\n")
	text("", keyUsageOptions)
	opts := options()
	width = 0
	for _, o := range opts {
		width = max(width, len(o.flag))
	}
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
	b.WriteString("\n")
	text("", keyUsageConventions)

	b.WriteString("\n")
	text("", keyUsageExit)
	return b.String()
}

// pad appends spaces to s up to n bytes; names and options are ASCII.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-len(s)))
}
