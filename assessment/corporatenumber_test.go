package assessment

import (
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// corporateNumberVectors are real corporate numbers, published in the National
// Tax Agency's register (https://www.houjin-bangou.nta.go.jp/). sum is the sum
// Σ Pn×Qn of the base, worked out by hand and written down here, so that the
// vectors do not depend on any code: the check digit is 9 − sum mod 9.
var corporateNumberVectors = []struct {
	number string
	holder string // "" where the example is only known to be a valid number
	sum    int
}{
	// Base 010001112730, from the right: 0·1 + 3·2 + 7·1 + 2·2 + 1·1 + 1·2 +
	// 1·1 + 0·2 + 0·1 + 0·2 + 1·1 + 0·2 = 22; 9 − 22 mod 9 = 9 − 4 = 5.
	{"5010001112730", "株式会社ゆうちょ銀行 (JAPAN POST BANK Co., Ltd.), the DESIGN example", 22},
	// Base 000012050002: 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 = 11;
	// 9 − 11 mod 9 = 9 − 2 = 7.
	{"7000012050002", "国税庁 (National Tax Agency)", 11},
	// Base 180301018771: 1·1 + 7·2 + 7·1 + 8·2 + 1·1 + 0·2 + 1·1 + 0·2 + 3·1 +
	// 0·2 + 8·1 + 1·2 = 53; 9 − 53 mod 9 = 9 − 8 = 1.
	{"1180301018771", "トヨタ自動車株式会社 (Toyota Motor Corporation)", 53},
	// Base 000012090001: 1·1 + 0·2 + 0·1 + 0·2 + 9·1 + 0·2 + 2·1 + 1·2 = 14;
	// 9 − 14 mod 9 = 9 − 5 = 4.
	{"4000012090001", "", 14},
	// Base 000011000005: 5·1 + 0 + 0 + 0 + 0 + 0 + 1·1 + 1·2 = 8; 9 − 8 = 1.
	{"1000011000005", "", 8},
	// Base 010401045660: 0·1 + 6·2 + 6·1 + 5·2 + 4·1 + 0·2 + 1·1 + 0·2 + 4·1 +
	// 0·2 + 1·1 + 0·2 = 38; 9 − 38 mod 9 = 9 − 2 = 7.
	{"7010401045660", "", 38},
}

// refCheckDigit is a reference check digit, written apart from the package's
// own: it reads the base left to right with the weights spelled out. The
// rightmost digit is n = 1 (odd, weight 1), so the leftmost is n = 12 (even,
// weight 2).
func refCheckDigit(base string) int {
	weights := [12]int{2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1}
	if len(base) != len(weights) {
		panic("refCheckDigit: base " + strconv.Quote(base) + " is not 12 digits")
	}
	sum := 0
	for i, w := range weights {
		sum += int(base[i]-'0') * w
	}
	return 9 - sum%9
}

func TestCorporateNumberVectors(t *testing.T) {
	for _, v := range corporateNumberVectors {
		hand := 9 - v.sum%9
		if got := int(v.number[0] - '0'); got != hand {
			t.Errorf("%s: the hand calculation gives check digit %d, the number has %d", v.number, hand, got)
		}
		if got := refCheckDigit(v.number[1:]); got != hand {
			t.Errorf("%s: refCheckDigit = %d, the hand calculation gives %d", v.number, got, hand)
		}
		c, err := ParseCorporateNumber(v.number)
		if err != nil {
			t.Errorf("ParseCorporateNumber(%q): %v", v.number, err)
			continue
		}
		got := struct {
			String, Base string
			CheckDigit   int
		}{c.String(), c.Base(), c.CheckDigit()}
		want := struct {
			String, Base string
			CheckDigit   int
		}{v.number, v.number[1:], hand}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ParseCorporateNumber(%q) (-want +got):\n%s", v.number, diff)
		}
	}
}

// TestCorporateNumberReference checks Parse against refCheckDigit on a
// deterministic pseudo-random sample of bases: the reference check digit is
// accepted, the eight other digits and 0 are refused.
func TestCorporateNumberReference(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 11))
	for range 10_000 {
		base := strconv.FormatUint(r.Uint64N(1e12)+1e12, 10)[1:] // 12 digits, leading zeros kept
		want := refCheckDigit(base)
		for d := 0; d <= 9; d++ {
			s := strconv.Itoa(d) + base
			c, err := ParseCorporateNumber(s)
			switch {
			case d == want && err != nil:
				t.Fatalf("ParseCorporateNumber(%q): %v; the reference check digit is %d", s, err, want)
			case d == want && (c.String() != s || c.CheckDigit() != d || c.Base() != base):
				t.Fatalf("ParseCorporateNumber(%q) = %q (check digit %d, base %q)", s, c, c.CheckDigit(), c.Base())
			case d != want && err == nil:
				t.Fatalf("ParseCorporateNumber(%q) succeeded; the reference check digit is %d", s, want)
			case d != want:
				if p, _ := valueProblem(err); p.Code != CodeCorporateNumberCheckDigit {
					t.Fatalf("ParseCorporateNumber(%q): code %s, want %s", s, p.Code, CodeCorporateNumberCheckDigit)
				}
			}
		}
	}
}

