package main

import (
	"io"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

// runPolicy prints a scoring policy: its credits, tiers, gates and bands, and
// the weight of every criterion with the rationale for it.
func runPolicy(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", string(criteria.ChecklistID))
	policyFlag := fs.add("policy", scoring.UniformName)
	fs.lang()
	format := fs.add("format", "text", "text", "json", "md")
	fs.maxSize()
	fs.add("output", "")
	if _, status, ok := c.parseArgs(&fs, args, 0, nil); !ok {
		return status
	}
	cat, status := c.loadCatalog(catalogFlag.value)
	if cat == nil {
		return status
	}
	p, status := c.loadPolicy(policyFlag.value, cat)
	if p == nil {
		return status
	}
	switch format.value {
	case "json":
		out, err := p.AppendJSON(nil)
		if err != nil {
			return c.fail(exitProblems, keyExportFailed, err.Error())
		}
		c.stdout.Write(out)
	case "md":
		io.WriteString(c.stdout, report.PolicyMarkdown(p, c.lang))
	default:
		io.WriteString(c.stdout, report.PolicyText(p, c.lang))
	}
	return exitOK
}
