package scoring

import (
	"io"
	"iter"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
)

// PolicyFormat is the format name every policy document declares.
const PolicyFormat = "dendai.policy/v1"

// MaxWeight is the largest weight a policy may give.
const MaxWeight = 1_000_000 * unit

// Policy is a transparent scoring policy for one catalog: a weight per criterion
// (directly or through a tier), the credit each status earns, gates that must
// hold whatever the score, and rating bands. A Policy is immutable and safe for
// concurrent use.
type Policy struct {
	name, version string
	catalog       *criteria.Catalog
	title         i18n.Text
	description   i18n.Text
	credit        [5]Decimal // by assessment.Status
	tiers         []Tier
	defaultWeight Decimal
	weights       []Decimal // by catalog index
	tierOf        []int8    // by catalog index; -1 for none
	rationale     []i18n.Text
	listed        []int // catalog indexes of the criteria the document lists, in its order
	gates         []Gate
	bands         []Band
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
func (p *Policy) Name() string { return p.name }

// Version returns the policy's version.
func (p *Policy) Version() string { return p.version }

// Catalog returns the catalog the policy scores.
func (p *Policy) Catalog() *criteria.Catalog { return p.catalog }

// Title returns the policy's title.
func (p *Policy) Title() i18n.Text { return p.title }

// Description explains the policy in a few sentences.
func (p *Policy) Description() i18n.Text { return p.description }

// Credit returns the share of its weight a criterion earns with status s, from
// 0 to 1. not_applicable earns nothing and weighs nothing.
func (p *Policy) Credit(s assessment.Status) Decimal {
	if !s.IsValid() {
		return 0
	}
	return p.credit[s]
}

// Weight returns the weight of the criterion at index i of the catalog.
func (p *Policy) Weight(i int) Decimal { return p.weights[i] }

// Tier returns the tier of the criterion at index i of the catalog, if it has one.
func (p *Policy) Tier(i int) (Tier, bool) {
	if t := p.tierOf[i]; t >= 0 {
		return p.tiers[t], true
	}
	return Tier{}, false
}

// Rationale returns why the criterion at index i weighs what it does; it may be
// empty.
func (p *Policy) Rationale(i int) i18n.Text { return p.rationale[i] }

// Tiers iterates over the policy's tiers, heaviest first as the policy lists them.
func (p *Policy) Tiers() iter.Seq[Tier] { return seq(p.tiers) }

// Gates iterates over the policy's gates.
func (p *Policy) Gates() iter.Seq[Gate] { return seq(p.gates) }

// Bands iterates over the rating bands, highest first.
func (p *Policy) Bands() iter.Seq[Band] { return seq(p.bands) }

// Rating returns the rating of a score; NoScore has none.
func (p *Policy) Rating(score Percent) string {
	if score < 0 {
		return ""
	}
	for _, b := range p.bands {
		if score >= b.MinScore {
			return b.Rating
		}
	}
	return ""
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

// ParsePolicy reads a dendai.policy/v1 document for the catalog cat. It is
// refused, with a *dendai.Error listing every problem, unless it is strict JSON, names
// cat, gives weights from 0 to MaxWeight with at most three decimals (not all
// zero), credits from 0 to 1, gates on criteria of cat or tiers of the policy,
// and rating bands from the highest minimum score down to 0.
func ParsePolicy(data []byte, cat *criteria.Catalog) (*Policy, error) {
	if len(data) > DefaultMaxSize {
		return nil, dendai.Problems{dendai.TooLarge(DefaultMaxSize)}.Err()
	}
	src := string(data)
	lines := jsonx.NewLines(src)
	root, serr := jsonx.Parse(src)
	if serr != nil {
		line, col := lines.Position(serr.Offset)
		return nil, dendai.Problems{{Line: line, Column: col, Code: serr.Key, Message: serr.Message()}}.Err()
	}
	b := policyBuilder{cat: cat, p: &Policy{catalog: cat}}
	b.d.Limit = dendai.MaxProblems
	b.policy(root)
	if len(b.d.Problems) > 0 {
		var ps dendai.Problems
		for _, q := range b.d.Problems {
			line, col := lines.Position(q.Off)
			ps = append(ps, dendai.Problem{Path: q.Path, Line: line, Column: col, Code: q.Key, Message: q.Message()})
		}
		return nil, ps.Cap(b.d.Dropped).Err()
	}
	return b.p, nil
}

type policyBuilder struct {
	cat *criteria.Catalog
	p   *Policy
	d   jsonx.Decoder
}

func (b *policyBuilder) number(v jsonx.Value, max Decimal) Decimal {
	if !b.d.Expect(v, jsonx.Number) {
		return 0
	}
	n, ok := parseDecimal(v.Str, max)
	if !ok {
		b.d.Fail(v.Off, i18n.PolicyInvalidNumber, v.Str, max.String())
	}
	return n
}

func (b *policyBuilder) policy(v jsonx.Value) {
	p := b.p
	var tiers, criteriaList, gates jsonx.Value
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		switch key {
		case "format":
			if f := b.d.String(v); v.Kind == jsonx.String && f != PolicyFormat {
				b.d.Fail(v.Off, i18n.PolicyFormat, f)
			}
		case "name":
			p.name = b.d.String(v)
			if v.Kind == jsonx.String && !criteria.ID(p.name).IsValid() {
				b.d.Fail(v.Off, i18n.CatalogInvalidID, p.name)
			}
		case "version":
			p.version = b.d.String(v)
			if v.Kind == jsonx.String && p.version == "" {
				b.d.Fail(v.Off, i18n.CatalogInvalidVersion, p.version)
			}
		case "catalog":
			if id := b.d.String(v); v.Kind == jsonx.String && criteria.ID(id) != b.cat.ID() {
				b.d.Fail(v.Off, i18n.PolicyCatalogMismatch, id, string(b.cat.ID()))
			}
		case "title":
			p.title = b.d.Text(v)
		case "description":
			p.description = b.d.Text(v)
		case "credit":
			b.credit(v)
		case "tiers":
			tiers = v
		case "defaultWeight":
			p.defaultWeight = b.number(v, MaxWeight)
		case "criteria":
			criteriaList = v
		case "gates":
			gates = v
		case "bands":
			b.bands(v)
		default:
			return false
		}
		return true
	})
	b.d.Required(v, "format", "name", "version", "catalog", "title", "credit", "defaultWeight", "bands")
	if v.Kind != jsonx.Object {
		return
	}
	b.d.Enter("tiers")
	if tiers.Kind != jsonx.Invalid {
		b.tiers(tiers)
	}
	b.d.Leave()
	n := b.cat.Len()
	p.weights = make([]Decimal, n)
	p.tierOf = make([]int8, n)
	p.rationale = make([]i18n.Text, n)
	for i := range n {
		p.weights[i], p.tierOf[i] = p.defaultWeight, -1
	}
	b.d.Enter("criteria")
	if criteriaList.Kind != jsonx.Invalid {
		b.criteria(criteriaList)
	}
	b.d.Leave()
	var total Decimal
	for _, w := range p.weights {
		total += w
	}
	if total == 0 {
		b.d.Fail(v.Off, i18n.PolicyWeightsZero)
	}
	b.d.Enter("gates")
	if gates.Kind != jsonx.Invalid {
		b.gates(gates)
	}
	b.d.Leave()
}