// TestCorporateNumberSingleErrors checks what the doc comment promises: a
// single wrong digit or a swap of two adjacent digits is caught, unless it only
// turns a 0 into a 9 or back.
func TestCorporateNumberSingleErrors(t *testing.T) {
	for _, v := range corporateNumberVectors {
		for i := range len(v.number) {
			for d := byte('0'); d <= '9'; d++ {
				old := v.number[i]
				if d == old {
					continue
				}
				s := v.number[:i] + string(d) + v.number[i+1:]
				_, err := ParseCorporateNumber(s)
				undetectable := i > 0 && (old == '0' && d == '9' || old == '9' && d == '0')
				if (err == nil) != undetectable {
					t.Errorf("ParseCorporateNumber(%q) (digit %d of %s changed): err = %v", s, i+1, v.number, err)
				}
			}
		}
		for i := 1; i+1 < len(v.number); i++ {
			a, b := v.number[i], v.number[i+1]
			if a == b {
				continue
			}
			s := v.number[:i] + string(b) + string(a) + v.number[i+2:]
			_, err := ParseCorporateNumber(s)
			undetectable := a == '0' && b == '9' || a == '9' && b == '0'
			if (err == nil) != undetectable {
				t.Errorf("ParseCorporateNumber(%q) (digits %d and %d of %s swapped): err = %v", s, i+1, i+2, v.number, err)
			}
		}
	}
}

func corporateNumberErr(s string, code dendai.Code, args ...any) *dendai.Error {
	return valueErr(code, append([]any{s}, args...)...)
}

