package main

import (
	"go/format"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
	"github.com/dendai-go/dendai/internal/testkit"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, messages, &msgtest.Exceptions{Terms: []i18n.Key{keyLabelID}})
}

// TestCounts checks that English counts agree with their number, and that the
// Japanese is the same whatever the number.
func TestCounts(t *testing.T) {
	tests := []struct {
		key    i18n.Key
		n      int
		en, ja string
	}{
		{keyProblems, 1, "1 problem found", "1件の問題があります"},
		{keyProblems, 2, "2 problems found", "2件の問題があります"},
		{keyProblems, 0, "0 problems found", "0件の問題があります"},
		{keyMappingProblems, 1, "the mapping has 1 problem", "対応付けに1件の問題があります"},
		{keyMappingProblems, 55, "the mapping has 55 problems", "対応付けに55件の問題があります"},
		{keyCatalogProblems, 1, "the catalog has 1 problem", "カタログに1件の問題があります"},
		{keyCatalogProblems, 3, "the catalog has 3 problems", "カタログに3件の問題があります"},
		{keyPolicyProblems, 1, "the policy has 1 problem", "評価方針に1件の問題があります"},
		{keyPolicyProblems, 2, "the policy has 2 problems", "評価方針に2件の問題があります"},
		{keyValid, 1, "", ""}, // no count: the key itself
	}
	for _, tt := range tests {
		k := countKey(tt.key, tt.n)
		if tt.en == "" {
			if k != tt.key {
				t.Errorf("countKey(%s, %d) = %s, want the key itself", tt.key, tt.n, k)
			}
			continue
		}
		got := []string{messages.Sprintf(i18n.English, k, tt.n), messages.Sprintf(i18n.Japanese, k, tt.n)}
		if diff := cmp.Diff([]string{tt.en, tt.ja}, got); diff != "" {
			t.Errorf("%s, %d (-want +got):\n%s", tt.key, tt.n, diff)
		}
	}
	for _, tt := range []struct {
		criteria, groups int
		en, ja           string
	}{
		{57, 12, "57 criteria in 12 groups", "基準57件（グループ12件）"},
		{2, 1, "2 criteria in 1 group", "基準2件（グループ1件）"},
		{1, 1, "1 criterion in 1 group", "基準1件（グループ1件）"},
		{1, 2, "1 criterion in 2 groups", "基準1件（グループ2件）"},
	} {
		k := labelCountsKey(tt.criteria, tt.groups)
		got := []string{messages.Sprintf(i18n.English, k, tt.criteria, tt.groups), messages.Sprintf(i18n.Japanese, k, tt.criteria, tt.groups)}
		if diff := cmp.Diff([]string{tt.en, tt.ja}, got); diff != "" {
			t.Errorf("%d criteria, %d groups (-want +got):\n%s", tt.criteria, tt.groups, diff)
		}
	}
}

// TestUsage checks the help in both languages against its golden files, and
// that a command line with no command prints it too, on stderr.
func TestUsage(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		out, errOut, status := invoke(t, nil, "", "help", "--lang", lang)
		if status != exitOK || errOut != "" {
			t.Fatalf("help --lang %s: status %d, stderr %q", lang, status, errOut)
		}
		testkit.Golden(t, "help."+lang+".golden", []byte(out))
		_, errOut, status = invoke(t, map[string]string{"LANG": map[string]string{"en": "C", "ja": "ja_JP.UTF-8"}[lang]}, "")
		if status != exitUsage || errOut != out {
			t.Errorf("no command, %s: status %d, stderr differs from help:\n%s", lang, status, errOut)
		}
	}
}

