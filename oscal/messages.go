package oscal

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// Codes of the problems that keep a document from being exported: what the
// catalog or the assessment holds, not how the functions were called. The
// error that reports them is a *dendai.Error.
const (
	// CodeNoDate: the assessment has no date, from which every OSCAL
	// timestamp of its results is made.
	CodeNoDate dendai.Code = "oscal.no_date"
	// CodeDateRange: the assessment's date lies outside the years 1900 to
	// 2999 that OSCAL timestamps allow.
	CodeDateRange dendai.Code = "oscal.date_range"
	// CodeIDCollision: two IDs of a catalog, or of one side of a mapping,
	// map to the same OSCAL ID (see ControlID), which OSCAL requires to be
	// unique.
	CodeIDCollision dendai.Code = "oscal.id_collision"
	// CodeEmptyMapping: the mapping has no entry with sources, and an OSCAL
	// mapping needs at least one map.
	CodeEmptyMapping dendai.Code = "oscal.empty_mapping"
)

// Keys of this package's messages: the problems above and the few labels
// dendai writes into OSCAL documents.
const (
	keyNoDate       = i18n.Key(CodeNoDate)
	keyDateRange    = i18n.Key(CodeDateRange)
	keyIDCollision  = i18n.Key(CodeIDCollision)
	keyEmptyMapping = i18n.Key(CodeEmptyMapping)

	keyPublisher  i18n.Key = "oscal.publisher"
	keyAssessor   i18n.Key = "oscal.assessor"
	keyTitle      i18n.Key = "oscal.title"
	keyAssessedOn i18n.Key = "oscal.assessed_on"
	keyEvidence   i18n.Key = "oscal.evidence"

	keyMappingTitle       i18n.Key = "oscal.mapping_title"
	keyMappingDescription i18n.Key = "oscal.mapping_description"
)

// messages is this package's message table. It is built once, from constant
// data, and never changed.
var messages = i18n.NewMessages(
	i18n.Message{Key: keyNoDate, JA: "評価日がありません。OSCAL のタイムスタンプは評価日から作ります", EN: "the assessment has no date, from which OSCAL timestamps are made"},
	i18n.Message{Key: keyDateRange, JA: "評価日 %s は OSCAL のタイムスタンプで表せる1900年から2999年の範囲外です", EN: "the assessment date %s is outside the years 1900 to 2999 that OSCAL timestamps allow"},
	i18n.Message{Key: keyEmptyMapping, JA: "対応付け「%s」には対応元のある項目が1件もありません。OSCAL の対応付けには少なくとも1件の map が必要です", EN: "the mapping %q has no entry with sources, and an OSCAL mapping needs at least one map"},
	i18n.Message{Key: keyIDCollision, JA: "%s と %s はどちらも OSCAL の ID「%s」になります。OSCAL の ID は重複できないため、どちらかの ID を変えてください", EN: "%s and %s both map to the OSCAL ID %q, which must be unique: change one of the IDs"},

	i18n.Message{Key: keyPublisher, JA: "発行者", EN: "Publisher"},
	i18n.Message{Key: keyAssessor, JA: "評価者", EN: "Assessor"},
	i18n.Message{Key: keyTitle, JA: "%sの自己評価（%s）", EN: "Self-assessment of %s (%s)"},
	i18n.Message{Key: keyAssessedOn, JA: "評価日: %s（%s）", EN: "Assessed on %s (%s)"},
	i18n.Message{Key: keyEvidence, JA: "根拠資料（%s）", EN: "Evidence (%s)"},
	i18n.Message{Key: keyMappingTitle, JA: "%s %s から %s %s への対応付け", EN: "Mapping of %s %s to %s %s"},
	i18n.Message{Key: keyMappingDescription, JA: "%s %s の各基準が %s %s のどの基準に答えるかを、NIST IR 8477 の集合論的関係（同等、部分集合、上位集合、一部重複、関係なし）で示す対応付け", EN: "Which criteria of %s %s answer each criterion of %s %s, and how, in the set theory relationships of NIST IR 8477 (equivalent, subset, superset, intersects, no relationship)"},
)
