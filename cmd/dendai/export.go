package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/oscal"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

func runExport(c *cli, args []string) int {
	var fs flagSet
	to := fs.add("to", "", "oscal-catalog", "oscal-assessment-results", "oscal-mapping", "csv", "xlsx")
	catalogFlag := fs.add("catalog", "")
	policyFlag := fs.add("policy", "")
	mappingFlag := fs.add("mapping", "")
	toCatalogFlag := fs.add("to-catalog", "")
	fs.lang()
	encoding := fs.encoding()
	c.readsCSV(&fs)
	fs.maxSize()
	fs.add("output", "")
	pos, uerr := fs.parse(args)
	if uerr != nil {
		return c.badUsage(uerr)
	}
	c.apply(&fs)
	if !to.set {
		return c.usageError(keyMissingArgument, "--to")
	}
	if to.value == "oscal-mapping" {
		switch {
		case len(pos) > 0:
			return c.usageError(keyExtraArgument, pos[0])
		case !mappingFlag.set:
			return c.usageError(keyMissingArgument, "--mapping")
		}
		m, status := c.loadMapping(mappingFlag.value, catalogFlag, toCatalogFlag)
		if m == nil {
			return status
		}
		out, err := oscal.MappingCollection(m)
		if err != nil {
			return c.exportFailed(mappingFlag.value, err)
		}
		c.stdout.Write(out)
		return exitOK
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
	switch to.value {
	case "csv":
		return c.writeCSV(sc.Policy.Catalog(), sc.Assessment, encoding.value)
	case "xlsx":
		return c.writeXLSX(sc.Policy.Catalog(), sc.Assessment)
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

// builtinMapping is a mapping dendai has built in, under its ID.
type builtinMapping struct {
	id   string
	load func() *criteria.Mapping
}

// builtinMappings lists the built-in mappings, in criteria's order.
func builtinMappings() []builtinMapping {
	var out []builtinMapping
	for _, id := range criteria.BuiltinMappingIDs() {
		out = append(out, builtinMapping{id: string(id), load: func() *criteria.Mapping {
			m, _ := criteria.BuiltinMapping(id)
			return m
		}})
	}
	return out
}

// mappingList returns the IDs of the built-in mappings, for messages.
func mappingList() string {
	var ids []string
	for _, b := range builtinMappings() {
		ids = append(ids, b.id)
	}
	return strings.Join(ids, ", ")
}

// loadMapping returns the built-in mapping named ref, or reads the mapping
// file at ref. A file maps the criteria of two catalogs, which it names: its
// source is read from the --catalog flag if set, else it is the built-in
// catalog the mapping names, and its target likewise from --to-catalog. On
// failure it reports why and returns the exit status.
func (c *cli) loadMapping(ref string, sourceFlag, targetFlag *flagDef) (*criteria.Mapping, int) {
	var data []byte
	// A file is read within --max-size; a built-in mapping's own document,
	// whatever its size, is not the user's to limit.
	opts := &criteria.Options{MaxSize: c.maxSize}
	for _, b := range builtinMappings() {
		if b.id != ref {
			continue
		}
		m := b.load()
		if !sourceFlag.set && !targetFlag.set {
			return m, exitOK
		}
		// Catalogs given for a built-in mapping must be the ones it maps:
		// its document is checked against them as a file's would be.
		data, _ = m.MarshalJSON()
		opts = &criteria.Options{MaxSize: len(data)}
	}
	status := exitOK
	if data == nil {
		data, status = c.readInput(ref, func() int {
			return c.usageError(keyUnknownMapping, ref, mappingList())
		})
	}
	if data == nil {
		return nil, status
	}
	var names struct {
		Source, Target struct {
			Catalog criteria.ID
			Version string
		}
	}
	var source, target *criteria.Catalog
	limit := opts.MaxSize
	if limit == 0 {
		limit = criteria.DefaultMaxSize
	}
	// A document that is not even JSON, or is over the size limit, goes to
	// ParseMapping as it is, which says where it breaks or that it is too
	// large, before any catalog is looked for.
	if len(data) <= limit && json.Unmarshal(data, &names) == nil {
		if source, status = c.mappingCatalog(sourceFlag, names.Source.Catalog, names.Source.Version); source == nil {
			return nil, status
		}
		if target, status = c.mappingCatalog(targetFlag, names.Target.Catalog, names.Target.Version); target == nil {
			return nil, status
		}
	}
	m, err := criteria.ParseMapping(data, source, target, opts)
	if err != nil {
		return nil, c.reportDocumentError(ref, keyMappingProblems, err)
	}
	return m, exitOK
}

// mappingCatalog returns the catalog a mapping file maps from or to: the one
// the flag names, if set, else the built-in catalog id, which the mapping
// names at version. A catalog that is neither is wrong usage: the flag has to
// give it.
func (c *cli) mappingCatalog(flag *flagDef, id criteria.ID, version string) (*criteria.Catalog, int) {
	if flag.set {
		return c.loadCatalog(flag.value)
	}
	if cat, ok := builtinCatalogAt(id, version); ok {
		return cat, exitOK
	}
	return nil, c.usageError(keyMappingCatalog, id, "--"+flag.name)
}

// reportDocumentError reports why the document name could not be read: the
// count of problems (the message k) and each problem of a *dendai.Error, or
// the error.
func (c *cli) reportDocumentError(name string, k i18n.Key, err error) int {
	var e *dendai.Error
	if !errors.As(err, &e) {
		return c.fail(exitUsage, keyFileUnreadable, name, err.Error())
	}
	io.WriteString(c.stderr, name+": "+c.sprintf(countKey(k, len(e.Problems)), len(e.Problems))+"\n")
	for _, p := range e.Problems {
		io.WriteString(c.stderr, name+": "+p.Describe(c.lang)+"\n")
	}
	return exitProblems
}

// builtinCatalogAt returns the built-in catalog id at version, or, when that
// version is not built in, the newest, so that the loader then says which
// version the document names.
func builtinCatalogAt(id criteria.ID, version string) (*criteria.Catalog, bool) {
	if cat, ok := criteria.BuiltinVersion(id, version); ok {
		return cat, true
	}
	return criteria.Builtin(id)
}
