package i18n_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
)

// table is a message table as a package keeps one.
var table = i18n.NewMessages(
	i18n.Message{Key: "wrong_type", JA: "%sを指定してください（%sが指定されています）", EN: "expected %s, found %s"},
	i18n.Message{Key: "bad_value", JA: "オプション %[1]s に「%[2]s」は指定できません（指定できる値: %[3]s）", EN: "option %[1]s does not accept %[2]q (choose from %[3]s)"},
	i18n.Message{Key: "empty", JA: "文書が空です", EN: "the document is empty"},
	i18n.Message{Key: "duplicate_key", JA: "同じオブジェクトの中でキー「%s」が重複しています", EN: "the key %q appears twice in the same object"},
	i18n.Message{Key: "line_column", JA: "%d行目、%d列目", EN: "line %d, column %d"},
	i18n.Message{Key: "kind.string", JA: "文字列", EN: "a string"},
	i18n.Message{Key: "kind.number", JA: "数値", EN: "a number"},
	i18n.Message{Key: "kind.null", JA: "null", EN: "null"},
	i18n.Message{Key: "empty", JA: "二つ目", EN: "second"}, // a duplicate: the first entry wins
)

func TestMessagesSprintf(t *testing.T) {
	tests := []struct {
		name string
		key  i18n.Key
		args []any
		want i18n.Text
	}{
		{
			"keys as arguments are translated",
			"wrong_type", []any{i18n.Key("kind.string"), i18n.Key("kind.number")},
			i18n.Text{JA: "文字列を指定してください（数値が指定されています）", EN: "expected a string, found a number"},
		},
		{
			"a key after another argument",
			"bad_value", []any{"--lang", "fr", i18n.Key("kind.string")},
			i18n.Text{JA: "オプション --lang に「fr」は指定できません（指定できる値: 文字列）", EN: `option --lang does not accept "fr" (choose from a string)`},
		},
		{
			"a term written alike in both languages",
			"wrong_type", []any{i18n.Key("kind.string"), i18n.Key("kind.null")},
			i18n.Text{JA: "文字列を指定してください（nullが指定されています）", EN: "expected a string, found null"},
		},
		{"no arguments", "empty", nil, i18n.Text{JA: "文書が空です", EN: "the document is empty"}},
		{
			"quoting",
			"duplicate_key", []any{"名前"},
			i18n.Text{JA: "同じオブジェクトの中でキー「名前」が重複しています", EN: `the key "名前" appears twice in the same object`},
		},
		{
			"input is escaped, never acted on",
			"duplicate_key", []any{"a\x1b[2Jb\u202e"},
			i18n.Text{JA: `同じオブジェクトの中でキー「a\x1b[2Jb\u202e」が重複しています`, EN: `the key "a\x1b[2Jb\u202e" appears twice in the same object`},
		},
		{
			// Digit grouping would make "line 1,234, column 5" ambiguous.
			"numbers are not grouped",
			"line_column", []any{1234, 5},
			i18n.Text{JA: "1234行目、5列目", EN: "line 1234, column 5"},
		},
		{
			"a key missing from the table is the format",
			"no such key: %d", []any{7},
			i18n.Text{JA: "no such key: 7", EN: "no such key: 7"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := i18n.Text{JA: table.Sprintf(i18n.Japanese, tt.key, tt.args...), EN: table.Sprintf(i18n.English, tt.key, tt.args...)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sprintf (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, table.Text(tt.key, tt.args...)); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMessagesFirstEntryWins(t *testing.T) {
	if got := table.Sprintf(i18n.English, "empty"); got != "the document is empty" {
		t.Errorf("Sprintf of a key listed twice = %q", got)
	}
	var keys []i18n.Key
	for m := range table.All() {
		keys = append(keys, m.Key)
	}
	if len(keys) != 9 || keys[0] != "wrong_type" || keys[8] != "empty" {
		t.Errorf("All yields %v, want the 9 entries in order", keys)
	}
}

func TestMessagesInvalidLangIsEnglish(t *testing.T) {
	if got, want := table.Sprintf(i18n.Lang(9), "empty"), "the document is empty"; got != want {
		t.Errorf("Sprintf(Lang(9), …) = %q, want %q", got, want)
	}
}

func TestMessagesKeepCallersArgs(t *testing.T) {
	args := []any{i18n.Key("kind.string"), "x\x1b", i18n.Key("kind.number")}
	before := slices.Clone(args)
	table.Sprintf(i18n.Japanese, "wrong_type", args...)
	table.Sprintf(i18n.English, "bad_value", args...)
	table.Text("wrong_type", args...)
	if diff := cmp.Diff(before, args); diff != "" {
		t.Errorf("Sprintf changed the caller's arguments (-before +after):\n%s", diff)
	}
}

// TestMessagesCheck runs the table check every package runs on its own table,
// on a table without the deliberate duplicate.
func TestMessagesCheck(t *testing.T) {
	var msgs []i18n.Message
	for m := range table.All() {
		if m.EN != "second" {
			msgs = append(msgs, m)
		}
	}
	msgtest.Check(t, i18n.NewMessages(msgs...), &msgtest.Exceptions{Terms: []i18n.Key{"kind.null"}})
}

func TestConcurrentUse(t *testing.T) {
	want := []string{
		table.Sprintf(i18n.Japanese, "wrong_type", i18n.Key("kind.string"), i18n.Key("kind.number")),
		table.Sprintf(i18n.English, "wrong_type", i18n.Key("kind.number"), i18n.Key("kind.string")),
		i18n.Negotiate("ja-JP,ja;q=0.9,en;q=0.8").String(),
		i18n.Negotiate("en;q=0.1", "fr, ja;q=0.5").String(),
		i18n.FromLocale("", "ja_JP.UTF-8").String(),
	}
	// A fresh table, so that its first use (indexing) races with itself.
	fresh := i18n.NewMessages(slices.Collect(table.All())...)
	const goroutines = 8
	var wg sync.WaitGroup
	errs := make(chan string, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range 200 {
				got := []string{
					fresh.Sprintf(i18n.Japanese, "wrong_type", i18n.Key("kind.string"), i18n.Key("kind.number")),
					fresh.Sprintf(i18n.English, "wrong_type", i18n.Key("kind.number"), i18n.Key("kind.string")),
					i18n.Negotiate("ja-JP,ja;q=0.9,en;q=0.8").String(),
					i18n.Negotiate("en;q=0.1", "fr, ja;q=0.5").String(),
					i18n.FromLocale("", "ja_JP.UTF-8").String(),
				}
				if diff := cmp.Diff(want, got); diff != "" {
					errs <- fmt.Sprintf("goroutine %d, round %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
