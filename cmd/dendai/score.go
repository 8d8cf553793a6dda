package main

import (
	"encoding/json"
	"io"
	"slices"
	"strconv"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

func runScore(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	policyFlag := fs.add("policy", scoring.UniformName)
	fs.lang()
	c.readsCSV(&fs)
	format := fs.add("format", "text", "text", "json", "md", "html", "xlsx")
	minScore := fs.add("min-score", "")
	requirePass := fs.boolean("require-pass")
	reviewFlag := fs.add("review", "")
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyAssessmentFile)
	if !ok {
		return status
	}
	var min float64
	if minScore.set {
		v, err := strconv.ParseFloat(minScore.value, 64)
		if err != nil || !(v >= 0 && v <= 100) { // NaN is neither
			return c.usageError(keyMinScoreRange, minScore.value)
		}
		min = v
	}
	sc, status := c.scored(pos[0], catalogFlag.value, policyFlag.value, format.value == "json")
	if sc == nil {
		return status
	}
	if reviewFlag.set {
		if status := c.underReview(sc, reviewFlag.value, policyFlag); status != exitOK {
			return status
		}
	}
	switch format.value {
	case "json":
		c.writeJSON(sc.Result)
	case "md":
		io.WriteString(c.stdout, sc.Markdown(c.lang))
	case "xlsx":
		if status := c.writeResultXLSX(sc); status != exitOK {
			return status
		}
	case "html":
		if err := sc.WriteHTML(c.stdout, c.lang); err != nil {
			return c.fail(exitProblems, keyFileUnreadable, "-", err.Error())
		}
	default:
		io.WriteString(c.stdout, sc.Text(c.lang))
	}
	res := sc.Result
	switch {
	case minScore.set && (res.Score < 0 || res.Score.Float64() < min):
		return c.fail(exitProblems, keyBelowMinScore, res.Score.String(), minScore.value)
	case requirePass.set && !res.Passed:
		return c.fail(exitProblems, keyNotPassed)
	}
	return exitOK
}

func runDiff(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	policyFlag := fs.add("policy", scoring.UniformName)
	fs.lang()
	c.readsCSV(&fs)
	format := fs.add("format", "text", "text", "json")
	allowDifferent := fs.boolean("allow-different-subjects")
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 2, keyTwoAssessments)
	if !ok {
		return status
	}
	old, status := c.scored(pos[0], catalogFlag.value, policyFlag.value, format.value == "json")
	if old == nil {
		return status
	}
	cur, status := c.scored(pos[1], catalogFlag.value, policyFlag.value, format.value == "json")
	if cur == nil {
		return status
	}
	if o, n := old.Result.Origin, cur.Result.Origin; !o.SameSubject(n) && !allowDifferent.set {
		return c.fail(exitProblems, keyDifferentSubjects, pos[0], orNone(o.Subject.CorporateNumber.String()),
			pos[1], orNone(n.Subject.CorporateNumber.String()))
	}
	d, err := scoring.Compare(old.Result, cur.Result)
	if err != nil {
		return c.fail(exitProblems, keyNotComparable, pos[0], pos[1])
	}
	if format.value == "json" {
		c.writeJSON(d)
	} else {
		io.WriteString(c.stdout, report.DiffText(cur.Policy.Catalog(), d, c.lang))
	}
	return exitOK
}

// orNone returns s, or "-" if s is empty.
func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// scored reads, checks and scores one assessment file, by the one exit rule
// of the commands that read an assessment: a document that cannot be read, or
// a submitted assessment with any problem, is refused with exit status 1, its
// problems listed on stderr, or printed as validate --format json prints them
// on stdout when asJSON is set. A draft whose problems are all gaps a draft
// may have (see draftGaps) is scored with them, which are listed on stderr.
func (c *cli) scored(name, catalogRef, policyRef string, asJSON bool) (*report.Report, int) {
	data, status := c.readInput(name, nil)
	if data == nil {
		return nil, status
	}
	doc, status := c.check(catalogRef, data)
	if doc == nil {
		return nil, status
	}
	c.newerNotice(name, doc)
	cat := doc.Catalog
	pol, status := c.loadPolicy(policyRef, cat)
	if pol == nil {
		return nil, status
	}
	a, problems := doc.Assessment, doc.Problems
	if len(problems) > 0 {
		if !draftGaps(a, problems) {
			return nil, c.refuse(name, problems, asJSON)
		}
		c.reportProblems(c.stderr, name, problems)
	}
	return &report.Report{Policy: pol, Assessment: a, Result: pol.Score(a)}, exitOK
}

