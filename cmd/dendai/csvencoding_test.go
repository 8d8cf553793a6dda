package main

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// TestReadEncoding runs every command that reads an assessment on a CSV file
// valid both as UTF-8 and as Shift_JIS that nothing known settles (the
// English form in Shift_JIS with half-width kana): told by content, it is
// refused as ambiguous; with --encoding shift_jis, it is read.
func TestReadEncoding(t *testing.T) {
	const file = "../../examples/assessments/ambiguous-encoding.en.csv"
	const ambiguous = "reads both as UTF-8 and as Shift_JIS"
	for _, args := range [][]string{
		{"validate", file},
		{"score", file},
		{"diff", file, file},
		{"export", "--to", "csv", file},
		{"project", "--mapping", "jpbank-checklist-to-standard", file},
		{"migrate", "--catalog", "jpbank-standard", file},
		{"review", "init", "--reviewer", "山田 花子", file},
		{"review", "check", "testdata/no-such-review.json", file},
	} {
		t.Run(args[0], func(t *testing.T) {
			out, errOut, status := invoke(t, nil, "", append(slices.Clone(args), "--lang", "en")...)
			if status != exitProblems || !strings.Contains(out+errOut, ambiguous) {
				t.Errorf("told by content: status %d, want %d and the ambiguity; printed\n%s%s", status, exitProblems, out, errOut)
			}
			out, errOut, _ = invoke(t, nil, "", append(slices.Clone(args), "--lang", "en", "--encoding", "shift_jis")...)
			if strings.Contains(out+errOut, ambiguous) {
				t.Errorf("--encoding shift_jis: still ambiguous:\n%s%s", out, errOut)
			}
		})
	}
	// Read as Shift_JIS, the comment on 1-1 is ﾐｽﾅｼ; export writes it back
	// in the encoding --encoding names, which it shares for its output.
	out, errOut, _ := invoke(t, nil, "", "export", "--to", "csv", "--encoding", "shift_jis", file)
	text, err := japanese.ShiftJIS.NewDecoder().String(out)
	if err != nil || !strings.Contains(text, ",ﾐｽﾅｼ,") {
		t.Errorf("export --encoding shift_jis: no ﾐｽﾅｼ in (%v)\n%s%s", err, text, errOut)
	}
}
