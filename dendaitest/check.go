package dendaitest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
)

// checker gathers the properties that do not hold.
type checker struct {
	what string // "catalog acme-bank 2026.1"
	errs []error
}

func (c *checker) failf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf(c.what+": "+format, args...))
}

func (c *checker) err() error { return errors.Join(c.errs...) }

// text checks that t has both languages, each valid UTF-8 with no control
// characters; optional texts may be empty in both.
func (c *checker) text(where string, t i18n.Text, optional bool) {
	if optional && t.IsZero() {
		return
	}
	for _, l := range [...]struct {
		name, s string
	}{{"Japanese", t.JA}, {"English", t.EN}} {
		switch {
		case strings.TrimSpace(l.s) == "":
			c.failf("%s has no %s text", where, l.name)
		case !utf8.ValidString(l.s):
			c.failf("%s: the %s text is not valid UTF-8", where, l.name)
		case strings.ContainsFunc(l.s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }):
			c.failf("%s: the %s text %q has control characters", where, l.name, l.s)
		}
	}
}

// CheckCatalog checks the properties dendai promises of every catalog, on
// cat. It is meant for teams that keep their own bank's catalog in a
// repository, as fstest.TestFS is for file systems:
//
//   - its ID and version are well formed, and its title is in both
//     languages, as is every group title and criterion text (a note, a
//     publisher, a legal basis or a source may be absent, but never in one
//     language only); no text has control characters or invalid UTF-8;
//   - IDs are unique across groups and criteria, and every lookup agrees with
//     the catalog order: Criterion, Index, At, Group and the groups' spans;
//   - every group holds criteria or subgroups, not both and not neither;
//   - every crosswalk reference (Criterion.Standard) names a requirement of
//     the built-in standard, jpbank-standard, at most once;
//   - encoding round-trips: the catalog's JSON parses back into an equal
//     catalog whose JSON is byte-identical.
//
// It returns nil when every property holds, and otherwise an error joining one
// error per violation.
func CheckCatalog(cat *criteria.Catalog) (err error) {
	if cat == nil {
		return errors.New("dendaitest: CheckCatalog: nil catalog")
	}
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("dendaitest: CheckCatalog: the catalog panics: %v", v)
		}
	}()
	c := &checker{what: fmt.Sprintf("catalog %s %s", cat.ID(), cat.Version())}
	if !cat.ID().IsValid() {
		c.failf("the ID %q is not valid", cat.ID())
	}
	if v := cat.Version(); strings.TrimSpace(v) == "" || strings.ContainsFunc(v, unicode.IsSpace) {
		c.failf("the version %q is not valid", v)
	}
	c.text("the title", cat.Title(), false)
	c.text("the publisher", cat.Publisher(), true)
	c.text("the legal basis", cat.LegalBasis(), true)
	c.text("the source", cat.Source(), true)
	if cat.Len() == 0 {
		c.failf("there are no criteria")
	}

	seen := map[criteria.ID]string{}
	use := func(id criteria.ID, what string) {
		if !id.IsValid() {
			c.failf("%s has the invalid ID %q", what, id)
		}
		if prev, dup := seen[id]; dup {
			c.failf("%s has the ID %q of %s", what, id, prev)
		}
		seen[id] = what
	}
	top := 0
	for g := range cat.Groups() {
		top += g.Len()
	}
	if top != cat.Len() {
		c.failf("the top-level groups hold %d criteria, but the catalog has %d", top, cat.Len())
	}
	for g := range cat.AllGroups() {
		what := "group " + string(g.ID())
		use(g.ID(), what)
		c.text(what+"'s title", g.Title(), false)
		subgroups, direct := count(g.Groups()), count(g.Criteria())
		switch {
		case subgroups == 0 && direct == 0:
			c.failf("%s has neither criteria nor subgroups", what)
		case subgroups > 0 && direct > 0:
			c.failf("%s has both criteria and subgroups", what)
		}
		if got, ok := cat.Group(g.ID()); !ok || got.ID() != g.ID() {
			c.failf("Group(%q) does not find it", g.ID())
		}
		first, end := g.Span()
		if first < 0 || end > cat.Len() || end-first != g.Len() {
			c.failf("%s spans criteria %d to %d of %d, with %d criteria", what, first, end, cat.Len(), g.Len())
			continue
		}
		for i := first; i < end; i++ {
			if !within(cat.At(i).Group(), g.ID()) {
				c.failf("criterion %s, in the span of %s, is not under it", cat.At(i).ID(), what)
			}
		}
	}
	for i, cr := range cat.All() {
		id := cr.ID()
		what := "criterion " + string(id)
		use(id, what)
		c.text(what+"'s text", cr.Text(), false)
		c.text(what+"'s note", cr.Note(), true)
		if got, ok := cat.Criterion(id); !ok || got.ID() != id || got.Index() != i {
			c.failf("Criterion(%q) does not find it at index %d", id, i)
		}
		if j, ok := cat.Index(id); !ok || j != i || cat.At(i).ID() != id {
			c.failf("Index(%q) = %d, %v; want %d", id, j, ok, i)
		}
		refs := map[criteria.ID]bool{}
		for _, ref := range cr.Standard() {
			if _, ok := criteria.Standard().Criterion(ref); !ok {
				c.failf("%s implements %q, which is not a requirement of %s", what, ref, criteria.StandardID)
			}
			if refs[ref] {
				c.failf("%s lists %q twice", what, ref)
			}
			refs[ref] = true
		}
	}

	doc, err := cat.MarshalJSON()
	if err != nil {
		c.failf("encoding: %v", err)
		return c.err()
	}
	back, err := criteria.Parse(doc, &criteria.Options{MaxSize: len(doc) + 1})
	if err != nil {
		c.failf("its own encoding does not parse: %v", err)
		return c.err()
	}
	if !back.Equal(cat) {
		c.failf("its encoding parses into a different catalog")
	}
	if again, err := back.MarshalJSON(); err != nil || !bytes.Equal(again, doc) {
		c.failf("encoding, parsing and encoding again changes the document")
	}
	return c.err()
}

