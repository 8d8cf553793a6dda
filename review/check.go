package review

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// Options tune decoding and checking. A nil *Options means the defaults.
type Options struct {
	// MaxSize is the largest document accepted, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int
	// Now returns the current time; nil means time.Now. A review dated after
	// today, today being the date in Japan Standard Time at Now, is refused.
	Now func() time.Time
}

func (o *Options) maxSize() int {
	if o == nil || o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// jst is Japan Standard Time, which has no daylight saving time.
var jst = time.FixedZone("JST", 9*60*60)

func (o *Options) today() assessment.Date {
	now := time.Now
	if o != nil && o.Now != nil {
		now = o.Now
	}
	return assessment.DateOf(now().In(jst))
}

// Validate checks a review against the catalog and, when a is not nil,
// against the assessment it reviews, and returns every problem, in document
// order; an empty result means the review holds. It checks:
//
//   - the required values: the digest, catalog and version of the assessment,
//     the policy, the reviewer's name, the date, the decision;
//   - that the decisions are ones the format knows;
//   - that every item is for a criterion of cat, once;
//   - that a query has a question and a due date, and an override a status
//     (not not_assessed) and a reason; and, in a review built in Go, that an
//     item has no question, due date or reason of another kind of decision;
//   - that a conditional approval has conditions, each with a text and a due
//     date, and that no other decision has any;
//   - that an approved review has no open query: approving while a question
//     is unanswered would approve an answer the bank has not seen, so the
//     query must be settled (accepted or overridden), made a condition of a
//     conditional approval, or the review left pending;
//   - that the review names cat and its version, and is not dated after
//     today; that no query or condition is due before the review's date;
//   - with a: that the review is bound to a (its digest is a's), that a is
//     submitted and names the same catalog and version, and that the review is
//     not dated before a.
//
// Problems carry a JSON Pointer into the review but no line and column;
// Check adds them.
func Validate(r *Review, a *assessment.Assessment, cat *criteria.Catalog, opts *Options) dendai.Problems {
	return validate(r, a, cat, opts).Cap(0)
}

func validate(r *Review, a *assessment.Assessment, cat *criteria.Catalog, opts *Options) dendai.Problems {
	if r == nil {
		r = &Review{}
	}
	var ps dendai.Problems
	add := func(path string, id criteria.ID, code dendai.Code, args ...any) {
		ps = append(ps, dendai.Problem{Path: path, Criterion: string(id), Code: code, Message: text(code, args...)})
	}
	required := func(path string, missing bool) {
		if missing {
			add(path, "", CodeRequired, strings.TrimPrefix(path, "/"))
		}
	}
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }

	t := r.Assessment
	required("/assessment/digest", !t.Digest.IsValid())
	required("/assessment/catalog", t.Catalog == "")
	required("/assessment/catalogVersion", blank(t.CatalogVersion))
	required("/policy", blank(r.Policy))
	if !blank(r.Policy) && !criteria.ID(r.Policy).IsValid() {
		add("/policy", "", CodePolicyName, r.Policy)
	}
	required("/reviewer/name", blank(r.Reviewer.Name))
	required("/reviewedOn", !r.ReviewedOn.IsValid())
	switch {
	case r.Decision == "":
		required("/decision", true)
	case !r.Decision.IsValid():
		add("/decision", "", CodeDecisionInvalid, string(r.Decision))
	}
	if cat != nil {
		switch {
		case t.Catalog != "" && t.Catalog != cat.ID(), !blank(t.CatalogVersion) && t.CatalogVersion != cat.Version():
			add("/assessment/catalog", "", CodeCatalogMismatch, string(t.Catalog), t.CatalogVersion, string(cat.ID()), cat.Version())
		}
	}
	if today := opts.today(); r.ReviewedOn.After(today) {
		add("/reviewedOn", "", CodeDateInFuture, r.ReviewedOn.String(), today.String())
	}
	due := func(path string, id criteria.ID, d assessment.Date) {
		if d.IsValid() && r.ReviewedOn.IsValid() && d.Before(r.ReviewedOn) {
			add(path, id, CodeDueBeforeReview, d.String(), r.ReviewedOn.String())
		}
	}

	switch {
	case r.Decision == ConditionallyApproved && len(r.Conditions) == 0:
		add("/conditions", "", CodeConditionsRequired)
	case r.Decision != ConditionallyApproved && r.Decision.IsValid() && len(r.Conditions) > 0:
		add("/conditions", "", CodeConditionsNotAllowed, string(r.Decision))
	}
	for i, c := range r.Conditions {
		at := "/conditions/" + strconv.Itoa(i)
		required(at+"/text", blank(c.Text))
		required(at+"/due", !c.Due.IsValid())
		due(at+"/due", "", c.Due)
	}

	first := map[criteria.ID]int{}
	open := 0
	for i, it := range r.Items {
		at := "/items/" + strconv.Itoa(i)
		id := it.Criterion
		if cat != nil && id != "" {
			if _, ok := cat.Index(id); !ok {
				add(at+"/criterion", id, CodeUnknownCriterion, string(cat.ID()), string(id))
			}
		}
		if j, dup := first[id]; dup && id != "" {
			add(at+"/criterion", id, CodeDuplicateItem, string(id), "/items/"+strconv.Itoa(j))
		} else {
			first[id] = i
		}
		required(at+"/criterion", id == "")
		notAllowed := func(field string, present bool) {
			if present {
				add(at+"/"+field, id, CodeFieldNotAllowed, string(it.Decision), field)
			}
		}
		switch it.Decision {
		case Accepted:
			notAllowed("question", it.Question != "")
			notAllowed("due", it.Due.IsValid())
			notAllowed("reason", it.Reason != "")
		case Query:
			open++
			if blank(it.Question) {
				add(at+"/question", id, CodeQueryIncomplete)
			}
			if !it.Due.IsValid() {
				add(at+"/due", id, CodeQueryIncomplete)
			}
			due(at+"/due", id, it.Due)
			notAllowed("reason", it.Reason != "")
		case Overridden:
			switch {
			case it.Status == assessment.NotAssessed:
				add(at+"/status", id, CodeOverrideIncomplete)
			case !it.Status.IsValid():
				add(at+"/status", id, assessment.CodeStatusInvalid, it.Status.String())
			}
			if blank(it.Reason) {
				add(at+"/reason", id, CodeOverrideIncomplete)
			}
			notAllowed("question", it.Question != "")
			notAllowed("due", it.Due.IsValid())
		case "":
			required(at+"/decision", true)
		default:
			add(at+"/decision", id, CodeVerdictInvalid, string(it.Decision))
		}
	}
	if r.Decision == Approved && open > 0 {
		add("/decision", "", CodeApprovedWithQueries, open)
	}

	if a != nil {
		ps = append(ps, bind(r, a, cat == nil)...)
	}
	slices.SortStableFunc(ps, func(p, q dendai.Problem) int { return comparePointers(p.Path, q.Path) })
	return ps
}

