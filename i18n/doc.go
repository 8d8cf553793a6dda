// Package i18n is dendai's Japanese and English: the [Text] type that holds a
// string in both languages, the choice of language, and the message catalog
// every user-visible string of dendai comes from.
//
// # Languages
//
// [Lang] is [English] (the zero value and the default) or [Japanese]. Programs
// pick one from what they are given:
//
//	i18n.Negotiate(r.Header.Values("Accept-Language")...) // HTTP: ja-JP,ja;q=0.9 → Japanese
//	i18n.FromLocale(os.Getenv("LC_ALL"), os.Getenv("LC_MESSAGES"), os.Getenv("LANG")) // ja_JP.UTF-8 → Japanese
//	i18n.ParseLang(flagValue) // strict: "fr" is an error, not English
//
// Negotiation uses golang.org/x/text/language; a language dendai does not speak
// falls back to English. The package reads no environment variables itself.
//
// # Messages
//
// Every message has a [Key], a stable name such as "assessment.remediation_required"
// that doubles as the code of the problem it reports, and a text in each
// language. [Sprintf] formats one in a language, [Key.Text] in both:
//
//	i18n.Sprintf(i18n.Japanese, i18n.JSONWrongType, i18n.JSONKindString, i18n.JSONKindNumber)
//	// 文字列を指定してください（数値が指定されています）
//
// Arguments that are Keys are translated too; strings quoted from input are
// shown through [Printable], so that control characters and invalid UTF-8 in a
// hostile document are escaped rather than sent to a terminal. The Japanese is
// written as Japanese, not translated word for word, and the package's tests
// check that every key has both texts with the same formatting verbs.
//
// [Fold] normalises what people type (full-width letters, case, spaces) for
// matching known spellings, such as the status marks ○ and △.
package i18n
