package assessment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// Projection is an assessment of one catalog projected onto another: what
// Project returns.
type Projection struct {
	// Assessment is the projected assessment, a draft of the target catalog
	// with one response per target criterion, in the catalog's order.
	Assessment *Assessment
	// Open lists the target criteria still to answer, in the target
	// catalog's order: those the mapping does not map (or maps with the
	// relationship none), and those whose sources do not answer them (see
	// Project). Their responses are not_assessed.
	Open []criteria.ID
}

// Project answers the criteria of target from an assessment of another
// catalog, through a mapping from that catalog to target, so that an EPISP
// that has assessed itself once can report to a bank whose criteria differ.
//
// The mapping's source must be the catalog a names (its ID and version) and
// its target must be target; otherwise Project returns a *dendai.Error whose
// problems are coded CodeMappingSource or CodeMappingTarget. Project does not
// validate a: check it first against its catalog with Validate.
//
// The projected assessment is a draft of target, with the subject, assessor
// and date of a, and one response per criterion of target, in its order. A
// target criterion is answered from the sources of its mapping entry, each
// source by a's response to it (the first, if a answers it twice; a missing
// response, or a status that is not valid, counts as not_assessed), by this
// conservative rule:
//
//   - No entry, or an entry whose relationship is none: the criterion is not
//     answered (not_assessed, with no DerivedFrom) and is listed in Open.
//   - A source not yet answered (not_assessed) leaves the criterion
//     unanswered: not_assessed, listed in Open. One unknown among the sources
//     could be the worst of them.
//   - Every source not_applicable: the criterion is not_applicable when the
//     sources are equivalent or a superset (they ask at least what it asks),
//     and unanswered otherwise (subset, intersects), since the part of the
//     criterion the sources do not ask about may still apply.
//   - Otherwise the criterion takes the worst status of the sources that
//     apply, not_applicable ones left aside, worst meaning non_compliant
//     before partially_compliant before compliant; and when the relationship
//     is subset or intersects (the sources ask less than the criterion, or
//     something else), partially_compliant at best.
//
// Every response whose entry has a relationship other than none records its
// provenance in DerivedFrom: each source, the relationship and the source's
// status, including the unanswered ones (so that the response of an open
// criterion says which sources to answer). A derived answer carries over the
// sources' evidence (without duplicates, at most 100 items) and comments,
// each comment prefixed with its source's ID. A derived not_applicable gets
// the sources' justifications, a derived partially_compliant or
// non_compliant the sources' remediation plans (their actions prefixed with
// the source's ID, the owners listed, the earliest due date); where the
// sources have no plan, or the relationship is subset or intersects, the
// plan also says, in Japanese and English, what is left to assess, due on
// the assessment's date. Texts are cut (ending in "…") to the lengths
// Validate allows. The projection of a valid assessment therefore validates
// against target as a draft and scores like any other.
func Project(a *Assessment, m *criteria.Mapping, target *criteria.Catalog) (*Projection, error) {
	if err := missing(m == nil, target == nil); err != nil {
		return nil, err
	}
	if a == nil {
		a = &Assessment{}
	}
	var ps dendai.Problems
	if id, v := m.Source(); id != a.Catalog || v != a.CatalogVersion {
		ps = append(ps, dendai.Problem{Path: "/catalog", Code: CodeMappingSource,
			Message: text(CodeMappingSource, string(id), v, string(a.Catalog), a.CatalogVersion)})
	}
	if id, v := m.Target(); id != target.ID() || v != target.Version() {
		ps = append(ps, dendai.Problem{Code: CodeMappingTarget,
			Message: text(CodeMappingTarget, string(id), v, string(target.ID()), target.Version())})
	}
	if len(ps) > 0 {
		return nil, ps.Err()
	}
	answers := answersOf(a)
	out := header(a, target)
	p := &Projection{Assessment: out}
	for _, cr := range target.All() {
		r := Response{Criterion: cr.ID()}
		if e, ok := m.For(cr.ID()); ok {
			r = derive(cr.ID(), e.Relationship, e.Sources, answers, a.AssessedOn)
		}
		if r.Status == NotAssessed {
			p.Open = append(p.Open, cr.ID())
		}
		out.Responses = append(out.Responses, r)
	}
	return p, nil
}

// header returns a draft of cat with the subject, assessor and date of a, and
// room for a response to each criterion.
func header(a *Assessment, cat *criteria.Catalog) *Assessment {
	return &Assessment{
		Catalog:        cat.ID(),
		CatalogVersion: cat.Version(),
		State:          Draft,
		AssessedOn:     a.AssessedOn,
		Subject:        a.Subject,
		Assessor:       a.Assessor,
		Responses:      make([]Response, 0, cat.Len()),
	}
}

