package main

import (
	"slices"
	"strings"

	"github.com/dendai-go/dendai/i18n"
)

// flagSet is a small parser for GNU-style options (--name value, --name=value;
// one dash works too). It exists, rather than the standard flag package, so that
// every mistake is reported in the user's language.
type flagSet struct {
	flags []*flagDef
}

type flagDef struct {
	name    string
	value   string
	choices []string // empty: any value
	isBool  bool
	set     bool
}

func (fs *flagSet) add(name, def string, choices ...string) *flagDef {
	f := &flagDef{name: name, value: def, choices: choices}
	fs.flags = append(fs.flags, f)
	return f
}

// boolean defines a flag that takes no value.
func (fs *flagSet) boolean(name string) *flagDef {
	f := &flagDef{name: name, isBool: true}
	fs.flags = append(fs.flags, f)
	return f
}

// usageErr is a mistake in the arguments, with its message key.
type usageErr struct {
	key  i18n.Key
	args []any
}

// parse parses args and returns the positional arguments. Options may come
// before or after them; "--" ends the options and "-" is a positional argument
// (standard input).
func (fs *flagSet) parse(args []string) ([]string, *usageErr) {
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		k := slices.IndexFunc(fs.flags, func(f *flagDef) bool { return f.name == name })
		if k < 0 {
			return nil, &usageErr{keyUnknownFlag, []any{a}}
		}
		f := fs.flags[k]
		if f.isBool {
			if hasVal {
				return nil, &usageErr{keyFlagNoValue, []any{"--" + f.name}}
			}
			f.value, f.set = "true", true
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, &usageErr{keyFlagNeedsValue, []any{"--" + f.name}}
			}
			i++
			val = args[i]
		}
		if len(f.choices) > 0 && !slices.Contains(f.choices, val) {
			return nil, &usageErr{keyFlagBadValue, []any{"--" + f.name, val, strings.Join(f.choices, ", ")}}
		}
		f.value, f.set = val, true
	}
	return pos, nil
}

// parseArgs parses args with fs and checks that exactly n positional arguments
// remain; missing names what is missing when there are fewer. On a mistake it
// reports it and returns ok false with the exit status.
func (c *cli) parseArgs(fs *flagSet, args []string, n int, missing any) (pos []string, status int, ok bool) {
	pos, uerr := fs.parse(args)
	switch {
	case uerr != nil:
		return nil, c.usageError(uerr.key, uerr.args...), false
	case len(pos) < n:
		return nil, c.usageError(keyMissingArgument, missing), false
	case len(pos) > n:
		return nil, c.usageError(keyExtraArgument, pos[n]), false
	}
	return pos, exitOK, true
}