// bind returns the problems of reviewing a with r: another digest, another
// catalog (unless the catalog checked against has been compared already:
// catalog is false), a draft, a review dated before the assessment.
func bind(r *Review, a *assessment.Assessment, catalog bool) dendai.Problems {
	var ps dendai.Problems
	add := func(path string, code dendai.Code, args ...any) {
		ps = append(ps, dendai.Problem{Path: path, Code: code, Message: text(code, args...)})
	}
	d, err := assessment.DigestOf(a)
	if err != nil {
		if e, ok := err.(*dendai.Error); ok {
			return e.Problems
		}
		return dendai.Problems{{Code: assessment.CodeValueInvalid, Message: text(CodeRequired, err.Error())}}
	}
	if t := r.Assessment; t.Digest.IsValid() && t.Digest != d {
		add("/assessment/digest", CodeDigestMismatch, t.Digest.String(), d.String())
	}
	if t := r.Assessment; catalog && t.Catalog != "" && (t.Catalog != a.Catalog || t.CatalogVersion != a.CatalogVersion) {
		add("/assessment/catalog", CodeCatalogMismatch, string(t.Catalog), t.CatalogVersion, string(a.Catalog), a.CatalogVersion)
	}
	if a.State != assessment.Submitted {
		add("/assessment", CodeNotSubmitted)
	}
	if r.ReviewedOn.IsValid() && a.AssessedOn.IsValid() && r.ReviewedOn.Before(a.AssessedOn) {
		add("/reviewedOn", CodeReviewedBeforeAssessed, r.ReviewedOn.String(), a.AssessedOn.String())
	}
	return ps
}

// comparePointers orders JSON Pointers by document position for the members
// a review has: by segment, numbers as numbers, names in the format's order.
func comparePointers(p, q string) int {
	ps, qs := strings.Split(p, "/"), strings.Split(q, "/")
	for i := 0; i < len(ps) && i < len(qs); i++ {
		if ps[i] == qs[i] {
			continue
		}
		m, errM := strconv.Atoi(ps[i])
		n, errN := strconv.Atoi(qs[i])
		if errM == nil && errN == nil {
			return m - n
		}
		return memberRank(ps[i]) - memberRank(qs[i])
	}
	return len(ps) - len(qs)
}

// memberRank is the place of a member name in the format's order.
func memberRank(name string) int {
	order := [...]string{"format", "assessment", "digest", "catalog", "catalogVersion", "policy", "reviewer", "name", "organization",
		"reviewedOn", "decision", "conditions", "text", "due", "items", "criterion", "question", "status", "reason"}
	if i := slices.Index(order[:], name); i >= 0 {
		return i
	}
	return len(order)
}

// Check decodes a dendai.review/v1 document and validates it as Validate does,
// against cat and, when a is not nil, the assessment it reviews, and returns
// every problem, located by JSON Pointer, line and column. The review is nil
// when the document is not well-formed JSON or is over the size limit.
func Check(data []byte, a *assessment.Assessment, cat *criteria.Catalog, opts *Options) (*Review, dendai.Problems) {
	dec := decode(data, opts)
	if dec.r == nil {
		return nil, dec.problems
	}
	ps := dec.problems
	if dec.more > 0 {
		// Past dendai.MaxProblems, the decoding keeps no more items: the
		// list is full anyway.
		return dec.r, ps.Cap(dec.more)
	}
	lines := jsonx.NewLines(dec.src)
	for _, p := range validate(dec.r, a, cat, opts) {
		// A value decoding refused reads as its zero value: not again.
		if slices.ContainsFunc(dec.problems, func(q dendai.Problem) bool { return covers(q.Path, p.Path) || missing(q, p) }) {
			continue
		}
		p.Line, p.Column = lines.Position(dec.offset(p.Path))
		ps = append(ps, p)
	}
	ps.Sort()
	return dec.r, ps.Cap(dec.more)
}

// covers reports whether a problem at path p makes one at q redundant.
func covers(p, q string) bool {
	return p != "" && (q == p || strings.HasPrefix(q, p+"/"))
}

// missing reports whether q, a member missing from an object, makes p, a
// value of that object required, redundant.
func missing(q, p dendai.Problem) bool {
	parent := p.Path[:max(strings.LastIndexByte(p.Path, '/'), 0)]
	return q.Code == dendai.CodeMissingField && p.Code == CodeRequired && q.Path == parent
}
