package scoring

import (
	"cmp"
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
	applies [5]Decimal    // by assessment.Status: all ones, or 0 for not_applicable
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
	// events are where the groups start and end, by catalog index: ScoreTo
	// adds the running sums to a group's at its end and takes them off at its
	// start, so that the group sums need no pass of their own.
	events []groupEvent
	// groupIDs are the groups' IDs, in catalog order.
	groupIDs []criteria.ID
}

// groupEvent is the start or end of a group at a catalog index.
type groupEvent struct {
	index int32 // the catalog index the group starts or ends at
	group int32 // the group's index in catalog order
	end   bool
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
	for st := range d.applies {
		if assessment.Status(st) != assessment.NotApplicable {
			d.applies[st] = -1
		}
	}
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
	d.groupIDs = make([]criteria.ID, 0, cat.NumGroups())
	d.events = make([]groupEvent, 0, 2*cat.NumGroups())
	for g := range cat.AllGroups() {
		first, end := g.Span()
		k := int32(len(d.groupIDs))
		d.groupIDs = append(d.groupIDs, g.ID())
		d.events = append(d.events, groupEvent{index: int32(first), group: k}, groupEvent{index: int32(end), group: k, end: true})
	}
	slices.SortStableFunc(d.events, func(a, b groupEvent) int { return cmp.Compare(a.index, b.index) })
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

// Options tunes how a policy document is read.
type Options struct {
	// MaxSize is the largest document accepted, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int
}

// maxSize returns the size limit of opts, the options of ParsePolicy and
// ReadPolicy; nil means the defaults.
func maxSize(opts *Options) int {
	if opts == nil || opts.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return opts.MaxSize
}

// ReadPolicy reads a policy document from r, up to the size limit of opts
// (DefaultMaxSize without one), and parses it as ParsePolicy does.
func ReadPolicy(r io.Reader, cat *criteria.Catalog, opts *Options) (*Policy, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(maxSize(opts))+1))
	if err != nil {
		return nil, err
	}
	return ParsePolicy(data, cat, opts)
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
//
// A document larger than the MaxSize of opts, or than DefaultMaxSize when opts
// is nil, is refused as too large.
func ParsePolicy(data []byte, cat *criteria.Catalog, opts *Options) (*Policy, error) {
	if limit := maxSize(opts); len(data) > limit {
		return nil, dendai.Problems{dendai.TooLarge(limit)}.Err()
	}
	src := string(data)
	b := specDecoder{cat: cat, r: jsonx.NewReader(src)}
	b.r.Messages = messages
	b.r.Limit = dendai.MaxProblems
	var spec Spec
	if serr := b.r.Document(func() { spec = b.policy() }); serr != nil {
		line, col := jsonx.Position(src, serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: dendai.Code(serr.Key), Message: serr.Message()}}.Err()
	}
	decoded := b.r.Problems

	// The rules, on what the decoding made of the document. A value the
	// decoding refused already, or one the document lacks (a missing required
	// field is a problem already), needs no second problem.
	refused := make(map[pointer]bool, len(decoded))
	for _, q := range decoded {
		if q.Key != i18n.Key(dendai.CodeMissingField) && q.Key != i18n.Key(dendai.CodeUnknownField) {
			if p, ok := parsePointer(q.Path); ok {
				refused[p] = true
			}
		}
	}
	c := checker{cat: cat, locate: func(p pointer) (int, bool) {
		off, exact := b.locate(p)
		return off, exact && !refused[p]
	}}
	if b.r.Dropped == 0 {
		// Past dendai.MaxProblems, the decoding no longer records what it
		// refuses, nor builds what it reads, and the list is full anyway.
		c.spec(&spec)
	}
	if len(decoded) == 0 && len(c.problems) == 0 {
		return &Policy{catalog: cat, d: build(cat, spec)}, nil
	}

	type located struct {
		off int
		p   dendai.Problem
	}
	all := make([]located, 0, len(decoded)+len(c.problems))
	for _, q := range decoded {
		all = append(all, located{q.Off, dendai.Problem{Path: q.Path, Code: dendai.Code(q.Key), Message: q.Message()}})
	}
	for _, q := range c.problems {
		all = append(all, located{q.off, dendai.Problem{Path: q.path, Code: dendai.Code(q.key), Message: q.message()}})
	}
	slices.SortStableFunc(all, func(a, b located) int { return a.off - b.off })
	lines := jsonx.NewLines(src)
	ps := make(dendai.Problems, len(all))
	for i, l := range all {
		ps[i] = l.p
		ps[i].Line, ps[i].Column = lines.Position(l.off)
	}
	return nil, ps.Cap(b.r.Dropped + c.dropped).Err()
}

