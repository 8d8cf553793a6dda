package scoring

import (
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// PolicyFormat is the format name every policy document declares.
const PolicyFormat = "dendai.policy/v1"

// MaxWeight is the largest weight a policy may give.
const MaxWeight = 1_000_000 * One

// Policy is a transparent scoring policy for one catalog, which it holds: a
// weight per criterion (directly or through a tier), the credit each status
// earns, gates that must hold whatever the score, and rating bands. Policies
// come from ParsePolicy, NewPolicy and the built-in policies; the zero Policy
// is not one.
//
// A Policy is immutable and safe for concurrent use: nothing done with what its
// methods return changes it. Compare policies with Equal.
type Policy struct {
	catalog *criteria.Catalog
	d       *policyData // shared by every Policy of equal catalogs made from it; never changed
}

// policyData is a checked Spec with what scoring needs laid out by catalog
// index. It is valid for any catalog equal to the one it was built for: equal
// catalogs have the same criteria in the same order.
type policyData struct {
	spec    Spec
	credit  [5]Decimal    // by assessment.Status
	ids     []criteria.ID // by catalog index: side by side, for ScoreTo's scans
	weights []Decimal     // by catalog index
	tierOf  []int8        // by catalog index; -1 for none
	entry   []int32       // by catalog index: the index in spec.Criteria, or -1
	// failMask has, by catalog index, bit s set when a criterion with status s
	// fails one of the gates that concern it.
	failMask []uint8
	// gateIndex is, by gate, the catalog index of a gate's criterion, or -1
	// for a gate on a tier; gateTier the tier's members, by catalog index.
	gateIndex []int32
	gateTier  [][]int32
}

// build lays out a checked spec for the catalog cat; it keeps spec.
func build(cat *criteria.Catalog, spec Spec) *policyData {
	n := cat.Len()
	d := &policyData{
		spec:    spec,
		ids:     make([]criteria.ID, n),
		weights: make([]Decimal, n),
		tierOf:  make([]int8, n),
		entry:   make([]int32, n),
	}
	d.credit[assessment.Compliant] = spec.Credit.Compliant
	d.credit[assessment.PartiallyCompliant] = spec.Credit.PartiallyCompliant
	d.credit[assessment.NonCompliant] = spec.Credit.NonCompliant
	d.credit[assessment.NotAssessed] = spec.Credit.NotAssessed
	for i := range n {
		d.weights[i], d.tierOf[i], d.entry[i] = spec.DefaultWeight, -1, -1
		d.ids[i] = cat.At(i).ID()
	}
	for k, e := range spec.Criteria {
		i, _ := cat.Index(e.Criterion)
		d.entry[i] = int32(k)
		if t := tierIndex(spec.Tiers, e.Tier); t >= 0 {
			d.tierOf[i], d.weights[i] = int8(t), spec.Tiers[t].Weight
		} else {
			d.weights[i] = *e.Weight
		}
	}
	d.failMask = make([]uint8, n)
	d.gateIndex = make([]int32, len(spec.Gates))
	d.gateTier = make([][]int32, len(spec.Gates))
	for k, g := range spec.Gates {
		var fails uint8
		for s := range assessment.Status(len(d.credit)) {
			if !gatePasses(g, s) {
				fails |= 1 << s
			}
		}
		if i, ok := cat.Index(g.Criterion); ok {
			d.gateIndex[k] = int32(i)
			d.failMask[i] |= fails
			continue
		}
		d.gateIndex[k] = -1
		t := int8(tierIndex(spec.Tiers, g.Tier))
		for i := range n {
			if d.tierOf[i] == t {
				d.gateTier[k] = append(d.gateTier[k], int32(i))
				d.failMask[i] |= fails
			}
		}
	}
	return d
}

// tierIndex returns the index of the first tier with the ID id, or -1.
func tierIndex(tiers []Tier, id string) int {
	if id == "" {
		return -1
	}
	for i, t := range tiers {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// Tier is a named weight that criteria share, such as critical = 10.
type Tier struct {
	ID     string
	Weight Decimal
	Title  i18n.Text
}

// Gate is a condition a result must meet to pass, whatever its score: a
// criterion, or every criterion of a tier, at least at a status.
type Gate struct {
	// Criterion or Tier names what the gate is about; exactly one is set.
	Criterion criteria.ID
	Tier      string
	// Minimum is the lowest status that passes: compliant, partially_compliant
	// or non_compliant. not_assessed never passes.
	Minimum assessment.Status
	// NotApplicablePasses says whether not_applicable passes the gate.
	NotApplicablePasses bool
}

// Band maps scores to a rating: a score of MinScore or more gets Rating, unless
// an earlier band applies.
type Band struct {
	Rating   string
	MinScore Percent
}

// Name returns the policy's name, such as "risk-weighted".
func (p *Policy) Name() string { return p.d.spec.Name }

// Version returns the policy's version.
func (p *Policy) Version() string { return p.d.spec.Version }

// Catalog returns the catalog the policy scores.
func (p *Policy) Catalog() *criteria.Catalog { return p.catalog }

// Title returns the policy's title.
func (p *Policy) Title() i18n.Text { return p.d.spec.Title }

// Description explains the policy in a few sentences.
func (p *Policy) Description() i18n.Text { return p.d.spec.Description }

// Credit returns the share of its weight a criterion earns with status s, from
// 0 to 1. not_applicable earns nothing and weighs nothing.
func (p *Policy) Credit(s assessment.Status) Decimal {
	if !s.IsValid() {
		return 0
	}
	return p.d.credit[s]
}

// Weight returns the weight of the criterion id, or 0 if the catalog has no
// such criterion.
func (p *Policy) Weight(id criteria.ID) Decimal {
	if i, ok := p.catalog.Index(id); ok {
		return p.d.weights[i]
	}
	return 0
}

// Tier returns the tier of the criterion id, if it has one.
func (p *Policy) Tier(id criteria.ID) (Tier, bool) {
	if i, ok := p.catalog.Index(id); ok {
		if t := p.d.tierOf[i]; t >= 0 {
			return p.d.spec.Tiers[t], true
		}
	}
	return Tier{}, false
}

// Rationale returns why the criterion id weighs what it does; it may be empty.
func (p *Policy) Rationale(id criteria.ID) i18n.Text {
	if i, ok := p.catalog.Index(id); ok {
		if k := p.d.entry[i]; k >= 0 {
			return p.d.spec.Criteria[k].Rationale
		}
	}
	return i18n.Text{}
}

// Tiers iterates over the policy's tiers, heaviest first as the policy lists them.
func (p *Policy) Tiers() iter.Seq[Tier] { return seq(p.d.spec.Tiers) }

// Gates iterates over the policy's gates.
func (p *Policy) Gates() iter.Seq[Gate] { return seq(p.d.spec.Gates) }

// Bands iterates over the rating bands, highest first.
func (p *Policy) Bands() iter.Seq[Band] { return seq(p.d.spec.Bands) }

// Rating returns the rating of a score; NoScore has none.
func (p *Policy) Rating(score Percent) string {
	if score < 0 {
		return ""
	}
	for _, b := range p.d.spec.Bands {
		if score >= b.MinScore {
			return b.Rating
		}
	}
	return ""
}

// Equal reports whether p and q are the same policy: their catalogs are equal
// (criteria.Catalog.Equal) and so are their specs (Policy.Spec), a nil list
// being equal to an empty one. Two nil policies are equal.
func (p *Policy) Equal(q *Policy) bool {
	if p == nil || q == nil {
		return p == q
	}
	if p.d == nil || q.d == nil {
		return p.d == q.d && p.catalog == q.catalog
	}
	return p.catalog.Equal(q.catalog) && (p.d == q.d || specEqual(&p.d.spec, &q.d.spec))
}

func seq[T any](s []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// DefaultMaxSize is the size limit of a policy document: 4 MiB.
const DefaultMaxSize = 4 << 20

// ReadPolicy reads a policy document from r, up to DefaultMaxSize bytes, and
// parses it as ParsePolicy does.
func ReadPolicy(r io.Reader, cat *criteria.Catalog) (*Policy, error) {
	data, err := io.ReadAll(io.LimitReader(r, DefaultMaxSize+1))
	if err != nil {
		return nil, err
	}
	return ParsePolicy(data, cat)
}

// ParsePolicy reads a dendai.policy/v1 document for the catalog cat. The
// document is strict JSON (no unknown or repeated fields, no trailing data,
// valid UTF-8) whose numbers are written plainly, with at most three
// decimals and no exponent or minus zero; it then meets the rules of NewPolicy,
// which it shares: it names cat, gives weights from 0 to MaxWeight (not all
// zero) and credits from 0 to 1, gates on criteria of cat or tiers of the
// policy, and rating bands from the highest minimum score down to 0. Otherwise
// it is refused with a *dendai.Error listing every problem, in the order of
// the document, each with its JSON Pointer, line and column.
func ParsePolicy(data []byte, cat *criteria.Catalog) (*Policy, error) {
	if len(data) > DefaultMaxSize {
		return nil, dendai.Problems{dendai.TooLarge(DefaultMaxSize)}.Err()
	}
	src := string(data)
	lines := jsonx.NewLines(src)
	root, serr := jsonx.Parse(src)
	if serr != nil {
		line, col := lines.Position(serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	b := specDecoder{cat: cat}
	b.d.Messages = messages
	b.d.Limit = dendai.MaxProblems
	spec := b.policy(root)

	// The rules, on what the decoding made of the document. A value the
	// decoding refused already, or one the document lacks (a missing required
	// field is a problem already), needs no second problem.
	refused := make(map[string]bool, len(b.d.Problems))
	for _, q := range b.d.Problems {
		if q.Key != i18n.Key(dendai.CodeMissingField) && q.Key != i18n.Key(dendai.CodeUnknownField) {
			refused[q.Path] = true
		}
	}
	offsets := map[string]int{}
	c := checker{cat: cat, keep: func(path string) bool {
		off, exact := jsonx.Locate(root, path)
		if !exact || refused[path] {
			return false
		}
		offsets[path] = off
		return true
	}}
	if b.d.Dropped == 0 {
		// Past dendai.MaxProblems, the decoding no longer records what it
		// refuses, and the list is full anyway.
		c.spec(&spec)
	}
	if len(b.d.Problems) == 0 && len(c.problems) == 0 {
		return &Policy{catalog: cat, d: build(cat, spec)}, nil
	}

	type located struct {
		off int
		p   dendai.Problem
	}
	all := make([]located, 0, len(b.d.Problems)+len(c.problems))
	for _, q := range b.d.Problems {
		all = append(all, located{q.Off, dendai.Problem{Path: q.Path, Code: dendai.Code(q.Key), Message: q.Message()}})
	}
	for _, q := range c.problems {
		all = append(all, located{offsets[q.path], dendai.Problem{Path: q.path, Code: dendai.Code(q.key), Message: q.message()}})
	}
	slices.SortStableFunc(all, func(a, b located) int { return a.off - b.off })
	ps := make(dendai.Problems, len(all))
	for i, l := range all {
		ps[i] = l.p
		ps[i].Line, ps[i].Column = lines.Position(l.off)
	}
	return nil, ps.Cap(b.d.Dropped + c.dropped).Err()
}

// refusedName stands in the Spec for a tier or criterion name the decoding
// refused, so that the rules take it as given (a criterion with a tier, a gate
// with a target) without a second problem: no tier or criterion has it.
const refusedName = "\x00"

// specDecoder decodes a policy document into a Spec. It reports what the JSON
// form alone can get wrong: types, unknown and missing fields, the format, the
// writing of numbers and statuses, texts without a language; the rules of a
// Spec are the checker's.
type specDecoder struct {
	cat *criteria.Catalog
	d   jsonx.Decoder
}

// number decodes a weight, credit or score; max only words the problem of a
// number written in a way policies do not allow.
func (b *specDecoder) number(v jsonx.Value, max Decimal) (Decimal, bool) {
	if !b.d.Expect(v, jsonx.Number) {
		return 0, false
	}
	n, ok := parseNumber(v.Str)
	if !ok {
		b.d.Fail(v.Off, i18n.Key(CodeInvalidNumber), v.Str, max.String())
	}
	return n, ok
}

// weight decodes a weight. One the decoding refuses is taken as 1: it is
// there, and it need not be the reason for every weight to be zero.
func (b *specDecoder) weight(v jsonx.Value) Decimal {
	if w, ok := b.number(v, MaxWeight); ok {
		return w
	}
	return unit
}

// name decodes the name of a tier or a criterion: a string, which is not
// empty.
func (b *specDecoder) name(v jsonx.Value, code dendai.Code, args ...any) string {
	s := b.d.String(v)
	switch {
	case v.Kind != jsonx.String:
		return refusedName
	case s == "":
		b.d.Fail(v.Off, i18n.Key(code), append(args, s)...)
		return refusedName
	}
	return s
}

func (b *specDecoder) policy(v jsonx.Value) Spec {
	var s Spec
	var tiers, criteriaList, gates, bands jsonx.Value
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "$schema":
			b.d.String(v) // for editors; a string, otherwise ignored
		case "format":
			if f := b.d.String(v); v.Kind == jsonx.String && f != PolicyFormat {
				b.d.Fail(v.Off, i18n.Key(CodeFormat), f)
			}
		case "name":
			s.Name = b.d.String(v)
		case "version":
			s.Version = b.d.String(v)
		case "catalog":
			s.Catalog = criteria.ID(b.d.String(v))
		case "title":
			s.Title = b.d.Text(v)
		case "description":
			s.Description = b.d.Text(v)
		case "credit":
			s.Credit = b.credit(v)
		case "tiers":
			tiers = v
		case "defaultWeight":
			s.DefaultWeight = b.weight(v)
		case "criteria":
			criteriaList = v
		case "gates":
			gates = v
		case "bands":
			bands = v
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "format", "name", "version", "catalog", "title", "credit", "defaultWeight", "bands")
	b.list("tiers", tiers, func(v jsonx.Value) { s.Tiers = append(s.Tiers, b.tier(v)) })
	b.list("criteria", criteriaList, func(v jsonx.Value) { s.Criteria = append(s.Criteria, b.criterion(v)) })
	b.list("gates", gates, func(v jsonx.Value) { s.Gates = append(s.Gates, b.gate(v)) })
	b.list("bands", bands, func(v jsonx.Value) { s.Bands = append(s.Bands, b.band(v)) })
	return s
}

// list decodes the array v, the member key of the policy, if it is there.
func (b *specDecoder) list(key string, v jsonx.Value, elem func(v jsonx.Value)) {
	if v.Kind == jsonx.Invalid {
		return
	}
	b.d.Enter(key)
	b.d.Array(v, func(_ int, v jsonx.Value) { elem(v) })
	b.d.Leave()
}

func (b *specDecoder) credit(v jsonx.Value) Credits {
	var c Credits
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		var dst *Decimal
		switch key {
		case "compliant":
			dst = &c.Compliant
		case "partially_compliant":
			dst = &c.PartiallyCompliant
		case "non_compliant":
			dst = &c.NonCompliant
		case "not_assessed":
			dst = &c.NotAssessed
		default:
			return false
		}
		*dst, _ = b.number(v, unit)
		return true
	})
	b.d.Required(v, "compliant", "partially_compliant", "non_compliant", "not_assessed")
	return c
}

func (b *specDecoder) tier(v jsonx.Value) Tier {
	var t Tier
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "id":
			t.ID = b.d.String(v)
		case "weight":
			t.Weight = b.weight(v)
		case "title":
			t.Title = b.d.Text(v)
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "id", "weight", "title")
	return t
}

func (b *specDecoder) criterion(v jsonx.Value) CriterionSpec {
	var c CriterionSpec
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "criterion":
			c.Criterion = criteria.ID(b.d.String(v))
		case "tier":
			c.Tier = b.name(v, CodeUnknownTier)
		case "weight":
			w := b.weight(v)
			c.Weight = &w
		case "rationale":
			c.Rationale = b.d.Text(v)
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "criterion")
	return c
}

func (b *specDecoder) gate(v jsonx.Value) Gate {
	var g Gate
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "criterion":
			g.Criterion = criteria.ID(b.name(v, CodeUnknownCriterion, string(b.cat.ID())))
		case "tier":
			g.Tier = b.name(v, CodeUnknownTier)
		case "minimum":
			s := b.d.String(v)
			st, err := assessment.ParseStatus(s)
			// Only the text forms: a policy is written by and for programs.
			if v.Kind == jsonx.String && (err != nil || st.String() != s) {
				b.d.Fail(v.Off, i18n.Key(CodeGateMinimum), s)
			}
			g.Minimum = st
		case "notApplicablePasses":
			if b.d.Expect(v, jsonx.Bool) {
				g.NotApplicablePasses = v.Str == "true"
			}
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "minimum")
	return g
}

func (b *specDecoder) band(v jsonx.Value) Band {
	var band Band
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "rating":
			band.Rating = b.d.String(v)
		case "minScore":
			d, ok := b.number(v, 100*unit)
			// A Percent counts tenths, up to 3276.7.
			tenths := d / (unit / 10)
			if ok && (d%(unit/10) != 0 || tenths > maxPercent || tenths < -maxPercent) {
				b.d.Fail(v.Off, i18n.Key(CodeInvalidNumber), v.Str, "100")
			}
			band.MinScore = Percent(min(max(tenths, -maxPercent), maxPercent))
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "rating", "minScore")
	return band
}

// parseNumber reads a JSON number literal the way policies write numbers: at
// most nine digits before the point and three after it, no exponent, and no
// minus zero. Out of range is for the rules to say.
func parseNumber(lit string) (Decimal, bool) {
	neg := strings.HasPrefix(lit, "-")
	d, ok := parseDecimal(strings.TrimPrefix(lit, "-"))
	switch {
	case !ok || neg && d == 0:
		return 0, false
	case neg:
		return -d, true
	}
	return d, true
}
