// Package scoring scores an assessment under a transparent, configurable policy
// and explains the result: which gates hold, the score and rating, the score of
// every group, and which criteria would raise the score most.
//
// # Policies
//
// A [Policy] holds the catalog it scores. It gives each criterion a weight,
// directly or through a tier; says what share of its weight each status earns
// (its credit); lists gates, conditions that must hold whatever the score; and
// maps scores to rating bands. A policy is a dendai.policy/v1 JSON document
// ([ParsePolicy]) or a [Spec] built in Go ([NewPolicy]); both are checked by
// the same rules: weights from 0 to [MaxWeight] and not all zero, credits from
// 0 to 1, both with at most three decimals, gates on criteria of the catalog or
// on tiers of the policy, and bands from the highest minimum score down to 0.
// A refused policy comes with a *dendai.Error whose problems carry the codes
// of this package ([CodeInvalidNumber], …) and the JSON Pointer of the field
// at fault. [Policy.Spec] gives the Spec back, and [Policy.AppendJSON] the
// document. Lookups go by criterion ID: [Policy.Weight], [Policy.Tier],
// [Policy.Rationale].
//
// Two policies are built in, for jpbank-checklist, and apply whole, gates
// included, to any catalog equal to it (criteria.Catalog.Equal), such as a copy
// read from a file ([Builtin]). Each call returns a new Policy over immutable
// data, which nothing a caller does can change:
//
//   - uniform ([Uniform]): every criterion weighs 1.
//   - risk-weighted ([RiskWeighted]): every criterion is in a tier, critical (10),
//     high (7.5), medium (5) or low (2.5), the risk weights of OpenSSF Scorecard,
//     with a one-line rationale in Japanese and English for each
//     ([Policy.Rationale]). It also fails when any critical criterion is
//     non_compliant or not_assessed. docs/policies in the repository lists every
//     criterion's tier, weight and rationale, and `dendai policy` prints them.
//
// Both give compliant a credit of 1, partially_compliant 0.5, non_compliant 0 and
// not_assessed 0: a gap is not a pass. not_applicable is left out of the sums
// altogether, so it never lowers a score. Both require 2-2 (exclusion of
// anti-social forces) to be compliant and 2-1 (business continuity management)
// to be at least partially compliant. Ratings: A from 90, B from 75, C from 60, D
// below. For another catalog, [UniformFor] gives a uniform policy without gates.
//
// # Scores
//
// [Policy.Score] computes, over the applicable criteria,
//
//	score = Σ(weight × credit) / Σ(weight) × 100
//
// and the same for every group of the catalog. Arithmetic is exact: weights and
// credits are [Decimal] values counted in millionths, sums are integers, and the
// percentage is rounded once, to one decimal, halves up, in 128-bit integer
// arithmetic ([Percent]). The same input gives the same bytes on every run and
// every platform. A set of criteria with nothing applicable has no score
// ([NoScore], null in JSON).
//
// A [Result] also holds the coverage (answered, not applicable, not assessed),
// each gate's outcome (Passed is true when every gate holds), each criterion's
// weight, credit and points ([Result.Criterion]), each group's score
// ([Result.Group]), and the improvements: every criterion short of compliant,
// with the points its move to compliant would add, those that fail a gate
// first, then by gain. Its JSON form is the dendai.result/v1 document.
//
// Score allocates a new Result; [Policy.ScoreTo] refills one and, once it has
// grown to the catalog's size, allocates nothing. [Compare] tells what changed
// between an earlier result and a later one. Results, deltas and every other
// type of the package but Policy are plain values with no unexported fields,
// which cmp.Diff compares as they are; policies compare with [Policy.Equal].
//
// Score does not validate: check an assessment with assessment.Validate or
// assessment.Check first. Policies are safe to share between goroutines; a
// Result being refilled is not.
package scoring
