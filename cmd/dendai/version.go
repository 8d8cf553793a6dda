package main

import (
	"io"
	"runtime/debug"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

func runVersion(c *cli, args []string) int {
	var fs flagSet
	fs.add("lang", "", "ja", "en")
	pos, uerr := fs.parse(args)
	if uerr != nil {
		return c.usageError(uerr.key, uerr.args...)
	}
	if len(pos) > 0 {
		return c.usageError(i18n.CLIExtraArgument, pos[0])
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	line := "dendai " + v
	for _, id := range criteria.BuiltinIDs() {
		cat, _ := criteria.Builtin(id)
		line += "  " + string(id) + " " + cat.Version()
	}
	io.WriteString(c.stdout, line+"\n")
	return exitOK
}
