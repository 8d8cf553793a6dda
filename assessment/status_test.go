package assessment

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

func TestParseStatus(t *testing.T) {
	tests := []struct {
		in   string
		want Status
	}{
		// The text forms.
		{"compliant", Compliant},
		{"partially_compliant", PartiallyCompliant},
		{"non_compliant", NonCompliant},
		{"not_applicable", NotApplicable},
		{"not_assessed", NotAssessed},
		// The Japanese labels.
		{"適合", Compliant},
		{"一部適合", PartiallyCompliant},
		{"不適合", NonCompliant},
		{"該当なし", NotApplicable},
		{"対象外", NotApplicable},
		{"未評価", NotAssessed},
		// The marks.
		{"○", Compliant}, // U+25CB white circle
		{"◯", Compliant}, // U+25EF large circle
		{"△", PartiallyCompliant},
		{"×", NonCompliant},  // U+00D7 multiplication sign
		{"✕", NonCompliant},  // U+2715 multiplication X
		{"－", NotApplicable}, // U+FF0D full-width hyphen-minus
		{"-", NotApplicable},
		{"﹣", NotApplicable}, // U+FE63 small hyphen-minus: NFKC makes it "-"
		{"N/A", NotApplicable},
		{"n/a", NotApplicable},
		// What people type for the marks.
		{"〇", Compliant},     // U+3007 ideographic number zero: the IME's まる
		{"x", NonCompliant},  // the letter
		{"X", NonCompliant},  //
		{"ｘ", NonCompliant},  // full-width, folds to x
		{"Ｘ", NonCompliant},  //
		{"ー", NotApplicable}, // U+30FC long vowel mark: what the IME gives for -
		{"ｰ", NotApplicable}, // U+FF70 half-width long vowel mark: NFKC makes it ー
		{" 〇 ", Compliant},
		{"　ー　", NotApplicable},
		// Width, case and surrounding spaces do not matter.
		{"ＣＯＭＰＬＩＡＮＴ", Compliant},
		{"Compliant", Compliant},
		{"COMPLIANT", Compliant},
		{"  compliant　", Compliant},
		{"\tcompliant\r\n", Compliant},
		{"　適合　", Compliant},
		{" ○ ", Compliant},
		{"　－　", NotApplicable},
		{"ｎ／ａ", NotApplicable},
		{"Ｎ／Ａ", NotApplicable},
		{"ｐａｒｔｉａｌｌｙ＿ｃｏｍｐｌｉａｎｔ", PartiallyCompliant},
		// In the English forms a space or a hyphen may stand for the underscore,
		// so the English labels parse back.
		{"Partially Compliant", PartiallyCompliant},
		{"Partially compliant", PartiallyCompliant},
		{"partially-compliant", PartiallyCompliant},
		{"Non-compliant", NonCompliant},
		{"non compliant", NonCompliant},
		{"Not applicable", NotApplicable},
		{"NOT-APPLICABLE", NotApplicable},
		{"Not assessed", NotAssessed},
		{"not-assessed", NotAssessed},
		{"ｎｏｔ　ａｓｓｅｓｓｅｄ", NotAssessed}, // the ideographic space folds to a space
	}
	for _, tt := range tests {
		got, err := ParseStatus(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseStatus(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestParseStatusErrors lists spellings that are refused. Some of them are
// choices rather than accidents: see the comments.
func TestParseStatusErrors(t *testing.T) {
	for _, in := range []string{
		"", // a blank answer is written not_assessed
		"　",
		"yes",
		"no",
		"compliantt",
		"compliant compliant",
		"partiallycompliant",
		"partially__compliant",
		"partially  compliant",
		"partially_compliant_",
		"_compliant",
		"--",
		"－－",
		"n / a",
		"na",
		"適 合",
		// A mark doubled is not a mark.
		"ーー", "xx", "〇〇",
		// Other dashes are not the full-width hyphen-minus the doc comment names
		// and NFKC leaves them alone: ‐ U+2010, ‑ U+2011 (NFKC: U+2010),
		// − U+2212, ― U+2015, – U+2013, — U+2014.
		"‐", "‑", "−", "―", "–", "—",
		// The letter o is not the mark ○: nobody types it for まる, and it
		// is too easily a typo.
		"o", "O",
		"✓",
		"compliant\x00",
		"\xff",
	} {
		got, err := ParseStatus(in)
		ve, ok := err.(*dendai.Error)
		if !ok {
			t.Errorf("ParseStatus(%q) = %v, %v; want a *dendai.Error", in, got, err)
			continue
		}
		if diff := cmp.Diff(valueErr(CodeStatusInvalid, in), ve); diff != "" {
			t.Errorf("ParseStatus(%q) error (-want +got):\n%s", in, diff)
		}
		if got != NotAssessed {
			t.Errorf("ParseStatus(%q) = %v with an error; want the zero Status", in, got)
		}
	}
}

func TestStatusMessage(t *testing.T) {
	_, err := ParseStatus("yes")
	want := "dendai: \"yes\" is not a valid status: use compliant, partially_compliant, non_compliant, not_applicable or not_assessed (or the marks ○, △, ×, －)"
	if err == nil || err.Error() != want {
		t.Errorf("ParseStatus(\"yes\") error = %v, want %s", err, want)
	}
	if p, ok := valueProblem(err); !ok || p.Code != CodeStatusInvalid || p.Message.JA != "「yes」は評価結果として使えません。適合・一部適合・不適合・該当なし・未評価（○・△・×・－ も可）のいずれかを指定してください" {
		t.Errorf("ParseStatus(\"yes\"): problem %+v", p)
	}
}

func TestStatuses(t *testing.T) {
	want := []Status{NotAssessed, Compliant, PartiallyCompliant, NonCompliant, NotApplicable}
	got := Statuses()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Statuses() (-want +got):\n%s", diff)
	}
	got[0] = Compliant
	if Statuses()[0] != NotAssessed {
		t.Error("changing the slice Statuses returned changed the next one")
	}
	for i, s := range Statuses() {
		if int(s) != i || !s.IsValid() {
			t.Errorf("Statuses()[%d] = %d, IsValid %v", i, uint8(s), s.IsValid())
		}
	}
	var zero Status
	if zero != NotAssessed {
		t.Errorf("the zero Status is %v, want NotAssessed", zero)
	}
}

func TestStatusText(t *testing.T) {
	want := map[Status]string{
		NotAssessed:        "not_assessed",
		Compliant:          "compliant",
		PartiallyCompliant: "partially_compliant",
		NonCompliant:       "non_compliant",
		NotApplicable:      "not_applicable",
	}
	for _, s := range Statuses() {
		if got := s.String(); got != want[s] {
			t.Errorf("Status(%d).String() = %q, want %q", uint8(s), got, want[s])
		}
		b, err := s.MarshalText()
		if err != nil || string(b) != want[s] {
			t.Errorf("%v.MarshalText() = %q, %v", s, b, err)
		}
		a, err := s.AppendText([]byte("status="))
		if err != nil || string(a) != "status="+want[s] {
			t.Errorf("%v.AppendText = %q, %v", s, a, err)
		}
		var u Status = 7
		if err := u.UnmarshalText(b); err != nil || u != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, u, err, s)
		}
		p, err := ParseStatus(s.String())
		if err != nil || p != s {
			t.Errorf("ParseStatus(%q) = %v, %v", s.String(), p, err)
		}
	}
	// Bad text is an error and changes nothing; so is empty text.
	for _, in := range []string{"", "maybe"} {
		u := Compliant
		if err := u.UnmarshalText([]byte(in)); err == nil || u != Compliant {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an error and no change", in, u, err)
		}
	}
}

func TestStatusInvalid(t *testing.T) {
	s := Status(9)
	if s.IsValid() {
		t.Error("Status(9).IsValid() = true")
	}
	if got := s.String(); got != "Status(9)" {
		t.Errorf("Status(9).String() = %q", got)
	}
	if diff := cmp.Diff(i18n.Text{JA: "Status(9)", EN: "Status(9)"}, s.Label()); diff != "" {
		t.Errorf("Status(9).Label() (-want +got):\n%s", diff)
	}
	if b, err := s.MarshalText(); err == nil {
		t.Errorf("Status(9).MarshalText() = %q, nil; want an error", b)
	}
	if b, err := s.AppendText([]byte("x")); string(b) != "x" {
		t.Errorf("Status(9).AppendText = %q, %v; want \"x\" and an error", b, err)
	} else if diff := cmp.Diff(valueErr(CodeStatusInvalid, "Status(9)"), err); diff != "" {
		t.Errorf("Status(9).AppendText error (-want +got):\n%s", diff)
	}
	if b, err := json.Marshal(struct{ S Status }{s}); !errors.As(err, new(*dendai.Error)) {
		t.Errorf("json.Marshal of Status(9) = %s, %v; want a *dendai.Error", b, err)
	}
	if Status(numStatuses).IsValid() || !Status(numStatuses-1).IsValid() {
		t.Error("numStatuses is not one past the last status")
	}
}

func TestStatusLabel(t *testing.T) {
	want := map[Status]i18n.Text{
		Compliant:          {JA: "適合", EN: "Compliant"},
		PartiallyCompliant: {JA: "一部適合", EN: "Partially compliant"},
		NonCompliant:       {JA: "不適合", EN: "Non-compliant"},
		NotApplicable:      {JA: "該当なし", EN: "Not applicable"},
		NotAssessed:        {JA: "未評価", EN: "Not assessed"},
	}
	for _, s := range Statuses() {
		got := s.Label()
		if diff := cmp.Diff(want[s], got); diff != "" {
			t.Errorf("%v.Label() (-want +got):\n%s", s, diff)
		}
		// A label, in either language, parses back to its status.
		for _, l := range []string{got.JA, got.EN} {
			if p, err := ParseStatus(l); err != nil || p != s {
				t.Errorf("ParseStatus(%q) = %v, %v; want %v", l, p, err, s)
			}
		}
	}
}

func TestStatusJSON(t *testing.T) {
	type doc struct {
		Status Status `json:"status"`
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"status":"一部適合"}`), &d); err != nil || d.Status != PartiallyCompliant {
		t.Errorf("json.Unmarshal = %+v, %v", d, err)
	}
	b, err := json.Marshal(d)
	if err != nil || string(b) != `{"status":"partially_compliant"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	if err := json.Unmarshal([]byte(`{"status":"maybe"}`), &d); err == nil {
		t.Error(`json.Unmarshal of "maybe" succeeded`)
	}
}

func TestParseStatusAllocs(t *testing.T) {
	for _, s := range []string{"compliant", "partially_compliant", "not_applicable", "適合", "○", "n/a"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseStatus(s) }); n != 0 {
			t.Errorf("ParseStatus(%q) allocates %v times, want 0", s, n)
		}
	}
}

func BenchmarkParseStatus(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"canonical", "partially_compliant"},
		{"japanese", "一部適合"},
		{"folded", "Partially Compliant"},
		{"fullwidth", "ＣＯＭＰＬＩＡＮＴ"},
		{"error", "maybe"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseStatus(bb.in)
			}
		})
	}
}
