package criteria

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems the catalog loader reports beyond the shared ones of
// package dendai (dendai.CodeWrongType, dendai.CodeMissingJA, …). They are
// stable, for programs to branch on.
const (
	// CodeFormat: the document's format is not dendai.catalog/v1.
	CodeFormat dendai.Code = "catalog.format"
	// CodeInvalidID: an ID, or an ID in a criterion's standard list, is
	// malformed (see ID.IsValid).
	CodeInvalidID dendai.Code = "catalog.invalid_id"
	// CodeDuplicateID: an ID is used twice in the catalog, by criteria or
	// groups alike.
	CodeDuplicateID dendai.Code = "catalog.duplicate_id"
	// CodeEmptyGroup: a group has neither criteria nor subgroups.
	CodeEmptyGroup dendai.Code = "catalog.empty_group"
	// CodeMixedGroup: a group has both criteria and subgroups.
	CodeMixedGroup dendai.Code = "catalog.mixed_group"
	// CodeNoGroups: the catalog has no groups.
	CodeNoGroups dendai.Code = "catalog.no_groups"
	// CodeInvalidVersion: the version is empty or has spaces.
	CodeInvalidVersion dendai.Code = "catalog.invalid_version"
	// CodeDuplicateRef: a criterion's standard list names a requirement twice.
	CodeDuplicateRef dendai.Code = "catalog.duplicate_reference"
)

// Codes of the problems the mapping loader, ParseMapping, reports beyond the
// shared ones of package dendai. They are stable, for programs to branch on.
const (
	// CodeMappingFormat: the document's format is not dendai.mapping/v1.
	CodeMappingFormat dendai.Code = "mapping.format"
	// CodeMappingInvalidID: the mapping's ID, or a catalog ID it names, is
	// malformed (see ID.IsValid).
	CodeMappingInvalidID dendai.Code = "mapping.invalid_id"
	// CodeMappingInvalidVersion: a version of the mapping or of a catalog it
	// names is empty or has spaces.
	CodeMappingInvalidVersion dendai.Code = "mapping.invalid_version"
	// CodeMappingSourceCatalog: the mapping's source is not the source catalog
	// given to ParseMapping (another ID or version).
	CodeMappingSourceCatalog dendai.Code = "mapping.source_catalog"
	// CodeMappingTargetCatalog: the mapping's target is not the target
	// catalog given to ParseMapping (another ID or version).
	CodeMappingTargetCatalog dendai.Code = "mapping.target_catalog"
	// CodeMappingUnknownSource: a source ID names no criterion of the source
	// catalog.
	CodeMappingUnknownSource dendai.Code = "mapping.unknown_source"
	// CodeMappingUnknownTarget: a target ID names no criterion of the target
	// catalog.
	CodeMappingUnknownTarget dendai.Code = "mapping.unknown_target"
	// CodeMappingDuplicateTarget: two entries have the same target.
	CodeMappingDuplicateTarget dendai.Code = "mapping.duplicate_target"
	// CodeMappingDuplicateSource: an entry lists a source twice.
	CodeMappingDuplicateSource dendai.Code = "mapping.duplicate_source"
	// CodeMappingNoSources: an entry has no sources but a relationship other
	// than none.
	CodeMappingNoSources dendai.Code = "mapping.no_sources"
	// CodeMappingRelationship: a relationship is not one of equivalent,
	// subset, superset, intersects and none. ParseRelationship and
	// Relationship.MarshalText report it too.
	CodeMappingRelationship dendai.Code = "mapping.relationship"
	// CodeMappingDate: the provenance's date is not a date written
	// YYYY-MM-DD.
	CodeMappingDate dendai.Code = "mapping.date"
	// CodeMappingBlank: a provenance field is empty or blank; leave it out
	// instead.
	CodeMappingBlank dendai.Code = "mapping.blank"
)

// CodeMappingNotVersions is the code of the error VersionMapping returns for
// two catalogs that are not versions of one catalog: their IDs differ. It is
// stable, for programs to branch on.
const CodeMappingNotVersions dendai.Code = "mapping.not_versions"

// keyVersionTextChanged is the rationale VersionMapping gives an entry whose
// criterion changed its text.
const keyVersionTextChanged i18n.Key = "mapping.version_text_changed"

func keyOf(c dendai.Code) i18n.Key { return i18n.Key(c) }