func TestParseCorporateNumber(t *testing.T) {
	const jpb = "5010001112730"
	tests := []struct {
		in      string
		want    string // the String of the result
		wantErr *dendai.Error
	}{
		{in: jpb, want: jpb},
		{in: "５０１０００１１１２７３０", want: jpb},             // full-width digits
		{in: "5０1０0０1１1２7３0", want: jpb},             // mixed widths
		{in: "5-0100-0111-2730", want: jpb},          // hyphens
		{in: "5 0100 0111 2730", want: jpb},          // spaces
		{in: "5　0100　0111　2730", want: jpb},          // ideographic spaces
		{in: "５－０１００－０１１１－２７３０", want: jpb},          // full-width hyphen-minus
		{in: "5‐0100‑0111−2730―", want: jpb},         // hyphen, non-breaking hyphen, minus sign, horizontal bar
		{in: " 5010001112730　", want: jpb},           // surrounding spaces
		{in: "--5010001112730--", want: jpb},         // hyphens anywhere
		{in: "9000000000000", want: "9000000000000"}, // base 0: sum 0, check digit 9

		// A character that is not a digit is reported first, whatever the length.
		{in: "5ー0100ー0111ー2730", wantErr: corporateNumberErr("5ー0100ー0111ー2730", CodeCorporateNumberDigits)}, // long vowel mark
		{in: "T5010001112730", wantErr: corporateNumberErr("T5010001112730", CodeCorporateNumberDigits)},     // an invoice registration number
		{in: "5010001112730\n", wantErr: corporateNumberErr("5010001112730\n", CodeCorporateNumberDigits)},   // only spaces are ignored
		{in: "5.0100.0111.2730", wantErr: corporateNumberErr("5.0100.0111.2730", CodeCorporateNumberDigits)},
		{in: "5010001112730\xff", wantErr: corporateNumberErr("5010001112730\xff", CodeCorporateNumberDigits)}, // invalid UTF-8
		// An invisible format character is named, not taken for a wrong digit.
		{in: "5010001112730\u200b", wantErr: corporateNumberErr("5010001112730\u200b", CodeFormatChar, "U+200B")},
		{in: "\ufeff5010001112730", wantErr: corporateNumberErr("\ufeff5010001112730", CodeFormatChar, "U+FEFF")},
		{in: "50100\u202e01112730", wantErr: corporateNumberErr("50100\u202e01112730", CodeFormatChar, "U+202E")},
		{in: "5010\u2060001112730", wantErr: corporateNumberErr("5010\u2060001112730", CodeFormatChar, "U+2060")},
		{in: "5.01E+12\u200e", wantErr: corporateNumberErr("5.01E+12\u200e", CodeFormatChar, "U+200E")},
		{in: "〇", wantErr: corporateNumberErr("〇", CodeCorporateNumberDigits)},                         // a kanji numeral
		{in: "٥٠١٠٠٠١١١٢٧٣٠", wantErr: corporateNumberErr("٥٠١٠٠٠١١١٢٧٣٠", CodeCorporateNumberDigits)}, // Arabic-Indic digits
		{in: "abc", wantErr: corporateNumberErr("abc", CodeCorporateNumberDigits)},

		// A number Excel shortened to exponent form gets a hint of its own.
		{in: "5.01E+12", wantErr: corporateNumberErr("5.01E+12", CodeCorporateNumberExponent)},
		{in: "5.010001E+12", wantErr: corporateNumberErr("5.010001E+12", CodeCorporateNumberExponent)},
		{in: "5.01e+12", wantErr: corporateNumberErr("5.01e+12", CodeCorporateNumberExponent)},
		{in: "5E12", wantErr: corporateNumberErr("5E12", CodeCorporateNumberExponent)},
		{in: " 5.01E+12 ", wantErr: corporateNumberErr(" 5.01E+12 ", CodeCorporateNumberExponent)},
		{in: "５．０１Ｅ＋１２", wantErr: corporateNumberErr("５．０１Ｅ＋１２", CodeCorporateNumberExponent)}, // full-width
		{in: "5.01E+", wantErr: corporateNumberErr("5.01E+", CodeCorporateNumberDigits)},       // no exponent
		{in: "E+12", wantErr: corporateNumberErr("E+12", CodeCorporateNumberDigits)},           // no mantissa
		{in: "5.0.1E+12", wantErr: corporateNumberErr("5.0.1E+12", CodeCorporateNumberDigits)},
		{in: "5.01E+12x", wantErr: corporateNumberErr("5.01E+12x", CodeCorporateNumberDigits)},

		// Then the number of digits.
		{in: "", wantErr: corporateNumberErr("", CodeCorporateNumberLength, 0)},
		{in: " - ", wantErr: corporateNumberErr(" - ", CodeCorporateNumberLength, 0)},
		{in: "501000111273", wantErr: corporateNumberErr("501000111273", CodeCorporateNumberLength, 12)},
		{in: "50100011127300", wantErr: corporateNumberErr("50100011127300", CodeCorporateNumberLength, 14)},
		{in: "12345678901234567890123", wantErr: corporateNumberErr("12345678901234567890123", CodeCorporateNumberLength, 23)},
		{in: "010001112730", wantErr: corporateNumberErr("010001112730", CodeCorporateNumberLength, 12)}, // the base alone

		// Then the check digit.
		{in: "5010001112731", wantErr: corporateNumberErr("5010001112731", CodeCorporateNumberCheckDigit)},
		{in: "6010001112730", wantErr: corporateNumberErr("6010001112730", CodeCorporateNumberCheckDigit)},
		{in: "0000000000000", wantErr: corporateNumberErr("0000000000000", CodeCorporateNumberCheckDigit)},
		{in: "0010001112730", wantErr: corporateNumberErr("0010001112730", CodeCorporateNumberCheckDigit)}, // a check digit is never 0
		{in: "5-0100-0111-2731", wantErr: corporateNumberErr("5-0100-0111-2731", CodeCorporateNumberCheckDigit)},
	}
	for _, tt := range tests {
		c, err := ParseCorporateNumber(tt.in)
		if tt.wantErr != nil {
			if c != (CorporateNumber{}) {
				t.Errorf("ParseCorporateNumber(%q) = %q with an error; want the zero value", tt.in, c)
			}
			ve, ok := err.(*dendai.Error)
			if !ok {
				t.Errorf("ParseCorporateNumber(%q): error %v (%T), want a *dendai.Error", tt.in, err, err)
				continue
			}
			if diff := cmp.Diff(tt.wantErr, ve); diff != "" {
				t.Errorf("ParseCorporateNumber(%q) error (-want +got):\n%s", tt.in, diff)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseCorporateNumber(%q): %v", tt.in, err)
			continue
		}
		if got := c.String(); got != tt.want {
			t.Errorf("ParseCorporateNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if c != MustParseCorporateNumber(tt.want) {
			t.Errorf("ParseCorporateNumber(%q) != MustParseCorporateNumber(%q)", tt.in, tt.want)
		}
	}
}

// TestCorporateNumberMessages checks the messages word for word once, so that a
// wrong argument list shows.
func TestCorporateNumberMessages(t *testing.T) {
	tests := []struct {
		in   string
		want i18n.Text
	}{
		{"50100011127", i18n.Text{
			JA: "法人番号は13桁です（「50100011127」は11桁です）",
			EN: `a corporate number has 13 digits; "50100011127" has 11`,
		}},
		{"5O10001112730", i18n.Text{
			JA: "法人番号「5O10001112730」に数字以外の文字が含まれています",
			EN: `the corporate number "5O10001112730" contains characters other than digits`,
		}},
		{"5010001112731", i18n.Text{
			JA: "法人番号「5010001112731」のチェックデジット（先頭の桁）が正しくありません",
			EN: `the check digit (the first digit) of the corporate number "5010001112731" is wrong`,
		}},
	}
	for _, tt := range tests {
		_, err := ParseCorporateNumber(tt.in)
		p, ok := valueProblem(err)
		if !ok {
			t.Errorf("ParseCorporateNumber(%q): error %v, want a *dendai.Error with one problem", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, p.Message); diff != "" {
			t.Errorf("ParseCorporateNumber(%q) message (-want +got):\n%s", tt.in, diff)
		}
		if got, want := err.Error(), "dendai: "+tt.want.EN; got != want {
			t.Errorf("ParseCorporateNumber(%q).Error() = %q, want %q", tt.in, got, want)
		}
	}
}

func TestCorporateNumberZero(t *testing.T) {
	var c CorporateNumber
	b, err := c.MarshalText()
	a, aerr := c.AppendText([]byte("x"))
	got := []any{c.IsValid(), c.String(), c.Base(), c.CheckDigit(), string(b), err, string(a), aerr}
	want := []any{false, "", "", 0, "", nil, "x", nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero CorporateNumber: IsValid, String, Base, CheckDigit, MarshalText, AppendText (-want +got):\n%s", diff)
	}
	c = MustParseCorporateNumber("5010001112730")
	if !c.IsValid() {
		t.Errorf("%s: IsValid = false", c)
	}
}

func TestCorporateNumberText(t *testing.T) {
	for _, v := range corporateNumberVectors {
		c := MustParseCorporateNumber(v.number)
		b, err := c.MarshalText()
		if err != nil || string(b) != v.number {
			t.Errorf("%s.MarshalText() = %q, %v", v.number, b, err)
		}
		a, err := c.AppendText([]byte("番号: "))
		if err != nil || string(a) != "番号: "+v.number {
			t.Errorf("%s.AppendText = %q, %v", v.number, a, err)
		}
		var u CorporateNumber
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, u, err, c)
		}
		// Empty text clears the value; bad text is an error and changes nothing.
		if err := u.UnmarshalText(nil); err != nil || u.IsValid() {
			t.Errorf("UnmarshalText(nil) = %v, %v; want the zero value", u, err)
		}
		u = c
		if err := u.UnmarshalText([]byte("123")); err == nil || u != c {
			t.Errorf(`UnmarshalText("123") = %v, %v; want an error and no change`, u, err)
		}
	}
}

func TestCorporateNumberJSON(t *testing.T) {
	type doc struct {
		N CorporateNumber `json:"n"`
		Z CorporateNumber `json:"z,omitzero"`
	}
	b, err := json.Marshal(doc{N: MustParseCorporateNumber("7000012050002")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"n":"7000012050002"}`, string(b)); diff != "" {
		t.Errorf("json.Marshal (-want +got):\n%s", diff)
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"n":"７０００－０１２０－５０００２","z":""}`), &d); err != nil {
		t.Fatal(err)
	}
	if d.N != MustParseCorporateNumber("7000012050002") || d.Z.IsValid() {
		t.Errorf("json.Unmarshal = %+v", d)
	}
	err = json.Unmarshal([]byte(`{"n":"7000012050003"}`), &d)
	if p, ok := valueProblem(err); !ok || p.Code != CodeCorporateNumberCheckDigit {
		t.Errorf("json.Unmarshal of a wrong check digit: %v", err)
	}
}

func TestMustParseCorporateNumberPanics(t *testing.T) {
	defer func() {
		if _, ok := recover().(*dendai.Error); !ok {
			t.Error("MustParseCorporateNumber of a bad number did not panic with a *dendai.Error")
		}
	}()
	MustParseCorporateNumber("5010001112731")
}

func TestParseCorporateNumberAllocs(t *testing.T) {
	for _, s := range []string{"5010001112730", "５－０１００－０１１１－２７３０"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseCorporateNumber(s) }); n != 0 {
			t.Errorf("ParseCorporateNumber(%q) allocates %v times, want 0", s, n)
		}
	}
}

func BenchmarkParseCorporateNumber(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"ascii", "5010001112730"},
		{"fullwidth", "５－０１００－０１１１－２７３０"},
		{"error", strings.Repeat("5", 14)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseCorporateNumber(bb.in)
			}
		})
	}
}
