package criteria_test

import (
	"errors"
	"fmt"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

func ExampleChecklist() {
	cl := criteria.Checklist()
	fmt.Println(cl.Title().In(i18n.Japanese))
	fmt.Println(cl.Len(), "items in", cl.NumCategories(), "categories")
	cr, _ := cl.Criterion("2-2")
	fmt.Println(cr.ID(), cr.Group().Title().In(i18n.English))
	fmt.Println(cr.Text().In(i18n.Japanese))
	// Output:
	// 電子決済等代行業者に求める基準
	// 57 items in 12 categories
	// 2-2 Exclusion of anti-social forces
	// 反社会的勢力に該当しないことを確約する
}

func ExampleCatalog_Categories() {
	for g := range criteria.Standard().Categories() {
		if g.ID() == "S3" || g.ID() == "S8" {
			fmt.Printf("%s %s: %d requirements\n", g.ID(), g.Title().In(i18n.English), g.Len())
		}
	}
	// Output:
	// S3 Cooperation arrangements between the bank and API-connected EPISPs: 2 requirements
	// S8 API security functions: 2 requirements
}

func ExampleCriterion_Standard() {
	cl, st := criteria.Checklist(), criteria.Standard()
	item, _ := cl.Criterion("1-30")
	for _, id := range item.Standard() {
		req, _ := st.Criterion(id)
		fmt.Println(item.ID(), "implements", req.ID()+":", req.Text().In(i18n.English))
	}
	// Output:
	// 1-30 implements S6-2: Authentication and passwords are appropriately managed to prevent unauthorized access.
}

func ExampleGaps() {
	gaps := criteria.Gaps(criteria.Checklist(), criteria.Standard())
	fmt.Println(len(gaps), "requirements have no checklist item; the first is", gaps[0].ID())
	// Output:
	// 9 requirements have no checklist item; the first is S1-8
}

func ExampleParse() {
	doc := []byte(`{
  "format": "dendai.catalog/v1",
  "id": "my-bank",
  "version": "2026.1",
  "title": {"ja": "接続基準", "en": "Connection criteria"},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"},
     "criteria": [
       {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "Multi-factor authentication is in place."}}
     ]}
  ]
}`)
	c, err := criteria.Parse(doc, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	cr, _ := c.Criterion("SEC-1")
	fmt.Println(c.ID(), c.Version(), cr.Text().In(i18n.English))
	// Output:
	// my-bank 2026.1 Multi-factor authentication is in place.
}

func ExampleParse_problems() {
	doc := []byte(`{"format": "dendai.catalog/v1", "id": "x", "version": "1",
 "title": {"ja": "題", "en": "Title"},
 "groups": [{"id": "g", "title": {"ja": "群", "en": "Group"},
   "criteria": [{"id": "c1", "text": {"ja": "あ", "en": "A"}},
                {"id": "c1", "text": {"ja": "い"}}]},
            {"id": "h", "title": {"ja": "空", "en": "Empty"}, "criteria": []}]}`)
	_, err := criteria.Parse(doc, nil)
	var e *dendai.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			if p.Code == criteria.CodeDuplicateID {
				fmt.Println("renumber", p.Criterion)
			}
			fmt.Println(p.Describe(i18n.English))
			fmt.Println(p.Describe(i18n.Japanese))
		}
	}
	// Output:
	// renumber c1
	// line 5, column 24 (/groups/0/criteria/1/id; ID c1): the ID "c1" is already used at /groups/0/criteria/0/id
	// 5行目、24列目（/groups/0/criteria/1/id、ID c1）: ID「c1」は /groups/0/criteria/0/id で既に使われています
	// line 5, column 38 (/groups/0/criteria/1/text/en; ID c1): the English text is missing
	// 5行目、38列目（/groups/0/criteria/1/text/en、ID c1）: 英語のテキストがありません
	// line 6, column 13 (/groups/1; ID h): the group "h" has neither criteria nor subgroups
	// 6行目、13列目（/groups/1、ID h）: グループ「h」に基準もサブグループもありません
}

func ExampleCatalog_Criterion() {
	cl := criteria.Checklist()
	for _, id := range []criteria.ID{"1-30", "1-56"} {
		cr, ok := cl.Criterion(id)
		if !ok {
			fmt.Println(id, "is not in the checklist; the zero Criterion is valid:", cr.IsValid())
			continue
		}
		fmt.Println(cr.ID(), "is item", cr.Index()+1, "of", cl.Len(), "in", cr.Group().ID())
	}
	// Output:
	// 1-30 is item 30 of 57 in system-development-operations
	// 1-56 is not in the checklist; the zero Criterion is valid: false
}

func ExampleCatalog_Equal() {
	cl := criteria.Checklist()
	doc, err := cl.MarshalJSON()
	if err != nil {
		fmt.Println(err)
		return
	}
	copied, err := criteria.Parse(doc, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := cl.Criterion("2-2")
	b, _ := copied.Criterion("2-2")
	fmt.Println("catalogs equal:", cl.Equal(copied))
	fmt.Println("criteria equal:", a.Equal(b), "and the same loaded data:", a == b)
	// Output:
	// catalogs equal: true
	// criteria equal: true and the same loaded data: false
}

func ExampleChecklist_immutable() {
	*criteria.Checklist() = criteria.Catalog{} // changes that handle only
	fmt.Println(criteria.Checklist().Len(), "items")
	// Output:
	// 57 items
}

func ExampleChecklistToStandard() {
	m := criteria.ChecklistToStandard()
	for _, id := range []criteria.ID{"S6-2", "S10-8", "S1-8"} {
		e, ok := m.For(id)
		if !ok {
			fmt.Println(id, "has no checklist item")
			continue
		}
		fmt.Println(id, e.Relationship, e.Sources, e.Relationship.NISTToken())
	}
	// Output:
	// S6-2 equivalent [1-30] equivalent-to
	// S10-8 subset [1-33 1-34 1-35] subset-of
	// S1-8 has no checklist item
}

func ExampleBuiltinVersion() {
	fmt.Println(criteria.BuiltinVersions(criteria.ChecklistID))
	old, _ := criteria.BuiltinVersion(criteria.ChecklistID, "1.0.0")
	item, _ := old.Criterion("1-10")
	fmt.Println("1.0.0:", item.Standard())
	item, _ = criteria.Checklist().Criterion("1-10")
	fmt.Println("1.1.0:", item.Standard())
	// Output:
	// [1.0.0 1.1.0]
	// 1.0.0: [S1-8]
	// 1.1.0: []
}

func ExampleParseMapping() {
	doc := []byte(`{
  "format": "dendai.mapping/v1",
  "id": "checklist-to-standard-excerpt",
  "version": "1",
  "source": {"catalog": "jpbank-checklist", "version": "1.1.0"},
  "target": {"catalog": "jpbank-standard", "version": "1.0.1"},
  "entries": [
    {"target": "S6-2", "sources": ["1-30"], "relationship": "equivalent"},
    {"target": "S1-8", "sources": ["1-10"], "relationship": "equals"}
  ]
}`)
	_, err := criteria.ParseMapping(doc, criteria.Checklist(), criteria.Standard(), nil)
	var e *dendai.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			fmt.Println(p.Path, p.Criterion, p.Code)
		}
	}
	// Output:
	// /entries/1/relationship S1-8 mapping.relationship
}
