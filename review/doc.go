// Package review is the bank's side of a self-assessment: a review that
// accepts, queries (照会) or overrides the answers, and decides, bound to the
// exact content of the assessment it is about.
//
// # The document
//
// A review is a dendai.review/v1 document (schema/review.schema.json):
//
//	{"format": "dendai.review/v1",
//	 "assessment": {"digest": "sha256:…", "catalog": "jpbank-checklist", "catalogVersion": "1.1.0"},
//	 "policy": "uniform", "reviewer": {"name": "…", "organization": "…"},
//	 "reviewedOn": "2026-11-20", "decision": "pending",
//	 "items": [
//	   {"criterion": "1-1", "decision": "accepted"},
//	   {"criterion": "1-30", "decision": "query", "question": "…", "due": "2026-12-15"},
//	   {"criterion": "1-10", "decision": "overridden", "status": "non_compliant", "reason": "…"}]}
//
// The overall decision is approved, conditionally_approved (with
// "conditions": [{"text": …, "due": …}]), rejected or pending. A criterion
// without an item has no decision of its own: its self-assessed status
// stands.
//
// Decode reads a document strictly; Validate checks a review against the
// catalog and the assessment; Check does both and locates every problem by
// line and column. Every problem is a dendai.Problem with a code of this
// package (CodeDigestMismatch, CodeQueryIncomplete, …).
//
// # Binding
//
// A review names the assessment by the digest of its content
// (assessment.DigestOf): the SHA-256 of its canonical form, the same for its
// JSON and CSV forms. Checked against any other assessment, a review is
// refused with CodeDigestMismatch, whose message names both digests. An
// approved review may not keep an open query: see Validate.
//
// # Scoring under review
//
// Apply returns the assessment with the reviewer's statuses in place of the
// overridden ones; scoring it with the review's policy gives the reviewed
// score, beside the self-assessed one.
//
// # A year later
//
// FollowUp takes the previous review, the assessment it reviewed and a new
// assessment, and says what became of each remediation plan, query and
// condition by the new assessment's date: done, overdue, still open, or due
// for the reviewer to confirm (see Outcome).
//
// Signing a review is the dsse package's, with payload type
// dsse.PayloadTypeReview.
package review