func (b *policyBuilder) credit(v jsonx.Value) {
	b.d.Object(v, func(key string, v jsonx.Value) bool {
		s, err := assessment.ParseStatus(key)
		if err != nil || s.String() != key || s == assessment.NotApplicable {
			return false
		}
		b.p.credit[s] = b.number(v, unit)
		return true
	})
	b.d.Required(v, "compliant", "partially_compliant", "non_compliant", "not_assessed")
}

func (b *policyBuilder) tiers(v jsonx.Value) {
	b.d.Array(v, func(_ int, v jsonx.Value) {
		var t Tier
		b.d.Object(v, func(key string, v jsonx.Value) bool {
			switch key {
			case "id":
				t.ID = b.d.String(v)
				if v.Kind == jsonx.String && !criteria.ID(t.ID).IsValid() {
					b.d.Fail(v.Off, i18n.CatalogInvalidID, t.ID)
				}
				for _, u := range b.p.tiers {
					if u.ID == t.ID {
						b.d.Fail(v.Off, i18n.PolicyDuplicate, t.ID)
					}
				}
			case "weight":
				t.Weight = b.number(v, MaxWeight)
			case "title":
				t.Title = b.d.Text(v)
			default:
				return false
			}
			return true
		})
		b.d.Required(v, "id", "weight", "title")
		if len(b.p.tiers) >= 100 {
			b.d.Fail(v.Off, i18n.PolicyTooManyTiers, 100)
			return
		}
		b.p.tiers = append(b.p.tiers, t)
	})
}

func (b *policyBuilder) tierIndex(id string) int {
	for i, t := range b.p.tiers {
		if t.ID == id {
			return i
		}
	}
	return -1
}

