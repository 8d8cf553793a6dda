package criteria

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/internal/testkit"
)

// TestProblemGroup checks that a problem of a group names that group, and not
// the group read before it, wherever the group's ID stands among its members:
// the reader meets the problems of a group whose ID comes last before it
// knows the ID.
func TestProblemGroup(t *testing.T) {
	const head = `{"format":"dendai.catalog/v1","id":"c","version":"1","title":{"ja":"目録","en":"Catalog"},"groups":[` +
		`{"id":"g1","title":{"ja":"一","en":"One"},"criteria":[{"id":"g1-1","text":{"ja":"基準","en":"Criterion"}}]},`
	type where struct{ Path, Group, Criterion string }
	for _, tc := range []struct {
		name, groups string
		want         []where
	}{
		{
			name:   "id first",
			groups: `{"id":"g2","title":{"ja":"","en":"Two"},"bogus":1,"criteria":[5]}`,
			want:   []where{{"/groups/1/title/ja", "g2", ""}, {"/groups/1/bogus", "g2", ""}, {"/groups/1/criteria/0", "g2", ""}},
		},
		{
			name:   "id last",
			groups: `{"bogus":1,"criteria":[5,{"id":"g2-1","text":{"ja":"基準","en":""}}],"title":{"ja":"二","en":"Two"},"id":"g2"}`,
			want:   []where{{"/groups/1/bogus", "g2", ""}, {"/groups/1/criteria/0", "g2", ""}, {"/groups/1/criteria/1/text/en", "", "g2-1"}},
		},
		{
			name:   "subgroup after its parent's problem",
			groups: `{"x":1,"groups":[{"y":2,"id":"g2.1","title":{"ja":"二の一","en":"Two one"},"criteria":[{"id":"g2.1-1","text":{"ja":"基準","en":"C"}}]}],"id":"g2","title":{"ja":"二","en":"Two"}}`,
			want:   []where{{"/groups/1/x", "g2", ""}, {"/groups/1/groups/0/y", "g2.1", ""}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(head+tc.groups+"]}"), nil)
			ps, ok := testkit.Problems(err)
			if !ok {
				t.Fatalf("Parse: %v, want problems", err)
			}
			var got []where
			for _, p := range ps {
				got = append(got, where{p.Path, p.Group, p.Criterion})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
