package assessment_test

import (
	"strings"
	"testing"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/report"
	"github.com/dendai-go/dendai/scoring"
)

// textValueRows are the hostile Go values of issue 10's value and text rules:
// evidence references a browser would read as another scheme, invalid UTF-8
// in every kind of text, and invisible format characters in IDs and the email
// address. TestHardeningValues runs them with valueRows.
func textValueRows() []valueRow {
	ref := func(r string) func() *assessment.Assessment {
		return hostile(func(a *assessment.Assessment) { a.Responses[0].Evidence[0].Ref = r })
	}
	return []valueRow{
		{name: "evidence java<tab>script URL", build: ref("java\tscript:alert(1)"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence java<newline>script URL", build: ref("java\nscript:alert(1)"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence java<CR>script URL", build: ref("java\rscript:alert(1)"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence NUL then javascript URL", build: ref("\x00javascript:alert(1)"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence C0 controls around a javascript URL", build: ref("\x01\x1f javascript:alert(1)\x00"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence vbscript URL", build: ref("VBScript:msgbox(1)"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence protocol handler", build: ref("ms-msdt:/id PCWDiagnostic"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence urn", build: ref("urn:isbn:0451450523"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence scheme with a dot", build: ref("a.b:x"), want: assessment.CodeValidationEvidenceRef},
		{name: "evidence https with nothing after //", build: ref("https://\t\n"), want: assessment.CodeValidationEvidenceRef},
		{name: "$schema with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Schema = "https://example.jp/\xff" }), want: assessment.CodeValidationUTF8},
		{name: "catalog version with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.CatalogVersion = "1.1.0\xc3" }), want: assessment.CodeValidationUTF8},
		{name: "name with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Subject.Name = i18n.Text{JA: "株式会社\xe3\x81", EN: "Pay"} }), want: assessment.CodeValidationUTF8},
		{name: "assessor with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Assessor.Name = "山田\xff太郎" }), want: assessment.CodeValidationUTF8},
		{name: "organization with a surrogate", build: hostile(func(a *assessment.Assessment) { a.Assessor.Organization = "\xed\xa0\x80" }), want: assessment.CodeValidationUTF8},
		{name: "comment with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Comment = "取締役会\xffで見直し" }), want: assessment.CodeValidationUTF8},
		{name: "justification with an overlong encoding", build: hostile(func(a *assessment.Assessment) { a.Responses[2].Justification = "\xc0\xaf" }), want: assessment.CodeValidationUTF8},
		{name: "evidence title with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Evidence[0].Title = "規程\xfe" }), want: assessment.CodeValidationUTF8},
		{name: "plain evidence ref with invalid UTF-8", build: ref("SEC-\xff"), want: assessment.CodeValidationUTF8},
		{name: "remediation owner with invalid UTF-8", build: hostile(func(a *assessment.Assessment) { a.Responses[1].Remediation.Owner = "\x80" }), want: assessment.CodeValidationUTF8},
		{name: "comment of 4,001 Japanese characters", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Comment = strings.Repeat("あ", 4001) }), want: assessment.CodeValidationMaxLength},
		{name: "criterion with a right-to-left override", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "1-\u202e1" }), want: assessment.CodeFormatChar},
		{name: "criterion with a zero-width space", build: hostile(func(a *assessment.Assessment) { a.Responses[0].Criterion = "1-1\u200b" }), want: assessment.CodeFormatChar},
		{name: "catalog with a byte order mark", build: hostile(func(a *assessment.Assessment) { a.Catalog = "\ufeffjpbank-checklist" }), want: assessment.CodeFormatChar},
		{name: "derivation criterion with an isolate", build: hostile(func(a *assessment.Assessment) {
			a.Responses[0].DerivedFrom = []assessment.Derivation{{Criterion: "S1-1\u2066", Relationship: 1, Status: assessment.Compliant}}
		}), want: assessment.CodeFormatChar},
		{name: "email with a zero-width space", build: hostile(func(a *assessment.Assessment) { a.Assessor.Email = "t.yamada\u200b@example.jp" }), want: assessment.CodeFormatChar},
		{name: "email with a right-to-left override", build: hostile(func(a *assessment.Assessment) { a.Assessor.Email = "t.yamada@\u202epj.elpmaxe" }), want: assessment.CodeFormatChar},
		{name: "email with a word joiner and no @", build: hostile(func(a *assessment.Assessment) { a.Assessor.Email = "t.yamada\u2060" }), want: assessment.CodeFormatChar},
	}
}

// TestReportsLinkAsValidate checks that the HTML and Markdown reports link an
// evidence reference exactly when assessment.EvidenceURL says it is a link,
// so that no spelling of javascript: a browser would follow becomes one.
func TestReportsLinkAsValidate(t *testing.T) {
	refs := []string{
		"java\tscript:alert(1)", "java\nscript:alert(1)", "\x00javascript:alert(1)", " JavaScript:alert(1)",
		"vbscript:x", "data:text/html,x", "https://\t", "2024:規程-3", "./SEC:001",
		"ht\ttps://example.jp/linked", " HTTPS://example.jp/upper\n",
	}
	for _, ref := range refs {
		a := draftAssessment()
		a.Responses[0].Evidence[0].Ref = ref
		p := scoring.Uniform()
		rep := &report.Report{Policy: p, Assessment: a, Result: p.Score(a)}
		html, err := rep.HTML(i18n.English)
		if err != nil {
			t.Fatal(err)
		}
		md := rep.Markdown(i18n.English)
		u, link := assessment.EvidenceURL(ref)
		for name, out := range map[string]string{"HTML": html, "Markdown": md} {
			lower := strings.ToLower(out)
			for _, bad := range []string{"javascript:", "vbscript:", "data:text"} {
				if strings.Contains(lower, `href="`+bad) || strings.Contains(lower, "(<"+bad) {
					t.Errorf("%s links %+q", name, ref)
				}
			}
			if link && !strings.Contains(out, u) {
				t.Errorf("%s does not link %+q to %s", name, ref, u)
			}
		}
	}
}
