package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/internal/testkit"
)

// invoke runs the command line with a fake environment and returns its outputs.
func invoke(t *testing.T, environ map[string]string, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, env{
		stdin:  strings.NewReader(stdin),
		stdout: &out, stderr: &errOut,
		getenv: func(k string) string { return environ[k] },
		readFile: func(name string, limit int64) ([]byte, error) {
			if name == "unreadable.json" {
				return nil, fs.ErrPermission
			}
			return readFileLimited(name, limit)
		},
		now: func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) },
	})
	return out.String(), errOut.String(), status
}

func TestCatalogGolden(t *testing.T) {
	for _, cat := range []string{"jpbank-checklist", "jpbank-standard"} {
		for _, lang := range []string{"ja", "en"} {
			for _, format := range []string{"text", "md"} {
				name := cat + "." + lang + "." + format + ".golden"
				t.Run(name, func(t *testing.T) {
					out, errOut, status := invoke(t, nil, "", "catalog", "--catalog", cat, "--lang", lang, "--format", format)
					if status != exitOK || errOut != "" {
						t.Fatalf("status %d, stderr %q", status, errOut)
					}
					testkit.Golden(t, name, []byte(out))
				})
			}
		}
	}
}

// TestCatalogJSON checks `dendai catalog --format json`: the full document with
// both languages, every item present.
func TestCatalogJSON(t *testing.T) {
	for _, tt := range []struct {
		catalog                  string
		criteria, categories, jp int
	}{
		{"jpbank-checklist", 57, 12, 0},
		{"jpbank-standard", 51, 10, 0},
	} {
		out, errOut, status := invoke(t, nil, "", "catalog", "--format", "json", "--catalog", tt.catalog)
		if status != exitOK || errOut != "" {
			t.Fatalf("status %d, stderr %q", status, errOut)
		}
		type text struct{ JA, EN string }
		type criterion struct {
			ID   string
			Text text
		}
		type group struct {
			ID       string
			Title    text
			Groups   []group
			Criteria []criterion
		}
		var doc struct {
			Format string
			Groups []group
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		var items, categories int
		var walk func([]group)
		walk = func(gs []group) {
			for _, g := range gs {
				walk(g.Groups)
				if len(g.Criteria) > 0 {
					categories++
				}
				for _, c := range g.Criteria {
					items++
					if c.Text.JA == "" || c.Text.EN == "" {
						t.Errorf("%s: criterion %s lacks a text: %+v", tt.catalog, c.ID, c.Text)
					}
				}
			}
		}
		walk(doc.Groups)
		if got, want := [3]any{doc.Format, items, categories}, [3]any{"dendai.catalog/v1", tt.criteria, tt.categories}; got != want {
			t.Errorf("%s: format, items, categories = %v, want %v", tt.catalog, got, want)
		}
		embedded, err := os.ReadFile("../../criteria/data/" + tt.catalog + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if out != string(embedded) {
			t.Errorf("%s: --format json differs from the embedded data", tt.catalog)
		}
	}
}

// brokenCatalog is testkit.MyBank with a problem of each kind the catalog
// command reports: a missing text, an ID used twice, an unknown field and an
// empty group. It is its own document because the test pins the lines and
// columns of those problems.
const brokenCatalog = `{
  "format": "dendai.catalog/v1",
  "id": "my-bank",
  "version": "2026.1",
  "title": {"ja": "接続基準", "en": ""},
  "groups": [
    {"id": "security", "title": {"ja": "セキュリティ", "en": "Security"},
     "criteria": [
       {"id": "SEC-1", "text": {"ja": "多要素認証を導入している", "en": "MFA"}},
       {"id": "SEC-1", "text": {"ja": "ログを保管している", "en": "Logs"}, "weight": 3}
     ]},
    {"id": "empty", "title": {"ja": "空", "en": "Empty"}, "criteria": []}
  ]
}
`

func TestCatalogCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	custom := write("custom.json", testkit.MyBank)
	broken := write("broken.json", brokenCatalog)
	trailing := write("trailing.json", testkit.MyBank+"{}")
	tests := []struct {
		name   string
		env    map[string]string
		stdin  string
		args   []string
		status int
		stdout string // a substring of stdout
		stderr string // the whole stderr, with DIR for the temporary directory
	}{
		{name: "custom file", args: []string{"catalog", "--catalog", custom}, stdout: "SEC-1  Multi-factor authentication is in place.\n"},
		{name: "custom from stdin", stdin: testkit.MyBank, args: []string{"catalog", "--catalog", "-", "--lang=ja"}, stdout: "SEC-1  多要素認証を導入している\n"},
		{name: "custom as json", args: []string{"catalog", "--format=json", "--catalog", custom}, stdout: `"id": "SEC-1"`},
		{name: "LANG picks Japanese", env: map[string]string{"LANG": "ja_JP.UTF-8"}, args: []string{"catalog"}, stdout: "基準57件（グループ14件）"},
		{name: "LC_ALL overrides LANG", env: map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, args: []string{"catalog"}, stdout: "57 criteria in 14 groups"},
		{name: "LC_MESSAGES before LANG", env: map[string]string{"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, args: []string{"catalog"}, stdout: "基準57件"},
		{name: "--lang overrides the environment", env: map[string]string{"LC_ALL": "ja_JP.UTF-8"}, args: []string{"catalog", "--lang", "en"}, stdout: "57 criteria in 14 groups"},
		{name: "broken catalog", args: []string{"catalog", "--catalog", broken}, status: exitProblems, stderr: `DIR/broken.json: the catalog has 4 problems
DIR/broken.json: line 5, column 33 (/title/en): the English text is missing
DIR/broken.json: line 10, column 15 (/groups/0/criteria/1/id; ID SEC-1): the ID "SEC-1" is already used at /groups/0/criteria/0/id
DIR/broken.json: line 10, column 67 (/groups/0/criteria/1/weight; ID SEC-1): unknown field "weight"
DIR/broken.json: line 12, column 5 (/groups/1; ID empty): the group "empty" has neither criteria nor subgroups
`},
		{name: "broken catalog in Japanese", args: []string{"catalog", "--catalog", broken, "--lang", "ja"}, status: exitProblems, stderr: `DIR/broken.json: カタログに4件の問題があります
DIR/broken.json: 5行目、33列目（/title/en）: 英語のテキストがありません
DIR/broken.json: 10行目、15列目（/groups/0/criteria/1/id、ID SEC-1）: ID「SEC-1」は /groups/0/criteria/0/id で既に使われています
DIR/broken.json: 10行目、67列目（/groups/0/criteria/1/weight、ID SEC-1）: 「weight」というフィールドはありません
DIR/broken.json: 12行目、5列目（/groups/1、ID empty）: グループ「empty」に基準もサブグループもありません
`},
		{name: "trailing data", args: []string{"catalog", "--catalog", trailing}, status: exitProblems, stderr: `DIR/trailing.json: the catalog has 1 problem
DIR/trailing.json: line 14, column 1: unexpected data after the end of the JSON value
`},
		{name: "malformed JSON from stdin", stdin: `{"format": }`, args: []string{"catalog", "--catalog", "-"}, status: exitProblems, stderr: `-: the catalog has 1 problem
-: line 1, column 12: unexpected character '}'
`},
		{name: "unknown catalog", args: []string{"catalog", "--catalog", "nope"}, status: exitUsage, stderr: `dendai: "nope" is neither a built-in catalog (jpbank-checklist, jpbank-standard) nor an existing file
dendai: run dendai help for usage
`},
		{name: "unreadable file", args: []string{"catalog", "--catalog", "unreadable.json", "--lang", "ja"}, status: exitUsage, stderr: "dendai: ファイル unreadable.json を読む権限がありません\n"},
		{name: "bad format", args: []string{"catalog", "--format", "pdf"}, status: exitUsage, stderr: `dendai: option --format does not accept "pdf" (choose from text, json, md)
dendai: run dendai help for usage
`},
		{name: "bad format in Japanese", env: map[string]string{"LANG": "ja_JP.UTF-8"}, args: []string{"catalog", "--format", "pdf"}, status: exitUsage, stderr: `dendai: オプション --format に「pdf」は指定できません（指定できる値: text, json, md）
dendai: 使い方は dendai help で確認できます
`},
		{name: "bad lang", args: []string{"catalog", "--lang", "fr"}, status: exitUsage, stderr: `dendai: option --lang does not accept "fr" (choose from ja, en)
dendai: run dendai help for usage
`},
		{name: "missing value", args: []string{"catalog", "--catalog"}, status: exitUsage, stderr: "dendai: option --catalog needs a value\ndendai: run dendai help for usage\n"},
		{name: "unknown option", args: []string{"catalog", "--colour"}, status: exitUsage, stderr: "dendai: unknown option --colour\ndendai: run dendai help for usage\n"},
		{name: "extra argument", args: []string{"catalog", "extra"}, status: exitUsage, stderr: "dendai: unexpected argument \"extra\"\ndendai: run dendai help for usage\n"},
		{name: "unknown command", args: []string{"scroe"}, status: exitUsage, stderr: "dendai: unknown command \"scroe\"\ndendai: did you mean score?\ndendai: run dendai help for usage\n"},
		{name: "no command", status: exitUsage, stderr: "Usage:"},
		{name: "help", args: []string{"help"}, stdout: "[--catalog ID|FILE] [--lang ja|en] [--format text|json] [--max-size N]\n                         [--encoding utf-8|shift_jis] FILE|-\n"},
		{name: "help in Japanese", args: []string{"--help", "--lang", "ja"}, stdout: "使い方:"},
		{name: "version", args: []string{"version"}, stdout: "jpbank-checklist 1.1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, tt.env, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.status, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdout, out)
			}
			want := strings.ReplaceAll(tt.stderr, "DIR", dir)
			switch {
			case tt.name == "no command":
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr does not contain %q:\n%s", want, errOut)
				}
			default:
				if diff := cmp.Diff(want, errOut); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCatalogTextPrintable checks that catalog's text output passes every
// text of a custom catalog through i18n.Printable: an escape sequence that
// clears the screen and a bare carriage return are shown, not acted on.
func TestCatalogTextPrintable(t *testing.T) {
	data := mustRead(t, "../../examples/secondbank/catalog.json")
	data = strings.Replace(data, `"en": "Tsubasa Bank, Ltd. (fictional)"`, `"en": "Tsubasa\u001b[2J Bank\rEvil Bank"`, 1)
	data = strings.Replace(data, `"en": "Criteria for Connecting`, `"en": "\u001b[2JCriteria\rfor Connecting`, 1)
	name := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status := invoke(t, nil, "", "catalog", "--catalog", name, "--lang", "en")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if strings.ContainsAny(out, "\x1b\r") {
		t.Errorf("control characters in the output:\n%q", out)
	}
	for _, want := range []string{`Tsubasa\x1b[2J Bank\rEvil Bank`, `\x1b[2JCriteria\rfor Connecting`} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not show %s:\n%s", want, out)
		}
	}
}
