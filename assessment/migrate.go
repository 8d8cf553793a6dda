package assessment

import (
	"slices"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// Migration is an assessment carried over to another version of its
// catalog: what Migrate returns.
type Migration struct {
	// Assessment is the migrated assessment, of the new version, with one
	// response per criterion of it, in its order.
	Assessment *Assessment
	// Changed lists the criteria of the new version whose answer was
	// carried over from a criterion that changed: its text (in Japanese or
	// English) or its group differs, or the mapping derives it from other
	// criteria. Their answers need review.
	Changed []criteria.ID
	// Added lists the criteria of the new version that nothing answers:
	// they are not_assessed.
	Added []criteria.ID
	// Removed lists the criteria of the old version whose answers were
	// dropped, because no criterion of the new version takes them over, in
	// the old version's order.
	Removed []criteria.ID
}

// Migrate carries an assessment of the catalog from over to the catalog to,
// usually a newer version of it, so that an EPISP does not assess itself
// again when a bank revises its criteria.
//
// The mapping m, from from to to, says which criteria of to take over which
// of from. It may be nil when from and to are versions of one catalog (the
// same ID): a criterion then takes over the criterion of the same ID, as a
// catalog's IDs are stable across its versions. Migrate returns a
// *dendai.Error when a is not of from (its catalog ID and version;
// CodeMigrationCatalog), when m does not map from onto to
// (CodeMappingSource, CodeMappingTarget), or when m is nil and from and to
// are different catalogs (CodeMigrationNoMapping). It does not validate a:
// check it first with Validate against from. Responses to criteria from does
// not have are dropped.
//
// Each criterion of to, in its order, gets a response:
//
//   - taken over, equivalent, from one criterion of from with the same text
//     in both languages and in a group with the same ID: unchanged, the
//     answer is kept as it was (under the new ID, if the ID changed);
//   - taken over, equivalent, from one criterion that changed (its text in
//     Japanese or English, or its group): the answer is kept and flagged
//     NeedsReview (unless it is not_assessed), and the criterion is listed in
//     Changed;
//   - taken over from several criteria, or with another relationship: the
//     answer is derived as Project derives it, with DerivedFrom, flagged
//     NeedsReview (unless not_assessed), and listed in Changed;
//   - taken over from none (or with the relationship none): not_assessed,
//     listed in Added.
//
// The migrated assessment is of to, with the subject, assessor and date of
// a. It is a draft when a criterion changed or was added, or an answer is
// flagged for review (a submitted assessment may not keep one: see
// CodeNeedsReview), and keeps the state of a otherwise. Criteria of from that no criterion of to takes over
// are listed in Removed.
func Migrate(a *Assessment, from, to *criteria.Catalog, m *criteria.Mapping) (*Migration, error) {
	if err := missing(false, from == nil || to == nil); err != nil {
		return nil, err
	}
	if a == nil {
		a = &Assessment{}
	}
	var ps dendai.Problems
	if a.Catalog != from.ID() || a.CatalogVersion != from.Version() {
		ps = append(ps, dendai.Problem{Path: "/catalog", Code: CodeMigrationCatalog,
			Message: text(CodeMigrationCatalog, string(a.Catalog), a.CatalogVersion, string(from.ID()), from.Version())})
	}
	switch {
	case m != nil:
		if id, v := m.Source(); id != from.ID() || v != from.Version() {
			ps = append(ps, dendai.Problem{Code: CodeMappingSource,
				Message: text(CodeMappingSource, string(id), v, string(from.ID()), from.Version())})
		}
		if id, v := m.Target(); id != to.ID() || v != to.Version() {
			ps = append(ps, dendai.Problem{Code: CodeMappingTarget,
				Message: text(CodeMappingTarget, string(id), v, string(to.ID()), to.Version())})
		}
	case from.ID() != to.ID():
		ps = append(ps, dendai.Problem{Code: CodeMigrationNoMapping,
			Message: text(CodeMigrationNoMapping, string(from.ID()), string(to.ID()))})
	}
	if len(ps) > 0 {
		return nil, ps.Err()
	}

	// entry returns the sources of a criterion of to and their relationship.
	entry := func(id criteria.ID) ([]criteria.ID, criteria.Relationship) {
		if m != nil {
			e, ok := m.For(id)
			if !ok {
				return nil, criteria.NoRelationship
			}
			return e.Sources, e.Relationship
		}
		if _, ok := from.Index(id); ok {
			return []criteria.ID{id}, criteria.Equivalent
		}
		return nil, criteria.NoRelationship
	}

	answers := answersOf(a)
	out := header(a, to)
	mg := &Migration{Assessment: out}
	used := make([]bool, from.Len()) // the criteria of from some criterion takes over
	for _, cr := range to.All() {
		sources, rel := entry(cr.ID())
		if rel == criteria.NoRelationship || !rel.IsValid() || len(sources) == 0 {
			mg.Added = append(mg.Added, cr.ID())
			out.Responses = append(out.Responses, Response{Criterion: cr.ID()})
			continue
		}
		for _, s := range sources {
			if i, ok := from.Index(s); ok {
				used[i] = true
			}
		}
		var r Response
		old, known := from.Criterion(sources[0])
		if rel == criteria.Equivalent && len(sources) == 1 && known {
			r = carry(answers[sources[0]], cr.ID())
			if old.Text() == cr.Text() && old.Group().ID() == cr.Group().ID() {
				out.Responses = append(out.Responses, r)
				continue
			}
		} else {
			r = derive(cr.ID(), rel, sources, answers, a.AssessedOn)
		}
		mg.Changed = append(mg.Changed, cr.ID())
		if r.Status != NotAssessed {
			r.NeedsReview = true
		}
		out.Responses = append(out.Responses, r)
	}
	for i, cr := range from.All() {
		if !used[i] {
			mg.Removed = append(mg.Removed, cr.ID())
		}
	}
	flagged := slices.ContainsFunc(out.Responses, func(r Response) bool { return r.NeedsReview })
	if len(mg.Changed) > 0 || len(mg.Added) > 0 || flagged {
		out.State = Draft
	} else {
		out.State = a.State
	}
	return mg, nil
}

// carry returns a copy of the response r, sharing nothing with it, as the
// response to the criterion id; a not_assessed response when r is nil.
func carry(r *Response, id criteria.ID) Response {
	if r == nil {
		return Response{Criterion: id}
	}
	c := *r
	c.Criterion = id
	c.Evidence = slices.Clone(r.Evidence)
	c.DerivedFrom = slices.Clone(r.DerivedFrom)
	if r.Remediation != nil {
		rem := *r.Remediation
		c.Remediation = &rem
	}
	return c
}

// missing returns the error of a call given no mapping or no catalog, coded
// CodeMissingInput, or nil.
func missing(mapping, catalog bool) error {
	var ps dendai.Problems
	if mapping {
		ps = append(ps, dendai.Problem{Code: CodeMissingInput, Message: text(CodeMissingInput, keyInputMapping)})
	}
	if catalog {
		ps = append(ps, dendai.Problem{Code: CodeMissingInput, Message: text(CodeMissingInput, keyInputCatalog)})
	}
	return ps.Err()
}
