package main

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
)

func runTemplate(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", string(criteria.ChecklistID))
	fs.lang()
	format := fs.add("format", "json", "json", "csv", "xlsx")
	encoding := fs.encoding()
	fs.maxSize()
	fs.add("output", "")
	if _, status, ok := c.parseArgs(&fs, args, 0, nil); !ok {
		return status
	}
	cat, status := c.loadCatalog(catalogFlag.value)
	if cat == nil {
		return status
	}
	switch format.value {
	case "csv":
		return c.writeCSV(cat, assessment.Template(cat), encoding.value)
	case "xlsx":
		return c.writeXLSX(cat, assessment.Template(cat))
	}
	out, err := assessment.Encode(assessment.Template(cat))
	if err != nil {
		return c.fail(exitProblems, keyFileUnreadable, "-", err.Error())
	}
	c.stdout.Write(out)
	return exitOK
}

func runValidate(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	fs.lang()
	c.readsCSV(&fs)
	format := fs.add("format", "text", "text", "json")
	fs.maxSize()
	pos, status, ok := c.parseArgs(&fs, args, 1, keyAssessmentFile)
	if !ok {
		return status
	}
	name := pos[0]
	data, status := c.readInput(name, nil)
	if data == nil {
		return status
	}
	doc, status := c.check(catalogFlag.value, data)
	if doc == nil {
		return status
	}
	c.newerNotice(name, doc)
	problems := doc.Problems
	// The digest identifies the content for a review (dendai review init).
	var digest assessment.Digest
	if doc.Assessment != nil {
		digest, _ = assessment.DigestOf(doc.Assessment)
	}
	if format.value == "json" {
		c.writeJSON(json.RawMessage(digestJSON(problems, digest, c.lang)))
	} else {
		c.reportProblems(c.stdout, name, problems)
		// The digest of a valid document only: a review is of one.
		if digest.IsValid() && len(problems) == 0 {
			io.WriteString(c.stdout, name+": "+c.sprintf(keyDigest, digest.String())+"\n")
		}
	}
	if len(problems) > 0 {
		return exitProblems
	}
	return exitOK
}

// validationJSON is the outcome of a validation as `dendai validate --format
// json` prints it: {"valid": …, "problems": […]}, compact.
func validationJSON(ps dendai.Problems, l i18n.Lang) []byte {
	b := []byte(`{"valid":`)
	b = strconv.AppendBool(b, len(ps) == 0)
	b = append(b, `,"problems":`...)
	b = ps.AppendJSON(b, l)
	return append(b, '}')
}

// refuse reports the problems of the document name, which keep it from being
// processed: on stderr, or as validate --format json prints them on stdout
// when asJSON is set. It returns exit status 1.
func (c *cli) refuse(name string, problems dendai.Problems, asJSON bool) int {
	if asJSON {
		// The problems go to the standard output, not to --output's file,
		// which a failed command leaves alone.
		enc := json.NewEncoder(c.console())
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(json.RawMessage(validationJSON(problems, c.lang)))
	} else {
		c.reportProblems(c.stderr, name, problems)
	}
	return exitProblems
}

// reportProblems writes a summary line and one line per problem.
func (c *cli) reportProblems(w io.Writer, name string, problems dendai.Problems) {
	if len(problems) == 0 {
		io.WriteString(w, name+": "+c.sprintf(keyValid)+"\n")
		return
	}
	io.WriteString(w, name+": "+c.sprintf(countKey(keyProblems, len(problems)), len(problems))+"\n")
	for _, p := range problems {
		io.WriteString(w, name+": "+p.Describe(c.lang)+"\n")
	}
}

// check reads and validates an assessment given as JSON or as the CSV
// template, told apart by content, against the catalog --catalog names (flag),
// else the built-in catalog the document names, else the default. The
// document is nil when --catalog cannot be loaded.
func (c *cli) check(flag string, data []byte) (*spreadsheet.Document, int) {
	opts := &spreadsheet.Options{Now: c.now, MaxSize: c.maxSize, Encoding: c.readEncoding()}
	if flag != "" {
		cat, status := c.loadCatalog(flag)
		if cat == nil {
			return nil, status
		}
		opts.Catalog = cat
	}
	return spreadsheet.Check(data, opts), exitOK
}
