package assessment

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/msgtest"
	"github.com/google/go-cmp/cmp"
)

// clock is the fixed "now" of the tests: 2026-11-21 in Japan.
var clock = &Options{Now: func() time.Time { return time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC) }}

// valid returns a complete, valid submitted assessment of the checklist.
func valid(t testing.TB) *Assessment {
	t.Helper()
	a, err := Decode(readSample(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sampleCatalog returns the catalog the sample assessments in
// examples/assessments name: jpbank-checklist 1.0.0, which stays built in
// after the crosswalk was corrected in 1.1.0.
func sampleCatalog(t testing.TB) *criteria.Catalog {
	t.Helper()
	cat, ok := criteria.BuiltinVersion(criteria.ChecklistID, "1.1.0")
	if !ok {
		t.Fatal("jpbank-checklist 1.1.0 is not built in")
	}
	return cat
}

type found struct {
	Path string
	ID   criteria.ID
	Code dendai.Code
}

func codes(ps dendai.Problems) []found {
	var out []found
	for _, p := range ps {
		out = append(out, found{p.Path, criteria.ID(p.Criterion), p.Code})
	}
	return out
}

func TestValidateSample(t *testing.T) {
	if ps := Validate(sampleCatalog(t), valid(t), clock); len(ps) != 0 {
		t.Errorf("the sample has problems: %v", codes(ps))
	}
}

func TestValidateRules(t *testing.T) {
	resp := func(a *Assessment, id criteria.ID) *Response {
		for i := range a.Responses {
			if a.Responses[i].Criterion == id {
				return &a.Responses[i]
			}
		}
		t.Fatalf("no response to %s", id)
		return nil
	}
	tests := []struct {
		name   string
		change func(a *Assessment)
		want   []found
	}{
		{"catalog mismatch", func(a *Assessment) { a.Catalog = "jpbank-standard" },
			[]found{{"/catalog", "", CodeCatalogMismatch}}},
		{"version mismatch", func(a *Assessment) { a.CatalogVersion = "0.9.0" },
			[]found{{"/catalogVersion", "", CodeVersionMismatch}}},
		{"missing header fields", func(a *Assessment) { a.Catalog, a.CatalogVersion, a.State, a.AssessedOn = "", "", "", Date{} },
			[]found{{"/catalog", "", CodeValidationRequired}, {"/catalogVersion", "", CodeValidationRequired},
				{"/state", "", CodeValidationRequired}, {"/assessedOn", "", CodeValidationRequired}}},
		{"bad state", func(a *Assessment) { a.State = "final" }, []found{{"/state", "", CodeValidationOneOf}}},
		{"dated after today", func(a *Assessment) { a.AssessedOn = MustParseDate("2026-11-22") },
			[]found{{"/assessedOn", "", CodeDateInFuture}}},
		{"dated today", func(a *Assessment) { a.AssessedOn = MustParseDate("2026-11-21") }, nil},
		{"subject without name or number", func(a *Assessment) { a.Subject = Subject{Name: i18n.Text{JA: " ", EN: "\t"}} },
			[]found{{"/subject/name", "", CodeValidationNameText}, {"/subject/corporateNumber", "", CodeValidationRequired}}},
		{"subject named in English only", func(a *Assessment) { a.Subject.Name = i18n.Text{EN: "Sample Pay Inc."} }, nil},
		{"assessor", func(a *Assessment) {
			a.Assessor = Assessor{Name: "  ", Organization: strings.Repeat("組", 201), Email: "yamada@"}
		}, []found{{"/assessor/name", "", CodeValidationNonBlank}, {"/assessor/organization", "", CodeValidationMaxLength},
			{"/assessor/email", "", CodeValidationEmail}}},
		{"200 characters are fine", func(a *Assessment) { a.Assessor.Organization = strings.Repeat("組", 200) }, nil},
		{"unknown criterion", func(a *Assessment) { resp(a, "1-1").Criterion = "1-99" },
			[]found{{"/responses", "1-1", CodeMissingResponse}, {"/responses/0/criterion", "1-99", CodeUnknownCriterion}}},
		{"malformed criterion ID", func(a *Assessment) { resp(a, "1-1").Criterion = "1 1" },
			[]found{{"/responses", "1-1", CodeMissingResponse}, {"/responses/0/criterion", "1 1", CodeValidationID}}},
		{"duplicate response", func(a *Assessment) { a.Responses = append(a.Responses, a.Responses[5]) },
			[]found{{"/responses/57/criterion", "1-6", CodeDuplicateResponse}}},
		{"missing responses in a submitted assessment", func(a *Assessment) { a.Responses = slices.Delete(a.Responses, 10, 12) },
			[]found{{"/responses", "1-11", CodeMissingResponse}, {"/responses", "1-12", CodeMissingResponse}}},
		{"missing responses in a draft", func(a *Assessment) { a.State = Draft; a.Responses = a.Responses[:3] }, nil},
		{"not assessed in a submitted assessment", func(a *Assessment) { resp(a, "1-5").Status = NotAssessed },
			[]found{{"/responses/4/status", "1-5", CodeNotAssessed}}},
		{"not assessed in a draft", func(a *Assessment) { a.State = Draft; resp(a, "1-5").Status = NotAssessed }, nil},
		{"not applicable without justification", func(a *Assessment) { resp(a, "1-48").Justification = " " },
			[]found{{"/responses/47/justification", "1-48", CodeJustificationRequired}}},
		{"partial without remediation", func(a *Assessment) { resp(a, "1-30").Remediation = nil },
			[]found{{"/responses/29/remediation", "1-30", CodeRemediationRequired}}},
		{"non-compliant without remediation", func(a *Assessment) { resp(a, "1-2").Status = NonCompliant },
			[]found{{"/responses/1/remediation", "1-2", CodeRemediationRequired}}},
		{"remediation without action or due date", func(a *Assessment) { resp(a, "1-30").Remediation = &Remediation{Owner: "部"} },
			[]found{{"/responses/29/remediation/action", "1-30", CodeValidationRequired}, {"/responses/29/remediation/due", "1-30", CodeValidationRequired}}},
		{"due before the assessment", func(a *Assessment) { resp(a, "1-30").Remediation.Due = MustParseDate("2026-10-31") },
			[]found{{"/responses/29/remediation/due", "1-30", CodeDueBeforeAssessment}}},
		{"due on the assessment date", func(a *Assessment) { resp(a, "1-30").Remediation.Due = a.AssessedOn }, nil},
		{"invalid status value", func(a *Assessment) { resp(a, "1-3").Status = Status(9) },
			[]found{{"/responses/2/status", "1-3", CodeStatusInvalid}}},
		{"evidence", func(a *Assessment) {
			resp(a, "1-1").Evidence = []Evidence{{Title: "", Ref: "javascript:alert(1)"}, {Title: "ok", Ref: "http:x"}, {Title: "ok", Ref: "第3条: 規程"}}
		}, []found{{"/responses/0/evidence/0/title", "1-1", CodeValidationRequired}, {"/responses/0/evidence/0/ref", "1-1", CodeValidationEvidenceRef},
			{"/responses/0/evidence/1/ref", "1-1", CodeValidationEvidenceRef}}},
		{"too much evidence", func(a *Assessment) { resp(a, "1-1").Evidence = make([]Evidence, 101) },
			[]found{{"/responses/0/evidence", "1-1", CodeValidationMaxItems}}},
		{"long comment", func(a *Assessment) { resp(a, "1-1").Comment = strings.Repeat("あ", 4001) },
			[]found{{"/responses/0/comment", "1-1", CodeValidationMaxLength}}},
		// The criteria a response derives from are another catalog's: any
		// well-formed ID will do.
		{"derived from criteria of another catalog", func(a *Assessment) {
			resp(a, "1-2").DerivedFrom = []Derivation{{Criterion: "S1-1", Relationship: criteria.Equivalent, Status: Compliant},
				{Criterion: "A.5.1", Relationship: criteria.NoRelationship, Status: NotAssessed}}
		}, nil},
		{"needs review in a submitted assessment", func(a *Assessment) { resp(a, "1-2").NeedsReview = true },
			[]found{{"/responses/1/needsReview", "1-2", CodeNeedsReview}}},
		{"needs review in a draft", func(a *Assessment) { a.State = Draft; resp(a, "1-2").NeedsReview = true }, nil},
		{"derivations that are not valid", func(a *Assessment) {
			resp(a, "1-2").DerivedFrom = []Derivation{{Criterion: "", Relationship: criteria.Subset, Status: Compliant},
				{Criterion: "S 1", Relationship: 0, Status: Status(8)}}
		}, []found{{"/responses/1/derivedFrom/0/criterion", "1-2", CodeValidationRequired},
			{"/responses/1/derivedFrom/1/criterion", "1-2", CodeValidationID},
			{"/responses/1/derivedFrom/1/relationship", "1-2", criteria.CodeMappingRelationship},
			{"/responses/1/derivedFrom/1/status", "1-2", CodeStatusInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := valid(t)
			tt.change(a)
			got := codes(Validate(sampleCatalog(t), a, clock))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestExampleAssessments pins the problems each example assessment must produce.
func TestExampleAssessments(t *testing.T) {
	missing := func(ids ...string) []found {
		var out []found
		for _, id := range ids {
			out = append(out, found{"/responses", criteria.ID(id), CodeMissingResponse})
		}
		return out
	}
	var unanswered []string
	for i := 4; i <= 55; i++ {
		unanswered = append(unanswered, "1-"+strconv.Itoa(i))
	}
	unanswered = append(unanswered, "2-1")
	tests := []struct {
		file string
		want []found
	}{
		{"sample.json", nil},
		{"invalid-incomplete.json", append(missing(unanswered...),
			found{"/responses/2/criterion", "1-2", CodeDuplicateResponse},
			found{"/responses/3/criterion", "1-99", CodeUnknownCriterion},
			found{"/responses/4/status", "1-3", CodeNotAssessed})},
		{"invalid-remediation.json", []found{
			{"/responses/0/remediation/action", "1-10", CodeValidationRequired},
			{"/responses/1/remediation", "1-30", CodeRemediationRequired},
			{"/responses/2/justification", "1-48", CodeJustificationRequired},
			{"/responses/3/remediation/due", "1-53", CodeDueBeforeAssessment},
		}},
		{"invalid-identifiers.json", []found{
			{"/catalogVersion", "", CodeVersionMismatch},
			{"/assessedOn", "", CodeDateInFuture},
			{"/subject/corporateNumber", "", CodeCorporateNumberCheckDigit},
			{"/subject/registrationNumber", "", CodeRegistrationNumberBureau},
			{"/assessor/email", "", CodeValidationEmail},
			{"/responses/0/status", "1-1", CodeStatusInvalid},
			{"/responses/1/evidence/0/ref", "1-2", CodeValidationEvidenceRef},
			{"/responses/2/score", "1-3", dendai.CodeUnknownField},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("../examples/assessments/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			a, ps := Check(sampleCatalog(t), data, clock)
			if a == nil {
				t.Fatal("Check returned no assessment for a well-formed document")
			}
			if diff := cmp.Diff(tt.want, codes(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			for _, p := range ps {
				if p.Line == 0 || p.Column == 0 {
					t.Errorf("%s at %s has no line and column", p.Code, p.Path)
				}
			}
		})
	}
}

// TestCheckReportsOnce checks that a value decoding refused is not reported
// again by validation, which sees it as missing.
func TestCheckReportsOnce(t *testing.T) {
	doc := strings.Replace(string(readSample(t)), `"assessedOn": "2026-11-01"`, `"assessedOn": "2026-13-01"`, 1)
	doc = strings.Replace(doc, `"status": "partially_compliant"`, `"status": "half"`, 1)
	_, ps := Check(sampleCatalog(t), []byte(doc), clock)
	want := []found{{"/assessedOn", "", CodeDateInvalid}, {"/responses/13/status", "1-14", CodeStatusInvalid}}
	if diff := cmp.Diff(want, codes(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestFieldRuleMessages checks that every validator tag used by the assessment
// types has a message of its own, and that no English leaks into Japanese.
func TestFieldRuleMessages(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "assessment.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	tags := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if field, ok := n.(*ast.Field); ok && field.Tag != nil {
			tag, _ := strconv.Unquote(field.Tag.Value)
			for rule := range strings.SplitSeq(reflect.StructTag(tag).Get("validate"), ",") {
				name, _, _ := strings.Cut(rule, "=")
				if name != "" && name != "dive" && name != "omitempty" {
					tags[name] = true
				}
			}
		}
		return true
	})
	if len(tags) < 8 {
		t.Fatalf("found only %v", tags)
	}
	for tag := range tags {
		code, args := fieldMessage(fakeFieldError{tag: tag, kind: reflect.String, param: "10", value: "x"})
		if code == CodeValidationFailed {
			t.Errorf("tag %q has no message of its own", tag)
		}
		msgtest.Has(t, messages, code)
		m := text(code, args...)
		if !strings.ContainsFunc(m.JA, msgtest.IsJapanese) {
			t.Errorf("tag %q: Japanese message %q is not Japanese", tag, m.JA)
		}
		if m.EN == "" || m.EN == string(code) || strings.ContainsFunc(m.EN, msgtest.IsJapanese) {
			t.Errorf("tag %q: English message %q", tag, m.EN)
		}
	}
}

func TestConcurrentValidate(t *testing.T) {
	data := readSample(t)
	cat := sampleCatalog(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				a, ps := Check(cat, data, clock)
				if a == nil || len(ps) != 0 {
					t.Errorf("sample: %v", codes(ps))
					return
				}
				a.Responses[0].Status = NonCompliant
				if ps := Validate(cat, a, clock); len(ps) != 1 {
					t.Errorf("changed sample: %v", codes(ps))
				}
			}
		})
	}
	wg.Wait()
}

func TestTemplate(t *testing.T) {
	for _, cat := range []*criteria.Catalog{criteria.Checklist(), criteria.Standard()} {
		a := Template(cat)
		if len(a.Responses) != cat.Len() || a.State != Draft {
			t.Fatalf("%s: %d responses, state %s", cat.ID(), len(a.Responses), a.State)
		}
		out, err := Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(out, nil)
		if err != nil {
			t.Fatalf("%s: the template does not decode: %v", cat.ID(), err)
		}
		// A blank template asks for what is missing, and nothing else.
		want := []found{{"/assessedOn", "", CodeValidationRequired}, {"/subject/name", "", CodeValidationNameText},
			{"/subject/corporateNumber", "", CodeValidationRequired}, {"/assessor/name", "", CodeValidationRequired}}
		if diff := cmp.Diff(want, codes(Validate(cat, back, clock))); diff != "" {
			t.Errorf("%s template problems (-want +got):\n%s", cat.ID(), diff)
		}
	}
}

// TestPlainResponse checks the shortcut Validate takes: whenever plainResponse
// vouches for a response, the validator finds nothing wrong with it. Responses
// are built from pieces near every limit and rule.
func TestPlainResponse(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	text := func(limit int) string {
		return pick("", " ", "\u3000", "ok", "適合", strings.Repeat("a", limit), strings.Repeat("a", limit+1),
			strings.Repeat("あ", limit/3), strings.Repeat("あ", limit), strings.Repeat("あ", limit+1))
	}
	vouched := 0
	for range 20_000 {
		r := Response{Criterion: criteria.ID(pick("1-1", "", "1 1", "-x", "S10-15")), Status: Status(rng.IntN(6)),
			Justification: text(4000), Comment: text(4000)}
		for range rng.IntN(3) {
			r.Evidence = append(r.Evidence, Evidence{Title: text(500), Ref: pick("", "https://example.jp/x", "javascript:x", "SEC-1", "http:x", text(2000))})
		}
		if rng.IntN(2) == 0 {
			r.Remediation = &Remediation{Action: text(4000), Owner: text(200)}
			if rng.IntN(3) > 0 {
				r.Remediation.Due = MustParseDate("2027-01-01")
			}
		}
		if rng.IntN(50) == 0 {
			r.Evidence = make([]Evidence, 101)
		}
		for range rng.IntN(3) {
			r.DerivedFrom = append(r.DerivedFrom, Derivation{Criterion: criteria.ID(pick("S1-1", "", "S 1", "1-2")),
				Relationship: criteria.Relationship(rng.IntN(7)), Status: Status(rng.IntN(6))})
		}
		if !plainResponse(&r) {
			continue
		}
		vouched++
		if err := fieldRules().Struct(&r); err != nil {
			t.Fatalf("plainResponse vouches for a response the validator refuses: %v\n%+v", err, r)
		}
	}
	if vouched < 100 {
		t.Fatalf("only %d responses vouched for: the test proves little", vouched)
	}
}

// TestPlainResponseKnowsTheRules fails when a rule is added to the struct tags of
// a response's types, so that plainResponse is reviewed with it.
func TestPlainResponseKnowsTheRules(t *testing.T) {
	got := map[string]string{}
	for _, typ := range []reflect.Type{reflect.TypeFor[Response](), reflect.TypeFor[Evidence](), reflect.TypeFor[Remediation](), reflect.TypeFor[Derivation]()} {
		for f := range typ.Fields() {
			if tag := f.Tag.Get("validate"); tag != "" {
				got[typ.Name()+"."+f.Name] = tag
			}
		}
	}
	want := map[string]string{
		"Response.Criterion": "required,dendai_id", "Response.Evidence": "max=100,dive",
		"Response.Justification": "max=4000", "Response.Comment": "max=4000", "Response.DerivedFrom": "dive",
		"Derivation.Criterion": "required,dendai_id",
		"Evidence.Title":       "required,nonblank,max=500", "Evidence.Ref": "max=2000,evidence_ref",
		"Remediation.Action": "required,nonblank,max=4000", "Remediation.Owner": "max=200", "Remediation.Due": "required",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the rules changed: update plainResponse, then this list (-known +tags):\n%s", diff)
	}
}

// hostileEmails are addresses at the edges of validator/v10's email rule and
// of plainEmail: some it accepts, many it refuses, a few that net/mail
// accepts and its regular expression does not.
var hostileEmails = []string{
	"yamada@example.co.jp", "Y.Yamada+audit@Example-Pay.JP", "a@b.c", "a_b-c@d-e.f", "1@2.jp",
	"", "@", "a@", "@b.c", "a@b", "a@b.c.", "a@.b.c", "a@b..c", "a..b@c.d", ".a@b.c", "a.@b.c",
	"a@-b.c", "a@b-.c", "a@b.c1", "a@b.1c", "a@b.c-", "a@b.-c", "a@b@c.d", "a b@c.d", "a@b c.d",
	"a@[192.0.2.1]", `"a b"@c.d`, `"a"@b.c`, "Yamada <a@b.c>", "<a@b.c>", "a@b.c (Yamada)",
	"a@b.c\n", "\ta@b.c", "a@b.c ", "a\u200b@b.c", "a@b\u202e.c", "\ufeffa@b.c", "ａ@b.c", "a@ｂ.c",
	"山田@例え.jp", "a@b.日本", "a!#$%&'*/=?^`{|}~@b.c", "a%b@c.d", "a@b_c.d", "a@b~c.d", "a@b.c~d",
	"a\x00@b.c", "a@b.c\xff", "\xe3\x81@b.c", "a\\@b.c", "a=?utf-8?q?x?=@b.c", "=?utf-8?q?x?= <a@b.c>",
	strings.Repeat("a", 64) + "@b.c", strings.Repeat("a", 65) + "@b.c",
	"a@" + strings.Repeat("b", 63) + ".c", "a@" + strings.Repeat("b", 64) + ".c",
	strings.Repeat("a", 250) + "@b.c", strings.Repeat("a", 251) + "@b.c",
	strings.Repeat("a", 239) + "@" + strings.Repeat("b.", 6) + "cd",
	strings.Repeat("a", 240) + "@" + strings.Repeat("b.", 6) + "cd",
}

// headerWith returns the header of a valid assessment, changed by edit.
func headerWith(edit func(a *Assessment)) *Assessment {
	a := &Assessment{
		Catalog: criteria.ChecklistID, CatalogVersion: "1.1.0", State: Submitted,
		AssessedOn: MustParseDate("2026-11-01"),
		Subject:    Subject{Name: i18n.Text{JA: "株式会社サンプルペイ"}, CorporateNumber: MustParseCorporateNumber("5010001112730")},
		Assessor:   Assessor{Name: "山田 太郎", Organization: "情報セキュリティ部", Email: "yamada@example.co.jp"},
	}
	edit(a)
	return a
}

// checkPlainHeader fails when plainHeader vouches for a header the validator
// refuses, and reports whether it vouched.
func checkPlainHeader(t *testing.T, a *Assessment) bool {
	t.Helper()
	if !plainHeader(a) {
		return false
	}
	if err := fieldRules().StructExcept(a, "Responses"); err != nil {
		t.Fatalf("plainHeader vouches for a header the validator refuses: %v\n%+v", err, *a)
	}
	return true
}

// TestPlainHeader checks that plainHeader never vouches for a header the
// validator refuses: a valid header, every rule broken in turn, the edges
// of the lengths, hostile e-mail addresses, and random combinations. It also
// checks which of the table's headers are vouched for, so that a fast path
// that vouches for nothing fails.
func TestPlainHeader(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(a *Assessment)
		plain bool
	}{
		{"valid", func(a *Assessment) {}, true},
		{"no e-mail, no organization", func(a *Assessment) { a.Assessor.Email, a.Assessor.Organization = "", "" }, true},
		{"English name only", func(a *Assessment) { a.Subject.Name = i18n.Text{EN: "Sample Pay Inc."} }, true},
		{"draft", func(a *Assessment) { a.State = Draft }, true},
		{"lengths at the limit", func(a *Assessment) {
			a.CatalogVersion = strings.Repeat("版", 64)
			a.Assessor.Name = strings.Repeat("山", 200)
			a.Assessor.Organization = strings.Repeat("部", 200)
		}, true},
		{"no catalog", func(a *Assessment) { a.Catalog = "" }, false},
		{"malformed catalog", func(a *Assessment) { a.Catalog = "jpbank checklist" }, false},
		{"no catalog version", func(a *Assessment) { a.CatalogVersion = "" }, false},
		{"blank catalog version", func(a *Assessment) { a.CatalogVersion = " \u3000" }, false},
		{"catalog version too long", func(a *Assessment) { a.CatalogVersion = strings.Repeat("版", 65) }, false},
		{"catalog version not UTF-8", func(a *Assessment) { a.CatalogVersion = "1.\xff" }, false},
		{"no state", func(a *Assessment) { a.State = "" }, false},
		{"unknown state", func(a *Assessment) { a.State = "Draft" }, false},
		{"no date", func(a *Assessment) { a.AssessedOn = Date{} }, false},
		{"no name", func(a *Assessment) { a.Subject.Name = i18n.Text{} }, false},
		{"blank name", func(a *Assessment) { a.Subject.Name = i18n.Text{JA: "\u3000", EN: " \t"} }, false},
		{"no corporate number", func(a *Assessment) { a.Subject.CorporateNumber = CorporateNumber{} }, false},
		{"no assessor", func(a *Assessment) { a.Assessor.Name = "" }, false},
		{"blank assessor", func(a *Assessment) { a.Assessor.Name = "\u3000" }, false},
		{"assessor too long", func(a *Assessment) { a.Assessor.Name = strings.Repeat("山", 201) }, false},
		{"organization too long", func(a *Assessment) { a.Assessor.Organization = strings.Repeat("部", 201) }, false},
		{"organization not UTF-8", func(a *Assessment) { a.Assessor.Organization = "\xe3\x81" }, false},
		{"display name", func(a *Assessment) { a.Assessor.Email = "Yamada <yamada@example.co.jp>" }, false},
		{"e-mail without domain", func(a *Assessment) { a.Assessor.Email = "yamada" }, false},
		{"e-mail with a zero-width space", func(a *Assessment) { a.Assessor.Email = "yamada\u200b@example.co.jp" }, false},
		{"e-mail of 255 bytes", func(a *Assessment) { a.Assessor.Email = strings.Repeat("a", 251) + "@b.c" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkPlainHeader(t, headerWith(tt.edit)); got != tt.plain {
				t.Errorf("plainHeader = %v, want %v", got, tt.plain)
			}
		})
	}
	for _, e := range hostileEmails {
		checkPlainHeader(t, headerWith(func(a *Assessment) { a.Assessor.Email = e }))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	// pick returns the first, valid, value half of the time.
	pick := func(xs ...string) string {
		if rng.IntN(2) == 0 {
			return xs[0]
		}
		return xs[rng.IntN(len(xs))]
	}
	vouched := 0
	for range 20_000 {
		a := headerWith(func(a *Assessment) {
			a.Catalog = criteria.ID(pick("jpbank-checklist", "", "a b", "-x", "x.y_z"))
			a.CatalogVersion = pick("1.1.0", "", " ", strings.Repeat("v", 64), strings.Repeat("v", 65), strings.Repeat("版", 65), "\xff")
			a.State = State(pick("draft", "submitted", "", "final"))
			a.Subject.Name = i18n.Text{JA: pick("", " ", "株式会社", "\xff"), EN: pick("", "\u3000", "Pay")}
			a.Assessor.Name = pick("", " ", "山田", strings.Repeat("山", 200), strings.Repeat("山", 201))
			a.Assessor.Organization = pick("", "部", strings.Repeat("a", 201), strings.Repeat("あ", 200))
			a.Assessor.Email = pick(hostileEmails...)
			if rng.IntN(10) == 0 {
				a.AssessedOn = Date{}
			}
			if rng.IntN(10) == 0 {
				a.Subject.CorporateNumber = CorporateNumber{}
			}
		})
		if checkPlainHeader(t, a) {
			vouched++
		}
	}
	if vouched < 100 {
		t.Fatalf("only %d headers vouched for: the test proves little", vouched)
	}
}

// TestPlainEmail checks which addresses the fast path vouches for: those of
// the plain form, and none that needs a judgement.
func TestPlainEmail(t *testing.T) {
	var got []string
	for _, e := range hostileEmails {
		if plainEmail(e) {
			got = append(got, e)
		}
	}
	want := []string{
		"yamada@example.co.jp", "Y.Yamada+audit@Example-Pay.JP", "a@b.c", "a_b-c@d-e.f", "1@2.jp",
		strings.Repeat("a", 64) + "@b.c", strings.Repeat("a", 65) + "@b.c",
		"a@" + strings.Repeat("b", 63) + ".c", strings.Repeat("a", 250) + "@b.c",
		strings.Repeat("a", 239) + "@" + strings.Repeat("b.", 6) + "cd",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("addresses vouched for (-want +got):\n%s", diff)
	}
}

// FuzzPlainHeader checks, for arbitrary texts in the header's fields, that
// plainHeader never vouches for a header the validator refuses. Its seeds are
// below and in testdata/fuzz/FuzzPlainHeader.
func FuzzPlainHeader(f *testing.F) {
	for _, e := range hostileEmails {
		f.Add(e, "1.1.0", "山田 太郎", "jpbank-checklist")
	}
	f.Add("a@b.c", " ", "\u3000", "x")
	f.Add("a@b.c", strings.Repeat("版", 65), strings.Repeat("山", 201), "a b")
	f.Fuzz(func(t *testing.T, email, version, name, catalog string) {
		checkPlainHeader(t, headerWith(func(a *Assessment) {
			a.Assessor.Email, a.CatalogVersion, a.Assessor.Name, a.Catalog = email, version, name, criteria.ID(catalog)
			a.Assessor.Organization, a.Subject.Name.EN = name, version
		}))
	})
}

// TestPlainHeaderKnowsTheRules fails when a rule is added to the struct tags
// of the header's types, so that plainHeader is reviewed with it.
func TestPlainHeaderKnowsTheRules(t *testing.T) {
	got := map[string]string{}
	for _, typ := range []reflect.Type{reflect.TypeFor[Assessment](), reflect.TypeFor[Subject](), reflect.TypeFor[Assessor]()} {
		for f := range typ.Fields() {
			if tag := f.Tag.Get("validate"); tag != "" && f.Name != "Responses" {
				got[typ.Name()+"."+f.Name] = tag
			}
		}
	}
	want := map[string]string{
		"Assessment.Catalog": "required,dendai_id", "Assessment.CatalogVersion": "required,nonblank,max=64",
		"Assessment.State": "required,oneof=draft submitted", "Assessment.AssessedOn": "required",
		"Subject.Name": "name_text", "Subject.CorporateNumber": "required",
		"Assessor.Name": "required,nonblank,max=200", "Assessor.Organization": "max=200",
		"Assessor.Email": "omitempty,email,max=254",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the rules changed: update plainHeader, then this list (-known +tags):\n%s", diff)
	}
}

// TestSampleNeedsNoValidator checks that the fast paths vouch for the whole
// of a valid sample assessment, header and responses, so that checking it
// never sets up validator/v10 (its struct cache and regular expressions are
// much of the command's start-up).
func TestSampleNeedsNoValidator(t *testing.T) {
	a := valid(t)
	if !plainHeader(a) {
		t.Errorf("plainHeader refuses the sample's header: %+v", *a)
	}
	for i := range a.Responses {
		if !plainResponse(&a.Responses[i]) {
			t.Errorf("plainResponse refuses the sample's response %d: %+v", i, a.Responses[i])
		}
	}
}
