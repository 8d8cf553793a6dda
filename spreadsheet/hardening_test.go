package spreadsheet_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/testkit"
	"github.com/dendai-go/dendai/spreadsheet"
)

// This file feeds hostile CSV through ReadCSV and CheckCSV; testkit checks
// the invariants of DESIGN.md on every refusal: never a panic, a stable code
// and a message in both languages, a location, and the caller's input left
// as it was.

// sheet is the CSV template as records, for editing cells.
type sheet [][]string

// draftSheet is testkit.Draft written as the Japanese CSV template.
var draftSheet = sync.OnceValues(func() (sheet, error) {
	a, err := assessment.Decode([]byte(testkit.Draft), nil)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := spreadsheet.WriteCSV(&buf, criteria.Checklist(), a, &spreadsheet.CSVOptions{Lang: i18n.Japanese}); err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), testkit.BOM)))
	r.FieldsPerRecord = -1
	return r.ReadAll()
})

// baseSheet returns a copy of draftSheet.
func baseSheet() sheet {
	s, err := draftSheet()
	if err != nil {
		panic(err)
	}
	out := make(sheet, len(s))
	for i, rec := range s {
		out[i] = slices.Clone(rec)
	}
	return out
}

// set sets the value of the header row keyed key (column B).
func (s sheet) set(key, value string) sheet {
	for _, rec := range s {
		if len(rec) > 1 && rec[1] == key {
			rec[2] = value
			return s
		}
	}
	panic("hardening: no header row " + key)
}

// cell sets column col (0-based) of the table row of criterion id.
func (s sheet) cell(id string, col int, value string) sheet {
	for _, rec := range s {
		if len(rec) > 3 && rec[0] == id {
			rec[col] = value
			return s
		}
	}
	panic("hardening: no table row " + id)
}

// rowOf returns the index of the record whose first or second cell is key.
func (s sheet) rowOf(key string) int {
	i := slices.IndexFunc(s, func(rec []string) bool { return rec[0] == key || len(rec) > 1 && rec[1] == key })
	if i < 0 {
		panic("hardening: no row " + key)
	}
	return i
}

func (s sheet) with(f func(sheet) sheet) sheet { return f(s) }

// text writes the sheet as CSV with CR LF line ends, without a byte order mark.
func (s sheet) text() string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.WriteAll(s); err != nil {
		panic(err)
	}
	return buf.String()
}

func (s sheet) utf8BOM() []byte { return []byte(testkit.BOM + s.text()) }

func (s sheet) shiftJIS() []byte {
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s.text()))
	if err != nil {
		panic(err)
	}
	return b
}

// Columns of the CSV table.
const (
	colID = iota
	colCategory
	colText
	colStatus
	colJustification
	colEvidence
	colComment
	colAction
	colOwner
	colDue
)

// TestHardeningBase checks that the sheets the rows start from are valid, so
// that every row's refusal is its own.
func TestHardeningBase(t *testing.T) {
	cl := criteria.Checklist()
	opts := &assessment.Options{Now: testkit.Now}
	if a, ps := spreadsheet.CheckCSV(cl, baseSheet().utf8BOM(), opts); len(ps) > 0 || a == nil {
		t.Errorf("CheckCSV(UTF-8 sheet): %v", ps)
	}
	if a, ps := spreadsheet.CheckCSV(cl, baseSheet().shiftJIS(), opts); len(ps) > 0 || a == nil {
		t.Errorf("CheckCSV(Shift_JIS sheet): %v", ps)
	}
}

