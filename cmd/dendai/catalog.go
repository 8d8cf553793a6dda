package main

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"syscall"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/dsse"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
)

func builtinList() string {
	var ids []string
	for _, id := range criteria.BuiltinIDs() {
		ids = append(ids, string(id))
	}
	return strings.Join(ids, ", ")
}

func runCatalog(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", string(criteria.ChecklistID))
	fs.lang()
	format := fs.add("format", "text", "text", "json", "md")
	fs.add("output", "")
	fs.maxSize()
	if _, status, ok := c.parseArgs(&fs, args, 0, nil); !ok {
		return status
	}
	cat, status := c.loadCatalog(catalogFlag.value)
	if cat == nil {
		return status
	}
	var out []byte
	switch format.value {
	case "json":
		var err error
		if out, err = cat.AppendJSON(nil); err != nil {
			return c.fail(exitProblems, keyFileUnreadable, "-", err.Error())
		}
	case "md":
		out = []byte(renderCatalogMarkdown(cat, c.lang))
	default:
		out = []byte(renderCatalogText(cat, c.lang))
	}
	c.stdout.Write(out)
	return exitOK
}

// loadCatalog returns the built-in catalog named ref (the newest version of
// ID, or the version ID@VERSION names), or reads the catalog file at ref. On
// failure it reports why and returns the exit status.
func (c *cli) loadCatalog(ref string) (*criteria.Catalog, int) {
	if cat, ok := criteria.Builtin(criteria.ID(ref)); ok {
		return cat, exitOK
	}
	id, version, versioned := strings.Cut(ref, "@")
	_, builtin := criteria.Builtin(criteria.ID(id))
	if versioned && builtin {
		if cat, ok := criteria.BuiltinVersion(criteria.ID(id), version); ok {
			return cat, exitOK
		}
	}
	data, status := c.readInput(ref, func() int {
		if versioned && builtin {
			return c.usageError(keyUnknownVersion, id, version, strings.Join(criteria.BuiltinVersions(criteria.ID(id)), ", "))
		}
		return c.usageError(keyUnknownCatalog, ref, builtinList())
	})
	if data == nil {
		return nil, status
	}
	cat, err := criteria.Parse(data, &criteria.Options{MaxSize: c.maxSize})
	if err != nil {
		return nil, c.reportCatalogError(ref, err)
	}
	return cat, exitOK
}

func (c *cli) reportCatalogError(name string, err error) int {
	var ce *dendai.Error
	if !errors.As(err, &ce) {
		return c.fail(exitUsage, keyFileUnreadable, name, err.Error())
	}
	io.WriteString(c.stderr, name+": "+c.sprintf(countKey(keyCatalogProblems, len(ce.Problems)), len(ce.Problems))+"\n")
	for _, p := range ce.Problems {
		io.WriteString(c.stderr, name+": "+p.Describe(c.lang)+"\n")
	}
	return exitProblems
}

// readInput reads a file, or standard input for "-". A missing file is reported
// by notFound; other failures as an unreadable file. It returns nil data and the
// exit status on failure.
//
// It reads at most the input limit (see inputLimit) and one byte more: an
// input past it is refused here, as too large, before the rest of it is read,
// so that memory stays bounded by the limit whatever the file's size, and a
// document cut short never goes further.
func (c *cli) readInput(name string, notFound func() int) ([]byte, int) {
	var data []byte
	var err error
	limit := c.inputLimit()
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(c.stdin, int64(limit)+1))
	} else {
		data, err = c.readFile(name, int64(limit)+1)
	}
	switch {
	case err == nil && len(data) > limit:
		key := keyInputOverLimit
		if c.maxSize > 0 {
			key = keyInputOverMaxSize
		}
		io.WriteString(c.stderr, c.sprintf(key, name, limit)+"\n")
		return nil, exitProblems
	case err == nil:
		if data == nil {
			data = []byte{}
		}
		return data, exitOK
	case errors.Is(err, fs.ErrNotExist):
		if notFound != nil {
			return nil, notFound()
		}
		return nil, c.fail(exitUsage, keyFileNotFound, name)
	case errors.Is(err, fs.ErrPermission):
		return nil, c.fail(exitUsage, keyFilePermission, name)
	case errors.Is(err, syscall.EISDIR) || c.isDir(name):
		return nil, c.fail(exitUsage, keyIsDirectory, name)
	}
	// The operating system's text is English: it gets a line of its own, not
	// a place inside a Japanese sentence.
	io.WriteString(c.stderr, "dendai: "+c.sprintf(keyFileUnreadableOS, name)+"\n")
	io.WriteString(c.stderr, "dendai: "+err.Error()+"\n")
	return nil, exitUsage
}

