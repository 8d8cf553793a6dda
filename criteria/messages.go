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
)