// badCSV returns the hostile CSV files.
func badCSV() []testkit.Bad {
	megabyte := strings.Repeat("a", 1<<20)
	base := baseSheet
	return []testkit.Bad{
		{Name: "empty", Data: []byte{}, Code: spreadsheet.CodeEmpty, NoPlace: true},
		{Name: "whitespace only", Data: []byte(" \r\n\t\r\n"), Code: spreadsheet.CodeEmpty, NoPlace: true},
		{Name: "lone BOM", Data: []byte(testkit.BOM), Code: spreadsheet.CodeEmpty, NoPlace: true},
		{Name: "BOM and empty rows", Data: []byte(testkit.BOM + ",,\r\n,\r\n"), Code: spreadsheet.CodeEmpty, NoPlace: true},
		{Name: "JSON instead of CSV", Data: []byte(testkit.Draft), Code: spreadsheet.CodeBareQuote},
		{Name: "empty JSON object instead of CSV", Data: []byte("{}\r\n"), Code: spreadsheet.CodeFormat},
		{Name: "UTF-8 with BOM, bad status", Data: base().cell("1-1", colStatus, "適合じゃない").utf8BOM(), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "UTF-8 without BOM, bad status", Data: []byte(base().cell("1-1", colStatus, "complient").text()), Code: assessment.CodeStatusInvalid},
		{Name: "Shift_JIS, bad status", Data: base().cell("1-1", colStatus, "ほぼ適合").shiftJIS(), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "Shift_JIS, undefined byte in a cell", Data: []byte(strings.Replace(string(base().shiftJIS()), "1-2,", "1-2\xfd,", 1)), Code: spreadsheet.CodeInvalidBytes},
		{Name: "Shift_JIS, cut inside a character", Data: append(base().shiftJIS(), 0x82), Code: spreadsheet.CodeInvalidBytes},
		{Name: "BOM then Shift_JIS", Data: append([]byte(testkit.BOM), base().shiftJIS()...), Code: spreadsheet.CodeInvalidBytes, Quotes: true},
		{Name: "BOM then invalid UTF-8 in a key", Data: []byte(strings.Replace(string(base().utf8BOM()), "assessor.email", "assessor.\xffemail", 1)), Code: spreadsheet.CodeInvalidBytes},
		{Name: "BOM then overlong UTF-8", Data: []byte(strings.Replace(string(base().utf8BOM()), "山田", "\xc0\xaf山田", 1)), Code: spreadsheet.CodeInvalidBytes},
		{Name: "formula as status", Data: base().cell("1-1", colStatus, "=1+1").utf8BOM(), Code: assessment.CodeStatusInvalid},
		{Name: "escaped formula as status", Data: base().cell("1-1", colStatus, "'=HYPERLINK(\"http://evil.example\")").utf8BOM(), Code: assessment.CodeStatusInvalid},
		{Name: "formula as ID", Data: base().cell("1-1", colText, "").cell("1-1", colID, "=1-1").utf8BOM(), Code: spreadsheet.CodeUnknownCriterion},
		{Name: "formula as due date", Data: base().cell("1-30", colDue, "@SUM(A1:A2)").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "formula as email", CheckOnly: true, Data: base().set("assessor.email", "=cmd|' /C calc'!A0").utf8BOM(), Code: assessment.CodeValidationEmail},
		{Name: "bare quote", Data: []byte(strings.Replace(base().text(), "山田 太郎", `山田 "太郎"`, 1)), Code: spreadsheet.CodeBareQuote},
		{Name: "unclosed quote at the end", Data: []byte(base().text() + `"2-3,x`), Code: spreadsheet.CodeQuote},
		{Name: "text after a closing quote", Data: []byte(strings.Replace(base().text(), "\r\n1-2,", "\r\n\"1-2\"x,", 1)), Code: spreadsheet.CodeQuote},
		{Name: "first cell not the format", Data: base().with(func(s sheet) sheet { s[0][0] = "dendai.assessment/v2"; return s }).utf8BOM(), Code: spreadsheet.CodeFormat},
		{Name: "first cell the catalog format", Data: base().with(func(s sheet) sheet { s[0][0] = "dendai.catalog/v1"; return s }).utf8BOM(), Code: spreadsheet.CodeFormat},
		{Name: "unknown header key", Data: base().with(func(s sheet) sheet { s[s.rowOf("subject.corporateNumber")][1] = "subject.corporate_number"; return s }).utf8BOM(), Code: spreadsheet.CodeUnknownField},
		{Name: "header key in Japanese", Data: base().with(func(s sheet) sheet { s[s.rowOf("assessor.name")][1] = "氏名"; return s }).utf8BOM(), Code: spreadsheet.CodeUnknownField, Quotes: true},
		{Name: "header key missing", Data: base().with(func(s sheet) sheet { return slices.Delete(s, s.rowOf("catalogVersion"), s.rowOf("catalogVersion")+1) }).utf8BOM(), Code: spreadsheet.CodeMissingField},
		{Name: "header key twice", Data: base().with(func(s sheet) sheet {
			i := s.rowOf("state")
			return slices.Insert(s, i, slices.Clone(s[i]))
		}).utf8BOM(), Code: spreadsheet.CodeDuplicateField},
		{Name: "extra cell in a header row", Data: base().with(func(s sheet) sheet {
			i := s.rowOf("assessor.name")
			s[i] = append(s[i], "", "余分")
			return s
		}).utf8BOM(), Code: spreadsheet.CodeExtraCell},
		{Name: "extra cell in a table row", Data: base().with(func(s sheet) sheet {
			i := s.rowOf("1-2")
			s[i] = append(s[i], "余分")
			return s
		}).utf8BOM(), Code: spreadsheet.CodeExtraCell},
		{Name: "table heading changed", Data: base().with(func(s sheet) sheet { s[s.rowOf("ID")][colStatus] = "Result"; return s }).utf8BOM(), Code: spreadsheet.CodeColumnHeading},
		{Name: "table missing", Data: base().with(func(s sheet) sheet { return s[:s.rowOf("ID")] }).utf8BOM(), Code: spreadsheet.CodeMissingTable},
		{Name: "ID Excel turned into a date", Data: base().cell("1-1", colText, "").cell("1-1", colID, "1月1日").utf8BOM(), Code: spreadsheet.CodeUnknownCriterion, Quotes: true},
		{Name: "ID Excel turned into a serial date", Data: base().cell("1-2", colText, "").cell("1-2", colID, "2001/1/2").utf8BOM(), Code: spreadsheet.CodeUnknownCriterion},
		{Name: "ID blank", Data: base().cell("1-3", colText, "").cell("1-3", colID, " ").utf8BOM(), Code: spreadsheet.CodeMissingCriterion},
		{Name: "ID twice", Data: base().cell("1-3", colText, "").cell("1-3", colID, "1-2").utf8BOM(), Code: spreadsheet.CodeDuplicateRow},
		{Name: "date 2026-02-30", Data: base().cell("1-30", colDue, "2026-02-30").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "date 0000-01-01", Data: base().set("assessedOn", "0000-01-01").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "date 2026-1-1", Data: base().set("assessedOn", "2026-1-1").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "date 2026/13/1", Data: base().set("assessedOn", "2026/13/1").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "date as an Excel serial number", Data: base().set("assessedOn", "46296").utf8BOM(), Code: assessment.CodeDateInvalid},
		{Name: "corporate number 12 digits", Data: base().set("subject.corporateNumber", "010001112730").utf8BOM(), Code: assessment.CodeCorporateNumberLength},
		{Name: "corporate number as Excel shows it", Data: base().set("subject.corporateNumber", "5.01E+12").utf8BOM(), Code: assessment.CodeCorporateNumberExponent},
		{Name: "corporate number wrong check digit", Data: base().set("subject.corporateNumber", "1010001112730").utf8BOM(), Code: assessment.CodeCorporateNumberCheckDigit},
		{Name: "registration unknown bureau", Data: base().set("subject.registrationNumber", "大阪財務局長（電代）第1号").utf8BOM(), Code: assessment.CodeRegistrationNumberBureau, Quotes: true},
		{Name: "registration 第0号", Data: base().set("subject.registrationNumber", "関東財務局長（電代）第0号").utf8BOM(), Code: assessment.CodeRegistrationNumberNumber, Quotes: true},
		{Name: "status with NUL", Data: base().cell("1-1", colStatus, "適合\x00").utf8BOM(), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "terminal escape sequence as status", Data: base().cell("1-1", colStatus, "\x1b[2J\x1b]0;owned\x07").utf8BOM(), Code: assessment.CodeStatusInvalid},
		{Name: "line break in a header key", Data: base().with(func(s sheet) sheet {
			s[s.rowOf("assessor.name")][1] = "assessor.name\n15行目、4列目: 問題はありません"
			return s
		}).utf8BOM(), Code: spreadsheet.CodeUnknownField, Quotes: true},
		{Name: "status almost a mark", Data: base().cell("1-1", colStatus, "〇〇").utf8BOM(), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "state with control characters", CheckOnly: true, Data: base().set("state", "draft\x07\x1b[31m").utf8BOM(), Code: assessment.CodeValidationOneOf},
		{Name: "remediation due before the date", CheckOnly: true, Data: base().cell("1-30", colDue, "2026/9/30").utf8BOM(), Code: assessment.CodeDueBeforeAssessment},
		{Name: "submitted with blank statuses", CheckOnly: true, Min: 54, Data: base().set("state", "提出済み").utf8BOM(), Code: assessment.CodeNotAssessed},
		{Name: "1 MiB comment", CheckOnly: true, Data: base().cell("1-1", colComment, megabyte).utf8BOM(), Code: assessment.CodeValidationMaxLength},
		{Name: "over the size limit", CheckOnly: true, MaxSize: 1000, Data: base().utf8BOM(), Code: dendai.CodeInputTooLarge, NoPlace: true},
		{Name: "over the default size limit", Data: []byte(base().text() + strings.Repeat(",", assessment.DefaultMaxSize)), Code: dendai.CodeInputTooLarge, NoPlace: true},
		// The CSV cases of issue 10: hostile shapes and encodings.
		{Name: "commas only", Data: bytes.Repeat([]byte(","), 1<<20), Code: spreadsheet.CodeEmpty, NoPlace: true},
		{Name: "a million empty rows before a bad status", Data: millionEmptyRows(), Code: assessment.CodeStatusInvalid},
		{Name: "huge cell of line breaks", CheckOnly: true, Data: base().cell("1-1", colComment, strings.Repeat("\r\n", 1<<20)).utf8BOM(), Code: assessment.CodeValidationMaxLength},
		{Name: "every status invalid", Min: criteria.Checklist().Len(), Data: allStatuses("たぶん").utf8BOM(), Code: assessment.CodeStatusInvalid, Quotes: true},
		{Name: "valid as UTF-8 and as Shift_JIS, nothing known tells", Data: ambiguousFixture(), Code: spreadsheet.CodeAmbiguousEncoding, Quotes: true},
		{Name: "UTF-8 without BOM, invalid byte in a cell", Data: []byte(strings.Replace(base().text(), "山田", "山\xff田", 1)), Code: spreadsheet.CodeInvalidBytes},
	}
}

