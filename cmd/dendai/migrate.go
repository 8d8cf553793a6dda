package main

import (
	"io"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// runMigrate carries an assessment over to another version of its catalog
// and prints the migrated assessment as JSON; what changed, was added or
// was removed is listed on stderr.
func runMigrate(c *cli, args []string) int {
	var fs flagSet
	fromFlag := fs.add("from-catalog", "")
	catalogFlag := fs.add("catalog", "")
	mappingFlag := fs.add("mapping", "")
	fs.lang()
	c.readsCSV(&fs)
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyAssessmentFile)
	if !ok {
		return status
	}
	if !catalogFlag.set {
		return c.usageError(keyMissingArgument, "--catalog")
	}
	name := pos[0]
	// Without --from-catalog, the assessment is of the built-in catalog and
	// version it names; one that is not built in needs the flag.
	a, from, status := c.validAssessment(name, fromFlag.value, func(a *assessment.Assessment) (int, bool) {
		if _, ok := criteria.BuiltinVersion(a.Catalog, a.CatalogVersion); fromFlag.set || ok {
			return exitOK, true
		}
		return c.usageError(keyNoFromCatalog, string(a.Catalog), a.CatalogVersion), false
	})
	if a == nil {
		return status
	}
	to, status := c.loadCatalog(catalogFlag.value)
	if to == nil {
		return status
	}
	// Without --mapping, criteria take over those of the same ID.
	var m *criteria.Mapping
	if mappingFlag.set {
		if m, status = c.loadMapping(mappingFlag.value, fromFlag, catalogFlag); m == nil {
			return status
		}
	}
	mg, err := assessment.Migrate(a, from, to, m)
	if err != nil {
		return c.reportError(name, err)
	}
	if status := c.writeAssessment(mg.Assessment); status != exitOK {
		return status
	}
	say := func(k i18n.Key, args ...any) {
		io.WriteString(c.stderr, name+": "+c.sprintf(k, args...)+"\n")
	}
	say(keyMigrated, string(from.ID()), from.Version(), string(to.ID()), to.Version())
	if len(mg.Changed) > 0 {
		say(keyMigrateChanged, len(mg.Changed))
		c.listCriteria(to, mg.Changed)
	}
	if len(mg.Added) > 0 {
		say(keyMigrateAdded, len(mg.Added))
		c.listCriteria(to, mg.Added)
	}
	if len(mg.Removed) > 0 {
		say(keyMigrateRemoved, len(mg.Removed))
		c.listCriteria(from, mg.Removed)
	}
	return exitOK
}
