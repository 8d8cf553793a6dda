package main

import (
	"bytes"
	"errors"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/oscal"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

func runExport(c *cli, args []string) int {
	var fs flagSet
	to := fs.add("to", "", "oscal-catalog", "oscal-assessment-results", "csv")
	catalogFlag := fs.add("catalog", "")
	policyFlag := fs.add("policy", "")
	fs.add("lang", "", "ja", "en")
	encoding := fs.add("encoding", "utf-8", "utf-8", "shift_jis")
	pos, uerr := fs.parse(args)
	if uerr != nil {
		return c.usageError(uerr.key, uerr.args...)
	}
	if !to.set {
		return c.usageError(keyMissingArgument, "--to")
	}
	if to.value == "oscal-catalog" {
		if len(pos) > 0 {
			return c.usageError(keyExtraArgument, pos[0])
		}
		ref := catalogFlag.value
		if ref == "" {
			ref = string(criteria.ChecklistID)
		}
		cat, status := c.loadCatalog(ref)
		if cat == nil {
			return status
		}
		var pol *scoring.Policy
		if policyFlag.set {
			if pol, status = c.loadPolicy(policyFlag.value, cat); pol == nil {
				return status
			}
		}
		var out []byte
		var err error
		if pol != nil {
			out, err = oscal.PolicyCatalog(pol)
		} else {
			out, err = oscal.Catalog(cat)
		}
		if err != nil {
			return c.exportFailed(ref, err)
		}
		c.stdout.Write(out)
		return exitOK
	}
	switch {
	case len(pos) == 0:
		return c.usageError(keyMissingArgument, keyAssessmentFile)
	case len(pos) > 1:
		return c.usageError(keyExtraArgument, pos[1])
	}
	policy := policyFlag.value
	if policy == "" {
		policy = scoring.UniformName
	}
	sc, status := c.scored(pos[0], catalogFlag.value, policy, false)
	if sc == nil {
		return status
	}
	if to.value == "csv" {
		return c.writeCSV(sc.Policy.Catalog(), sc.Assessment, encoding.value)
	}
	out, err := oscal.AssessmentResults(sc.Policy, sc.Assessment)
	if err != nil {
		return c.exportFailed(pos[0], err)
	}
	c.stdout.Write(out)
	return exitOK
}

// exportFailed reports why the document name could not be exported: the
// problems of a *dendai.Error, listed as validate lists them, or the error.
func (c *cli) exportFailed(name string, err error) int {
	var e *dendai.Error
	if errors.As(err, &e) {
		c.reportProblems(c.stderr, name, e.Problems)
		return exitProblems
	}
	return c.fail(exitProblems, keyExportFailed, err.Error())
}

// writeCSV writes an assessment as the CSV template, in the chosen language and
// encoding.
func (c *cli) writeCSV(cat *criteria.Catalog, a *assessment.Assessment, encoding string) int {
	enc, err := spreadsheet.ParseEncoding(encoding)
	if err != nil {
		return c.usageError(keyFlagBadValue, "--encoding", encoding, "utf-8, shift_jis")
	}
	var buf bytes.Buffer
	if err := spreadsheet.WriteCSV(&buf, cat, a, &spreadsheet.CSVOptions{Lang: c.lang, Encoding: enc}); err != nil {
		var e *dendai.Error
		if errors.As(err, &e) {
			return c.fail(exitProblems, keyExportFailed, e.Problems[0].Describe(c.lang))
		}
		return c.fail(exitProblems, keyExportFailed, err.Error())
	}
	c.stdout.Write(buf.Bytes())
	return exitOK
}