// millionEmptyRows returns the sheet with a million empty rows before its
// last row, whose status is not one: the problem is on row len(sheet) plus a
// million.
func millionEmptyRows() []byte {
	s := baseSheet()
	last := s[len(s)-1]
	last[colStatus] = "bogus"
	return []byte(testkit.BOM + s[:len(s)-1].text() + strings.Repeat("\r\n", 1_000_000) + sheet{last}.text())
}

// allStatuses returns the sheet with every status of its table set to st.
func allStatuses(st string) sheet {
	s := baseSheet()
	for _, rec := range s[s.rowOf("ID")+1:] {
		rec[colStatus] = st
	}
	return s
}

// ambiguousFixture returns the English form in Shift_JIS with the comment
// ﾐｽﾅｼ on 1-1, whose bytes are valid UTF-8 too.
func ambiguousFixture() []byte {
	data, err := os.ReadFile(filepath.Join("testdata", "ambiguous-shift_jis.csv"))
	if err != nil {
		panic(err)
	}
	return data
}

// TestHardeningCSVPlaces checks where the problems of issue 10's CSV cases
// are: row and cell, as a spreadsheet numbers them.
func TestHardeningCSVPlaces(t *testing.T) {
	cl := criteria.Checklist()
	s := baseSheet()
	type place struct {
		Line, Column int
		Code         dendai.Code
	}
	tests := []struct {
		name string
		data []byte
		want place // the first problem
		n    int   // problems with its code
	}{
		{"a million empty rows before a bad status", millionEmptyRows(), place{len(s) + 1_000_000, colStatus + 1, assessment.CodeStatusInvalid}, 1},
		{"every status invalid", allStatuses("たぶん").utf8BOM(), place{s.rowOf("ID") + 2, colStatus + 1, assessment.CodeStatusInvalid}, cl.Len()},
		{"valid as UTF-8 and as Shift_JIS, nothing known tells", ambiguousFixture(), place{16, colComment + 1, spreadsheet.CodeAmbiguousEncoding}, 1},
		{"UTF-8 without BOM, invalid byte in a cell", []byte(strings.Replace(s.text(), "山田", "山\xff田", 1)), place{s.rowOf("assessor.name") + 1, 3, spreadsheet.CodeInvalidBytes}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := spreadsheet.ReadCSV(tt.data, cl)
			var got []place
			for _, p := range ps {
				if p.Code == tt.want.Code {
					got = append(got, place{p.Line, p.Column, p.Code})
				}
			}
			if len(got) != tt.n {
				t.Fatalf("%d problems coded %s, want %d: %v", len(got), tt.want.Code, tt.n, ps)
			}
			if diff := cmp.Diff(tt.want, got[0]); diff != "" {
				t.Errorf("first problem (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHardeningCSV(t *testing.T) {
	cl := criteria.Checklist()
	testkit.RunBad(t, badCSV(),
		testkit.Reader{Name: "ReadCSV", DecodeOnly: true, NoMaxSize: true, Read: func(t *testing.T, b testkit.Bad) error {
			a, ps := spreadsheet.ReadCSV(b.Data, cl)
			if a == nil && len(ps) == 0 {
				t.Error("ReadCSV returned neither an assessment nor problems")
			}
			return ps.Err()
		}},
		testkit.Reader{Name: "CheckCSV", Read: func(t *testing.T, b testkit.Bad) error {
			_, ps := spreadsheet.CheckCSV(cl, b.Data, &assessment.Options{MaxSize: b.MaxSize, Now: testkit.Now})
			return ps.Err()
		}},
	)
}
