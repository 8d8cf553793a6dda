package report

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/scoring"
)

// TestPolicyDocs keeps docs/policies, the published description of the
// built-in policies with every criterion's tier, weight and rationale, in step
// with the policies themselves. go test -update rewrites the files.
func TestPolicyDocs(t *testing.T) {
	for _, p := range []*scoring.Policy{scoring.Uniform(), scoring.RiskWeighted()} {
		for _, l := range i18n.Langs() {
			path := filepath.Join("..", "docs", "policies", p.Name()+"."+l.String()+".md")
			testkit.GoldenFile(t, path, []byte(PolicyMarkdown(p, l)))
		}
	}
}

func TestPolicyViews(t *testing.T) {
	p := scoring.RiskWeighted()
	for _, l := range i18n.Langs() {
		text, mdText := PolicyText(p, l), PolicyMarkdown(p, l)
		testkit.Golden(t, "policy.risk-weighted."+l.String()+".txt.golden", []byte(text))
		// Every criterion appears with its rationale.
		for _, cr := range criteria.Checklist().All() {
			r := p.Rationale(cr.ID()).In(l)
			if r == "" || !strings.Contains(text, r) || !strings.Contains(mdText, md(r)) {
				t.Errorf("%s: the rationale of %s is missing", l, cr.ID())
			}
		}
	}
	// A policy without tiers says what unlisted criteria weigh.
	if got := PolicyText(scoring.UniformFor(criteria.Standard()), i18n.English); !strings.Contains(got, "no tiers (criteria not listed weigh 1)") || !strings.Contains(got, "this policy has no gates") {
		t.Errorf("uniform policy for the standard:\n%s", got)
	}
}
