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
// # Versions
//
// A built-in catalog keeps its earlier versions: [Checklist], [Standard] and
// [Builtin] return the newest, [BuiltinVersion] any of them, and
// [BuiltinVersions] lists them, oldest first. An assessment made against an
// earlier version still validates against that version. jpbank-checklist has
// 1.0.0, with the first crosswalk, and 1.1.0, with the crosswalk corrected by an
// expert review and clearer English for 1-5, 1-26 and 1-54; their Japanese texts
// are the same. jpbank-standard has 1.0.0 and 1.0.1, which explains a chained
// connection in the English of S1-8 and says egress controls in S5-2; their
// Japanese texts and requirements are the same.
//
// # The crosswalk
//
// Each checklist item lists the standard requirements it implements
// ([Criterion.Standard]); [ImplementedBy] reads the crosswalk backwards and
// [Gaps] lists what no item covers. The crosswalk was made by reading both
// documents, and corrected in version 1.1.0 after an expert review of every
// item against the standard.
//
// Items 1-10 (objective proof of the security management framework) and 1-12 (a
// heading row without item text) implement no requirement. Every other
// requirement of sections (1) to (9) is implemented by at least one item. No item
// names cloud services (S2-2): items 1-13 and 1-14 on outsourcing reach them only
// where the use of a cloud service is read as outsourcing.
//
// These requirements have no checklist item, so an assessment against the
// checklist says nothing about them:
//
//   - S1-8 security of chained connections
//   - S10-1 legal compliance framework
//   - S10-4 provisions on compensation for damages in the terms of service
//   - S10-6 anti-money laundering measures
//   - S10-7 measures against financial crime (item 1-18 implements S10-12,
//     preventing the spread of damage to users, which the standard lists
//     apart)
//   - S10-9 integrity through detection of invalid data and consistency checks
//   - S10-10 the business's contribution to customers and to the bank's services
//   - S10-11 users who are minors, and the exclusion of organized crime groups
//   - S10-15 notifying users of the result of funds transfers
//
// These requirements are covered in part, which the built-in mapping
// [ChecklistToStandard] records with its relationships (subset or intersects,
// with a rationale): S2-2 (cloud services) as said above; S10-5 (exclusion of
// anti-social forces) by 2-2, which concerns the EPISP itself only; S10-8
// (integrity in system development) by 1-33 to 1-35, on system changes; S10-13
// (information and alerts to users) by 1-54 and 1-55, on explaining API usage;
// S10-14 (handling of users' personal information) by 1-6 and 1-42, which
// concern information assets and data of every kind. Assess against the
// standard itself (jpbank-standard) to cover everything, or project a checklist
// assessment onto it and answer what remains.
//
// # Mappings
//
// A [Mapping] relates the criteria of a source catalog to those of a target
// catalog: for each target criterion it maps, a [MappingEntry] lists the source
// criteria that answer it and says how they relate to it, as a [Relationship]
// of NIST IR 8477 (the relationships of OSCAL 1.2's mapping model):
// [Equivalent], [Subset] (the sources ask less than the target), [Superset]
// (they ask more), [Intersects] (each asks something the other does not) or
// [NoRelationship]. [ParseMapping] reads a dendai.mapping/v1 document, described
// by the JSON Schema in package schema, against the two catalogs it maps:
//
//	{
//	  "format": "dendai.mapping/v1",
//	  "id": "jpbank-checklist-to-my-bank",
//	  "version": "1.0.0",
//	  "source": {"catalog": "jpbank-checklist", "version": "1.1.0"},
//	  "target": {"catalog": "my-bank", "version": "2026.1"},
//	  "provenance": {"author": "…", "date": "2026-11-25", "method": "expert review"},
//	  "entries": [
//	    {"target": "SEC-1", "sources": ["1-30"], "relationship": "equivalent"},
//	    {"target": "SEC-2", "sources": ["1-31", "1-40"], "relationship": "subset",
//	     "rationale": {"ja": "…", "en": "…"}}
//	  ]
//	}
//
// provenance and rationale are optional. [ChecklistToStandard] is the built-in
// mapping jpbank-checklist-to-standard, the crosswalk as a mapping, loaded
// through ParseMapping. Like a catalog, a *Mapping is an immutable handle,
// compared with [Mapping.Equal].
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
// [CodeDuplicateRef]. A catalog, like a mapping, may have a top-level "$schema"
// string, the address of its JSON Schema for editors, which is otherwise ignored.
//
// [ParseMapping] reports its problems the same way, a problem of an entry naming
// the entry's target in Problem.Criterion, with the codes [CodeMappingFormat],
// [CodeMappingInvalidID], [CodeMappingInvalidVersion], [CodeMappingSourceCatalog],
// [CodeMappingTargetCatalog], [CodeMappingUnknownSource], [CodeMappingUnknownTarget],
// [CodeMappingDuplicateTarget], [CodeMappingDuplicateSource], [CodeMappingNoSources],
// [CodeMappingRelationship], [CodeMappingDate] and [CodeMappingBlank].
package criteria
