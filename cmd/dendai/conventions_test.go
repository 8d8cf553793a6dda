package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/i18n"
)

// TestConventions checks that the command follows the conventions of the
// tools people know: help and --version, options before the command, repeated
// options refused, suggestions, the spellings of languages and encodings, one
// standard input, the range of --min-score and the errors of the operating
// system in the user's language.
func TestConventions(t *testing.T) {
	const sample = "../../examples/assessments/sample.json"
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.json")
	const hintEN = "dendai: run dendai help for usage\n"
	const hintJA = "dendai: 使い方は dendai help で確認できます\n"
	ja := map[string]string{"LANG": "ja_JP.UTF-8"}
	tests := []struct {
		name   string
		env    map[string]string
		stdin  string
		args   []string
		status int
		stdout string // a prefix of stdout, or all of it with whole
		whole  bool
		stderr string // the whole stderr, with DIR for the temporary directory
	}{
		// 1. Help and version.
		{name: "help score", args: []string{"help", "score"}, stdout: commandUsage("score", i18n.English), whole: true},
		{name: "score --help", args: []string{"score", "--help"}, stdout: commandUsage("score", i18n.English), whole: true},
		{name: "score -h", args: []string{"score", sample, "-h"}, stdout: commandUsage("score", i18n.English), whole: true},
		{name: "catalog diff -h in Japanese", args: []string{"catalog", "diff", "-h", "--lang", "ja"}, stdout: commandUsage("catalog diff", i18n.Japanese), whole: true},
		{name: "help catalog diff", args: []string{"help", "catalog", "diff"}, stdout: commandUsage("catalog diff", i18n.English), whole: true},
		{name: "help catalog", args: []string{"help", "catalog"}, stdout: commandUsage("catalog", i18n.English), whole: true},
		{name: "help --lang ja export", args: []string{"help", "--lang", "ja", "export"}, stdout: commandUsage("export", i18n.Japanese), whole: true},
		{name: "version --help", args: []string{"version", "--help"}, stdout: commandUsage("version", i18n.English), whole: true},
		{name: "validate --help after --", args: []string{"validate", "--", "--help"}, status: exitUsage,
			stderr: "dendai: file --help does not exist\n"},
		{name: "help of an unknown command", args: []string{"help", "scroe"}, status: exitUsage,
			stderr: "dendai: unknown command \"scroe\"\ndendai: did you mean score?\n" + hintEN},
		{name: "help help", args: []string{"help", "help"}, stdout: commandUsage("help", i18n.English), whole: true},
		{name: "help with an option it does not take", args: []string{"help", "--formt", "json"}, status: exitUsage,
			stderr: "dendai: unknown option --formt\n" + hintEN},
		{name: "help of a command and more", args: []string{"help", "score", "extra"}, status: exitUsage,
			stderr: "dendai: unexpected argument \"extra\"\n" + hintEN},
		{name: "--help", args: []string{"--help"}, stdout: usageText(i18n.English), whole: true},
		{name: "-h", args: []string{"-h"}, stdout: usageText(i18n.English), whole: true},
		{name: "--version", args: []string{"--version"}, stdout: "dendai "},
		{name: "--lang ja --version", args: []string{"--lang", "ja", "--version"}, stdout: "dendai "},
		{name: "version --version", args: []string{"version", "--version"}, status: exitUsage,
			stderr: "dendai: unknown option --version\n" + hintEN},

		// 2. Options before the command.
		{name: "--lang ja score", args: []string{"--lang", "ja", "score", sample}, stdout: "スコア"},
		{name: "--lang=ja catalog", args: []string{"--lang=ja", "catalog"}, stdout: "電子決済等代行業者"},
		{name: "--format json catalog", args: []string{"--format", "json", "catalog"}, stdout: "{"},
		{name: "--require-pass score", args: []string{"--require-pass", "score", sample}, stdout: "Score 95.5"},
		{name: "--format json catalog diff", args: []string{"--format", "json", "catalog", "diff", "jpbank-checklist", "jpbank-checklist"}, stdout: "{"},
		{name: "option the command does not take", args: []string{"--min-score", "3", "catalog"}, status: exitUsage,
			stderr: "dendai: unknown option --min-score\n" + hintEN},
		{name: "options and no command", args: []string{"--lang", "ja"}, status: exitUsage, stderr: usageText(i18n.Japanese)},

		// 3. Repeated options.
		{name: "--lang twice", args: []string{"catalog", "--lang", "en", "--lang", "ja"}, status: exitUsage,
			stderr: "dendai: option --lang is given more than once\n" + hintEN},
		{name: "--lang before and after", args: []string{"--lang", "ja", "catalog", "--lang=ja"}, status: exitUsage,
			stderr: "dendai: オプション --lang が2回以上指定されています\n" + hintJA},
		{name: "--format twice", args: []string{"catalog", "--format", "json", "--format=md"}, status: exitUsage,
			stderr: "dendai: option --format is given more than once\n" + hintEN},
		{name: "--require-pass twice", args: []string{"score", "--require-pass", "--require-pass", sample}, status: exitUsage,
			stderr: "dendai: option --require-pass is given more than once\n" + hintEN},

		// 4. Did you mean.
		{name: "misspelt command", args: []string{"valdate"}, status: exitUsage,
			stderr: "dendai: unknown command \"valdate\"\ndendai: did you mean validate?\n" + hintEN},
		{name: "misspelt command in Japanese", env: ja, args: []string{"exprt"}, status: exitUsage,
			stderr: "dendai: 「exprt」というコマンドはありません\ndendai: export のことですか？\n" + hintJA},
		{name: "misspelt help", args: []string{"hlep"}, status: exitUsage,
			stderr: "dendai: unknown command \"hlep\"\ndendai: did you mean help?\n" + hintEN},
		{name: "far command", args: []string{"frobnicate"}, status: exitUsage,
			stderr: "dendai: unknown command \"frobnicate\"\n" + hintEN},
		{name: "misspelt option", args: []string{"catalog", "--formt", "json"}, status: exitUsage,
			stderr: "dendai: unknown option --formt\ndendai: did you mean --format?\n" + hintEN},
		{name: "misspelt option in Japanese", env: ja, args: []string{"score", "--min-scor=3", sample}, status: exitUsage,
			stderr: "dendai: 「--min-scor=3」というオプションはありません\ndendai: --min-score のことですか？\n" + hintJA},

		// 5. Spellings of languages and encodings; one standard input.
		{name: "--lang ja-JP", args: []string{"catalog", "--lang", "ja-JP"}, stdout: "電子決済等代行業者"},
		{name: "--lang JA", args: []string{"catalog", "--lang", "JA"}, stdout: "電子決済等代行業者"},
		{name: "--lang ja_JP.UTF-8", args: []string{"catalog", "--lang=ja_JP.UTF-8"}, stdout: "電子決済等代行業者"},
		{name: "--lang en-US", env: ja, args: []string{"catalog", "--lang", "en-US"}, stdout: "Criteria"},
		{name: "--lang fr", env: ja, args: []string{"catalog", "--lang", "fr"}, status: exitUsage,
			stderr: "dendai: オプション --lang に「fr」は指定できません（指定できる値: ja, en）\n" + hintJA},
		{name: "--encoding UTF-8", args: []string{"template", "--format", "csv", "--encoding", "UTF-8"}, stdout: "\ufeff"},
		{name: "--encoding sjis", args: []string{"template", "--format", "csv", "--encoding", "sjis"}, stdout: "ID"},
		{name: "--encoding cp932", args: []string{"template", "--format", "csv", "--encoding=cp932"}, stdout: "ID"},
		{name: "--encoding latin1", args: []string{"template", "--format", "csv", "--encoding=latin1"}, status: exitUsage,
			stderr: "dendai: option --encoding does not accept \"latin1\" (choose from utf-8, shift_jis)\n" + hintEN},
		{name: "diff - -", args: []string{"diff", "-", "-"}, status: exitUsage,
			stderr: "dendai: standard input (-) can be given only once\n" + hintEN},
		{name: "--catalog - and -", args: []string{"validate", "--catalog", "-", "-"}, status: exitUsage,
			stderr: "dendai: standard input (-) can be given only once\n" + hintEN},

		// 6. --min-score.
		{name: "--min-score 0", args: []string{"score", "--min-score", "0", sample}, stdout: "Score"},
		{name: "--min-score 100", args: []string{"score", "--min-score", "100", sample}, status: exitProblems, stdout: "Score",
			stderr: "dendai: the score 95.5 is below the minimum of 100\n"},
		{name: "--min-score NaN", args: []string{"score", "--min-score", "NaN", sample}, status: exitUsage,
			stderr: "dendai: --min-score must be a number from 0 to 100, not \"NaN\"\n" + hintEN},
		{name: "--min-score Inf", args: []string{"score", "--min-score", "Inf", sample}, status: exitUsage,
			stderr: "dendai: --min-score must be a number from 0 to 100, not \"Inf\"\n" + hintEN},
		{name: "--min-score -1", args: []string{"score", "--min-score=-1", sample}, status: exitUsage,
			stderr: "dendai: --min-score must be a number from 0 to 100, not \"-1\"\n" + hintEN},
		{name: "--min-score 101 in Japanese", env: ja, args: []string{"score", "--min-score", "101", sample}, status: exitUsage,
			stderr: "dendai: --min-score には0から100までの数を指定してください（「101」は指定できません）\n" + hintJA},

		// 7. Errors of the operating system.
		{name: "missing file", args: []string{"validate", missing}, status: exitUsage, stderr: "dendai: file DIR/missing.json does not exist\n"},
		{name: "missing file in Japanese", env: ja, args: []string{"validate", missing}, status: exitUsage, stderr: "dendai: ファイル DIR/missing.json が見つかりません\n"},
		{name: "directory", args: []string{"validate", dir}, status: exitUsage, stderr: "dendai: DIR is a directory, not a file\n"},
		{name: "directory in Japanese", env: ja, args: []string{"score", dir}, status: exitUsage, stderr: "dendai: DIR はディレクトリです。ファイルを指定してください\n"},
		{name: "permission in Japanese", env: ja, args: []string{"validate", "unreadable.json"}, status: exitUsage, stderr: "dendai: ファイル unreadable.json を読む権限がありません\n"},
		{name: "permission", args: []string{"validate", "unreadable.json"}, status: exitUsage, stderr: "dendai: permission denied reading unreadable.json\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := invoke(t, tt.env, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.status, errOut)
			}
			if tt.whole {
				if diff := cmp.Diff(tt.stdout, out); diff != "" {
					t.Errorf("stdout (-want +got):\n%s", diff)
				}
			} else if !strings.HasPrefix(out, tt.stdout) && !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdout, out)
			}
			if diff := cmp.Diff(strings.ReplaceAll(tt.stderr, "DIR", dir), errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOSErrorOwnLine checks that an error of the operating system dendai has
// no message for is given on a line of its own, never inside a Japanese
// sentence, and that a directory is recognised by the environment's stat.
func TestOSErrorOwnLine(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, lang string
		readErr    error
		want       string
	}{
		{"other error, Japanese", "ja", os.ErrDeadlineExceeded, "dendai: ファイル x.json を読み込めません（OSのエラーを次の行に示します）\ndendai: i/o timeout\n"},
		{"other error, English", "en", os.ErrDeadlineExceeded, "dendai: cannot read x.json (the operating system's error follows)\ndendai: i/o timeout\n"},
		{"directory by stat", "ja", os.ErrInvalid, "dendai: x.json はディレクトリです。ファイルを指定してください\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var errOut strings.Builder
			status := run([]string{"validate", "--lang", tt.lang, "x.json"}, env{
				stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &errOut,
				getenv:   func(string) string { return "" },
				readFile: func(string, int64) ([]byte, error) { return nil, tt.readErr },
				stat: func(string) (os.FileInfo, error) {
					if tt.readErr == os.ErrInvalid {
						return os.Stat(dir)
					}
					return nil, os.ErrNotExist
				},
			})
			if status != exitUsage {
				t.Errorf("status = %d, want %d", status, exitUsage)
			}
			if diff := cmp.Diff(tt.want, errOut.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}
