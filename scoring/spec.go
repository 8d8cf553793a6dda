package scoring

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
	"github.com/dendai-go/dendai/internal/textrule"
)

// Spec is a policy written in Go: the fields of a dendai.policy/v1 document
// but its format, with the same meaning. [NewPolicy] checks a Spec by the rules
// [ParsePolicy] applies to a document, and [Policy.Spec] gives it back, so that
// a policy goes from a document to a Spec and back unchanged.
//
// A Spec is a plain value: two specs are equal when all their fields are.
type Spec struct {
	// Name identifies the policy, such as "risk-weighted": letters, digits,
	// '-', '_' and '.', starting with a letter or digit, at most 64 characters.
	Name string
	// Version is the policy's version, such as "1.0.0"; it must not be empty.
	Version string
	// Catalog is the ID of the catalog the policy scores.
	Catalog criteria.ID
	// Title names the policy, in both languages.
	Title i18n.Text
	// Description explains the policy; it may be empty, or else has both
	// languages.
	Description i18n.Text
	// Credit is the share of its weight a criterion earns with each status.
	Credit Credits
	// Tiers are named weights that criteria share, heaviest first by
	// convention; at most 100, each ID once.
	Tiers []Tier
	// DefaultWeight is the weight of the criteria Criteria does not list.
	DefaultWeight Decimal
	// Criteria gives criteria a tier or a weight of their own, each criterion
	// at most once.
	Criteria []CriterionSpec
	// Gates are the conditions a result must meet to pass, whatever its score.
	Gates []Gate
	// Bands map scores to ratings, from the highest minimum score down to a
	// band at 0.
	Bands []Band
}

// Credits is the share of its weight a criterion earns with each status, from
// 0 to 1 with at most three decimals. not_applicable has none: it leaves the
// criterion out of the score.
type Credits struct {
	Compliant          Decimal
	PartiallyCompliant Decimal
	NonCompliant       Decimal
	NotAssessed        Decimal
}

// CriterionSpec is how a policy weighs one criterion: through a tier or with a
// weight of its own (exactly one of Tier and Weight is set), and why.
type CriterionSpec struct {
	Criterion criteria.ID
	// Tier is the ID of a tier of the policy, or empty.
	Tier string
	// Weight is the criterion's own weight, from 0 to MaxWeight with at most
	// three decimals, or nil. A weight of 0 leaves the criterion out of the
	// score.
	Weight *Decimal
	// Rationale says why the criterion weighs what it does; it may be empty,
	// or else has both languages.
	Rationale i18n.Text
}

// maxTiers is the most tiers a policy may have; a criterion's tier is kept in
// an int8.
const maxTiers = 100

// NewPolicy returns the policy spec describes for the catalog cat. It checks
// spec by the rules ParsePolicy applies to a document: a spec ParsePolicy would
// refuse in its document form is refused, with a *dendai.Error whose problems
// carry the JSON Pointer of the offending field in that form (such as
// "/criteria/3/weight") and no line. The policy keeps a copy of spec: changing
// spec afterwards does not change it.
func NewPolicy(cat *criteria.Catalog, spec Spec) (*Policy, error) {
	c := checker{cat: cat}
	c.spec(&spec)
	if len(c.problems) > 0 {
		ps := make(dendai.Problems, 0, len(c.problems))
		for _, q := range c.problems {
			ps = append(ps, dendai.Problem{Path: q.path, Code: dendai.Code(q.key), Message: q.message()})
		}
		return nil, ps.Cap(c.dropped).Err()
	}
	return &Policy{catalog: cat, d: build(cat, cloneSpec(spec))}, nil
}

// Spec returns the policy as a Spec, which NewPolicy turns back into an equal
// policy. The Spec is a copy: changing it does not change the policy.
func (p *Policy) Spec() Spec { return cloneSpec(p.d.spec) }

// cloneSpec returns a copy of s that shares no memory with it.
func cloneSpec(s Spec) Spec {
	s.Tiers = slices.Clone(s.Tiers)
	s.Gates = slices.Clone(s.Gates)
	s.Bands = slices.Clone(s.Bands)
	s.Criteria = slices.Clone(s.Criteria)
	for i, c := range s.Criteria {
		if c.Weight != nil {
			w := *c.Weight
			s.Criteria[i].Weight = &w
		}
	}
	return s
}