// refusedName stands in the Spec for a tier or criterion name the decoding
// refused, so that the rules take it as given (a criterion with a tier, a gate
// with a target) without a second problem: no tier or criterion has it.
const refusedName = "\x00"

// specDecoder decodes a policy document into a Spec as it scans it. It
// reports what the JSON form alone can get wrong: types, unknown and missing
// fields, the format, the writing of numbers and statuses, texts without a
// language; the rules of a Spec are the checker's, which locate their problems
// through the offsets the decoding keeps.
type specDecoder struct {
	cat *criteria.Catalog
	r   *jsonx.Reader
	// members holds the offset of each member of the policy object, and
	// elems that of each element of its lists, by the list's key: a rule's
	// problem is located by a scan from there, not of the whole document.
	members map[string]int
	elems   map[string][]int
}

// locate returns the offset of the value at p, and whether the document has
// it, as jsonx.LocateIn does, starting from the list element or the member of
// the policy p goes through.
func (b *specDecoder) locate(p pointer) (int, bool) {
	src := b.r.Source()
	off, ok := b.members[p.head]
	if !ok {
		return jsonx.LocateIn(src, 0, p.String())
	}
	if p.i >= 0 {
		elems, ok := b.elems[p.head]
		if !ok || p.i >= len(elems) {
			return jsonx.LocateIn(src, off, strings.TrimPrefix(p.String(), "/"+p.head))
		}
		off = elems[p.i]
	}
	exact := true
	for _, seg := range [...]string{p.field, p.leaf} {
		if seg != "" && exact {
			off, exact = jsonx.LocateIn(src, off, seg)
		}
	}
	return off, exact
}

// number reads a weight, credit or score, and returns it and its literal;
// max only words the problem of a number written in a way policies do not
// allow.
func (b *specDecoder) number(max Decimal) (d Decimal, lit string, ok bool) {
	off := b.r.Offset()
	if b.r.Kind() != jsonx.Number {
		b.r.Expect(jsonx.Number)
		return 0, "", false
	}
	lit = b.r.Number()
	d, ok = parseNumber(lit)
	if !ok {
		b.r.Fail(off, i18n.Key(CodeInvalidNumber), lit, max.String())
	}
	return d, lit, ok
}

// weight reads a weight. One the decoding refuses is taken as 1: it is
// there, and it need not be the reason for every weight to be zero.
func (b *specDecoder) weight() Decimal {
	if w, _, ok := b.number(MaxWeight); ok {
		return w
	}
	return unit
}

// name reads the name of a tier or a criterion: a string, which is not
// empty.
func (b *specDecoder) name(code dendai.Code, args ...any) string {
	s, off, isString := b.r.StringAt()
	switch {
	case !isString:
		return refusedName
	case s == "":
		b.r.Fail(off, i18n.Key(code), append(args, s)...)
		return refusedName
	}
	return s
}

// has returns the bit of name among names, the required members of an
// object, or 0.
func has(name string, names ...string) uint {
	for i, n := range names {
		if n == name {
			return 1 << i
		}
	}
	return 0
}

var policyRequired = []string{"format", "name", "version", "catalog", "title", "credit", "defaultWeight", "bands"}

func (b *specDecoder) policy() Spec {
	var s Spec
	r := b.r
	off := r.Offset()
	var seen uint
	b.members = map[string]int{}
	b.elems = map[string][]int{}
	if !r.Object(func(key string) bool {
		b.members[key] = r.Offset()
		switch key {
		case "$schema":
			r.Expect(jsonx.String) // for editors; a string, otherwise ignored
		case "format":
			at, isString := r.Offset(), r.Kind() == jsonx.String
			if f := r.String(); isString && f != PolicyFormat {
				r.Fail(at, i18n.Key(CodeFormat), f)
			}
		case "name":
			s.Name = r.String()
		case "version":
			s.Version = r.String()
		case "catalog":
			s.Catalog = criteria.ID(r.String())
		case "title":
			s.Title = r.Text()
		case "description":
			s.Description = r.Text()
		case "credit":
			s.Credit = b.credit()
		case "tiers":
			s.Tiers = list(b, key, len(`{"id":"","weight":0,"title":{"ja":"x","en":"x"}},`), b.tier)
		case "defaultWeight":
			s.DefaultWeight = b.weight()
		case "criteria":
			s.Criteria = list(b, key, len(`{"criterion":""},`), b.criterion)
		case "gates":
			s.Gates = list(b, key, len(`{"minimum":"compliant"},`), b.gate)
		case "bands":
			s.Bands = list(b, key, len(`{"rating":"","minScore":0},`), b.band)
		default:
			return false
		}
		seen |= has(key, policyRequired...)
		return true
	}) {
		return s
	}
	b.r.Required(off, seen, policyRequired...)
	return s
}