// inputLimit is the most the command reads of one input: --max-size when it
// is given, else the largest document any command reads, a signed envelope
// (dsse.MaxEnvelopeSize); each document's own limit, often smaller, is then
// applied by its loader.
func (c *cli) inputLimit() int {
	if c.maxSize > 0 {
		return c.maxSize
	}
	return dsse.MaxEnvelopeSize
}

// isDir reports whether name is a directory, when the environment can tell.
func (c *cli) isDir(name string) bool {
	if c.stat == nil {
		return false
	}
	fi, err := c.stat(name)
	return err == nil && fi.IsDir()
}

// renderCatalogText renders cat as text for a terminal: every text from the
// catalog passes through i18n.Printable, as report's texts do.
func renderCatalogText(cat *criteria.Catalog, l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(i18n.Printable(cat.Title().In(l)) + "\n")
	field := func(k i18n.Key, v string) {
		if v != "" {
			b.WriteString(messages.Sprintf(l, k) + ": " + i18n.Printable(v) + "\n")
		}
	}
	field(keyLabelCatalogID, string(cat.ID()))
	field(keyLabelVersion, cat.Version())
	field(keyLabelPublisher, cat.Publisher().In(l))
	field(keyLabelLegalBasis, cat.LegalBasis().In(l))
	field(keyLabelSource, cat.Source().In(l))
	b.WriteString(messages.Sprintf(l, labelCountsKey(cat.Len(), cat.NumGroups()), cat.Len(), cat.NumGroups()) + "\n")
	width := 0
	for _, cr := range cat.All() {
		width = max(width, len(cr.ID()))
	}
	for g := range cat.AllGroups() {
		indent := strings.Repeat("  ", g.Depth())
		if g.Depth() == 0 {
			b.WriteString("\n")
		}
		b.WriteString(indent + i18n.Printable(g.Title().In(l)) + "\n")
		for cr := range g.Criteria() {
			pad := strings.Repeat(" ", width-len(cr.ID()))
			line := indent + "  " + string(cr.ID()) + pad + "  " + i18n.Printable(cr.Text().In(l))
			if std := cr.Standard(); len(std) > 0 {
				line += "  [" + joinIDs(std) + "]"
			}
			b.WriteString(line + "\n")
			if note := cr.Note().In(l); note != "" {
				b.WriteString(indent + "  " + strings.Repeat(" ", width+2) + messages.Sprintf(l, keyLabelNote) + ": " + i18n.Printable(note) + "\n")
			}
		}
	}
	return b.String()
}

func renderCatalogMarkdown(cat *criteria.Catalog, l i18n.Lang) string {
	var b strings.Builder
	b.WriteString("# " + mdEscape(cat.Title().In(l)) + "\n\n")
	b.WriteString("| | |\n|---|---|\n")
	row := func(k i18n.Key, v string) {
		if v != "" {
			b.WriteString("| " + messages.Sprintf(l, k) + " | " + v + " |\n")
		}
	}
	row(keyLabelCatalogID, "`"+string(cat.ID())+"`")
	row(keyLabelVersion, mdEscape(cat.Version()))
	row(keyLabelPublisher, mdEscape(cat.Publisher().In(l)))
	row(keyLabelLegalBasis, mdEscape(cat.LegalBasis().In(l)))
	row(keyLabelSource, mdEscape(cat.Source().In(l)))
	b.WriteString("\n" + messages.Sprintf(l, labelCountsKey(cat.Len(), cat.NumGroups()), cat.Len(), cat.NumGroups()) + "\n")
	hasStandard := false
	for _, cr := range cat.All() {
		hasStandard = hasStandard || len(cr.Standard()) > 0
	}
	for g := range cat.AllGroups() {
		b.WriteString("\n" + strings.Repeat("#", min(g.Depth()+2, 6)) + " " + mdEscape(g.Title().In(l)) + " `" + string(g.ID()) + "`\n")
		first := true
		for cr := range g.Criteria() {
			if first {
				b.WriteString("\n| " + messages.Sprintf(l, keyLabelID) + " | " + messages.Sprintf(l, keyLabelCriterion) + " |")
				sep := "\n|---|---|"
				if hasStandard {
					b.WriteString(" " + messages.Sprintf(l, keyLabelStandard) + " |")
					sep += "---|"
				}
				b.WriteString(sep + "\n")
				first = false
			}
			text := mdEscape(cr.Text().In(l))
			if note := cr.Note().In(l); note != "" {
				text += "<br>*" + messages.Sprintf(l, keyLabelNote) + ": " + mdEscape(note) + "*"
			}
			b.WriteString("| " + string(cr.ID()) + " | " + text + " |")
			if hasStandard {
				b.WriteString(" " + joinIDs(cr.Standard()) + " |")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func joinIDs(ids []criteria.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

// mdEscape keeps text from being read as Markdown syntax or breaking a table,
// by the rule of dendai's Markdown outputs.
func mdEscape(s string) string { return report.MarkdownText(s) }
