package i18n_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/dendai-go/dendai/i18n"
)

func TestNegotiate(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   i18n.Lang
	}{
		{"japanese with region", []string{"ja-JP"}, i18n.Japanese},
		{"japanese", []string{"ja"}, i18n.Japanese},
		{"japanese upper case", []string{"JA-jp"}, i18n.Japanese},
		{"browser in japan", []string{"ja-JP,ja;q=0.9,en;q=0.8"}, i18n.Japanese},
		{"english with region", []string{"en-US"}, i18n.English},
		{"browser in the US", []string{"en-US,en;q=0.9,ja;q=0.8"}, i18n.English},
		{"british english", []string{"en-GB"}, i18n.English},
		{"unsupported language", []string{"fr"}, i18n.English},
		{"unsupported then japanese", []string{"fr, ja;q=0.5"}, i18n.Japanese},
		{"unsupported then english", []string{"fr, en;q=0.5, ja;q=0.4"}, i18n.English},
		{"chinese then japanese", []string{"zh-CN, ja"}, i18n.Japanese},
		{"weights, not order, decide", []string{"en;q=0.1, ja;q=0.9"}, i18n.Japanese},
		{"japanese refused", []string{"ja;q=0"}, i18n.English},
		{"empty", []string{""}, i18n.English},
		{"no values", nil, i18n.English},
		{"garbage", []string{"!!!not a language!!!"}, i18n.English},
		{"wildcard", []string{"*"}, i18n.English},
		{"wildcard before japanese", []string{"*, ja;q=0.5"}, i18n.English},
		{"japanese before wildcard", []string{"ja, *;q=0.1"}, i18n.Japanese},
		{"japanese after an unsupported language", []string{"ko, fr;q=0.9, ja;q=0.1"}, i18n.Japanese},

		{"several values", []string{"fr", "ja"}, i18n.Japanese},
		{"several values, english first", []string{"en", "ja"}, i18n.English},
		{"several values, weights across them", []string{"en;q=0.1", "ja;q=0.9"}, i18n.Japanese},
		{"several values, same weight keeps order", []string{"ja;q=0.5", "en;q=0.5"}, i18n.Japanese},
		{"several values, a bad one is skipped", []string{"!!!", "ja"}, i18n.Japanese},
		{"several values, empty ones", []string{"", "", "ja-JP"}, i18n.Japanese},
		{"several values, wildcard in one", []string{"ja;q=0.5", "*"}, i18n.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := i18n.Negotiate(tt.values...); got != tt.want {
				t.Errorf("Negotiate(%q) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
}

func TestFromLocale(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   i18n.Lang
	}{
		{"japanese UTF-8", []string{"ja_JP.UTF-8"}, i18n.Japanese},
		{"japanese lower-case charset", []string{"ja_JP.utf8"}, i18n.Japanese},
		{"japanese EUC", []string{"ja_JP.eucJP"}, i18n.Japanese},
		{"japanese Shift_JIS", []string{"ja_JP.SJIS"}, i18n.Japanese},
		{"japanese with modifier", []string{"ja_JP@mod"}, i18n.Japanese},
		{"japanese with charset and modifier", []string{"ja_JP.UTF-8@mod"}, i18n.Japanese},
		{"japanese without region", []string{"ja"}, i18n.Japanese},
		{"C", []string{"C"}, i18n.English},
		{"C UTF-8", []string{"C.UTF-8"}, i18n.English},
		{"POSIX", []string{"POSIX"}, i18n.English},
		{"english", []string{"en_US.UTF-8"}, i18n.English},
		{"unsupported", []string{"fr_FR.UTF-8"}, i18n.English},
		{"garbage", []string{"!!!"}, i18n.English},
		{"nothing set", []string{"", "", ""}, i18n.English},
		{"no values", nil, i18n.English},

		// The first non-empty value wins, as LC_ALL overrides LC_MESSAGES and LANG.
		{"LANG only", []string{"", "", "ja_JP.UTF-8"}, i18n.Japanese},
		{"LC_MESSAGES over LANG", []string{"", "ja_JP.UTF-8", "en_US.UTF-8"}, i18n.Japanese},
		{"LC_ALL over LANG", []string{"en_US.UTF-8", "", "ja_JP.UTF-8"}, i18n.English},
		{"C over japanese", []string{"C", "ja_JP.UTF-8"}, i18n.English},
		{"POSIX over japanese", []string{"", "POSIX", "ja_JP.UTF-8"}, i18n.English},
		{"unsupported over japanese", []string{"fr_FR.UTF-8", "ja_JP.UTF-8"}, i18n.English},
		{"garbage over japanese", []string{"!!!", "ja_JP.UTF-8"}, i18n.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := i18n.FromLocale(tt.values...); got != tt.want {
				t.Errorf("FromLocale(%q) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in      string
		want    i18n.Lang
		wantErr string
	}{
		{in: "ja", want: i18n.Japanese},
		{in: "JA", want: i18n.Japanese},
		{in: "ja-JP", want: i18n.Japanese},
		{in: "ja_JP.UTF-8", want: i18n.Japanese},
		{in: "ja_JP.eucJP@mod", want: i18n.Japanese},
		{in: "ja-Jpan-JP", want: i18n.Japanese},
		{in: " ja ", want: i18n.Japanese},
		{in: "en", want: i18n.English},
		{in: "EN", want: i18n.English},
		{in: "en-GB", want: i18n.English},
		{in: "en_US.UTF-8", want: i18n.English},
		{in: "fr", wantErr: `i18n: unsupported language "fr" (want ja or en)`},
		{in: "zh-JP", wantErr: `i18n: unsupported language "zh-JP" (want ja or en)`},
		{in: "", wantErr: `i18n: unsupported language "" (want ja or en)`},
		{in: "xx-yy-zz-garbage", wantErr: `i18n: unsupported language "xx-yy-zz-garbage" (want ja or en)`},
		{in: "japanese", wantErr: `i18n: unsupported language "japanese" (want ja or en)`},
		{in: "C", wantErr: `i18n: unsupported language "C" (want ja or en)`},
		// Languages guessed, not named: a typo must not pick one.
		{in: "und", wantErr: `i18n: unsupported language "und" (want ja or en)`},
		{in: "und-JP", wantErr: `i18n: unsupported language "und-JP" (want ja or en)`},
		{in: "root", wantErr: `i18n: unsupported language "root" (want ja or en)`},
	}
	for _, tt := range tests {
		got, err := i18n.ParseLang(tt.in)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseLang(%q) = %v, %v; want error %q", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseLang(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestLangString(t *testing.T) {
	tests := []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, "en"},
		{i18n.Japanese, "ja"},
		{i18n.Lang(7), "Lang(7)"},
	}
	for _, tt := range tests {
		if got := tt.lang.String(); got != tt.want {
			t.Errorf("Lang(%d).String() = %q, want %q", uint8(tt.lang), got, tt.want)
		}
	}
	var zero i18n.Lang
	if zero != i18n.English {
		t.Errorf("the zero Lang is %v, want English", zero)
	}
}

func TestLangTag(t *testing.T) {
	if got := i18n.English.Tag(); got != language.English {
		t.Errorf("English.Tag() = %v", got)
	}
	if got := i18n.Japanese.Tag(); got != language.Japanese {
		t.Errorf("Japanese.Tag() = %v", got)
	}
}

func TestLangs(t *testing.T) {
	got := i18n.Langs()
	if diff := cmp.Diff([]i18n.Lang{i18n.English, i18n.Japanese}, got); diff != "" {
		t.Errorf("Langs() (-want +got):\n%s", diff)
	}
	got[0] = i18n.Japanese
	if i18n.Langs()[0] != i18n.English {
		t.Errorf("changing the result of Langs changed the next one")
	}
}

func TestLangText(t *testing.T) {
	for _, l := range i18n.Langs() {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText(): %v", l, err)
		}
		if string(b) != l.String() {
			t.Errorf("%v.MarshalText() = %q, want %q", l, b, l.String())
		}
		var back i18n.Lang
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, l)
		}
	}

	if b, err := i18n.Lang(2).MarshalText(); err == nil {
		t.Errorf("Lang(2).MarshalText() = %q, want an error", b)
	}

	l := i18n.Japanese
	if err := l.UnmarshalText([]byte("fr")); err == nil {
		t.Errorf(`UnmarshalText("fr") succeeded, want an error`)
	}
	if l != i18n.Japanese {
		t.Errorf("a failed UnmarshalText changed the value to %v", l)
	}
	if err := l.UnmarshalText([]byte("en-GB")); err != nil || l != i18n.English {
		t.Errorf(`UnmarshalText("en-GB") = %v, %v; want en`, l, err)
	}
}

func TestLangJSON(t *testing.T) {
	type config struct {
		Lang  i18n.Lang   `json:"lang"`
		Langs []i18n.Lang `json:"langs"`
	}
	in := config{Lang: i18n.Japanese, Langs: []i18n.Lang{i18n.English, i18n.Japanese}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"lang":"ja","langs":["en","ja"]}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out config
	if err := json.Unmarshal([]byte(`{"lang":"ja_JP.UTF-8","langs":["EN","ja-JP"]}`), &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"lang":"fr"}`), &out); err == nil {
		t.Errorf(`json.Unmarshal of "fr" succeeded, want an error`)
	}
	if _, err := json.Marshal(config{Lang: i18n.Lang(9)}); err == nil {
		t.Errorf("json.Marshal of Lang(9) succeeded, want an error")
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"compliant", "compliant"},
		{"適合（一部）", "適合（一部）"},
		{"\x1b[2J", `\x1b[2J`},
		{"a\nb\tc", `a\nb\tc`},
		{"1-\xff", `1-\xff`},
		{"\u202eevil", `\u202eevil`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := i18n.Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Messages quote input through it, in both languages, %s or %q.
	type id string
	m := i18n.NewMessages(i18n.Message{Key: "k", JA: "「%s」は使えません", EN: "%q is not allowed"})
	for _, l := range i18n.Langs() {
		for _, arg := range []any{"\x1b[2J", id("\x1b[2J")} {
			msg := m.Sprintf(l, "k", arg)
			if strings.ContainsRune(msg, '\x1b') || !strings.Contains(msg, `x1b[2J`) {
				t.Errorf("%s: %q", l, msg)
			}
		}
	}
}
