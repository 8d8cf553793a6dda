package assessment

import (
	"encoding"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai/criteria"
)

// The value types are text in JSON, CSV and messages alike.
var (
	_ encoding.TextAppender    = Status(0)
	_ encoding.TextMarshaler   = Status(0)
	_ encoding.TextUnmarshaler = (*Status)(nil)
	_ encoding.TextAppender    = Date{}
	_ encoding.TextMarshaler   = Date{}
	_ encoding.TextUnmarshaler = (*Date)(nil)
	_ encoding.TextAppender    = CorporateNumber{}
	_ encoding.TextMarshaler   = CorporateNumber{}
	_ encoding.TextUnmarshaler = (*CorporateNumber)(nil)
	_ encoding.TextAppender    = RegistrationNumber{}
	_ encoding.TextMarshaler   = RegistrationNumber{}
	_ encoding.TextUnmarshaler = (*RegistrationNumber)(nil)
)

// TestDiffSeesEveryField checks that cmp.Diff, with no options, compares two
// assessments field by field: a change to any field, down to a date's day,
// shows as a difference. TestDiffCoversEveryField keeps the table complete.
func TestDiffSeesEveryField(t *testing.T) {
	for _, tt := range diffCases {
		t.Run(tt.field, func(t *testing.T) {
			a, b := valid(t), valid(t)
			derivedSample(a)
			derivedSample(b)
			if diff := cmp.Diff(a, b); diff != "" {
				t.Fatalf("two decodes of the sample differ:\n%s", diff)
			}
			tt.change(b)
			if diff := cmp.Diff(a, b); diff == "" {
				t.Errorf("cmp.Diff sees no change of %s", tt.field)
			}
			if cmp.Equal(a, b) {
				t.Errorf("cmp.Equal sees no change of %s", tt.field)
			}
		})
	}
}

// diffCases changes each field of an assessment of the sample in turn; field
// is the path of the field changed, as TestDiffCoversEveryField spells it.
var diffCases = []struct {
	field  string
	change func(a *Assessment)
}{
	{"Schema", func(a *Assessment) { a.Schema = SchemaURL }},
	{"Catalog", func(a *Assessment) { a.Catalog = "jpbank-standard" }},
	{"CatalogVersion", func(a *Assessment) { a.CatalogVersion = "1.0.1" }},
	{"State", func(a *Assessment) { a.State = Draft }},
	{"AssessedOn", func(a *Assessment) { a.AssessedOn = MustParseDate("2026-11-02") }},
	{"AssessedOn/month", func(a *Assessment) { a.AssessedOn = MustParseDate("2026-12-01") }},
	{"AssessedOn/year", func(a *Assessment) { a.AssessedOn = MustParseDate("2025-11-01") }},
	{"AssessedOn/zero", func(a *Assessment) { a.AssessedOn = Date{} }},
	{"Subject.Name.JA", func(a *Assessment) { a.Subject.Name.JA += "x" }},
	{"Subject.Name.EN", func(a *Assessment) { a.Subject.Name.EN += "x" }},
	{"Subject.CorporateNumber", func(a *Assessment) { a.Subject.CorporateNumber = MustParseCorporateNumber("7000012050002") }},
	{"Subject.CorporateNumber/zero", func(a *Assessment) { a.Subject.CorporateNumber = CorporateNumber{} }},
	{"Subject.RegistrationNumber", func(a *Assessment) {
		a.Subject.RegistrationNumber = MustParseRegistrationNumber("関東財務局長（電代）第13号")
	}},
	{"Subject.RegistrationNumber/bureau", func(a *Assessment) {
		a.Subject.RegistrationNumber = MustParseRegistrationNumber("近畿財務局長（電代）第12号")
	}},
	{"Subject.RegistrationNumber/zero", func(a *Assessment) { a.Subject.RegistrationNumber = RegistrationNumber{} }},
	{"Assessor.Name", func(a *Assessment) { a.Assessor.Name += "x" }},
	{"Assessor.Organization", func(a *Assessment) { a.Assessor.Organization += "x" }},
	{"Assessor.Email", func(a *Assessment) { a.Assessor.Email = "x" + a.Assessor.Email }},
	{"Responses", func(a *Assessment) { a.Responses = a.Responses[:len(a.Responses)-1] }},
	{"Responses/order", func(a *Assessment) { a.Responses[0], a.Responses[1] = a.Responses[1], a.Responses[0] }},
	{"Responses.Criterion", func(a *Assessment) { a.Responses[3].Criterion = "1-99" }},
	{"Responses.Status", func(a *Assessment) { a.Responses[3].Status = NonCompliant }},
	{"Responses.Evidence", func(a *Assessment) { a.Responses[0].Evidence = a.Responses[0].Evidence[:1] }},
	{"Responses.Evidence.Title", func(a *Assessment) { a.Responses[0].Evidence[1].Title += "x" }},
	{"Responses.Evidence.Ref", func(a *Assessment) { a.Responses[0].Evidence[0].Ref += "x" }},
	{"Responses.Justification", func(a *Assessment) { a.Responses[47].Justification += "x" }},
	{"Responses.Comment", func(a *Assessment) { a.Responses[56].Comment += "x" }},
	{"Responses.Remediation", func(a *Assessment) { a.Responses[29].Remediation = nil }},
	{"Responses.Remediation.Action", func(a *Assessment) { a.Responses[29].Remediation.Action += "x" }},
	{"Responses.Remediation.Owner", func(a *Assessment) { a.Responses[29].Remediation.Owner += "x" }},
	{"Responses.Remediation.Due", func(a *Assessment) { a.Responses[29].Remediation.Due = MustParseDate("2027-04-01") }},
	{"Responses.DerivedFrom", func(a *Assessment) {
		a.Responses[2].DerivedFrom = []Derivation{{Criterion: "S1-1", Relationship: criteria.Equivalent, Status: Compliant}}
	}},
	{"Responses.DerivedFrom.Criterion", func(a *Assessment) { a.Responses[3].DerivedFrom[0].Criterion = "S1-2" }},
	{"Responses.DerivedFrom.Relationship", func(a *Assessment) { a.Responses[3].DerivedFrom[0].Relationship = criteria.Subset }},
	{"Responses.DerivedFrom.Status", func(a *Assessment) { a.Responses[3].DerivedFrom[0].Status = NonCompliant }},
	{"Responses.NeedsReview", func(a *Assessment) { a.Responses[3].NeedsReview = true }},
}

