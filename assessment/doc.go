// Package assessment records an EPISP's self-assessment against a catalog of
// criteria, reads and writes it as JSON, and validates it, reporting every
// problem at once, in Japanese and English.
//
// # The document
//
// An [Assessment] is the dendai.assessment/v1 document:
//
//	{
//	  "format": "dendai.assessment/v1",
//	  "catalog": "jpbank-checklist",
//	  "catalogVersion": "1.0.0",
//	  "state": "submitted",
//	  "assessedOn": "2026-11-01",
//	  "subject": {
//	    "name": {"ja": "株式会社サンプルペイ", "en": "Sample Pay Inc."},
//	    "corporateNumber": "5010001112730",
//	    "registrationNumber": "関東財務局長（電代）第12号"
//	  },
//	  "assessor": {"name": "山田 太郎", "email": "t.yamada@example.jp"},
//	  "responses": [
//	    {"criterion": "1-30", "status": "partially_compliant",
//	     "comment": "管理者アカウントのみ多要素認証",
//	     "remediation": {"action": "全アカウントに多要素認証を導入", "owner": "情報システム部", "due": "2027-03-31"}},
//	    {"criterion": "1-48", "status": "not_applicable",
//	     "justification": "スマートフォンアプリを提供していないため"}
//	  ]
//	}
//
// A draft may leave criteria out; a submitted assessment answers every one.
// [Template] makes a blank draft with every criterion of a catalog.
//
// # Values
//
// [Status] is compliant, partially_compliant, non_compliant, not_applicable or
// not_assessed (the zero value). [ParseStatus] also reads the Japanese labels
// and the marks of Japanese checklists, with the characters people type for
// them, ignoring width, case and surrounding spaces:
//
//	compliant            適合  ○ ◯ 〇 (U+3007, the IME's まる)
//	partially_compliant  一部適合  △
//	non_compliant        不適合  × ✕ x X
//	not_applicable       該当なし  対象外  － - ー (U+30FC)  N/A
//	not_assessed         未評価
//
// In the English forms a space or a hyphen may stand for the underscore
// (Partially compliant, non-compliant). [Date] is a calendar
// date written YYYY-MM-DD. [CorporateNumber] is the 13-digit 法人番号 with its
// check digit verified; [RegistrationNumber] is an EPISP registration such as
// 関東財務局長（電代）第12号. Each parses leniently (full-width digits, spaces,
// hyphens or ASCII parentheses) and prints one normalised form.
//
// The values are small comparable values, like netip.Addr: == compares them,
// and their Equal methods let go-cmp compare whole assessments with no options.
// IsValid reports whether a value holds a well-formed value; the zero value of
// Date, CorporateNumber, RegistrationNumber, Bureau and State holds none and is
// not valid, while the zero Status is NotAssessed. A value that does not parse
// is an error of type *dendai.Error holding one problem, whose Code
// ([CodeStatusInvalid], [CodeDateInvalid], [CodeCorporateNumberCheckDigit], …)
// says what is wrong and whose message, in both languages, quotes the input.
//
// # Reading and checking
//
// [Decode] reads a document strictly: malformed JSON, invalid UTF-8, trailing
// data, duplicate keys, unknown fields, wrong types and unparseable values are
// refused, and input over [DefaultMaxSize] (8 MiB, or [Options].MaxSize) is not
// read. A top-level "$schema" string, the address of the JSON Schema that
// editors use, is allowed and kept in [Assessment].Schema. [Validate] checks an assessment against a [criteria.Catalog]: field rules
// (validator/v10 struct tags), the catalog and its version, unknown and duplicate
// responses, completeness of a submitted assessment, a justification for
// not_applicable, a remediation plan for partially_compliant and non_compliant,
// due dates not before the assessment date, and an assessment date not after
// today in Japan ([Options].Now sets the clock). [Check] does both and locates
// every problem by JSON Pointer, line and column:
//
//	a, problems := assessment.Check(criteria.Checklist(), data, nil)
//	for _, p := range problems {
//		fmt.Println(p.Describe(i18n.Japanese))
//		// 10行目、5列目（/responses/0/remediation、ID 1-30）: 「一部適合」または「不適合」とする場合は、…
//	}
//
// A [dendai.Problem] has a stable Code for programs, one of this package's
// (such as [CodeRemediationRequired]) or one every reader shares (such as
// dendai.CodeUnknownField), and a Message in both languages for people. No
// input makes the package panic.
//
// [Encode] writes an assessment back with a fixed field order; decoding what it
// writes gives back the same assessment. It never changes a value to write it:
// a text that is not valid UTF-8 is refused ([CodeValidationUTF8]), as
// Validate refuses it, rather than written with U+FFFD in its place.
//
// # Evidence references
//
// An [Evidence].Ref is either a link, an http or https URL, or a plain
// reference, such as a document number or a file name, shown as text.
// [EvidenceURL] makes that decision, once, for Validate and for every report,
// and makes it as a browser would (the WHATWG URL Standard): C0 controls and
// spaces around the reference are ignored, tabs and newlines within it are
// removed, and the scheme is case-insensitive. So "java\tscript:alert(1)",
// "java\nscript:alert(1)" and "\x00javascript:alert(1)" all have the scheme
// javascript, and an embedder that links what Validate accepts links none of
// them.
//
// A scheme is an ASCII letter followed by ASCII letters, digits, '+', '-' or
// '.', then ':'. Validate accepts an http or https URL with something after
// its "//", and refuses every other scheme with [CodeValidationEvidenceRef]:
// javascript:, data:, vbscript: and file:, but also urn:, mailto: and schemes
// no one has heard of. No list of harmless schemes is safe, as a browser
// hands a scheme it does not know to whatever program claims it (ms-msdt:
// was one); a reference that is not a web link is a plain reference.
//
// A reference that does not start with a scheme is plain, whatever colons it
// holds: 第3条: 規程, 2024:規程-3 (a digit first), 規程:3 (a non-ASCII
// character first) and "SEC 001: 規程" (a space before the colon). A document
// number whose part before its first colon would read as a scheme, such as
// SEC:001, is written ./SEC:001, as RFC 3986 (section 4.2) writes a relative
// reference whose first segment holds a colon; it is then shown as written.
//
// # Text
//
// Every text must be valid UTF-8: Decode refuses invalid UTF-8 in a document
// (dendai.CodeInvalidUTF8), and Validate refuses it in an assessment built in
// Go ([CodeValidationUTF8]), at the text's JSON Pointer. IDs, the assessor's
// email address, the corporate number and the registration number may hold no
// invisible format character (Unicode category Cf): no bidirectional control
// (U+202A–U+202E, U+2066–U+2069), zero-width space or joiner (U+200B–U+200D),
// direction mark, word joiner or byte order mark, which would make a value
// look like another. Validate and the Parse functions refuse them with
// [CodeFormatChar], naming the character.
//
// # Other catalogs and other versions
//
// [Project] answers another catalog's criteria from an assessment, through a
// [criteria.Mapping]: assess once against Japan Post Bank's checklist, and
// get a draft against its standard, or against another bank's criteria that
// descend from the same source. The rule is conservative (a subset answers
// partially at best, and an unanswered source leaves its target open) and
// every derived response says where it came from in [Response].DerivedFrom,
// the document's optional "derivedFrom":
//
//	{"criterion": "S1-1", "status": "compliant",
//	 "derivedFrom": [{"criterion": "1-1", "relationship": "equivalent", "status": "compliant"},
//	                 {"criterion": "1-2", "relationship": "equivalent", "status": "compliant"}]}
//
// [Migrate] carries an assessment over to a new version of its catalog:
// unchanged criteria keep their answers, changed ones keep theirs flagged
// for review ([Response].NeedsReview, "needsReview": true), and added ones
// are not_assessed.
//
// # Canonical form and digest
//
// A bank's review (package review) is bound to the content of an assessment,
// not to a file, by its digest: "sha256:" and the lowercase hexadecimal
// SHA-256 of its canonical form (DigestOf, Canonical). The canonical form is
// the dendai.assessment/v1 document as Encode writes it (fixed members, empty
// optional members left out, statuses and dates in their text form), without
// "$schema", with the responses in the byte order of their criterion IDs
// (responses to one criterion keep their order; evidence keeps its order), in
// the JSON Canonicalization Scheme of RFC 8785 (members sorted, no
// whitespace, minimal string escapes). So the JSON form with any whitespace or
// member order, with or without "$schema", and the CSV form of the same
// content have one digest; any changed value, a comment's included, changes
// it. Nothing is left out: derivedFrom and needsReview, which the CSV form
// does not carry, count when present, so an assessment that has them has its
// JSON form as its one form to review (a submitted assessment never has
// needsReview). Strings are taken as they are, not normalized (NFC): the
// content is what the EPISP wrote.
package assessment