// specEqual reports whether a and b describe the same policy; a nil slice
// equals an empty one.
func specEqual(a, b *Spec) bool {
	return a.Name == b.Name && a.Version == b.Version && a.Catalog == b.Catalog &&
		a.Title == b.Title && a.Description == b.Description && a.Credit == b.Credit &&
		slices.Equal(a.Tiers, b.Tiers) && a.DefaultWeight == b.DefaultWeight &&
		slices.EqualFunc(a.Criteria, b.Criteria, func(x, y CriterionSpec) bool {
			return x.Criterion == y.Criterion && x.Tier == y.Tier && x.Rationale == y.Rationale &&
				(x.Weight == nil) == (y.Weight == nil) && (x.Weight == nil || *x.Weight == *y.Weight)
		}) &&
		slices.Equal(a.Gates, b.Gates) && slices.Equal(a.Bands, b.Bands)
}

// checker applies the rules of a policy to a Spec, and records each one broken
// as a problem at the JSON Pointer of the value in the document form. The same
// rules serve NewPolicy and ParsePolicy, which decodes a document into a Spec
// first.
//
// Past dendai.MaxProblems a problem is counted, not built: each rule asks
// want before it words its problem, and a pointer is a string only once its
// problem is kept, so that a policy whose every criterion breaks a rule costs
// no memory per problem past the cap.
type checker struct {
	cat *criteria.Catalog
	// locate, when set, returns the offset of the value at p in the document
	// and whether to record a problem there; ParsePolicy uses it to leave out
	// the problems of values its decoding refused already or that the
	// document lacks.
	locate   func(p pointer) (off int, keep bool)
	problems []checkProblem
	dropped  int // problems past dendai.MaxProblems, counted only
	off      int // what locate said of the pointer want was last asked about
}

// checkProblem is a broken rule: where, and the message key with its arguments.
type checkProblem struct {
	path string
	off  int // the offset of the value in the document, for ParsePolicy
	key  i18n.Key
	args []any
	// shared marks the problems whose messages are the document readers'
	// (texts without a language), not this package's.
	shared bool
}

func (q checkProblem) message() i18n.Text {
	if q.shared {
		return jsonx.Problem{Key: q.key, Args: q.args}.Message()
	}
	return messages.Text(q.key, q.args...)
}

// want reports whether a problem at p is to be recorded: one locate leaves
// out is not, and one past dendai.MaxProblems is only counted. A rule words
// its problem, and calls fail, only when want says so.
func (c *checker) want(p pointer) bool {
	c.off = 0
	if c.locate != nil {
		off, keep := c.locate(p)
		if !keep {
			return false
		}
		c.off = off
	}
	if len(c.problems) >= dendai.MaxProblems {
		c.dropped++
		return false
	}
	return true
}

// fail records the problem want has just agreed to at p.
func (c *checker) fail(p pointer, code dendai.Code, args ...any) {
	c.problems = append(c.problems, checkProblem{path: p.String(), off: c.off, key: i18n.Key(code), args: args})
}

// pointer is the JSON Pointer of a value in a policy document, kept in parts
// so that building its string waits until a problem at it is kept: the
// policy's member head (such as "criteria"; empty for the document itself),
// the index of an element when head is a list, and up to two further
// segments, each with its leading '/'.
type pointer struct {
	head        string
	i           int // -1 for none
	field, leaf string
}

// member returns the pointer of a member of the policy, or of one of that
// member's fields, such as "/credit/compliant" as member("credit", "/compliant").
func member(head, field string) pointer { return pointer{head: head, i: -1, field: field} }

// at returns the pointer of an element of the list head, or of one of its
// fields, such as "/tiers/3/id" as at("tiers", 3, "/id").
func at(head string, i int, field string) pointer { return pointer{head: head, i: i, field: field} }

// sub returns the pointer of seg, with its leading '/', inside the value at p.
func (p pointer) sub(seg string) pointer {
	if p.field == "" {
		p.field = seg
	} else {
		p.leaf = seg
	}
	return p
}

func (p pointer) String() string {
	if p.head == "" {
		return ""
	}
	s := "/" + p.head
	if p.i >= 0 {
		s += "/" + strconv.Itoa(p.i)
	}
	return s + p.field + p.leaf
}