func (b *policyBuilder) criteria(v jsonx.Value) {
	seen := make([]bool, b.cat.Len())
	b.d.Array(v, func(_ int, v jsonx.Value) {
		idx := -1
		var hasTier, hasWeight bool
		var tier int = -1
		var weight Decimal
		var rationale i18n.Text
		b.d.Object(v, func(key string, v jsonx.Value) bool {
			switch key {
			case "criterion":
				id := criteria.ID(b.d.String(v))
				if v.Kind != jsonx.String {
					return true
				}
				i, ok := b.cat.Index(id)
				switch {
				case !ok:
					b.d.Fail(v.Off, i18n.PolicyUnknownCriterion, string(b.cat.ID()), string(id))
				case seen[i]:
					b.d.Fail(v.Off, i18n.PolicyDuplicate, string(id))
				default:
					idx, seen[i] = i, true
				}
			case "tier":
				hasTier = true
				id := b.d.String(v)
				if tier = b.tierIndex(id); tier < 0 && v.Kind == jsonx.String {
					b.d.Fail(v.Off, i18n.PolicyUnknownTier, id)
				}
			case "weight":
				hasWeight = true
				weight = b.number(v, MaxWeight)
			case "rationale":
				rationale = b.d.Text(v)
			default:
				return false
			}
			return true
		})
		b.d.Required(v, "criterion")
		if hasTier == hasWeight && v.Kind == jsonx.Object {
			b.d.Fail(v.Off, i18n.PolicyTierOrWeight)
		}
		if idx < 0 {
			return
		}
		b.p.rationale[idx] = rationale
		b.p.listed = append(b.p.listed, idx)
		switch {
		case hasTier && tier >= 0:
			b.p.tierOf[idx], b.p.weights[idx] = int8(tier), b.p.tiers[tier].Weight
		case hasWeight:
			b.p.weights[idx] = weight
		}
	})
}

func (b *policyBuilder) gates(v jsonx.Value) {
	b.d.Array(v, func(_ int, v jsonx.Value) {
		var g Gate
		b.d.Object(v, func(key string, v jsonx.Value) bool {
			switch key {
			case "criterion":
				g.Criterion = criteria.ID(b.d.String(v))
				if _, ok := b.cat.Index(g.Criterion); !ok && v.Kind == jsonx.String {
					b.d.Fail(v.Off, i18n.PolicyUnknownCriterion, string(b.cat.ID()), string(g.Criterion))
				}
			case "tier":
				g.Tier = b.d.String(v)
				if b.tierIndex(g.Tier) < 0 && v.Kind == jsonx.String {
					b.d.Fail(v.Off, i18n.PolicyUnknownTier, g.Tier)
				}
			case "minimum":
				s := b.d.String(v)
				st, err := assessment.ParseStatus(s)
				// Only the text forms: a policy is written by and for programs.
				if v.Kind == jsonx.String && (err != nil || st.String() != s || st == assessment.NotApplicable || st == assessment.NotAssessed) {
					b.d.Fail(v.Off, i18n.PolicyGateMinimum, s)
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
		if (g.Criterion == "") == (g.Tier == "") && v.Kind == jsonx.Object {
			b.d.Fail(v.Off, i18n.PolicyGateTarget)
		}
		b.p.gates = append(b.p.gates, g)
	})
}

func (b *policyBuilder) bands(v jsonx.Value) {
	b.d.Array(v, func(_ int, v jsonx.Value) {
		var band Band
		b.d.Object(v, func(key string, v jsonx.Value) bool {
			switch key {
			case "rating":
				band.Rating = b.d.String(v)
				if v.Kind == jsonx.String && (band.Rating == "" || utf8.RuneCountInString(band.Rating) > 16) {
					b.d.Fail(v.Off, i18n.PolicyRating, band.Rating)
				}
			case "minScore":
				d := b.number(v, 100*unit)
				if d%(unit/10) != 0 {
					b.d.Fail(v.Off, i18n.PolicyInvalidNumber, v.Str, "100")
				}
				band.MinScore = Percent(d / (unit / 10))
			default:
				return false
			}
			return true
		})
		b.d.Required(v, "rating", "minScore")
		if n := len(b.p.bands); n > 0 && band.MinScore >= b.p.bands[n-1].MinScore {
			b.d.Fail(v.Off, i18n.PolicyBandOrder, band.Rating)
		}
		b.p.bands = append(b.p.bands, band)
	})
	if n := len(b.p.bands); v.Kind == jsonx.Array && (n == 0 || b.p.bands[n-1].MinScore != 0) {
		b.d.Fail(v.Off, i18n.PolicyBandFloor)
	}
}
