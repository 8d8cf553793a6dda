// Package criteria holds the criteria a bank applies to Electronic Payment
// Intermediate Service Providers (EPISPs, 電子決済等代行業者): typed, versioned,
// bilingual catalogs, the two built-in ones from Japan Post Bank, and a loader for
// your own.
//
// # Catalogs
//
// A [Catalog] is a tree of [Group]s (a part, then its categories; or the sections
// of a standard) whose leaves are [Criterion] values. Every text exists in Japanese
// and English as an [i18n.Text]. Criteria and groups share one namespace of [ID]s
// within a catalog.
//
//	cl := criteria.Checklist()
//	cr, _ := cl.Criterion("1-30")
//	fmt.Println(cr.Text().In(i18n.Japanese), cr.Group().ID())
//
// Lookups by ID take constant time and do not allocate; [Catalog.All] and the
// group iterators walk the tree in document order.
//
// # Values
//
// A catalog is immutable and safe for concurrent use: nothing reachable from it
// can be changed by a caller. A *Catalog is a handle on the loaded data, and
// [Criterion] and [Group] are small values that refer into it, returned by value
// from lookups, iterators, [Criterion.Group] and [Group.Parent]; [Criterion.Standard]
// returns a copy. Assigning to what the package returned changes only that
// variable: after *criteria.Checklist() = criteria.Catalog{}, the next call to
// [Checklist] returns the full built-in catalog again.
//
// [Catalog.Equal], [Criterion.Equal] and [Group.Equal] compare by content: a
// catalog loaded from a byte-identical copy of a built-in catalog's document
// equals it, and its criteria and groups equal the built-in's. cmp.Diff
// (github.com/google/go-cmp) uses these methods, so it needs no options for
// catalogs, criteria and groups. Within one loaded catalog, == on Criterion and
// Group values tells the same criterion or group.
//
// The zero Criterion and the zero Group stand for none: a failed lookup returns
// them, as does Parent for a top-level group. They are not valid ([Criterion.IsValid],
// [Group.IsValid]) and their methods return zero values, with an Index of -1. The
// zero Catalog is an empty catalog.
//
// # The built-in catalogs
//
// [Checklist] (ID jpbank-checklist) is Japan Post Bank's checklist
// 電子決済等代行業者に求める基準: part (1), measures for handling user information
// properly and securely, with items 1-1 to 1-55 in 10 categories; part (2), systems
// for legal compliance, with 2-1 (business continuity management) and 2-2
// (exclusion of anti-social forces): 57 items in 12 categories.
//
// [Standard] (ID jpbank-standard) is the standard Japan Post Bank publishes under
// Article 52-61-11 of the Banking Act, 電子決済等代行業者に求める事項の基準:
// requirements S1-1 to S10-15 in sections (1) to (10), 51 in all.
//
// The Japanese texts are quoted verbatim from the bank's documents; the English
// texts are dendai's. Two points of the sources are kept as they are rather than
// repaired. The checklist's row 12 lost its item text when the document was
// extracted and holds only the category heading 外部委託管理, so item 1-12 has that
// heading as its text and a note saying so, and items 1-13 and 1-14 take their text
// from the column where the source has it. Requirement S10-15 wraps onto two lines
// in the source; it is joined without the line break.
//
// Both load on first use, through the same loader as a custom catalog, from JSON
// files embedded in the package.
//
// # The crosswalk
//
// Each checklist item lists the standard requirements it implements
// ([Criterion.Standard]); [ImplementedBy] reads the mapping backwards and [Gaps]
// lists what no item covers. The mapping was made by reading both documents. Every
// requirement of sections (1) to (9) is implemented by at least one item; the
// checklist items of a category mostly follow the requirements of the matching
// section in order, and where an item's wording is far from any requirement the
// mapping follows that order: item 1-10 (objective proof of the security
// framework) stands where S1-8 (security of chained connections) stands, and no
// item names cloud services (S2-2), which items 1-12 and 1-13 on outsourcing are
// taken to cover.
//
// These requirements of section (10) have no checklist item, so an assessment
// against the checklist says nothing about them:
//
//   - S10-1 legal compliance framework
//   - S10-4 provisions on compensation for damages in the terms of service
//   - S10-6 anti-money laundering measures
//   - S10-7 measures against financial crime
//   - S10-8 integrity in system development
//   - S10-9 integrity through detection of invalid data and consistency checks
//   - S10-10 the business's contribution to customers and to the bank's services
//   - S10-11 users who are minors, and the exclusion of organized crime groups
//   - S10-13 information and alerts to users
//   - S10-14 handling of users' personal information
//   - S10-15 notifying users of the result of funds transfers
//
// Assess against the standard itself (jpbank-standard) to cover them.
//
// # Custom catalogs
//
// [Parse] and [Read] load a dendai.catalog/v1 document, the format of the
// embedded data, described by the JSON Schema in package schema:
//
//	{
//	  "format": "dendai.catalog/v1",
//	  "id": "my-bank",
//	  "version": "2026.1",
//	  "title": {"ja": "…", "en": "…"},
//	  "groups": [
//	    {"id": "security", "title": {"ja": "…", "en": "…"},
//	     "criteria": [{"id": "SEC-1", "text": {"ja": "…", "en": "…"}}]}
//	  ]
//	}
//
// Groups nest through "groups"; a group holds either subgroups or criteria, never
// both and never neither. publisher, legalBasis and source are optional; a
// criterion may have a note and a standard list.
//
// # Problems
//
// The loader is strict and reports every problem at once as a [*dendai.Error]:
// each [dendai.Problem] has the JSON Pointer, line and column, a stable code and a
// message in both languages, and names what it concerns: Problem.Criterion the
// criterion, Problem.Group the group (a problem with a group's own fields, or an
// empty or mixed group), or neither for the catalog as a whole. Input over the
// size limit ([Options].MaxSize, 4 MiB by default), malformed JSON, invalid UTF-8,
// trailing data, duplicate keys, unknown fields, wrong types and missing texts are
// refused with the codes package dendai shares (dendai.CodeWrongType,
// dendai.CodeMissingJA, …); what is wrong with the catalog itself has the codes
// of this package: [CodeFormat], [CodeInvalidID], [CodeDuplicateID],
// [CodeEmptyGroup], [CodeMixedGroup], [CodeNoGroups], [CodeInvalidVersion] and
// [CodeDuplicateRef].
package criteria