// parsePointer returns the pointer of the JSON Pointer s, in the parts the
// checker builds it of, or false when s has more segments than a pointer of
// the checker's holds.
func parsePointer(s string) (pointer, bool) {
	p := pointer{i: -1}
	if s == "" {
		return p, true
	}
	segs := strings.Split(strings.TrimPrefix(s, "/"), "/")
	p.head, segs = segs[0], segs[1:]
	if len(segs) > 0 {
		if i, err := strconv.Atoi(segs[0]); err == nil && i >= 0 && segs[0] == strconv.Itoa(i) {
			p.i, segs = i, segs[1:]
		}
	}
	if len(segs) > 2 {
		return p, false
	}
	for _, seg := range segs {
		p = p.sub("/" + seg)
	}
	return p, true
}

func (c *checker) spec(s *Spec) {
	cat := c.cat
	if !criteria.ID(s.Name).IsValid() && !c.formatChar(member("name", ""), s.Name) && c.want(member("name", "")) {
		c.fail(member("name", ""), CodeInvalidName, s.Name)
	}
	if s.Version == "" && c.want(member("version", "")) {
		c.fail(member("version", ""), CodeInvalidVersion, s.Version)
	}
	if s.Catalog != cat.ID() && c.want(member("catalog", "")) {
		c.fail(member("catalog", ""), CodeCatalogMismatch, string(s.Catalog), string(cat.ID()))
	}
	c.text(member("title", ""), s.Title, true)
	c.text(member("description", ""), s.Description, false)
	c.number(member("credit", "/compliant"), s.Credit.Compliant, unit)
	c.number(member("credit", "/partially_compliant"), s.Credit.PartiallyCompliant, unit)
	c.number(member("credit", "/non_compliant"), s.Credit.NonCompliant, unit)
	c.number(member("credit", "/not_assessed"), s.Credit.NotAssessed, unit)
	c.creditOrder(s.Credit)

	tiers := make(map[string]int, min(len(s.Tiers), maxTiers))
	for i, t := range s.Tiers {
		id := at("tiers", i, "/id")
		if !criteria.ID(t.ID).IsValid() && !c.formatChar(id, t.ID) && c.want(id) {
			c.fail(id, CodeInvalidTierID, t.ID)
		}
		if _, dup := tiers[t.ID]; dup {
			if c.want(id) {
				c.fail(id, CodeDuplicate, t.ID)
			}
		} else {
			tiers[t.ID] = i
		}
		c.number(at("tiers", i, "/weight"), t.Weight, MaxWeight)
		c.text(at("tiers", i, "/title"), t.Title, true)
		if i >= maxTiers && c.want(at("tiers", i, "")) {
			c.fail(at("tiers", i, ""), CodeTooManyTiers, maxTiers)
		}
	}
	knownTier := func(id string) bool {
		i, ok := tiers[id]
		return ok && i < maxTiers
	}

	c.number(member("defaultWeight", ""), s.DefaultWeight, MaxWeight)
	seen := make([]bool, cat.Len())
	listed, weighs := 0, false // criteria listed once; whether any weight is above 0
	for i, e := range s.Criteria {
		crit := at("criteria", i, "/criterion")
		switch idx, ok := cat.Index(e.Criterion); {
		case !ok:
			if !c.formatChar(crit, string(e.Criterion)) && c.want(crit) {
				c.fail(crit, CodeUnknownCriterion, string(cat.ID()), string(e.Criterion))
			}
		case seen[idx]:
			if c.want(crit) {
				c.fail(crit, CodeDuplicate, string(e.Criterion))
			}
		default:
			seen[idx] = true
			listed++
			switch {
			case e.Weight != nil:
				weighs = weighs || *e.Weight > 0
			case knownTier(e.Tier):
				weighs = weighs || s.Tiers[tiers[e.Tier]].Weight > 0
			default:
				weighs = weighs || s.DefaultWeight > 0
			}
		}
		if tier := at("criteria", i, "/tier"); e.Tier != "" && !knownTier(e.Tier) && !c.formatChar(tier, e.Tier) && c.want(tier) {
			c.fail(tier, CodeUnknownTier, e.Tier)
		}
		if e.Weight != nil {
			c.number(at("criteria", i, "/weight"), *e.Weight, MaxWeight)
		}
		if (e.Tier != "") == (e.Weight != nil) && c.want(at("criteria", i, "")) {
			c.fail(at("criteria", i, ""), CodeTierOrWeight)
		}
		c.text(at("criteria", i, "/rationale"), e.Rationale, false)
	}
	if !weighs && (listed == cat.Len() || s.DefaultWeight <= 0) && c.want(member("", "")) {
		c.fail(member("", ""), CodeWeightsZero)
	}

	for i, g := range s.Gates {
		if crit := at("gates", i, "/criterion"); g.Criterion != "" {
			if _, ok := cat.Index(g.Criterion); !ok && !c.formatChar(crit, string(g.Criterion)) && c.want(crit) {
				c.fail(crit, CodeUnknownCriterion, string(cat.ID()), string(g.Criterion))
			}
		}
		if tier := at("gates", i, "/tier"); g.Tier != "" && !knownTier(g.Tier) && !c.formatChar(tier, g.Tier) && c.want(tier) {
			c.fail(tier, CodeUnknownTier, g.Tier)
		}
		switch g.Minimum {
		case assessment.Compliant, assessment.PartiallyCompliant, assessment.NonCompliant:
		default:
			if c.want(at("gates", i, "/minimum")) {
				c.fail(at("gates", i, "/minimum"), CodeGateMinimum, g.Minimum.String())
			}
		}
		if (g.Criterion == "") == (g.Tier == "") && c.want(at("gates", i, "")) {
			c.fail(at("gates", i, ""), CodeGateTarget)
		}
	}

	for i, b := range s.Bands {
		if rating := at("bands", i, "/rating"); (b.Rating == "" || utf8.RuneCountInString(b.Rating) > 16) && c.want(rating) {
			c.fail(rating, CodeRating, b.Rating)
		}
		if score := at("bands", i, "/minScore"); (b.MinScore < 0 || b.MinScore > 1000) && c.want(score) {
			c.fail(score, CodeInvalidNumber, (Decimal(b.MinScore) * (unit / 10)).String(), "100")
		}
		if i > 0 && b.MinScore >= s.Bands[i-1].MinScore && c.want(at("bands", i, "")) {
			c.fail(at("bands", i, ""), CodeBandOrder, b.Rating)
		}
	}
	if n := len(s.Bands); (n == 0 || s.Bands[n-1].MinScore != 0) && c.want(member("bands", "")) {
		c.fail(member("bands", ""), CodeBandFloor)
	}
}