// within reports whether g is the group id or lies under it.
func within(g criteria.Group, id criteria.ID) bool {
	for ; g.IsValid(); g = g.Parent() {
		if g.ID() == id {
			return true
		}
	}
	return false
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// CheckPolicy checks the properties dendai promises of every policy, on p,
// with assessments Filled builds for its catalog:
//
//   - its name and version are set and its title is in both languages;
//   - its catalog passes CheckCatalog's lookups (see CheckCatalog; only the
//     policy's own properties are reported here);
//   - weights are not negative and not all zero;
//   - credits do not rise as the status falls: compliant >= partially
//     compliant >= non-compliant, with compliant earning full credit;
//   - a fully compliant assessment scores 100, passes every gate and gets the
//     top rating; a fully non-compliant one scores no more than a partially
//     compliant one;
//   - every gate names a criterion of its catalog or a tier of the policy;
//   - rating bands descend to a last band at 0;
//   - scoring is deterministic: scoring twice, and ScoreTo into a used
//     Result, give equal results;
//   - encoding round-trips: the policy's JSON parses back, for the same
//     catalog, into a policy whose JSON is byte-identical.
//
// It returns nil when every property holds, and otherwise an error joining one
// error per violation.
func CheckPolicy(p *scoring.Policy) (err error) {
	if p == nil {
		return errors.New("dendaitest: CheckPolicy: nil policy")
	}
	// A conformance check reports; it never takes the test binary down, even
	// for a Policy that no constructor made (a zero Policy{}).
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("dendaitest: CheckPolicy: the policy panics: %v", v)
		}
	}()
	cat := p.Catalog()
	c := &checker{what: fmt.Sprintf("policy %s %s", p.Name(), p.Version())}
	if cat == nil {
		c.failf("it has no catalog")
		return c.err()
	}
	if strings.TrimSpace(p.Name()) == "" || strings.TrimSpace(p.Version()) == "" {
		c.failf("the name %q or the version %q is empty", p.Name(), p.Version())
	}
	c.text("the title", p.Title(), false)
	c.text("the description", p.Description(), true)

	var total scoring.Decimal
	for _, cr := range cat.All() {
		w := p.Weight(cr.ID())
		if w < 0 {
			c.failf("criterion %s has the negative weight %v", cr.ID(), w)
		}
		total += w
	}
	if total == 0 {
		c.failf("every weight is zero")
	}
	full, part, non := p.Credit(assessment.Compliant), p.Credit(assessment.PartiallyCompliant), p.Credit(assessment.NonCompliant)
	if full < part || part < non || non < 0 {
		c.failf("credits rise as the status falls: compliant %v, partially compliant %v, non-compliant %v", full, part, non)
	}

	tiers := map[string]bool{}
	for t := range p.Tiers() {
		tiers[t.ID] = true
	}
	for g := range p.Gates() {
		switch {
		case g.Criterion != "":
			if _, ok := cat.Criterion(g.Criterion); !ok {
				c.failf("a gate names %q, which is not a criterion of %s", g.Criterion, cat.ID())
			}
		case g.Tier != "":
			if !tiers[g.Tier] {
				c.failf("a gate names the tier %q, which the policy does not define", g.Tier)
			}
		default:
			c.failf("a gate names neither a criterion nor a tier")
		}
	}
	var bands []scoring.Band
	for b := range p.Bands() {
		if len(bands) > 0 && b.MinScore >= bands[len(bands)-1].MinScore {
			c.failf("the band %q does not come below the band before it", b.Rating)
		}
		if strings.TrimSpace(b.Rating) == "" {
			c.failf("a band has no rating")
		}
		bands = append(bands, b)
	}
	if len(bands) == 0 || bands[len(bands)-1].MinScore != 0 {
		c.failf("the rating bands do not descend to 0")
	}

	compliant := p.Score(Filled(cat, assessment.Compliant))
	switch {
	case compliant.Score != scoring.Percent(1000):
		c.failf("a fully compliant assessment scores %v, not 100", compliant.Score)
	case !compliant.Passed:
		c.failf("a fully compliant assessment fails a gate")
	case len(bands) > 0 && compliant.Rating != bands[0].Rating:
		c.failf("a fully compliant assessment is rated %q, not %q", compliant.Rating, bands[0].Rating)
	}
	partial := p.Score(Filled(cat, assessment.PartiallyCompliant))
	nonCompliant := p.Score(Filled(cat, assessment.NonCompliant))
	if nonCompliant.Score > partial.Score || partial.Score > compliant.Score {
		c.failf("scores rise as the status falls: non-compliant %v, partially compliant %v, compliant %v",
			nonCompliant.Score, partial.Score, compliant.Score)
	}
	again := p.Score(Filled(cat, assessment.PartiallyCompliant))
	if diff := cmp.Diff(partial, again); diff != "" {
		c.failf("scoring twice gives different results (-first +second):\n%s", diff)
	}
	reused := p.Score(Filled(cat, assessment.NonCompliant))
	p.ScoreTo(reused, Filled(cat, assessment.PartiallyCompliant))
	if diff := cmp.Diff(partial, reused); diff != "" {
		c.failf("ScoreTo into a used Result differs from Score (-Score +ScoreTo):\n%s", diff)
	}

	doc, err := p.AppendJSON(nil)
	if err != nil {
		c.failf("encoding: %v", err)
		return c.err()
	}
	back, err := scoring.ParsePolicy(doc, cat, nil)
	if err != nil {
		c.failf("its own encoding does not parse: %v", err)
		return c.err()
	}
	if again, err := back.AppendJSON(nil); err != nil || !bytes.Equal(again, doc) {
		c.failf("encoding, parsing and encoding again changes the document")
	}
	return c.err()
}
