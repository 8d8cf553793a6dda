package main

import (
	"io"
	"strings"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/spreadsheet"
)

// catalogDiffFormat is the format name of `dendai catalog diff --format json`.
const catalogDiffFormat = "dendai.catalog-diff/v1"

// runCatalogDiff lists the differences between two catalogs, usually two
// versions of one: each is a built-in ID (its newest version), ID@VERSION for
// a built-in version, or a catalog file. It exits 0 whatever the differences;
// 1 or 2 only when a catalog cannot be loaded.
func runCatalogDiff(c *cli, args []string) int {
	var fs flagSet
	fs.lang()
	format := fs.add("format", "text", "text", "json")
	fs.maxSize()
	pos, status, ok := c.parseArgs(&fs, args, 2, keyTwoCatalogs)
	if !ok {
		return status
	}
	old, status := c.loadCatalog(pos[0])
	if old == nil {
		return status
	}
	new, status := c.loadCatalog(pos[1])
	if new == nil {
		return status
	}
	d := criteria.Diff(old, new)
	if format.value == "json" {
		c.writeJSON(catalogDiffJSON(d, old, new))
	} else {
		io.WriteString(c.stdout, renderCatalogDiffText(d, old, new, c.lang))
	}
	return exitOK
}

// The JSON form of a catalog diff, dendai.catalog-diff/v1; doc.go describes
// it (see TestDoc).
type (
	catalogDiffDoc struct {
		Format  string          `json:"format"`
		Old     diffCatalog     `json:"old"`
		New     diffCatalog     `json:"new"`
		Added   []diffCriterion `json:"added"`
		Removed []diffCriterion `json:"removed"`
		Changed []diffChange    `json:"changed"`
		Moved   []diffMove      `json:"moved"`
	}
	diffCatalog struct {
		Catalog criteria.ID `json:"catalog"`
		Version string      `json:"version"`
		Title   i18n.Text   `json:"title"`
	}
	diffCriterion struct {
		Criterion criteria.ID `json:"criterion"`
		Group     criteria.ID `json:"group"`
		Text      i18n.Text   `json:"text"`
	}
	diffChange struct {
		Criterion criteria.ID   `json:"criterion"`
		Text      *diffText     `json:"text,omitempty"`
		Note      *diffText     `json:"note,omitempty"`
		Standard  *diffStandard `json:"standard,omitempty"`
	}
	// diffText holds the languages that changed only.
	diffText struct {
		JA *oldNew `json:"ja,omitempty"`
		EN *oldNew `json:"en,omitempty"`
	}
	oldNew struct {
		Old string `json:"old"`
		New string `json:"new"`
	}
	diffStandard struct {
		Old []criteria.ID `json:"old"`
		New []criteria.ID `json:"new"`
	}
	diffMove struct {
		Criterion criteria.ID `json:"criterion"`
		From      criteria.ID `json:"from"`
		To        criteria.ID `json:"to"`
	}
)

func catalogDiffJSON(d criteria.CatalogDiff, old, new *criteria.Catalog) catalogDiffDoc {
	doc := catalogDiffDoc{
		Format:  catalogDiffFormat,
		Old:     diffCatalog{old.ID(), old.Version(), old.Title()},
		New:     diffCatalog{new.ID(), new.Version(), new.Title()},
		Added:   diffCriteria(d.Added, new),
		Removed: diffCriteria(d.Removed, old),
		Changed: []diffChange{},
		Moved:   []diffMove{},
	}
	for _, ch := range d.Changed {
		dc := diffChange{Criterion: ch.ID, Text: textDiff(ch.Text), Note: textDiff(ch.Note)}
		if ch.StandardChanged() {
			dc.Standard = &diffStandard{Old: ch.OldStandard, New: ch.NewStandard}
		}
		doc.Changed = append(doc.Changed, dc)
	}
	for _, m := range d.Moved {
		doc.Moved = append(doc.Moved, diffMove{m.ID, m.From, m.To})
	}
	return doc
}

func diffCriteria(ids []criteria.ID, cat *criteria.Catalog) []diffCriterion {
	out := []diffCriterion{}
	for _, id := range ids {
		cr, _ := cat.Criterion(id)
		out = append(out, diffCriterion{id, cr.Group().ID(), cr.Text()})
	}
	return out
}

