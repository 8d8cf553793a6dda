package jsonw

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reference is the string as encoding/json writes it, with or without HTML
// escaping.
func reference(t testing.TB, s string, html bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

var samples = []string{
	"",
	"plain ASCII",
	"関東財務局長（電代）第12号",
	`quote " backslash \ slash /`,
	"<script>&amp;</script>",
	"\b\f\n\r\t\x00\x01\x1f\x7f",
	"line\u2028para\u2029end",
	"bad \xff utf-8 \xe2\x80 cut",
	"\xe2\x80",
	"emoji 😀 and é",
	"\xed\xa0\x80 surrogate",
}

func TestString(t *testing.T) {
	for _, s := range samples {
		for _, html := range []bool{true, false} {
			want := reference(t, s, html)
			if diff := cmp.Diff(string(want), string(String(nil, s, html))); diff != "" {
				t.Errorf("String(%q, html %v) (-encoding/json +got):\n%s", s, html, diff)
			}
			if diff := cmp.Diff(string(want), string(String(nil, []byte(s), html))); diff != "" {
				t.Errorf("String([]byte(%q), html %v) (-encoding/json +got):\n%s", s, html, diff)
			}
		}
	}
	// It appends.
	if got := string(String([]byte("x:"), "y", true)); got != `x:"y"` {
		t.Errorf("String appends %q, want %q", got, `x:"y"`)
	}
}

func FuzzString(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			want := reference(t, s, html)
			if got := String(nil, s, html); !bytes.Equal(got, want) {
				t.Fatalf("String(%q, %v) = %s, encoding/json writes %s", s, html, got, want)
			}
		}
	})
}

func BenchmarkString(b *testing.B) {
	s := "関東財務局長（電代）第12号 and some ASCII text <with> & escapes\n"
	b.Run("jsonw", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf = String(buf[:0], s, true)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			json.Marshal(s)
		}
	})
}
