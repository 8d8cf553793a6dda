package i18n

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// Lang is a language dendai speaks. The zero value is English, the default
// whenever nothing better is known.
type Lang uint8

// The languages dendai speaks.
const (
	English Lang = iota
	Japanese
)

// Langs returns the supported languages, English first. The slice is new on every
// call.
func Langs() []Lang { return []Lang{English, Japanese} }

// matcher prefers English: it is the default and the fallback. It is built on first
// use, not at init.
var matcher = sync.OnceValue(func() language.Matcher {
	return language.NewMatcher([]language.Tag{language.English, language.Japanese})
})

// String returns the BCP 47 code: "en" or "ja".
func (l Lang) String() string {
	switch l {
	case Japanese:
		return "ja"
	case English:
		return "en"
	}
	return fmt.Sprintf("Lang(%d)", uint8(l))
}

// Tag returns the language tag of l.
func (l Lang) Tag() language.Tag {
	if l == Japanese {
		return language.Japanese
	}
	return language.English
}

// MarshalText implements encoding.TextMarshaler.
func (l Lang) MarshalText() ([]byte, error) {
	if l > Japanese {
		return nil, fmt.Errorf("i18n: invalid language %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what ParseLang accepts.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := ParseLang(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLang parses a language name as a command-line flag or a configuration file
// gives it: a BCP 47 tag ("ja", "ja-JP", "en-GB") or a POSIX locale ("ja_JP.UTF-8").
// Case does not matter. Unlike [Negotiate] it is strict: a language dendai does not
// speak is an error, so that a typo does not silently switch to English.
func ParseLang(s string) (Lang, error) {
	t, err := language.Parse(posixToBCP47(s))
	if err == nil {
		// Only a language the input names counts, not one guessed from a region or
		// script: "und" would otherwise be English and "und-JP" Japanese.
		if base, conf := t.Base(); conf == language.Exact {
			switch base.String() {
			case "ja":
				return Japanese, nil
			case "en":
				return English, nil
			}
		}
	}
	return English, fmt.Errorf("i18n: unsupported language %q (want ja or en)", s)
}

// Negotiate picks the language for the values of HTTP Accept-Language headers
// ("ja-JP,ja;q=0.9,en;q=0.8"), honouring their quality weights; several values are
// one list, as several header fields are. It returns English when no value names a
// language dendai speaks before a "*", or when the values cannot be parsed.
func Negotiate(acceptLanguage ...string) Lang {
	// Several header fields make one list (RFC 9110, section 5.3), so the weights
	// are compared across values, not value by value.
	type weighted struct {
		tag language.Tag
		q   float32
	}
	var all []weighted
	for _, v := range acceptLanguage {
		tags, q, err := language.ParseAcceptLanguage(v)
		if err != nil {
			continue
		}
		for i, t := range tags {
			all = append(all, weighted{t, q[i]})
		}
	}
	slices.SortStableFunc(all, func(a, b weighted) int { return cmp.Compare(b.q, a.q) })
	tags := make([]language.Tag, 0, len(all))
	for _, w := range all {
		// "*", which x/text spells "mul", accepts any language, so English, the
		// default, is as good as any tag after it.
		if base, _ := w.tag.Base(); base.String() == "mul" {
			break
		}
		tags = append(tags, w.tag)
	}
	return match(tags...)
}

// FromLocale picks the language for POSIX locale settings given in order of
// precedence, as a program reads them from LC_ALL, LC_MESSAGES and LANG: the first
// non-empty value decides. "ja_JP.UTF-8" and "ja" mean Japanese; "C", "POSIX", a
// language dendai does not speak or no value at all mean English.
//
// The package reads no environment itself; the caller passes the values:
//
//	lang := i18n.FromLocale(os.Getenv("LC_ALL"), os.Getenv("LC_MESSAGES"), os.Getenv("LANG"))
func FromLocale(values ...string) Lang {
	for _, v := range values {
		if v == "" {
			continue
		}
		if v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") {
			return English
		}
		t, err := language.Parse(posixToBCP47(v))
		if err != nil {
			return English
		}
		return match(t)
	}
	return English
}

func match(tags ...language.Tag) Lang {
	if len(tags) == 0 {
		return English
	}
	_, i, conf := matcher().Match(tags...)
	if conf == language.No || i != 1 {
		return English
	}
	return Japanese
}

// posixToBCP47 turns "ja_JP.UTF-8@mod" into "ja-JP".
func posixToBCP47(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, "_", "-")
}
