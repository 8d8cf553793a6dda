package spreadsheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// TestAmbiguousEncoding reads testdata/ambiguous-shift_jis.csv: the English
// template in Shift_JIS with the comment ﾐｽﾅｼ (half-width kana) on 1-1, whose
// bytes D0 BD C5 BC are also the UTF-8 of "нż". The file is valid in both
// encodings; told by content, it is refused with the problem at that cell,
// quoting both readings. Told the encoding, it reads.
func TestAmbiguousEncoding(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "ambiguous-shift_jis.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := japanese.ShiftJIS.NewDecoder().Bytes(data); err != nil || !utf8.Valid(data) {
		t.Fatalf("the fixture is not valid in both encodings: %v", err)
	}
	cat := criteria.Checklist()

	a, ps := ReadCSV(data, cat)
	if a != nil {
		t.Error("ReadCSV guessed an encoding")
	}
	type place struct {
		Line, Column int
		Code         dendai.Code
	}
	var got []place
	for _, p := range ps {
		got = append(got, place{p.Line, p.Column, p.Code})
	}
	if diff := cmp.Diff([]place{{16, colComment + 1, CodeAmbiguousEncoding}}, got); diff != "" {
		t.Fatalf("ReadCSV problems (-want +got):\n%s\n%v", diff, ps)
	}
	for _, want := range []string{"нż", "ﾐｽﾅｼ"} {
		if !strings.Contains(ps[0].Message.JA, want) || !strings.Contains(ps[0].Message.EN, want) {
			t.Errorf("message %q does not quote %q", ps[0].Message, want)
		}
	}

	doc := Check(data, &Options{Now: testNow})
	if doc.Assessment != nil || len(doc.Problems) != 1 || doc.Problems[0].Code != CodeAmbiguousEncoding {
		t.Errorf("Check = %v, %v; want the ambiguity refused", doc.Assessment, doc.Problems)
	}

	for enc, comment := range map[Encoding]string{ShiftJIS: "ﾐｽﾅｼ", UTF8BOM: "нż"} {
		doc := Check(data, &Options{Now: testNow, Encoding: &enc})
		if doc.Assessment == nil {
			t.Fatalf("Check(%v): %v", enc, doc.Problems)
		}
		if got := doc.Assessment.Responses[0].Comment; got != comment {
			t.Errorf("Check(%v): comment %q, want %q", enc, got, comment)
		}
	}
}

// TestUnambiguousEncodings checks the files that read one way only: UTF-8
// that is not valid Shift_JIS, Shift_JIS that is not valid UTF-8, and ASCII,
// which reads the same in both.
func TestUnambiguousEncodings(t *testing.T) {
	cat := criteria.Checklist()
	base := `dendai.assessment/v1,format,x` + "\r\n"
	for name, data := range map[string]string{
		"ASCII":                      base,
		"UTF-8 kanji, not Shift_JIS": base + "名,subject.name.ja,株式会社サンプルペイ" + "\r\n",
		"Shift_JIS":                  mustShiftJIS(t, base+"名,subject.name.ja,株式会社サンプルペイ\r\n"),
	} {
		_, ps := ReadCSV([]byte(data), cat)
		for _, p := range ps {
			if p.Code == CodeAmbiguousEncoding || p.Code == CodeInvalidBytes {
				t.Errorf("%s: %v", name, p)
			}
		}
	}
}

func mustShiftJIS(t *testing.T, s string) string {
	b, err := japanese.ShiftJIS.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