// draftGaps reports whether a is a draft and every one of its problems is a
// gap a draft in progress may have: a value not filled in yet (a required
// field, a name, a justification, a remediation plan). A wrong value, in a
// draft too, is a problem that stops every command.
func draftGaps(a *assessment.Assessment, problems dendai.Problems) bool {
	if a == nil || a.State != assessment.Draft {
		return len(problems) == 0
	}
	for _, p := range problems {
		switch p.Code {
		case assessment.CodeValidationRequired, assessment.CodeValidationNameText,
			assessment.CodeJustificationRequired, assessment.CodeRemediationRequired:
		default:
			return false
		}
	}
	return true
}

// loadPolicy returns the built-in policy named ref for cat, or reads the policy
// file at ref.
func (c *cli) loadPolicy(ref string, cat *criteria.Catalog) (*scoring.Policy, int) {
	if p, ok := scoring.Builtin(ref, cat); ok {
		return p, exitOK
	} else if slices.Contains(scoring.BuiltinNames(), ref) {
		key := keyPolicyNotFor
		if differsFromBuiltin(cat) {
			key = keyPolicyImpostor
		}
		return nil, c.usageError(key, ref, string(cat.ID()), cat.Version())
	}
	data, status := c.readInput(ref, func() int {
		return c.usageError(keyUnknownPolicy, ref, "uniform, risk-weighted")
	})
	if data == nil {
		return nil, status
	}
	p, err := scoring.ParsePolicy(data, cat, &scoring.Options{MaxSize: c.maxSize})
	if err != nil {
		if pe, ok := err.(*dendai.Error); ok {
			io.WriteString(c.stderr, ref+": "+c.sprintf(countKey(keyPolicyProblems, len(pe.Problems)), len(pe.Problems))+"\n")
			for _, p := range pe.Problems {
				io.WriteString(c.stderr, ref+": "+p.Describe(c.lang)+"\n")
			}
			return nil, exitProblems
		}
		return nil, c.fail(exitUsage, keyFileUnreadable, ref, err.Error())
	}
	return p, exitOK
}

// differsFromBuiltin reports whether cat has the ID of a built-in catalog but
// is equal to none of its built-in versions.
func differsFromBuiltin(cat *criteria.Catalog) bool {
	if _, ok := criteria.Builtin(cat.ID()); !ok {
		return false
	}
	// Equal catalogs have the same version.
	b, ok := criteria.BuiltinVersion(cat.ID(), cat.Version())
	return !ok || !cat.Equal(b)
}

func (c *cli) writeJSON(v any) {
	enc := json.NewEncoder(c.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// underReview turns the report sc into the report under the review in the
// file name: the review must hold for sc's assessment (a problem refuses it
// with exit status 1) and apply the policy scored with, --policy's or, when
// --policy is not given, the review's own. The result becomes the reviewed
// one, the self-assessed result staying beside it.
func (c *cli) underReview(sc *report.Report, name string, policyFlag *flagDef) int {
	r, status := c.loadReview(name, sc.Assessment, sc.Policy.Catalog())
	if r == nil {
		return status
	}
	if r.Policy != sc.Policy.Name() {
		if policyFlag.set {
			return c.fail(exitProblems, keyReviewPolicy, r.Policy, sc.Policy.Name())
		}
		// A review names its policy; it is a document from someone else,
		// so the name is never taken as a path to read: a policy of one's
		// own is given with --policy.
		if !slices.Contains(scoring.BuiltinNames(), r.Policy) {
			return c.usageError(keyReviewPolicyFile, r.Policy)
		}
		pol, status := c.loadPolicy(r.Policy, sc.Policy.Catalog())
		if pol == nil {
			return status
		}
		sc.Policy = pol
	}
	sc.Review = r
	sc.SelfAssessed = sc.Policy.Score(sc.Assessment)
	sc.Result = sc.Policy.Score(review.Apply(r, sc.Assessment))
	return exitOK
}
