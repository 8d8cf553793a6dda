// Package i18n is dendai's Japanese and English: the [Text] type that holds a
// string in both languages, the choice of a language, and the [Messages]
// tables from which each package formats what it shows people.
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
// This package holds no messages of its own. Each package that shows text
// keeps its own table, made with [NewMessages] from [Message] values: a [Key],
// a stable name such as "assessment.remediation_required", and a fmt format in
// each language. The key of a problem's message is the problem's code, which
// the package that reports the problem exports for callers to branch on.
// [Messages.Sprintf] formats a message in one language and [Messages.Text] in
// both:
//
//	const keyMore i18n.Key = "report.more"
//
//	var messages = i18n.NewMessages(
//		i18n.Message{Key: keyMore, JA: "ほか%d項目", EN: "and %d more"},
//	)
//
//	messages.Sprintf(i18n.Japanese, keyMore, 3) // ほか3項目
//	messages.Text(keyMore, 3)                   // {JA: ほか3項目, EN: and 3 more}
//
// Arguments that are keys of the same table are translated too, so a message
// can name a translated term. Strings quoted from input are shown through
// [Printable], so that control characters and invalid UTF-8 in a hostile
// document are escaped rather than sent to a terminal. The Japanese is written
// as Japanese, not translated word for word; the test of each table checks
// that every message has both texts with the same formatting verbs.
//
// [Fold] normalises what people type (full-width letters, case, spaces) for
// matching known spellings, such as the status marks ○ and △.
package i18n