// list reads the list at the policy's member key, reading each element with
// elem and keeping its offset; minSize is the size of its shortest element
// that reads without a problem (see jsonx.List).
func list[T any](b *specDecoder, key string, minSize int, elem func() T) []T {
	out, offs := jsonx.List(b.r, minSize, func(int) T { return elem() })
	b.elems[key] = offs
	return out
}

var creditRequired = []string{"compliant", "partially_compliant", "non_compliant", "not_assessed"}

func (b *specDecoder) credit() Credits {
	var c Credits
	r := b.r
	off := r.Offset()
	var seen uint
	if r.Object(func(key string) bool {
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
		*dst, _, _ = b.number(unit)
		seen |= has(key, creditRequired...)
		return true
	}) {
		b.r.Required(off, seen, creditRequired...)
	}
	return c
}

var tierRequired = []string{"id", "weight", "title"}

func (b *specDecoder) tier() Tier {
	var t Tier
	r := b.r
	off := r.Offset()
	var seen uint
	if r.Object(func(key string) bool {
		switch key {
		case "id":
			t.ID = r.String()
		case "weight":
			t.Weight = b.weight()
		case "title":
			t.Title = r.Text()
		default:
			return false
		}
		seen |= has(key, tierRequired...)
		return true
	}) {
		b.r.Required(off, seen, tierRequired...)
	}
	return t
}

func (b *specDecoder) criterion() CriterionSpec {
	var c CriterionSpec
	r := b.r
	off := r.Offset()
	var seen uint
	if r.Object(func(key string) bool {
		switch key {
		case "criterion":
			c.Criterion = criteria.ID(r.String())
			seen = 1
		case "tier":
			c.Tier = b.name(CodeUnknownTier)
		case "weight":
			w := b.weight()
			c.Weight = &w
		case "rationale":
			c.Rationale = r.Text()
		default:
			return false
		}
		return true
	}) {
		b.r.Required(off, seen, "criterion")
	}
	return c
}

func (b *specDecoder) gate() Gate {
	var g Gate
	r := b.r
	off := r.Offset()
	var seen uint
	if r.Object(func(key string) bool {
		switch key {
		case "criterion":
			g.Criterion = criteria.ID(b.name(CodeUnknownCriterion, string(b.cat.ID())))
		case "tier":
			g.Tier = b.name(CodeUnknownTier)
		case "minimum":
			seen = 1
			at, isString := r.Offset(), r.Kind() == jsonx.String
			s := r.String()
			st, err := assessment.ParseStatus(s)
			// Only the text forms: a policy is written by and for programs.
			if isString && (err != nil || st.String() != s) {
				r.Fail(at, i18n.Key(CodeGateMinimum), s)
			}
			g.Minimum = st
		case "notApplicablePasses":
			g.NotApplicablePasses = r.Bool()
		default:
			return false
		}
		return true
	}) {
		b.r.Required(off, seen, "minimum")
	}
	return g
}

var bandRequired = []string{"rating", "minScore"}

func (b *specDecoder) band() Band {
	var band Band
	r := b.r
	off := r.Offset()
	var seen uint
	if r.Object(func(key string) bool {
		switch key {
		case "rating":
			band.Rating = r.String()
		case "minScore":
			at := r.Offset()
			d, lit, ok := b.number(100 * unit)
			// A Percent counts tenths, up to 3276.7.
			tenths := d / (unit / 10)
			if ok && (d%(unit/10) != 0 || tenths > maxPercent || tenths < -maxPercent) {
				r.Fail(at, i18n.Key(CodeInvalidNumber), lit, "100")
			}
			band.MinScore = Percent(min(max(tenths, -maxPercent), maxPercent))
		default:
			return false
		}
		seen |= has(key, bandRequired...)
		return true
	}) {
		b.r.Required(off, seen, bandRequired...)
	}
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
