package main

import (
	"io"
	"runtime/debug"

	"github.com/dendai-go/dendai/criteria"
)

func runVersion(c *cli, args []string) int {
	var fs flagSet
	fs.lang()
	if _, status, ok := c.parseArgs(&fs, args, 0, nil); !ok {
		return status
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