// TestSynopsis checks the synopsis against the options each command accepts:
// every option of a command's synopsis, with the values it lists, and no
// other, save --lang, which every command accepts.
func TestSynopsis(t *testing.T) {
	token := regexp.MustCompile(`^\[?--([a-z-]+)(?: ([^\]]+))?\]?$`)
	all := map[string]bool{}
	type opt struct{ name, value string }
	shown := map[string][]opt{}
	for _, cmd := range commands() {
		for _, line := range cmd.synopsis {
			for _, tok := range line {
				if m := token.FindStringSubmatch(tok); m != nil {
					shown[cmd.name] = append(shown[cmd.name], opt{m[1], m[2]})
					all[m[1]] = true
				}
			}
		}
	}
	for _, o := range options() {
		name, _, _ := strings.Cut(strings.TrimPrefix(o.flag, "--"), " ")
		all[name] = true
	}
	for _, cmd := range commands() {
		words := strings.Fields(cmd.name)
		for name := range all {
			_, errOut, _ := invoke(t, nil, "", append(slices.Clone(words), "--"+name)...)
			accepted := !strings.Contains(errOut, "unknown option")
			listed := slices.ContainsFunc(shown[cmd.name], func(o opt) bool { return o.name == name })
			if accepted != listed && name != "lang" {
				t.Errorf("%s accepts --%s: %v; its synopsis lists it: %v", cmd.name, name, accepted, listed)
			}
			if name == "lang" && !accepted {
				t.Errorf("%s does not accept --lang", cmd.name)
			}
		}
		// An option whose value is written in lower case lists its values.
		for _, o := range shown[cmd.name] {
			if o.value == "" || strings.ToUpper(o.value) == o.value {
				continue
			}
			_, errOut, _ := invoke(t, nil, "", append(slices.Clone(words), "--"+o.name+"=bogus")...)
			want := "(choose from " + strings.ReplaceAll(o.value, "|", ", ") + ")"
			if !strings.Contains(errOut, want) {
				t.Errorf("%s --%s: the synopsis lists %s, the command says:\n%s", cmd.name, o.name, o.value, errOut)
			}
		}
	}
	// Every option the synopses name has a description, and the reverse.
	for _, o := range options() {
		name, _, _ := strings.Cut(strings.TrimPrefix(o.flag, "--"), " ")
		delete(all, name)
	}
	delete(all, "to") // described by the values the synopsis lists
	if len(all) > 0 {
		t.Errorf("options without a description: %v", all)
	}
}

// TestDoc checks that doc.go, the package documentation, shows the help as
// the command prints it in English; go test -update rewrites it.
func TestDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString(`// Code generated by "go test -run TestDoc -update" from the help; DO NOT EDIT.
// Edit commands and options, and their texts in messages.go.

// Command dendai reads the criteria Japanese banks publish for Electronic
// Payment Intermediate Service Providers (EPISPs) and works with the
// self-assessments made against them. Its help, as "dendai help" prints it
// ("dendai help --lang ja" prints it in Japanese):
//
`)
	for line := range strings.Lines(usageText(i18n.English)) {
		if line = strings.TrimRight(line, "\n"); line == "" {
			b.WriteString("//\n")
		} else {
			b.WriteString("//\t" + line + "\n")
		}
	}
	b.WriteString(`//
// The language is --lang, else the first of LC_ALL, LC_MESSAGES and LANG
// that is set, else English.
//
// # Catalog diff as JSON
//
// "dendai catalog diff --format json OLD NEW" writes a
// dendai.catalog-diff/v1 document:
//
//	{
//	  "format": "dendai.catalog-diff/v1",
//	  "old": {"catalog": "jpbank-checklist", "version": "1.0.0", "title": {"ja": "…", "en": "…"}},
//	  "new": {"catalog": "jpbank-checklist", "version": "1.1.0", "title": {"ja": "…", "en": "…"}},
//	  "added": [{"criterion": "…", "group": "…", "text": {"ja": "…", "en": "…"}}],
//	  "removed": [{"criterion": "…", "group": "…", "text": {"ja": "…", "en": "…"}}],
//	  "changed": [{"criterion": "1-14",
//	               "text": {"ja": {"old": "…", "new": "…"}, "en": {"old": "…", "new": "…"}},
//	               "note": {"en": {"old": "", "new": "…"}},
//	               "standard": {"old": ["S2-1"], "new": ["S2-1", "S2-2"]}}],
//	  "moved": [{"criterion": "…", "from": "…", "to": "…"}]
//	}
//
// OLD and NEW are each a built-in catalog's ID (its newest version),
// ID@VERSION for a built-in version, or a catalog file. Criteria are matched
// by ID. The title of each catalog is always given, and the four lists always
// present, in catalog order: removed in the old catalog's, the others in the
// new one's. Added and removed criteria come with their group's ID and their
// text in their catalog. A changed criterion has text, note and standard
// (the standard requirements it implements) only for what changed, and text
// and note only in the languages that changed; a note added has an empty old,
// a note removed an empty new. A criterion can be both changed and moved. The
// exit status is 0 whatever the differences.
package main
`)
	want, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	testkit.GoldenFile(t, "doc.go", want)
}
