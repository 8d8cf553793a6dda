package criteria

import (
	"slices"

	"github.com/dendai-go/dendai/i18n"
)

// CatalogDiff is what changed from one catalog to another, usually from one
// version of a catalog to the next, as [Diff] finds it. Criteria are matched
// by ID. Each list is in catalog order: Removed in the old catalog's, the
// others in the new one's. A criterion can be both changed and moved.
//
// A CatalogDiff is a plain value: its slices are its own.
type CatalogDiff struct {
	// OldID and OldVersion name the old catalog; NewID and NewVersion the
	// new one. Diff compares catalogs whatever their IDs.
	OldID, NewID           ID
	OldVersion, NewVersion string
	// Title is the change of the catalog's title; the zero TextChange when
	// the title is the same.
	Title TextChange
	// Added lists the criteria of the new catalog the old one has not.
	Added []ID
	// Removed lists the criteria of the old catalog the new one has not.
	Removed []ID
	// Changed lists the criteria of both whose text, note or list of
	// standard requirements differs.
	Changed []CriterionChange
	// Moved lists the criteria of both that are in another group, told by
	// group ID, in the new catalog.
	Moved []Move
}

// TextChange is a change of a bilingual text: the text before and after.
// Each language changes on its own; JA and EN say which did. The zero
// TextChange stands for no change.
type TextChange struct {
	Old, New i18n.Text
}

// IsZero reports whether t stands for no change.
func (t TextChange) IsZero() bool { return t == TextChange{} }

// JA reports whether the Japanese text changed.
func (t TextChange) JA() bool { return t.Old.JA != t.New.JA }

// EN reports whether the English text changed.
func (t TextChange) EN() bool { return t.Old.EN != t.New.EN }

// textChange returns the change from old to new, the zero TextChange when
// they are the same.
func textChange(old, new i18n.Text) TextChange {
	if old == new {
		return TextChange{}
	}
	return TextChange{Old: old, New: new}
}

// CriterionChange is how a criterion present in two catalogs differs between
// them. Text is what the criterion asks, so a change of Text is the one that
// calls an answer into question; a note is editorial, and the standard list
// is the crosswalk (see [Criterion.Standard]).
type CriterionChange struct {
	// ID is the criterion's ID, the same in both catalogs.
	ID ID
	// Text is the change of the criterion's text; zero when it is the same.
	Text TextChange
	// Note is the change of the criterion's note; zero when it is the same.
	// A note added has an empty Old, a note removed an empty New.
	Note TextChange
	// OldStandard and NewStandard are the standard requirements the
	// criterion implements in each catalog, when they differ; both nil when
	// they are the same.
	OldStandard, NewStandard []ID
}

// StandardChanged reports whether the criterion's list of standard
// requirements changed.
func (c CriterionChange) StandardChanged() bool {
	return !slices.Equal(c.OldStandard, c.NewStandard)
}

// Move is a criterion in another group in the new catalog than in the old.
type Move struct {
	// ID is the criterion's ID, the same in both catalogs.
	ID ID
	// From is the ID of its group in the old catalog, To in the new.
	From, To ID
}

// Diff returns what changed from the catalog old to the catalog new, matching
// criteria by ID: the criteria added, removed, changed in text (in Japanese and
// English separately, see [TextChange]), in note or in standard list, and moved
// to another group; and the catalog's own ID, version and title. The order of
// criteria within a group, and the groups' own titles, are not compared.
//
// Diff works on any two catalogs, but it means most for two versions of one
// catalog, whose IDs stay stable: see [VersionMapping]. A nil catalog is an
// empty one, so Diff(nil, c) lists every criterion of c as added.
func Diff(old, new *Catalog) CatalogDiff {
	o, n := old.data(), new.data()
	d := CatalogDiff{
		OldID: o.id, NewID: n.id, OldVersion: o.version, NewVersion: n.version,
		Title: textChange(o.title, n.title),
	}
	for _, cr := range o.criteria {
		if n.index[cr.id].criterion == nil {
			d.Removed = append(d.Removed, cr.id)
		}
	}
	for _, cr := range n.criteria {
		prev := o.index[cr.id].criterion
		if prev == nil {
			d.Added = append(d.Added, cr.id)
			continue
		}
		ch := CriterionChange{ID: cr.id, Text: textChange(prev.text, cr.text), Note: textChange(prev.note, cr.note)}
		if !slices.Equal(prev.standard, cr.standard) {
			ch.OldStandard, ch.NewStandard = slices.Clone(prev.standard), slices.Clone(cr.standard)
			if ch.OldStandard == nil {
				ch.OldStandard = []ID{}
			}
			if ch.NewStandard == nil {
				ch.NewStandard = []ID{}
			}
		}
		if !ch.Text.IsZero() || !ch.Note.IsZero() || ch.OldStandard != nil {
			d.Changed = append(d.Changed, ch)
		}
		if prev.group.id != cr.group.id {
			d.Moved = append(d.Moved, Move{ID: cr.id, From: prev.group.id, To: cr.group.id})
		}
	}
	return d
}

// Empty reports whether the diff lists no change: the same title and the same
// criteria, with the same texts, notes, standard lists and groups. The IDs and
// versions of the catalogs may differ.
func (d CatalogDiff) Empty() bool {
	return d.Title.IsZero() && len(d.Added) == 0 && len(d.Removed) == 0 && len(d.Changed) == 0 && len(d.Moved) == 0
}

// ChangeOf returns how the criterion with the given ID changed, or the zero
// CriterionChange and false when it is not in Changed: unchanged, added or
// removed.
func (d CatalogDiff) ChangeOf(id ID) (CriterionChange, bool) {
	i := slices.IndexFunc(d.Changed, func(c CriterionChange) bool { return c.ID == id })
	if i < 0 {
		return CriterionChange{}, false
	}
	return d.Changed[i], true
}
