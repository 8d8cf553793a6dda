package assessment

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

func TestBureaus(t *testing.T) {
	want := []struct {
		b      Bureau
		ja, en string
	}{
		{BureauHokkaido, "北海道財務局", "Hokkaido Local Finance Bureau"},
		{BureauTohoku, "東北財務局", "Tohoku Local Finance Bureau"},
		{BureauKanto, "関東財務局", "Kanto Local Finance Bureau"},
		{BureauHokuriku, "北陸財務局", "Hokuriku Local Finance Bureau"},
		{BureauTokai, "東海財務局", "Tokai Local Finance Bureau"},
		{BureauKinki, "近畿財務局", "Kinki Local Finance Bureau"},
		{BureauChugoku, "中国財務局", "Chugoku Local Finance Bureau"},
		{BureauShikoku, "四国財務局", "Shikoku Local Finance Bureau"},
		{BureauKyushu, "九州財務局", "Kyushu Local Finance Bureau"},
		{BureauFukuoka, "福岡財務支局", "Fukuoka Local Finance Branch Bureau"},
		{BureauOkinawa, "沖縄総合事務局", "Okinawa General Bureau"},
	}
	bs := Bureaus()
	var wantBureaus []Bureau
	for _, w := range want {
		wantBureaus = append(wantBureaus, w.b)
		if !w.b.IsValid() {
			t.Errorf("%v.IsValid() = false", w.b)
		}
		if got := w.b.String(); got != w.ja {
			t.Errorf("Bureau(%d).String() = %q, want %q", uint8(w.b), got, w.ja)
		}
		if diff := cmp.Diff(i18n.Text{JA: w.ja, EN: w.en}, w.b.Name()); diff != "" {
			t.Errorf("%v.Name() (-want +got):\n%s", w.b, diff)
		}
		if got, ok := bureauNamed(w.ja); !ok || got != w.b {
			t.Errorf("bureauNamed(%q) = %v, %v", w.ja, got, ok)
		}
	}
	if diff := cmp.Diff(wantBureaus, bs); diff != "" {
		t.Errorf("Bureaus() (-want +got):\n%s", diff)
	}
	// Each call returns a new slice: changing one changes no other.
	bs[0] = 0
	if Bureaus()[0] != BureauHokkaido {
		t.Error("changing the slice Bureaus returned changed the next one")
	}
}

func TestBureauInvalid(t *testing.T) {
	for _, b := range []Bureau{0, BureauOkinawa + 1, 255} {
		s := "Bureau(" + strconv.Itoa(int(b)) + ")"
		got := []any{b.IsValid(), b.String(), b.Name()}
		want := []any{false, s, i18n.Text{JA: s, EN: s}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Bureau(%d): IsValid, String, Name (-want +got):\n%s", uint8(b), diff)
		}
		if _, ok := NewRegistrationNumber(b, 1); ok {
			t.Errorf("NewRegistrationNumber(Bureau(%d), 1) succeeded", uint8(b))
		}
	}
}

