package main

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
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
	// valid, when set, accepts or refuses a value instead of choices, which
	// then only name the values in the message.
	valid func(string) bool
	// badValue, when set, is the message for a value valid refuses, instead
	// of keyFlagBadValue: the flag's name and the value are its arguments.
	badValue i18n.Key
	isBool   bool
	set      bool
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

// lang defines --lang, which takes what i18n.ParseLang accepts: a BCP 47 tag
// or a POSIX locale naming Japanese or English.
func (fs *flagSet) lang() *flagDef {
	f := fs.add("lang", "", "ja", "en")
	f.valid = func(s string) bool { _, err := i18n.ParseLang(s); return err == nil }
	return f
}

// encoding defines --encoding, which takes what spreadsheet.ParseEncoding
// accepts.
func (fs *flagSet) encoding() *flagDef {
	f := fs.add("encoding", "utf-8", "utf-8", "shift_jis")
	f.valid = func(s string) bool { _, err := spreadsheet.ParseEncoding(s); return err == nil }
	return f
}

// maxSize defines --max-size, the size limit of the documents the command
// reads: catalogs, mappings, policies, assessments and reviews (see
// parseSize). The parsed value becomes c.maxSize (see cli.apply), which
// every loader passes on.
func (fs *flagSet) maxSize() *flagDef {
	f := fs.add("max-size", "")
	f.valid = func(s string) bool { _, ok := parseSize(s); return ok }
	f.badValue = keyMaxSizeBadValue
	return f
}

// maxSizeLimit is the largest --max-size: 1 GiB, well beyond any real
// document, and a bound on what one input may make the command hold.
const maxSizeLimit = 1 << 30

// parseSize reads a --max-size value: a number of bytes, from 1 to 1 GiB,
// with an optional binary suffix: k, K, KB or KiB for 1,024 bytes, M, MB or
// MiB for 1,048,576, G, GB or GiB for 1,073,741,824.
func parseSize(s string) (int, bool) {
	digits := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	unit := 1
	switch s[len(digits):] {
	case "":
	case "k", "K", "KB", "KiB":
		unit = 1 << 10
	case "M", "MB", "MiB":
		unit = 1 << 20
	case "G", "GB", "GiB":
		unit = 1 << 30
	default:
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > maxSizeLimit/unit {
		return 0, false
	}
	return n * unit, true
}

// usageErr is a mistake in the arguments, with its message key. suggest, when
// not empty, is what the user probably meant.
type usageErr struct {
	key     i18n.Key
	args    []any
	suggest string
}

// parse parses args and returns the positional arguments. Options may come
// before or after them; "--" ends the options and "-" is a positional argument
// (standard input), which may be given once. An option may be given once.
func (fs *flagSet) parse(args []string) ([]string, *usageErr) {
	var pos []string
	stdin := 0
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
			names := []string{"help"}
			for _, f := range fs.flags {
				names = append(names, f.name)
			}
			s := suggest(name, names)
			if s != "" {
				s = "--" + s
			}
			return nil, &usageErr{keyUnknownFlag, []any{a}, s}
		}
		f := fs.flags[k]
		if f.set {
			return nil, &usageErr{key: keyFlagRepeated, args: []any{"--" + f.name}}
		}
		if f.isBool {
			if hasVal {
				return nil, &usageErr{key: keyFlagNoValue, args: []any{"--" + f.name}}
			}
			f.value, f.set = "true", true
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, &usageErr{key: keyFlagNeedsValue, args: []any{"--" + f.name}}
			}
			i++
			val = args[i]
		}
		ok := len(f.choices) == 0 || slices.Contains(f.choices, val)
		if f.valid != nil {
			ok = f.valid(val)
		}
		if !ok && f.badValue != "" {
			return nil, &usageErr{key: f.badValue, args: []any{"--" + f.name, val}}
		}
		if !ok {
			return nil, &usageErr{key: keyFlagBadValue, args: []any{"--" + f.name, val, strings.Join(f.choices, ", ")}}
		}
		if val == "-" && f.name != "output" { // --output - is the standard output
			stdin++
		}
		f.value, f.set = val, true
	}
	for _, p := range pos {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return nil, &usageErr{key: keyStdinTwice}
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
		return nil, c.badUsage(uerr), false
	case len(pos) < n:
		return nil, c.usageError(keyMissingArgument, missing), false
	case len(pos) > n:
		return nil, c.usageError(keyExtraArgument, pos[n]), false
	}
	c.apply(fs)
	return pos, exitOK, true
}

// apply sets what the parsed options of fs change for the whole command:
// --output's file and --max-size's limit.
func (c *cli) apply(fs *flagSet) {
	c.redirect(fs.lookup("output"))
	if f := fs.lookup("max-size"); f != nil && f.set {
		c.maxSize, _ = parseSize(f.value)
	}
}

// lookup returns the flag named name, or nil.
func (fs *flagSet) lookup(name string) *flagDef {
	for _, f := range fs.flags {
		if f.name == name {
			return f
		}
	}
	return nil
}

// suggest returns the name in names closest to s, if it is within an edit
// distance of 2 (and less than s's length, so that "x" suggests nothing), or "".
func suggest(s string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(s, n); d < bestD && d < len([]rune(s)) {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance returns the Levenshtein distance between a and b, by rune.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
