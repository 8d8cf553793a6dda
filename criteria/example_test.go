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
	// 11 requirements have no checklist item; the first is S10-1
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

func ExampleError() {
	doc := []byte(`{"format": "dendai.catalog/v1", "id": "x", "version": "1",
 "title": {"ja": "題", "en": "Title"},
 "groups": [{"id": "g", "title": {"ja": "群", "en": "Group"},
   "criteria": [{"id": "c1", "text": {"ja": "あ", "en": "A"}},
                {"id": "c1", "text": {"ja": "い"}}]}]}`)
	_, err := criteria.Parse(doc, nil)
	var ce *dendai.Error
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			fmt.Println(p.Describe(i18n.English))
			fmt.Println(p.Describe(i18n.Japanese))
		}
	}
	// Output:
	// line 5, column 24 (/groups/0/criteria/1/id; ID c1): the ID "c1" is already used at /groups/0/criteria/0/id
	// 5行目、24列目（/groups/0/criteria/1/id、ID c1）: ID「c1」は /groups/0/criteria/0/id で既に使われています
	// line 5, column 38 (/groups/0/criteria/1/text/en; ID c1): the English text is missing
	// 5行目、38列目（/groups/0/criteria/1/text/en、ID c1）: 英語のテキストがありません
}