// derivedSample is the sample with a derivation on its fourth response, so
// that diffCases can change the fields of one.
func derivedSample(a *Assessment) {
	a.Responses[3].DerivedFrom = []Derivation{{Criterion: "S1-1", Relationship: criteria.Equivalent, Status: Compliant}}
}

// TestDiffCoversEveryField fails when a field is added to the assessment types
// without a case in diffCases. The value types (Date, CorporateNumber,
// RegistrationNumber, i18n.Text's strings) count as single fields.
func TestDiffCoversEveryField(t *testing.T) {
	var fields []string
	var walk func(typ reflect.Type, prefix string)
	walk = func(typ reflect.Type, prefix string) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		for f := range typ.Fields() {
			if !f.IsExported() {
				t.Errorf("%s.%s is not exported", typ, f.Name)
			}
			name := prefix + f.Name
			fields = append(fields, name)
			ft := f.Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && ft.PkgPath() != "" && !slices.Contains([]reflect.Type{
				reflect.TypeFor[Date](), reflect.TypeFor[CorporateNumber](), reflect.TypeFor[RegistrationNumber](),
			}, ft) {
				walk(ft, name+".")
			}
		}
	}
	walk(reflect.TypeFor[Assessment](), "")
	covered := map[string]bool{}
	for _, tt := range diffCases {
		field, _, _ := strings.Cut(tt.field, "/")
		covered[field] = true
	}
	for _, f := range fields {
		if !covered[f] && !slices.ContainsFunc(fields, func(g string) bool { return strings.HasPrefix(g, f+".") }) {
			t.Errorf("no case of diffCases changes %s", f)
		}
	}
	if len(fields) < 20 {
		t.Fatalf("found only the fields %v", fields)
	}
}

// TestDiffDecodes checks that two decodes of the sample are equal under
// cmp.Diff with no options, as are two zero assessments.
func TestDiffDecodes(t *testing.T) {
	data := readSample(t)
	a, err := Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two decodes of the sample differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(&Assessment{}, &Assessment{}); diff != "" {
		t.Errorf("two zero assessments differ:\n%s", diff)
	}
}

// TestEqual checks the Equal methods go-cmp relies on: equal exactly when ==
// says so, for values that differ in any part.
func TestEqual(t *testing.T) {
	dates := []Date{{}, MustParseDate("2026-11-01"), MustParseDate("2026-11-02"), MustParseDate("2026-12-01"), MustParseDate("2027-11-01")}
	if d, ok := NewDate(2026, time.November, 1); !ok || !d.Equal(dates[1]) {
		t.Errorf("NewDate(2026, 11, 1) = %v, %v; not Equal to %v", d, ok, dates[1])
	}
	for _, d := range dates {
		for _, e := range dates {
			if d.Equal(e) != (d == e) || cmp.Equal(d, e) != (d == e) {
				t.Errorf("Date %q.Equal(%q) = %v, cmp.Equal %v", d, e, d.Equal(e), cmp.Equal(d, e))
			}
		}
	}
	numbers := []CorporateNumber{{}, MustParseCorporateNumber("5010001112730"), MustParseCorporateNumber("7000012050002")}
	for _, c := range numbers {
		for _, d := range numbers {
			if c.Equal(d) != (c == d) || cmp.Equal(c, d) != (c == d) {
				t.Errorf("CorporateNumber %q.Equal(%q) = %v, cmp.Equal %v", c, d, c.Equal(d), cmp.Equal(c, d))
			}
		}
	}
	regs := []RegistrationNumber{{}, MustParseRegistrationNumber("関東財務局長（電代）第12号"),
		MustParseRegistrationNumber("関東財務局長（電代）第13号"), MustParseRegistrationNumber("近畿財務局長（電代）第12号")}
	for _, r := range regs {
		for _, s := range regs {
			if r.Equal(s) != (r == s) || cmp.Equal(r, s) != (r == s) {
				t.Errorf("RegistrationNumber %q.Equal(%q) = %v, cmp.Equal %v", r, s, r.Equal(s), cmp.Equal(r, s))
			}
		}
	}
}

// TestDiffShowsValues checks that a difference in a value type reads as its
// text form, not as unexported fields.
func TestDiffShowsValues(t *testing.T) {
	a, b := valid(t), valid(t)
	b.AssessedOn = MustParseDate("2026-11-02")
	b.Subject.CorporateNumber = MustParseCorporateNumber("7000012050002")
	diff := cmp.Diff(a, b)
	for _, s := range []string{"2026-11-01", "2026-11-02", "5010001112730", "7000012050002"} {
		if !strings.Contains(diff, s) {
			t.Errorf("the diff does not show %s:\n%s", s, diff)
		}
	}
}
