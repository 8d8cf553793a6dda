package main

import (
	"errors"
	"io"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// runProject projects an assessment onto another catalog through a mapping
// and prints the projected draft as JSON; the criteria still to answer are
// listed on stderr.
func runProject(c *cli, args []string) int {
	var fs flagSet
	mappingFlag := fs.add("mapping", "")
	toCatalogFlag := fs.add("to-catalog", "")
	catalogFlag := fs.add("catalog", "")
	fs.lang()
	c.readsCSV(&fs)
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyAssessmentFile)
	if !ok {
		return status
	}
	if !mappingFlag.set {
		return c.usageError(keyMissingArgument, "--mapping")
	}
	name := pos[0]
	a, _, status := c.validAssessment(name, catalogFlag.value, nil)
	if a == nil {
		return status
	}
	m, status := c.loadMapping(mappingFlag.value, catalogFlag, toCatalogFlag)
	if m == nil {
		return status
	}
	target, status := c.mappingTarget(m, toCatalogFlag)
	if target == nil {
		return status
	}
	p, err := assessment.Project(a, m, target)
	if err != nil {
		return c.reportError(mappingFlag.value, err)
	}
	if status := c.writeAssessment(p.Assessment); status != exitOK {
		return status
	}
	if len(p.Open) > 0 {
		io.WriteString(c.stderr, name+": "+c.sprintf(keyProjectOpen, string(target.ID()), target.Version(), len(p.Open))+"\n")
		c.listCriteria(target, p.Open)
	}
	return exitOK
}

// validAssessment reads an assessment, as JSON or CSV, and checks it against
// the catalog the flag names, else the built-in catalog the document names.
// Before the problems are reported, accept (when not nil) may refuse the
// assessment with a usage error, returning its exit status. The assessment
// is nil when it cannot be read or has problems, which are then on stderr,
// save a draft's gaps (see draftGaps), listed on stderr too.
func (c *cli) validAssessment(name, flag string, accept func(a *assessment.Assessment) (int, bool)) (*assessment.Assessment, *criteria.Catalog, int) {
	data, status := c.readInput(name, nil)
	if data == nil {
		return nil, nil, status
	}
	doc, status := c.check(flag, data)
	if doc == nil {
		return nil, nil, status
	}
	if doc.Assessment != nil && accept != nil {
		if status, ok := accept(doc.Assessment); !ok {
			return nil, nil, status
		}
	}
	if !draftGaps(doc.Assessment, doc.Problems) {
		return nil, nil, c.refuse(name, doc.Problems, false)
	}
	if len(doc.Problems) > 0 {
		c.reportProblems(c.stderr, name, doc.Problems)
	}
	return doc.Assessment, doc.Catalog, exitOK
}

// mappingTarget returns the catalog a mapping maps to: the one --to-catalog
// names, if set, else the built-in catalog, at the version, that the
// mapping names.
func (c *cli) mappingTarget(m *criteria.Mapping, flag *flagDef) (*criteria.Catalog, int) {
	if flag.set {
		return c.loadCatalog(flag.value)
	}
	id, version := m.Target()
	if cat, ok := builtinCatalogAt(id, version); ok {
		return cat, exitOK
	}
	return nil, c.usageError(keyMappingCatalog, id, "--"+flag.name)
}

// reportError reports the error of a library call about the document name:
// the problems of a *dendai.Error, listed as validate lists them, or the
// error. It returns exit status 1.
func (c *cli) reportError(name string, err error) int {
	if e, ok := errors.AsType[*dendai.Error](err); ok {
		c.reportProblems(c.stderr, name, e.Problems)
		return exitProblems
	}
	return c.fail(exitProblems, keyExportFailed, err.Error())
}

// writeAssessment prints an assessment as JSON, as Encode writes it.
func (c *cli) writeAssessment(a *assessment.Assessment) int {
	out, err := assessment.Encode(a)
	if err != nil {
		return c.reportError("-", err)
	}
	c.stdout.Write(out)
	return exitOK
}

// listCriteria lists criteria of cat on stderr, one a line, with their text
// in the user's language.
func (c *cli) listCriteria(cat *criteria.Catalog, ids []criteria.ID) {
	width := 0
	for _, id := range ids {
		width = max(width, len(id))
	}
	for _, id := range ids {
		line := "  " + pad(string(id), width+2)
		if cr, ok := cat.Criterion(id); ok {
			line += i18n.Printable(cr.Text().In(c.lang))
		}
		io.WriteString(c.stderr, strings.TrimRight(line, " ")+"\n")
	}
}
