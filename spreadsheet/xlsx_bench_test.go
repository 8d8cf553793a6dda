package spreadsheet

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
)

// generatedBook returns a catalog of n criteria in n/10 groups and a
// complete, valid assessment of it.
func generatedBook(tb testing.TB, n int) (*criteria.Catalog, *assessment.Assessment) {
	tb.Helper()
	var doc strings.Builder
	doc.WriteString(`{"format":"dendai.catalog/v1","id":"generated","version":"1","title":{"ja":"生成","en":"Generated"},"groups":[`)
	for g := range n / 10 {
		if g > 0 {
			doc.WriteString(",")
		}
		fmt.Fprintf(&doc, `{"id":"g%d","title":{"ja":"群%d","en":"Group %d"},"criteria":[`, g, g, g)
		for c := range 10 {
			if c > 0 {
				doc.WriteString(",")
			}
			fmt.Fprintf(&doc, `{"id":"c%d-%d","text":{"ja":"基準%d-%d：経営陣により情報セキュリティ管理態勢が整備されている","en":"Criterion %d"}}`, g, c, g, c, c)
		}
		doc.WriteString("]}")
	}
	doc.WriteString("]}")
	cat, err := criteria.Parse([]byte(doc.String()), &criteria.Options{MaxSize: 64 << 20})
	if err != nil {
		tb.Fatal(err)
	}
	a := assessment.Template(cat)
	a.State, a.AssessedOn = assessment.Submitted, assessment.MustParseDate("2026-11-01")
	a.Subject.Name.JA, a.Assessor.Name = "株式会社サンプルペイ", "山田 太郎"
	a.Subject.CorporateNumber = assessment.MustParseCorporateNumber("5010001112730")
	for i := range a.Responses {
		r := &a.Responses[i]
		switch i % 10 {
		case 0:
			r.Status = assessment.PartiallyCompliant
			r.Remediation = &assessment.Remediation{Action: "多要素認証を導入", Owner: "情報システム部", Due: assessment.MustParseDate("2027-03-31")}
		case 1:
			r.Status, r.Justification = assessment.NotApplicable, "スマートフォンアプリを提供していないため"
		default:
			r.Status = assessment.Compliant
			r.Evidence = []assessment.Evidence{{Title: "情報セキュリティ基本方針", Ref: "https://example.jp/policy.pdf"}}
		}
	}
	return cat, a
}

// bareCells returns the cells WriteXLSX writes, sheet by sheet, row by row,
// as plain values: what excelize writes bare in the baselines.
func bareCells(tb testing.TB, book []byte) [2][][]any {
	tb.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var sheets [2][][]any
	for i, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			tb.Fatal(err)
		}
		for _, r := range rows {
			row := make([]any, len(r))
			for j, c := range r {
				row[j] = c
			}
			sheets[i] = append(sheets[i], row)
		}
	}
	return sheets
}

