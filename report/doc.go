// Package report renders what dendai computes for people: score reports as
// text, Markdown and HTML; the comparison of two results; and the description
// of a policy. The spreadsheet forms of an assessment, in which a checklist
// travels between a bank and an EPISP, are in package spreadsheet.
//
// # Score reports
//
// A [Report] bundles what a report shows: the policy (which holds the
// catalog), the assessment and its scoring.Result. [Report.Text], [Report.Markdown] and
// [Report.HTML] render the same content in the chosen language:
//
//	r := &report.Report{Policy: p, Assessment: a, Result: p.Score(a)}
//	fmt.Print(r.Text(i18n.Japanese))
//
// Each opens with the gates, since a failed gate fails the assessment whatever
// the score; then the score, rating and coverage; the score of every group; the
// improvements that would raise the score most; and, in Markdown and HTML, every
// criterion with its status, weight, points and notes. Text output lines up in a
// terminal for Japanese too, counting wide characters as two columns
// (golang.org/x/text/width).
//
// The HTML page is one self-contained file: inline CSS with print rules, an
// inline SVG radar chart of the category scores, no scripts and nothing loaded
// from elsewhere. All text passes through html/template; evidence becomes a link
// only when assessment.EvidenceURL says its reference is an http or https URL,
// read as a browser reads it. Markdown escapes the
// text it quotes so that an assessment cannot add markup or links of its own.
//
// # Answers carried over
//
// An assessment projected from another catalog through a mapping carries, in
// each derived response, where its answer came from (assessment.Response
// DerivedFrom); a migrated one flags the answers to check again (NeedsReview).
// The reports of such an assessment add what is still to do for the
// catalog's bank: the criteria to answer (nothing carries over to them), to
// complete (their answers come through subset or intersects relationships,
// which cover only part of them) and to review. The text report then lists
// where each answer came from, with the relationship and the answer of each
// source ("G-1  Partially compliant  ← 1-1 (subset, Compliant)"); Markdown
// and HTML show it in the notes of every criterion. An assessment with
// neither field renders as before.
//
// [DiffText] renders a scoring.Delta; [PolicyText] and [PolicyMarkdown] describe
// a policy with every criterion's tier, weight and rationale.
//
// The package does no I/O of its own beyond the io.Writer a caller passes.
package report