func msg(c dendai.Code, ja, en string) i18n.Message {
	return i18n.Message{Key: i18n.Key(c), JA: ja, EN: en}
}

// messages is the table of the problems this package reports; the shared
// problems of JSON syntax and shape have theirs in package jsonx.
var messages = i18n.NewMessages(
	msg(CodeFormat, "format には \"dendai.catalog/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.catalog/v1\", not %q"),
	msg(CodeInvalidID, "「%s」はIDとして使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の文字列にしてください", "%q is not a valid ID: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit"),
	msg(CodeDuplicateID, "ID「%s」は %s で既に使われています", "the ID %q is already used at %s"),
	msg(CodeEmptyGroup, "グループ「%s」に基準もサブグループもありません", "the group %q has neither criteria nor subgroups"),
	msg(CodeMixedGroup, "グループ「%s」に基準とサブグループが混在しています。基準はサブグループを持たないグループに置いてください", "the group %q has both criteria and subgroups; put criteria only in groups without subgroups"),
	msg(CodeNoGroups, "カタログにグループが一つもありません", "the catalog has no groups"),
	msg(CodeInvalidVersion, "バージョン「%s」は使えません。1.0.0 のように空白を含まない文字列で指定してください", "the version %q is not valid: give a string without spaces, such as 1.0.0"),
	msg(CodeDuplicateRef, "「%s」が重複して記載されています", "%q is listed twice"),

	msg(CodeMappingFormat, "format には \"dendai.mapping/v1\" を指定してください（「%s」が指定されています）", "format must be \"dendai.mapping/v1\", not %q"),
	msg(CodeMappingInvalidID, "「%s」はIDとして使えません。英数字で始まる、英数字・ハイフン・アンダースコア・ドットからなる64文字以内の文字列にしてください", "%q is not a valid ID: use up to 64 letters, digits, hyphens, underscores or dots, starting with a letter or digit"),
	msg(CodeMappingInvalidVersion, "バージョン「%s」は使えません。1.0.0 のように空白を含まない文字列で指定してください", "the version %q is not valid: give a string without spaces, such as 1.0.0"),
	msg(CodeMappingSourceCatalog, "対応表の対応元は %s %s ですが、指定されたカタログは %s %s です", "the mapping's source is %s %s, but the catalog given is %s %s"),
	msg(CodeMappingTargetCatalog, "対応表の対応先は %s %s ですが、指定されたカタログは %s %s です", "the mapping's target is %s %s, but the catalog given is %s %s"),
	msg(CodeMappingUnknownSource, "対応元のカタログ %s に基準「%s」はありません", "the source catalog %s has no criterion %q"),
	msg(CodeMappingUnknownTarget, "対応先のカタログ %s に基準「%s」はありません", "the target catalog %s has no criterion %q"),
	msg(CodeMappingDuplicateTarget, "対応先「%s」の対応は %s に既にあります", "the target %q is already mapped at %s"),
	msg(CodeMappingDuplicateSource, "対応元「%s」が重複して記載されています", "the source %q is listed twice"),
	msg(CodeMappingNoSources, "対応先「%s」に対応元がありません。対応元を挙げるか、関係を \"none\" にしてください", "the target %q has no sources: list them, or make the relationship \"none\""),
	msg(CodeMappingRelationship, "関係「%s」は使えません。equivalent、subset、superset、intersects、none のいずれかを指定してください", "the relationship %q is not valid: use equivalent, subset, superset, intersects or none"),
	msg(CodeMappingDate, "日付「%s」は使えません。2026-11-25 のように YYYY-MM-DD 形式で指定してください", "the date %q is not valid: write it YYYY-MM-DD, such as 2026-11-25"),
	msg(CodeMappingBlank, "「%s」が空です。値がない場合は項目ごと省略してください", "%s is empty: leave the field out instead"),

	msg(CodeMappingNotVersions, "カタログ「%s」と「%s」は同じカタログの別バージョンではないため、バージョン間の対応表は作れません", "the catalogs %q and %q are not versions of one catalog, so no mapping between versions can be derived"),
	i18n.Message{Key: keyVersionTextChanged, JA: "バージョン %s から %s で基準の本文が変わりました。回答を見直してください", EN: "The text of the criterion changed from version %s to %s: review the answer."},
)