// answersOf indexes the responses of a by criterion; the first response to a
// criterion counts.
func answersOf(a *Assessment) map[criteria.ID]*Response {
	answers := make(map[criteria.ID]*Response, len(a.Responses))
	for i := range a.Responses {
		r := &a.Responses[i]
		if _, dup := answers[r.Criterion]; !dup {
			answers[r.Criterion] = r
		}
	}
	return answers
}

// statusOf returns the status of a response to a source: not_assessed when
// there is none or its status is not valid.
func statusOf(r *Response) Status {
	if r == nil || !r.Status.IsValid() {
		return NotAssessed
	}
	return r.Status
}

// rank orders the statuses of criteria that apply, worst first.
func rank(s Status) int {
	switch s {
	case NonCompliant:
		return 0
	case PartiallyCompliant:
		return 1
	}
	return 2
}

// partial reports whether a relationship leaves part of the target to
// assess: the sources ask less than the target, or something else.
func partial(rel criteria.Relationship) bool {
	return rel == criteria.Subset || rel == criteria.Intersects
}

// derive answers the criterion id from its sources, related to it by rel, by
// the rule Project documents. on is the assessment's date, the due date of a
// plan derive has to write.
func derive(id criteria.ID, rel criteria.Relationship, sources []criteria.ID, answers map[criteria.ID]*Response, on Date) Response {
	r := Response{Criterion: id}
	if rel == criteria.NoRelationship || !rel.IsValid() || len(sources) == 0 {
		return r
	}
	r.DerivedFrom = make([]Derivation, len(sources))
	unanswered, applicable := false, false
	worst := Compliant
	for i, s := range sources {
		st := statusOf(answers[s])
		r.DerivedFrom[i] = Derivation{Criterion: s, Relationship: rel, Status: st}
		switch st {
		case NotAssessed:
			unanswered = true
		case NotApplicable:
		default:
			applicable = true
			if rank(st) < rank(worst) {
				worst = st
			}
		}
	}
	switch {
	case unanswered:
		return r
	case !applicable && partial(rel):
		return r
	case !applicable:
		r.Status = NotApplicable
	case partial(rel) && worst == Compliant:
		r.Status = PartiallyCompliant
	default:
		r.Status = worst
	}

	var comments, justifications, actions, owners []string
	var due Date
	for _, s := range sources {
		src := answers[s]
		for _, e := range src.Evidence {
			if !slices.Contains(r.Evidence, e) && len(r.Evidence) < maxEvidence {
				r.Evidence = append(r.Evidence, e)
			}
		}
		if c := strings.TrimSpace(src.Comment); c != "" {
			comments = append(comments, string(s)+": "+c)
		}
		if j := strings.TrimSpace(src.Justification); j != "" && src.Status == NotApplicable {
			justifications = append(justifications, string(s)+": "+j)
		}
		if rem := src.Remediation; rem != nil {
			if act := strings.TrimSpace(rem.Action); act != "" {
				actions = append(actions, string(s)+": "+act)
			}
			if o := strings.TrimSpace(rem.Owner); o != "" && !slices.Contains(owners, o) {
				owners = append(owners, o)
			}
			if rem.Due.IsValid() && (!due.IsValid() || rem.Due.Before(due)) {
				due = rem.Due
			}
		}
	}
	r.Comment = clip(strings.Join(comments, "\n"), maxText)
	switch r.Status {
	case NotApplicable:
		if len(justifications) == 0 {
			justifications = []string{bilingual(keyDerivedNotApplicable, joinIDs(sources))}
		}
		r.Justification = clip(strings.Join(justifications, "\n"), maxText)
	case PartiallyCompliant, NonCompliant:
		switch {
		case partial(rel):
			actions = append(actions, bilingual(keyDerivedPartial, joinIDs(sources)))
		case len(actions) == 0:
			actions = append(actions, bilingual(keyDerivedNoPlan, joinIDs(sources)))
		}
		if !due.IsValid() || due.Before(on) {
			due = on
		}
		r.Remediation = &Remediation{
			Action: clip(strings.Join(actions, "\n"), maxText),
			Owner:  clip(strings.Join(owners, ", "), maxOwner),
			Due:    due,
		}
	}
	return r
}

// The limits of the field rules of Response and Remediation, which a derived
// response keeps to.
const (
	maxEvidence = 100
	maxText     = 4000 // justification, comment, action
	maxOwner    = 200
)

// clip cuts s to at most n characters, ending it with "…" when it is cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n - 1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// bilingual returns the message k in Japanese, then in English, in one text:
// what a derived plan or justification says, since an assessment's texts are
// in no language in particular.
func bilingual(k i18n.Key, args ...any) string {
	t := messages.Text(k, args...)
	return t.JA + "\n" + t.EN
}

func joinIDs(ids []criteria.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}
