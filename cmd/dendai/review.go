package main

import (
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/review"
	"github.com/dendai-go/dendai/scoring"
)

// jst is Japan Standard Time: a review is dated by the day in Japan.
var jst = time.FixedZone("JST", 9*60*60)

// runReviewInit writes a review skeleton bound to an assessment: its digest,
// catalog and version, the policy, the reviewer, today's date, pending, no
// items. Only an assessment without problems can be reviewed.
func runReviewInit(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	policyFlag := fs.add("policy", scoring.UniformName)
	reviewer := fs.add("reviewer", "")
	organization := fs.add("organization", "")
	fs.lang()
	c.readsCSV(&fs)
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 1, keyAssessmentFile)
	if !ok {
		return status
	}
	if !reviewer.set || reviewer.value == "" {
		return c.usageError(keyMissingArgument, "--reviewer")
	}
	a, cat, status := c.submitted(pos[0], catalogFlag.value)
	if a == nil {
		return status
	}
	pol, status := c.loadPolicy(policyFlag.value, cat)
	if pol == nil {
		return status
	}
	r, err := review.Skeleton(a, pol.Name(), review.Reviewer{Name: reviewer.value, Organization: organization.value}, assessment.DateOf(c.now().In(jst)))
	if err != nil {
		return c.reportError(pos[0], err)
	}
	out, err := review.Encode(r)
	if err != nil {
		return c.reportError(pos[0], err)
	}
	c.stdout.Write(out)
	return exitOK
}

// runReviewCheck checks a review against the assessment it reviews: exit 0
// when it holds, 1 when the review or the assessment has problems.
func runReviewCheck(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	fs.lang()
	c.readsCSV(&fs)
	format := fs.add("format", "text", "text", "json")
	fs.maxSize()
	pos, status, ok := c.parseArgs(&fs, args, 2, keyReviewFiles)
	if !ok {
		return status
	}
	a, cat, status := c.submitted(pos[1], catalogFlag.value)
	if a == nil {
		return status
	}
	data, status := c.readInput(pos[0], nil)
	if data == nil {
		return status
	}
	_, problems := review.Check(data, a, cat, &review.Options{Now: c.now, MaxSize: c.maxSize})
	if format.value == "json" {
		d, _ := assessment.DigestOf(a)
		c.writeJSON(json.RawMessage(digestJSON(problems, d, c.lang)))
	} else {
		c.reportProblems(c.stdout, pos[0], problems)
	}
	if len(problems) > 0 {
		return exitProblems
	}
	return exitOK
}

// runReviewFollowup says what became of the previous review's remediation
// plans, queries and conditions by the new assessment's date.
func runReviewFollowup(c *cli, args []string) int {
	var fs flagSet
	catalogFlag := fs.add("catalog", "")
	fs.lang()
	c.readsCSV(&fs)
	format := fs.add("format", "text", "text", "json")
	fs.maxSize()
	fs.add("output", "")
	pos, status, ok := c.parseArgs(&fs, args, 3, keyFollowupFiles)
	if !ok {
		return status
	}
	prev, cat, status := c.submitted(pos[1], catalogFlag.value)
	if prev == nil {
		return status
	}
	next, _, status := c.submitted(pos[2], catalogFlag.value)
	if next == nil {
		return status
	}
	r, status := c.loadReview(pos[0], prev, cat)
	if r == nil {
		return status
	}
	f, err := review.FollowUp(r, prev, next)
	if err != nil {
		return c.reportError(pos[2], err)
	}
	if format.value == "json" {
		c.writeJSON(f)
		return exitOK
	}
	io.WriteString(c.stdout, followupText(f, c.lang))
	return exitOK
}

// submitted reads and checks an assessment that a review concerns: any
// problem refuses it, a draft's gaps included (a review needs a submitted
// assessment, which Check reports).
func (c *cli) submitted(name, catalogRef string) (*assessment.Assessment, *criteria.Catalog, int) {
	data, status := c.readInput(name, nil)
	if data == nil {
		return nil, nil, status
	}
	doc, status := c.check(catalogRef, data)
	if doc == nil {
		return nil, nil, status
	}
	if len(doc.Problems) > 0 || doc.Assessment == nil {
		return nil, nil, c.refuse(name, doc.Problems, false)
	}
	return doc.Assessment, doc.Catalog, exitOK
}

// loadReview reads the review file name and checks it against a and cat; a
// review with any problem is refused with exit status 1.
func (c *cli) loadReview(name string, a *assessment.Assessment, cat *criteria.Catalog) (*review.Review, int) {
	data, status := c.readInput(name, nil)
	if data == nil {
		return nil, status
	}
	r, problems := review.Check(data, a, cat, &review.Options{Now: c.now, MaxSize: c.maxSize})
	if len(problems) > 0 {
		return nil, c.refuse(name, problems, false)
	}
	return r, exitOK
}

// digestJSON is validationJSON with the assessment's digest:
// {"valid": …, "digest": "sha256:…", "problems": […]}; the digest is left out
// when the assessment has none (it could not be read).
func digestJSON(ps dendai.Problems, d assessment.Digest, l i18n.Lang) []byte {
	b := []byte(`{"valid":`)
	b = strconv.AppendBool(b, len(ps) == 0)
	if d.IsValid() {
		b = append(b, `,"digest":"`...)
		b, _ = d.AppendText(b)
		b = append(b, '"')
	}
	b = append(b, `,"problems":`...)
	b = ps.AppendJSON(b, l)
	return append(b, '}')
}

// followupText renders a follow-up for the terminal: a heading, a count per
// outcome, and a line per commitment.
func followupText(f *review.Followup, l i18n.Lang) string {
	var b []byte
	line := func(s string) { b = append(b, i18n.Printable(s)...); b = append(b, '\n') }
	line(messages.Sprintf(l, keyFollowupHeading, f.PreviousOn.String(), f.ReviewedOn.String(), f.On.String()))
	line(messages.Sprintf(l, keyFollowupCounts, f.Count(review.Done), f.Count(review.Overdue), f.Count(review.Due), f.Count(review.Open)))
	for _, it := range f.Items {
		what := messages.Sprintf(l, kindKeys[it.Kind])
		if it.Criterion != "" {
			what += " " + string(it.Criterion)
		}
		s := messages.Sprintf(l, outcomeKeys[it.Outcome]) + "  " + it.Due.String() + "  " + what
		if it.Kind != review.ConditionKind {
			s += "  " + it.Before.Label().In(l) + " → " + it.Now.Label().In(l)
		}
		line(s)
		line("    " + it.Text)
	}
	return string(b)
}

var kindKeys = map[review.Kind]i18n.Key{
	review.Remediation: keyKindRemediation, review.QueryKind: keyKindQuery, review.ConditionKind: keyKindCondition,
}

var outcomeKeys = map[review.Outcome]i18n.Key{
	review.Done: keyOutcomeDone, review.Overdue: keyOutcomeOverdue, review.Open: keyOutcomeOpen, review.Due: keyOutcomeDue,
}