// number checks a weight or a credit: from 0 to max, with at most three
// decimals.
func (c *checker) number(p pointer, d, max Decimal) {
	if !validNumber(d, max) && c.want(p) {
		c.fail(p, CodeInvalidNumber, d.String(), max.String())
	}
}

func validNumber(d, max Decimal) bool { return 0 <= d && d <= max && d%(unit/1000) == 0 }

// creditOrder checks that credits do not rise as the status falls: compliant
// ≥ partially_compliant ≥ non_compliant ≥ not_assessed. Otherwise a worse
// answer would score better than a good one, and a blank template, all
// not_assessed, could score 100. Each credit is compared with the one above
// it, when both are valid numbers (number reports the others).
func (c *checker) creditOrder(cr Credits) {
	order := [...]struct {
		name string
		d    Decimal
	}{
		{"compliant", cr.Compliant},
		{"partially_compliant", cr.PartiallyCompliant},
		{"non_compliant", cr.NonCompliant},
		{"not_assessed", cr.NotAssessed},
	}
	for i := 1; i < len(order); i++ {
		hi, lo := order[i-1], order[i]
		if p := member("credit", "/"+lo.name); validNumber(hi.d, unit) && validNumber(lo.d, unit) && lo.d > hi.d && c.want(p) {
			c.fail(p, CodeCreditOrder, lo.name, lo.d.String(), hi.name, hi.d.String())
		}
	}
}

// formatChar records a problem at p, and returns true, when s, an ID or a
// name, holds an invisible format character; such a value is named for what
// it holds rather than reported as malformed or unknown.
func (c *checker) formatChar(p pointer, s string) bool {
	r, ok := textrule.FormatChar(s)
	if ok && c.want(p) {
		c.fail(p, CodeFormatChar, s, textrule.CodePoint(r))
	}
	return ok
}

// text checks a text: both languages, not blank, when it is required or has
// either.
func (c *checker) text(p pointer, t i18n.Text, required bool) {
	if !required && t.IsZero() {
		return
	}
	if ja := p.sub("/ja"); strings.TrimSpace(t.JA) == "" && c.want(ja) {
		c.fail(ja, dendai.CodeMissingJA)
		c.problems[len(c.problems)-1].shared = true
	}
	if en := p.sub("/en"); strings.TrimSpace(t.EN) == "" && c.want(en) {
		c.fail(en, dendai.CodeMissingEN)
		c.problems[len(c.problems)-1].shared = true
	}
}
