// Package dendai is a Go SDK for the criteria Japanese banks publish for the
// fintech companies that connect to their APIs: Electronic Payment Intermediate
// Service Providers (EPISPs, 電子決済等代行業者), under Article 52-61-11 of the
// Banking Act (銀行法第52条の61の11).
//
// The name comes from 電代, short for 電子決済等代行業.
//
// # Packages
//
// This package holds the one problem model every reader shares: [Problem],
// [Problems] and [Error], with the codes of the problems common to every
// document ([CodeWrongType], [CodeTooManyProblems], …).
//
//   - [github.com/dendai-go/dendai/criteria]: typed, versioned, bilingual catalogs
//     of criteria. Two are built in: Japan Post Bank's checklist
//     (jpbank-checklist, 57 items) and its published standard (jpbank-standard,
//     51 requirements), with their earlier versions and a mapping between them.
//     Custom catalogs load from dendai.catalog/v1 JSON, mappings from
//     dendai.mapping/v1.
//   - [github.com/dendai-go/dendai/i18n]: Japanese and English: the Text type,
//     language negotiation from Accept-Language headers and POSIX locales, and
//     the message tables each package keeps.
//   - [github.com/dendai-go/dendai/assessment]: an EPISP's self-assessment (status per
//     criterion, evidence, justification, remediation plan), read strictly from
//     dendai.assessment/v1 JSON and validated against a catalog, every problem
//     reported at once with its place, in both languages.
//   - [github.com/dendai-go/dendai/scoring]: transparent weighted policies (weights,
//     credits, gates, rating bands), exact scores with explanations, and the
//     comparison of two results.
//   - [github.com/dendai-go/dendai/review]: the bank's review of a submission
//     (dendai.review/v1): a decision per criterion (accepted, a query with its
//     due date, or an override with the reviewer's status and reason) and an
//     overall decision, bound to the assessment's content digest; the reviewed
//     score; and the follow-up of remediations, queries and conditions a year
//     later.
//   - [github.com/dendai-go/dendai/spreadsheet]: the forms people fill: the CSV
//     template (UTF-8, Shift_JIS or UTF-16) and the Excel workbook (a protected
//     checklist with a status dropdown, read back with every problem at its
//     cell, and a result workbook), and Check, which reads an assessment in any
//     of its forms, told apart by content. It is the only package that links
//     excelize.
//   - [github.com/dendai-go/dendai/report]: text, Markdown and HTML reports with a
//     radar chart.
//   - [github.com/dendai-go/dendai/oscal]: OSCAL catalogs, assessment results and
//     mapping collections.
//   - [github.com/dendai-go/dendai/schema]: JSON Schemas of the public JSON formats.
//   - [github.com/dendai-go/dendai/dsse]: DSSE envelopes that sign an assessment,
//     a result or a review with the caller's keys, and verify them.
//   - [github.com/dendai-go/dendai/dendaitest]: conformance checks and fixtures
//     for the tests of programs built on dendai.
//   - The dendai command (cmd/dendai) does all of this from the command line.
//
// # Flow
//
// A catalog names the criteria; an EPISP's self-assessment answers them; dendai
// validates the answers against the catalog, with every problem reported in
// Japanese and English, and scores them under a transparent weighted policy:
//
//	bytes (JSON, CSV or .xlsx) -> spreadsheet.Check(data, opts) -> *Assessment, problems
//	-> policy.Score(assessment) -> *Result -> report, OSCAL, JSON or a workbook
//
// A bank reviews the assessment it received: assessment.DigestOf names its
// content (sha256 of a canonical form, the same for the JSON, CSV and workbook
// forms), a review bound to that digest records the reviewer's decisions, and
// review.Apply gives the assessment the reviewed score is computed from. Any
// of these documents can be signed as a DSSE envelope.
//
// # Guarantees
//
// The library does no I/O of its own, reads no environment variables and prints
// nothing; the command-line tool does those. Catalogs are immutable and safe for
// concurrent use. The built-in data is compiled in and linked up on first use.
// Untrusted input is bounded in size and read strictly, in one streaming pass
// that builds no tree of the document: a value of the wrong type is refused
// where it starts without being built, problems past MaxProblems are counted,
// not built, and line and column are worked out only for the problems
// reported. Memory stays under 8 times the input for every reader
// (memory_test.go), and no valid input makes any output panic
// (FuzzOutputs).
package dendai
