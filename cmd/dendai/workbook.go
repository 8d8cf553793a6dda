package main

import (
	"bytes"
	"errors"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/spreadsheet"
)

// writeXLSX writes an assessment as the Excel workbook, in the chosen
// language: `template --format xlsx` and `export --to xlsx`.
func (c *cli) writeXLSX(cat *criteria.Catalog, a *assessment.Assessment) int {
	var buf bytes.Buffer
	if err := spreadsheet.WriteXLSX(&buf, cat, a, &spreadsheet.XLSXOptions{Lang: c.lang}); err != nil {
		return c.workbookFailed(err)
	}
	c.stdout.Write(buf.Bytes())
	return exitOK
}

// writeResultXLSX writes a result as the result workbook: `score --format
// xlsx`.
func (c *cli) writeResultXLSX(sc *report.Report) int {
	var buf bytes.Buffer
	if err := spreadsheet.WriteResultXLSX(&buf, sc.Policy, sc.Assessment, sc.Result, &spreadsheet.XLSXOptions{Lang: c.lang}); err != nil {
		return c.workbookFailed(err)
	}
	c.stdout.Write(buf.Bytes())
	return exitOK
}

// workbookFailed reports why a workbook could not be written: the problem of
// a *dendai.Error, at its sheet and cell, or the error.
func (c *cli) workbookFailed(err error) int {
	var e *dendai.Error
	if errors.As(err, &e) {
		return c.fail(exitProblems, keyExportFailed, e.Problems[0].Describe(c.lang))
	}
	return c.fail(exitProblems, keyExportFailed, err.Error())
}
