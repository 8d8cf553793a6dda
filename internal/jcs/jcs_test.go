package jcs

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTransform(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"whitespace and order", "{ \"b\" : [1, 2 ,\n3], \"a\": {\"y\": true, \"x\": null} }", `{"a":{"x":null,"y":true},"b":[1,2,3]}`},
		{"escapes", `"a\u0041\/\u00e9\u0001\t\u2028"`, "\"aA/é\\u0001\\t\u2028\""},
		// RFC 8785, section 3.2.3: "\r" (U+000D) sorts before "1" and the
		// character above U+FFFF before U+FB33 although its UTF-8 is greater.
		{"utf-16 order", `{"\ufb33":1,"\ud83d\ude00":2,"1":3,"\r":4}`, "{\"\\r\":4,\"1\":3,\"\U0001F600\":2,\"\uFB33\":1}"},
		// RFC 8785, appendix B.
		{"numbers", `[0, -0, 1E2, 1.5e-7, 333333333.33333329, 1e21, 1e-6, 4.50, 0.000001, 295147905179352830000]`,
			`[0,0,100,1.5e-7,333333333.3333333,1e+21,0.000001,4.5,0.000001,295147905179352830000]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Transform([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("Transform(%s) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestTransformRefuses(t *testing.T) {
	for _, in := range []string{``, `{`, `1e400`, `{} {}`, `[1,]`} {
		if got, err := Transform([]byte(in)); err == nil {
			t.Errorf("Transform(%q) = %q, want an error", in, got)
		}
	}
}

func TestAppendNumber(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want string
	}{
		{1, "1"}, {-1.5, "-1.5"}, {1e20, "100000000000000000000"}, {1e21, "1e+21"},
		{1e-7, "1e-7"}, {5e-324, "5e-324"}, {math.MaxFloat64, "1.7976931348623157e+308"}, {87.5, "87.5"},
	} {
		if got := string(AppendNumber(nil, tc.f)); got != tc.want {
			t.Errorf("AppendNumber(%v) = %s, want %s", tc.f, got, tc.want)
		}
	}
}
