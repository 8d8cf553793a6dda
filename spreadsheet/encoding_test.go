package spreadsheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
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

// bothWays reports whether data is valid as UTF-8 and as Shift_JIS, with
// different texts: the files settle weighs.
func bothWays(data []byte) bool {
	sjis, err := japanese.ShiftJIS.NewDecoder().Bytes(data)
	return err == nil && utf8.Valid(data) && !bytes.ContainsRune(sjis, utf8.RuneError) && !bytes.Equal(sjis, data)
}

// TestEncodingEvidence reads files without a byte order mark whose encoding
// the text dendai knows (headings, labels, the catalog's texts) settles, and
// files it cannot settle.
func TestEncodingEvidence(t *testing.T) {
	cl := criteria.Checklist()
	sample, _ := loadSample(t, "sample.json")
	withComment := func(comment string) *assessment.Assessment {
		a := assessment.Template(cl)
		a.Responses[0].Comment = comment
		return a
	}
	// A form whose only texts that are not ASCII are the label カタログ, the
	// heading 評価結果 and the comment 確認済み: each is valid Shift_JIS in its
	// UTF-8 bytes, so the whole file is.
	ja := strings.Join([]string{
		"dendai.assessment/v1,format,",
		"カタログ,catalog,jpbank-checklist",
		"",
		"ID,,,評価結果,,,comment",
		"1-1,,,compliant,,,確認済み",
	}, "\r\n") + "\r\n"
	fixture, err := os.ReadFile(filepath.Join("testdata", "ambiguous-shift_jis.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// A catalog whose criterion text is ﾐｽﾅｼ, half-width kana whose Shift_JIS
	// bytes are also UTF-8: a form of it in Shift_JIS, with that text in a
	// comment and all else ASCII, is told Shift_JIS by the text.
	kana := kanaCatalog(t)
	kanaForm := mustShiftJIS(t, strings.Join([]string{
		"dendai.assessment/v1,format,",
		"Catalog,catalog,kana",
		"",
		"ID,Category,Criterion,Status,Reason not applicable,Evidence,Comment",
		"k-1,Group,No mistakes,compliant,,,ﾐｽﾅｼ",
	}, "\r\n")+"\r\n")

	tests := []struct {
		name      string
		cat       *criteria.Catalog
		data      []byte
		ambiguous bool // both readings valid: settle weighs the file
		comment   string
		refused   bool
	}{
		{"UTF-8 without BOM, told by its labels", cl, []byte(ja), true, "確認済み", false},
		{"UTF-8 Japanese form without BOM", cl, bytes.TrimPrefix(writeCSV(t, cl, sample, &CSVOptions{Lang: i18n.Japanese}), []byte(byteOrderMark)), false, sample.Responses[0].Comment, false},
		{"Shift_JIS Japanese form with half-width kana", cl, writeCSV(t, cl, withComment("ﾐｽﾅｼ"), &CSVOptions{Lang: i18n.Japanese, Encoding: ShiftJIS}), false, "ﾐｽﾅｼ", false},
		{"Shift_JIS, told by a criterion's text", kana, []byte(kanaForm), true, "ﾐｽﾅｼ", false},
		{"English form in CP932, nothing known to tell", cl, fixture, true, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bothWays(tt.data); got != tt.ambiguous {
				t.Fatalf("the file reads both ways: %v, want %v", got, tt.ambiguous)
			}
			a, ps := ReadCSV(tt.data, tt.cat)
			var codes []dendai.Code
			for _, p := range ps {
				if p.Code == CodeAmbiguousEncoding || p.Code == CodeInvalidBytes {
					codes = append(codes, p.Code)
				}
			}
			var want []dendai.Code
			if tt.refused {
				want = []dendai.Code{CodeAmbiguousEncoding}
			}
			if diff := cmp.Diff(want, codes); diff != "" {
				t.Fatalf("encoding problems (-want +got):\n%s\n%v", diff, ps)
			}
			if tt.refused {
				if a != nil {
					t.Error("an assessment read from a file refused")
				}
				return
			}
			if a == nil || len(a.Responses) == 0 || a.Responses[0].Comment != tt.comment {
				t.Fatalf("ReadCSV = %+v, want the first comment %q; problems %v", a, tt.comment, ps)
			}
		})
	}
}

// kanaCatalog loads a catalog of one criterion whose Japanese text is ﾐｽﾅｼ.
func kanaCatalog(t *testing.T) *criteria.Catalog {
	t.Helper()
	doc := `{"format":"dendai.catalog/v1","id":"kana","version":"1.0.0",` +
		`"title":{"ja":"半角カナの基準","en":"Half-width kana criteria"},` +
		`"groups":[{"id":"g","title":{"ja":"区分","en":"Group"},` +
		`"criteria":[{"id":"k-1","text":{"ja":"ﾐｽﾅｼ","en":"No mistakes"}}]}]}`
	cat, err := criteria.Parse([]byte(doc), nil)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