func TestParseRegistrationNumber(t *testing.T) {
	const kanto12 = "関東財務局長（電代）第12号"
	invalid := func(s string) *dendai.Error { return valueErr(CodeRegistrationNumberInvalid, s) }
	number := func(s string) *dendai.Error { return valueErr(CodeRegistrationNumberNumber, s) }
	tests := []struct {
		in         string
		wantBureau Bureau
		wantNumber int
		wantErr    *dendai.Error
	}{
		{in: kanto12, wantBureau: BureauKanto, wantNumber: 12},
		{in: "関東財務局長(電代)第12号", wantBureau: BureauKanto, wantNumber: 12},            // ASCII parentheses
		{in: "関東財務局長（電代)第12号", wantBureau: BureauKanto, wantNumber: 12},            // mixed
		{in: "関東財務局長（電代）第１２号", wantBureau: BureauKanto, wantNumber: 12},            // full-width digits
		{in: " 関東財務局長 （電代） 第 1 2 号　", wantBureau: BureauKanto, wantNumber: 12},     // spaces anywhere
		{in: "関東　財務局長（電代）第12号", wantBureau: BureauKanto, wantNumber: 12},           // even inside the name
		{in: "関東財務局長（電代）第0012号", wantBureau: BureauKanto, wantNumber: 12},          // leading zeros
		{in: "関東財務局長（電代）第０００００００００００１２号", wantBureau: BureauKanto, wantNumber: 12}, // more zeros than digits allowed
		{in: "福岡財務支局長（電代）第1号", wantBureau: BureauFukuoka, wantNumber: 1},
		{in: "沖縄総合事務局長（電代）第999999999号", wantBureau: BureauOkinawa, wantNumber: 999_999_999},

		// An invisible format character is named, not taken for a wrong shape.
		{in: "関東財務局長（電代）第12号\u200b", wantErr: valueErr(CodeFormatChar, "関東財務局長（電代）第12号\u200b", "U+200B")},
		{in: "関東財務局長（電代）第\u202e21号", wantErr: valueErr(CodeFormatChar, "関東財務局長（電代）第\u202e21号", "U+202E")},
		{in: "\ufeff関東財務局長（電代）第12号", wantErr: valueErr(CodeFormatChar, "\ufeff関東財務局長（電代）第12号", "U+FEFF")},
		{in: "関東\u2066財務局長\u2069（電代）第12号", wantErr: valueErr(CodeFormatChar, "関東\u2066財務局長\u2069（電代）第12号", "U+2066")},

		// The shape is wrong.
		{in: "", wantErr: invalid("")},
		{in: "12", wantErr: invalid("12")},
		{in: "関東財務局（電代）第12号", wantErr: invalid("関東財務局（電代）第12号")}, // no 長
		{in: "関東財務局長（電代）第12", wantErr: invalid("関東財務局長（電代）第12")}, // no 号
		{in: "関東財務局長（電代）12号", wantErr: invalid("関東財務局長（電代）12号")}, // no 第
		{in: "関東財務局長電代第12号", wantErr: invalid("関東財務局長電代第12号")},   // no parentheses
		{in: "関東財務局長[電代]第12号", wantErr: invalid("関東財務局長[電代]第12号")},
		{in: "関東財務局長（金商）第12号", wantErr: invalid("関東財務局長（金商）第12号")}, // another register
		{in: "関東財務局長（電代）第号", wantErr: invalid("関東財務局長（電代）第号")},     // no number
		{in: "関東財務局長（電代）第十二号", wantErr: invalid("関東財務局長（電代）第十二号")}, // kanji numerals
		{in: "関東財務局長（電代）第-1号", wantErr: invalid("関東財務局長（電代）第-1号")},
		{in: "関東財務局長（電代）第1.5号", wantErr: invalid("関東財務局長（電代）第1.5号")},
		{in: "関東財務局長（電代）第12号号", wantErr: invalid("関東財務局長（電代）第12号号")},
		{in: "関東財務局長（電代）第12号\n", wantErr: invalid("関東財務局長（電代）第12号\n")}, // only spaces are ignored
		{in: "長（電代）第1号", wantErr: invalid("長（電代）第1号")},                 // no bureau
		{in: "関東財務局長（電代）第1\xff号", wantErr: invalid("関東財務局長（電代）第1\xff号")},

		// The bureau is unknown; it is reported as found, spaces removed.
		{in: "大阪財務局長（電代）第1号", wantErr: valueErr(CodeRegistrationNumberBureau, "大阪財務局")},
		{in: "金融庁長官（電代）第1号", wantErr: invalid("金融庁長官（電代）第1号")},
		{in: "関東 財務局 長（電代）第0号", wantErr: valueErr(CodeRegistrationNumberNumber, "関東 財務局 長（電代）第0号")},
		{in: "関東財務支局長（電代）第1号", wantErr: valueErr(CodeRegistrationNumberBureau, "関東財務支局")},
		{in: "Kanto Local Finance Bureau長(電代)第1号", wantErr: valueErr(CodeRegistrationNumberBureau, "KantoLocalFinanceBureau")},
		{in: "大阪財務局長（電代）第0号", wantErr: valueErr(CodeRegistrationNumberBureau, "大阪財務局")}, // the bureau first

		// The number is 0 or too long.
		{in: "関東財務局長（電代）第0号", wantErr: number("関東財務局長（電代）第0号")},
		{in: "関東財務局長（電代）第000号", wantErr: number("関東財務局長（電代）第000号")},
		{in: "関東財務局長（電代）第1000000000号", wantErr: number("関東財務局長（電代）第1000000000号")},
		{in: "関東財務局長（電代）第99999999999999999999999号", wantErr: number("関東財務局長（電代）第99999999999999999999999号")},
	}
	for _, tt := range tests {
		r, err := ParseRegistrationNumber(tt.in)
		if tt.wantErr != nil {
			if r != (RegistrationNumber{}) {
				t.Errorf("ParseRegistrationNumber(%q) = %q with an error; want the zero value", tt.in, r)
			}
			ve, ok := err.(*dendai.Error)
			if !ok {
				t.Errorf("ParseRegistrationNumber(%q): error %v (%T), want a *dendai.Error", tt.in, err, err)
				continue
			}
			if diff := cmp.Diff(tt.wantErr, ve); diff != "" {
				t.Errorf("ParseRegistrationNumber(%q) error (-want +got):\n%s", tt.in, diff)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRegistrationNumber(%q): %v", tt.in, err)
			continue
		}
		want, ok := NewRegistrationNumber(tt.wantBureau, tt.wantNumber)
		if !ok {
			t.Fatalf("NewRegistrationNumber(%v, %d) failed", tt.wantBureau, tt.wantNumber)
		}
		got := []any{r.Bureau(), r.Number(), r == want, r.Equal(want), r.IsValid()}
		if diff := cmp.Diff([]any{tt.wantBureau, tt.wantNumber, true, true, true}, got); diff != "" {
			t.Errorf("ParseRegistrationNumber(%q): Bureau, Number, == NewRegistrationNumber, Equal, IsValid (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestRegistrationNumberEveryBureau parses a registration of every bureau, in
// its normal form and in a full-width one.
func TestRegistrationNumberEveryBureau(t *testing.T) {
	for i, b := range Bureaus() {
		n := i*37 + 1
		want := b.String() + "長（電代）第" + strconv.Itoa(n) + "号"
		r, ok := NewRegistrationNumber(b, n)
		if !ok || r.String() != want {
			t.Errorf("NewRegistrationNumber(%v, %d) = %q, %v; want %q", b, n, r, ok, want)
		}
		wide := b.String() + "長（電代）第" + toFullWidthDigits(strconv.Itoa(n)) + "号"
		for _, s := range []string{want, wide} {
			p, err := ParseRegistrationNumber(s)
			if err != nil || p != r {
				t.Errorf("ParseRegistrationNumber(%q) = %q, %v; want %q", s, p, err, want)
			}
		}
	}
}

func toFullWidthDigits(s string) string {
	var out []rune
	for _, r := range s {
		if '0' <= r && r <= '9' {
			r += '０' - '0'
		}
		out = append(out, r)
	}
	return string(out)
}

func TestRegistrationNumberMessages(t *testing.T) {
	tests := []struct {
		in   string
		want i18n.Text
	}{
		{"東京財務局長（電代）第1号", i18n.Text{
			JA: "「東京財務局」は電子決済等代行業者を登録する財務局等ではありません",
			EN: `"東京財務局" is not a bureau that registers EPISPs`,
		}},
		{"関東財務局長（電代）第0号", i18n.Text{
			JA: "登録番号「関東財務局長（電代）第0号」の番号は1以上999999999以下の整数にしてください",
			EN: `the number in registration number "関東財務局長（電代）第0号" must be a whole number from 1 to 999999999`,
		}},
		{"関東財務局 第12号", i18n.Text{
			JA: "「関東財務局 第12号」は電子決済等代行業者の登録番号として正しくありません。関東財務局長（電代）第12号 のように指定してください",
			EN: `"関東財務局 第12号" is not an EPISP registration number: write it as 関東財務局長（電代）第12号`,
		}},
	}
	for _, tt := range tests {
		_, err := ParseRegistrationNumber(tt.in)
		p, ok := valueProblem(err)
		if !ok {
			t.Errorf("ParseRegistrationNumber(%q): error %v, want a *dendai.Error with one problem", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, p.Message); diff != "" {
			t.Errorf("ParseRegistrationNumber(%q) message (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNewRegistrationNumber(t *testing.T) {
	tests := []struct {
		b      Bureau
		n      int
		want   string
		wantOK bool
	}{
		{BureauKanto, 12, "関東財務局長（電代）第12号", true},
		{BureauHokkaido, 1, "北海道財務局長（電代）第1号", true},
		{BureauOkinawa, 999_999_999, "沖縄総合事務局長（電代）第999999999号", true},
		{BureauKanto, 0, "", false},
		{BureauKanto, -1, "", false},
		{BureauKanto, 1_000_000_000, "", false},
		{0, 1, "", false},
		{BureauOkinawa + 1, 1, "", false},
	}
	for _, tt := range tests {
		r, ok := NewRegistrationNumber(tt.b, tt.n)
		if got := []any{r.String(), ok}; !cmp.Equal(got, []any{tt.want, tt.wantOK}) {
			t.Errorf("NewRegistrationNumber(Bureau(%d), %d) = %q, %v; want %q, %v", uint8(tt.b), tt.n, r, ok, tt.want, tt.wantOK)
		}
		if !ok && r != (RegistrationNumber{}) {
			t.Errorf("NewRegistrationNumber(Bureau(%d), %d) failed but returned %v", uint8(tt.b), tt.n, r)
		}
	}
}

func TestRegistrationNumberZero(t *testing.T) {
	var r RegistrationNumber
	b, err := r.MarshalText()
	a, aerr := r.AppendText([]byte("x"))
	got := []any{r.IsValid(), r.String(), r.Bureau(), r.Number(), string(b), err, string(a), aerr}
	want := []any{false, "", Bureau(0), 0, "", nil, "x", nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero RegistrationNumber: IsValid, String, Bureau, Number, MarshalText, AppendText (-want +got):\n%s", diff)
	}
}

func TestRegistrationNumberText(t *testing.T) {
	for _, s := range []string{"関東財務局長（電代）第12号", "近畿財務局長（電代）第1号", "九州財務局長（電代）第100号"} {
		r := MustParseRegistrationNumber(s)
		b, err := r.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s.MarshalText() = %q, %v", s, b, err)
		}
		a, err := r.AppendText([]byte("登録: "))
		if err != nil || string(a) != "登録: "+s {
			t.Errorf("%s.AppendText = %q, %v", s, a, err)
		}
		var u RegistrationNumber
		if err := u.UnmarshalText([]byte(s)); err != nil || u != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", s, u, err, r)
		}
		if err := u.UnmarshalText([]byte{}); err != nil || u != (RegistrationNumber{}) {
			t.Errorf("UnmarshalText of empty text = %v, %v; want the zero value", u, err)
		}
		u = r
		if err := u.UnmarshalText([]byte("第12号")); err == nil || u != r {
			t.Errorf(`UnmarshalText("第12号") = %v, %v; want an error and no change`, u, err)
		}
	}
}

func TestRegistrationNumberJSON(t *testing.T) {
	type doc struct {
		R RegistrationNumber `json:"r"`
		Z RegistrationNumber `json:"z,omitzero"`
	}
	b, err := json.Marshal(doc{R: MustParseRegistrationNumber("関東財務局長(電代)第０１２号")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"r":"関東財務局長（電代）第12号"}`, string(b)); diff != "" {
		t.Errorf("json.Marshal (-want +got):\n%s", diff)
	}
	var d doc
	if err := json.Unmarshal(b, &d); err != nil || d.R.String() != "関東財務局長（電代）第12号" || d.Z != (RegistrationNumber{}) {
		t.Errorf("json.Unmarshal(%s) = %+v, %v", b, d, err)
	}
}

func TestMustParseRegistrationNumberPanics(t *testing.T) {
	defer func() {
		if _, ok := recover().(*dendai.Error); !ok {
			t.Error("MustParseRegistrationNumber of a bad number did not panic with a *dendai.Error")
		}
	}()
	MustParseRegistrationNumber("大阪財務局長（電代）第1号")
}