// writeBare writes cells with excelize, without styles, validation or
// protection.
func writeBare(cells [2][][]any) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	names := [2]string{"Sheet1", "Sheet2"}
	if _, err := f.NewSheet(names[1]); err != nil {
		return nil, err
	}
	for i, rows := range cells {
		for r, row := range rows {
			ref, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(names[i], ref, &row); err != nil {
				return nil, err
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readBare reads every cell of every sheet with excelize's streaming
// reader.
func readBare(book []byte) (int, error) {
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	for _, name := range f.GetSheetList() {
		rows, err := f.Rows(name)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			cols, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				return 0, err
			}
			n += len(cols)
		}
		if err := rows.Close(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

var benchSizes = []int{57, 570, 5700}

// BenchmarkWriteXLSX writes a filled workbook of 57 (the checklist), 570 and
// 5,700 criteria. The baseline, excelize, writes the same cells with
// excelize bare, in the same run.
func BenchmarkWriteXLSX(b *testing.B) {
	for _, n := range benchSizes {
		cat, a := sampleOrGenerated(b, n)
		var book bytes.Buffer
		if err := WriteXLSX(&book, cat, a, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
			b.Fatal(err)
		}
		cells := bareCells(b, book.Bytes())
		b.Run(fmt.Sprintf("n=%d/excelize", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := writeBare(cells); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/dendai", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var buf bytes.Buffer
				if err := WriteXLSX(&buf, cat, a, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadXLSX reads a filled workbook of 57, 570 and 5,700 criteria
// with ReadXLSX and with CheckXLSX (which validates too). The baseline,
// excelize, reads every cell of the same workbook with excelize's streaming
// reader, in the same run.
func BenchmarkReadXLSX(b *testing.B) {
	opts := &assessment.Options{Now: testNow}
	for _, n := range benchSizes {
		cat, a := sampleOrGenerated(b, n)
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, cat, a, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
			b.Fatal(err)
		}
		book := buf.Bytes()
		b.Run(fmt.Sprintf("n=%d/excelize", n), func(b *testing.B) {
			b.SetBytes(int64(len(book)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := readBare(book); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/read", n), func(b *testing.B) {
			b.SetBytes(int64(len(book)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ps := ReadXLSX(book, cat); len(ps) > 0 {
					b.Fatal(ps[0].Describe(0))
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/check", n), func(b *testing.B) {
			b.SetBytes(int64(len(book)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ps := CheckXLSX(cat, book, opts); len(ps) > 0 {
					b.Fatal(ps[0].Describe(0))
				}
			}
		})
	}
}

// sampleOrGenerated returns the sample assessment for 57 criteria, and a
// generated one otherwise.
func sampleOrGenerated(tb testing.TB, n int) (*criteria.Catalog, *assessment.Assessment) {
	if n == 57 {
		a, _ := loadSample(tb, "sample.json")
		return sampleCatalog(tb), a
	}
	return generatedBook(tb, n)
}

// BenchmarkXLSXOverhead runs dendai and bare excelize alternately, on the
// same workbook, and reports dendai's time over excelize's as "ratio": on a
// shared, noisy machine, alternating puts both under the same load. write
// compares WriteXLSX with excelize writing the same cells bare; read,
// ReadXLSX with excelize's streaming reader reading every cell.
func BenchmarkXLSXOverhead(b *testing.B) {
	for _, n := range benchSizes {
		cat, a := sampleOrGenerated(b, n)
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, cat, a, &XLSXOptions{Lang: i18n.Japanese}); err != nil {
			b.Fatal(err)
		}
		book := buf.Bytes()
		cells := bareCells(b, book)
		for _, op := range []struct {
			name         string
			dendai, bare func() error
		}{
			{"write", func() error { return WriteXLSX(io.Discard, cat, a, &XLSXOptions{Lang: i18n.Japanese}) },
				func() error { _, err := writeBare(cells); return err }},
			{"read", func() error {
				if _, ps := ReadXLSX(book, cat); len(ps) > 0 {
					return ps.Err()
				}
				return nil
			}, func() error { _, err := readBare(book); return err }},
		} {
			b.Run(fmt.Sprintf("%s/n=%d", op.name, n), func(b *testing.B) {
				var dendai, bare time.Duration
				for b.Loop() {
					start := time.Now()
					if err := op.bare(); err != nil {
						b.Fatal(err)
					}
					mid := time.Now()
					if err := op.dendai(); err != nil {
						b.Fatal(err)
					}
					bare, dendai = bare+mid.Sub(start), dendai+time.Since(mid)
				}
				b.ReportMetric(float64(dendai)/float64(bare), "ratio")
				b.ReportMetric(float64(dendai.Nanoseconds())/float64(b.N), "dendai-ns/op")
				b.ReportMetric(float64(bare.Nanoseconds())/float64(b.N), "excelize-ns/op")
			})
		}
	}
}