func textDiff(t criteria.TextChange) *diffText {
	if !t.JA() && !t.EN() {
		return nil
	}
	var d diffText
	if t.JA() {
		d.JA = &oldNew{t.Old.JA, t.New.JA}
	}
	if t.EN() {
		d.EN = &oldNew{t.Old.EN, t.New.EN}
	}
	return &d
}

// renderCatalogDiffText writes the diff for people: the catalogs compared,
// then each kind of change that there is. Labels are in l; a changed text is
// shown in each language that changed, whatever l is.
func renderCatalogDiffText(d criteria.CatalogDiff, old, new *criteria.Catalog, l i18n.Lang) string {
	var b strings.Builder
	p := i18n.Printable
	line := func(indent int, s string) { b.WriteString(strings.Repeat("  ", indent) + s + "\n") }
	label := func(k i18n.Key, args ...any) string { return messages.Sprintf(l, k, args...) }

	to := p(d.NewID.String()) + " " + p(d.NewVersion)
	if d.NewID == d.OldID {
		to = p(d.NewVersion)
	}
	line(0, label(keyDiffHeading, p(d.OldID.String())+" "+p(d.OldVersion)+" → "+to))
	if d.Empty() {
		line(0, label(keyDiffNone))
		return b.String()
	}
	// changes writes the lines of a text change, language by language.
	changes := func(indent int, t criteria.TextChange, ja, en i18n.Key) {
		for _, lang := range []struct {
			changed  bool
			key      i18n.Key
			old, new string
		}{{t.JA(), ja, t.Old.JA, t.New.JA}, {t.EN(), en, t.Old.EN, t.New.EN}} {
			if !lang.changed {
				continue
			}
			line(indent, label(lang.key))
			if lang.old != "" {
				line(indent+1, "- "+p(lang.old))
			}
			if lang.new != "" {
				line(indent+1, "+ "+p(lang.new))
			}
		}
	}
	if !d.Title.IsZero() {
		b.WriteString("\n")
		line(0, label(keyDiffTitle))
		changes(1, d.Title, keyDiffJapanese, keyDiffEnglish)
	}
	listed := func(k i18n.Key, ids []criteria.ID, cat *criteria.Catalog) {
		if len(ids) == 0 {
			return
		}
		b.WriteString("\n")
		line(0, label(k, len(ids)))
		for _, id := range ids {
			cr, _ := cat.Criterion(id)
			line(1, p(id.String())+" ("+p(cr.Group().ID().String())+")  "+p(cr.Text().In(l)))
		}
	}
	listed(keyDiffAdded, d.Added, new)
	listed(keyDiffRemoved, d.Removed, old)
	if len(d.Changed) > 0 {
		b.WriteString("\n")
		line(0, label(keyDiffChanged, len(d.Changed)))
		for _, ch := range d.Changed {
			line(1, p(ch.ID.String()))
			changes(2, ch.Text, keyDiffTextJA, keyDiffTextEN)
			changes(2, ch.Note, keyDiffNoteJA, keyDiffNoteEN)
			if ch.StandardChanged() {
				line(2, label(keyLabelStandard)+": "+standardList(ch.OldStandard, l)+" → "+standardList(ch.NewStandard, l))
			}
		}
	}
	if len(d.Moved) > 0 {
		b.WriteString("\n")
		line(0, label(keyDiffMoved, len(d.Moved)))
		for _, m := range d.Moved {
			line(1, p(m.ID.String())+"  "+p(m.From.String())+" → "+p(m.To.String()))
		}
	}
	return b.String()
}

func standardList(ids []criteria.ID, l i18n.Lang) string {
	if len(ids) == 0 {
		return messages.Sprintf(l, keyDiffNoStandard)
	}
	return i18n.Printable(joinIDs(ids))
}

// newerNotice tells, on stderr, that the built-in catalog an assessment was
// checked against has a newer version. It changes neither the output nor the
// exit status.
func (c *cli) newerNotice(name string, doc *spreadsheet.Document) {
	newest, ok := doc.Newer()
	if !ok {
		return
	}
	io.WriteString(c.stderr, name+": "+c.sprintf(keyNewerVersion, newest.ID(), newest.Version(), doc.Catalog.Version())+"\n")
}
