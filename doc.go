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
//   - [github.com/dendai-go/dendai/spreadsheet]: the CSV template exchanged as a
//     spreadsheet (UTF-8 or Shift_JIS), and Check, which reads an assessment in
//     any of its forms, told apart by content.
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
//	bytes (JSON or CSV) -> spreadsheet.Check(data, opts) -> *Assessment, problems
//	-> policy.Score(assessment) -> *Result -> report, OSCAL or JSON
//
// # Guarantees
//
// The library does no I/O of its own, reads no environment variables and prints
// nothing; the command-line tool does those. Catalogs are immutable and safe for
// concurrent use. The built-in data loads lazily, on first use. Untrusted input is
// bounded in size, read strictly, and never makes the library panic.
package dendai
