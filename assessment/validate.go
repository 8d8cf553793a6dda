package assessment

import (
	"cmp"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
	"github.com/dendai-go/dendai/internal/textrule"
)

// fieldRules is the validator for the struct tags of the assessment types, with
// dendai's custom rules registered once, on first use.
var fieldRules = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Field names in errors are the JSON names, so that paths are JSON Pointers.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		return name
	})
	// Value types are checked in their text form: the zero value is "".
	v.RegisterCustomTypeFunc(func(f reflect.Value) any { return f.Interface().(Date).String() }, Date{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any { return f.Interface().(CorporateNumber).String() }, CorporateNumber{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any { return f.Interface().(RegistrationNumber).String() }, RegistrationNumber{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		t := f.Interface().(i18n.Text)
		return strings.TrimSpace(t.JA) + strings.TrimSpace(t.EN)
	}, i18n.Text{})
	for tag, fn := range map[string]validator.Func{
		"nonblank":     func(fl validator.FieldLevel) bool { return strings.TrimSpace(fl.Field().String()) != "" },
		"dendai_id":    func(fl validator.FieldLevel) bool { return criteria.ID(fl.Field().String()).IsValid() },
		"evidence_ref": func(fl validator.FieldLevel) bool { return validRef(fl.Field().String()) },
		"name_text":    func(fl validator.FieldLevel) bool { return fl.Field().String() != "" },
	} {
		if err := v.RegisterValidation(tag, fn); err != nil {
			panic("assessment: registering " + tag + ": " + err.Error())
		}
	}
	return v
})

// validRef reports whether s is an evidence reference Validate accepts: a
// plain reference or an http or https URL, as EvidenceURL decides.
func validRef(s string) bool {
	kind, _, _ := evidenceRef(s)
	return kind != refRefused
}

// plainResponse reports whether a response certainly meets every field rule of
// its struct tags and holds only valid UTF-8, so that the validator need not
// look at it. Lengths are counted in characters, as the rules count them, and
// anything it is unsure of goes to the validator, which stays the authority.
// TestPlainResponse checks that the two never disagree.
func plainResponse(r *Response) bool {
	if !r.Criterion.IsValid() || len(r.Evidence) > 100 || !fits(r.Justification, 4000) || !fits(r.Comment, 4000) {
		return false
	}
	for _, e := range r.Evidence {
		if strings.TrimSpace(e.Title) == "" || !fits(e.Title, 500) || !fits(e.Ref, 2000) || !validRef(e.Ref) {
			return false
		}
	}
	if rem := r.Remediation; rem != nil {
		if strings.TrimSpace(rem.Action) == "" || !fits(rem.Action, 4000) || !fits(rem.Owner, 200) || !rem.Due.IsValid() {
			return false
		}
	}
	for _, x := range r.DerivedFrom {
		if !x.Criterion.IsValid() {
			return false
		}
	}
	return true
}

// fieldProblems returns how many field rules of its struct tags r breaks: the
// number of errors the validator reports for it, worked out without
// reflection and without building any. It follows the validator rule by
// rule: a field's tags are tried in order and the first that fails is its one
// error ("required" before "nonblank" before "max"); "max" counts characters
// as utf8.RuneCountInString does, invalid bytes one each; a list over its
// "max" is not dived into; a nil remediation has no rules, and a zero Date
// fails "required". TestFieldProblems and FuzzFieldProblems check that it
// agrees with the validator on every response.
func fieldProblems(r *Response) int {
	n := 0
	broken := func(ok bool) {
		if !ok {
			n++
		}
	}
	broken(r.Criterion.IsValid()) // required, dendai_id: "" is not a valid ID
	if len(r.Evidence) > 100 {
		n++
	} else {
		for _, e := range r.Evidence {
			broken(strings.TrimSpace(e.Title) != "" && atMost(e.Title, 500)) // required, nonblank, max=500
			broken(atMost(e.Ref, 2000) && validRef(e.Ref))
		}
	}
	broken(atMost(r.Justification, 4000))
	broken(atMost(r.Comment, 4000))
	if rem := r.Remediation; rem != nil {
		broken(strings.TrimSpace(rem.Action) != "" && atMost(rem.Action, 4000))
		broken(atMost(rem.Owner, 200))
		broken(rem.Due.IsValid())
	}
	for _, x := range r.DerivedFrom {
		broken(x.Criterion.IsValid())
	}
	return n
}

// atMost reports whether s has at most max characters, as the validator's
// "max" rule counts them: utf8.RuneCountInString, each invalid byte one.
func atMost(s string, max int) bool {
	return len(s) <= max || utf8.RuneCountInString(s) <= max
}

// plainHeader reports whether everything of a but its responses certainly
// meets every field rule of its struct tags, so that the validator need not
// look at it, as plainResponse does for a response. Texts must also be valid
// UTF-8 here, and lengths are counted in characters, as the rules count them.
// The e-mail address is vouched for only in a plain form the email rule
// surely accepts (see plainEmail); any other goes to the validator, which
// stays the authority. TestPlainHeader checks that the two never disagree.
func plainHeader(a *Assessment) bool {
	return a.Catalog.IsValid() &&
		strings.TrimSpace(a.CatalogVersion) != "" && fits(a.CatalogVersion, 64) &&
		a.State.IsValid() && a.AssessedOn.IsValid() &&
		(strings.TrimSpace(a.Subject.Name.JA) != "" || strings.TrimSpace(a.Subject.Name.EN) != "") &&
		a.Subject.CorporateNumber.IsValid() &&
		strings.TrimSpace(a.Assessor.Name) != "" && fits(a.Assessor.Name, 200) &&
		fits(a.Assessor.Organization, 200) &&
		(a.Assessor.Email == "" || plainEmail(a.Assessor.Email))
}

// plainEmail reports whether s is an e-mail address of the plainest form,
// which validator/v10's email rule (net/mail's parser and its own regular
// expression) accepts: at most 254 bytes of ASCII, a local part of letters,
// digits and "+", "-", "_", in dot-separated runs, "@", and a domain of at
// least two labels of letters, digits and inner hyphens, each of 1 to 63
// characters, the last of letters only. It says nothing of any other
// address: quoted local parts, other symbols, non-ASCII and domain literals
// are the validator's to judge.
func plainEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || len(s) > 254 || !dotted(local, func(run string) bool {
		return !strings.ContainsFunc(run, func(r rune) bool { return !isAlnum(r) && r != '+' && r != '-' && r != '_' })
	}) {
		return false
	}
	labels := 0
	last := ""
	ok = dotted(domain, func(label string) bool {
		labels++
		last = label
		return len(label) <= 63 && isAlnum(rune(label[0])) && isAlnum(rune(label[len(label)-1])) &&
			!strings.ContainsFunc(label, func(r rune) bool { return !isAlnum(r) && r != '-' })
	})
	return ok && labels >= 2 && !strings.ContainsFunc(last, func(r rune) bool { return !isLetter(r) })
}

// dotted reports whether s is one or more non-empty runs separated by single
// dots, each of which run accepts.
func dotted(s string, run func(string) bool) bool {
	for part := range strings.SplitSeq(s, ".") {
		if part == "" || !run(part) {
			return false
		}
	}
	return true
}

func isLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }
func isAlnum(r rune) bool  { return isLetter(r) || '0' <= r && r <= '9' }

// Validate checks an assessment against a catalog and returns every problem, in
// document order; an empty result means the assessment is valid. It checks:
//
//   - the field rules: required fields, lengths, the assessor's email address,
//     evidence references (an http or https URL or a plain reference, as
//     [EvidenceURL] decides), IDs;
//   - that every text is valid UTF-8 ([CodeValidationUTF8]), and that IDs and
//     the email address hold no invisible format character, such as a
//     bidirectional control or a zero-width space ([CodeFormatChar]);
//   - that the assessment names this catalog and its version;
//   - that every response is for a criterion of the catalog, once;
//   - in a submitted assessment, that every criterion has a response and none is
//     left not_assessed (a draft may be partial);
//   - that a not_applicable response has a justification, and a
//     partially_compliant or non_compliant one a remediation plan;
//   - that no remediation is due before the assessment date, and that the
//     assessment is not dated after today (see Options.Now).
//
// Problems from Validate carry a JSON Pointer but no line and column; Check,
// which decodes and validates in one call, adds them. Past
// [dendai.MaxProblems] problems, the rest are counted, not built: the list
// ends with one problem coded dendai.CodeTooManyProblems that says how many.
func Validate(cat *criteria.Catalog, a *Assessment, opts *Options) dendai.Problems {
	ps, more := validate(cat, a, opts)
	return ps.Cap(more)
}

// validate is Validate without the marker, for Check to merge: it returns the
// first dendai.MaxProblems problems in document order, and how many more it
// found.
//
// The problems come out in document order as they are found: those of the
// header (bounded, sorted), then the missing responses (path "/responses", in
// catalog order), then those of each response in turn, sorted within it. Once
// dendai.MaxProblems are built, the rest are only counted.
func validate(cat *criteria.Catalog, a *Assessment, opts *Options) (dendai.Problems, int) {
	if a == nil {
		a = &Assessment{} // reported as an assessment with nothing filled in
	}
	c := &collector{a: a}
	c.header(cat, opts)

	// Match each response to its criterion: in catalog order first, as
	// assessments are written, and through the catalog's map otherwise.
	n := cat.Len()
	first := make([]int32, n)                // 1 + index of the first response to each criterion
	index := make([]int32, len(a.Responses)) // catalog index of each response, or -1
	next := 0
	for i := range a.Responses {
		id, k := a.Responses[i].Criterion, -1
		if next < n && cat.At(next).ID() == id {
			k = next
		} else if j, ok := cat.Index(id); ok {
			k = j
		}
		index[i] = int32(k)
		if k >= 0 {
			next = k + 1
			if first[k] == 0 {
				first[k] = int32(i + 1)
			}
		}
	}
	if a.State == Submitted {
		for k, f := range first {
			if f != 0 {
				continue
			}
			if c.full() {
				c.more++
				continue
			}
			id := string(cat.At(k).ID())
			c.ps = append(c.ps, dendai.Problem{Path: "/responses", Criterion: id, Code: CodeMissingResponse,
				Message: text(CodeMissingResponse, id)})
		}
	}
	for i := range a.Responses {
		c.response(cat, i, index[i], first)
	}
	return c.ps, c.more
}

// collector gathers the problems of one assessment: it builds the first
// dendai.MaxProblems and counts the rest.
type collector struct {
	a    *Assessment
	ps   dendai.Problems
	more int // problems found past dendai.MaxProblems, counted only
}

func (c *collector) full() bool { return len(c.ps) >= dendai.MaxProblems }

// add builds a problem at path, in the response the path lies in.
func (c *collector) add(path string, code dendai.Code, args ...any) {
	c.ps = append(c.ps, dendai.Problem{Path: path, Criterion: string(criterionAt(c.a, path)), Code: code, Message: text(code, args...)})
}

// fields adds the problems of the field rules err reports, under prefix.
func (c *collector) fields(err error, prefix string) {
	if err == nil {
		return
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		c.add(prefix, CodeValidationFailed, err.Error())
	}
	for _, fe := range fes {
		code, args := fieldMessage(fe)
		c.add(prefix+namespacePointer(fe.Namespace()), code, args...)
	}
}

// header adds the problems of everything but the responses, sorted; there
// are a few at most.
func (c *collector) header(cat *criteria.Catalog, opts *Options) {
	a := c.a
	if !plainHeader(a) {
		// The validator checks a header plainHeader cannot vouch for; that
		// of a valid document is vouched for, and the validator is then
		// never set up.
		c.fields(fieldRules().StructExcept(a, "Responses"), "")
	}
	badHeaderTexts(a, false, func(path string) { c.add(path, CodeValidationUTF8) })
	if r, ok := textrule.FormatChar(a.Assessor.Email); ok && !slices.ContainsFunc(c.ps, func(p dendai.Problem) bool { return p.Path == "/assessor/email" }) {
		c.add("/assessor/email", CodeFormatChar, a.Assessor.Email, textrule.CodePoint(r))
	}
	switch {
	case a.Catalog != "" && a.Catalog != cat.ID():
		c.add("/catalog", CodeCatalogMismatch, string(a.Catalog), string(cat.ID()))
	case strings.TrimSpace(a.CatalogVersion) != "" && a.CatalogVersion != cat.Version():
		c.add("/catalogVersion", CodeVersionMismatch, a.CatalogVersion, cat.Version())
	}
	if today := opts.today(); a.AssessedOn.After(today) {
		c.add("/assessedOn", CodeDateInFuture, a.AssessedOn.String(), today.String())
	}
	sortProblems(c.ps)
}

// response adds the problems of the i-th response, whose criterion has index
// k in the catalog (-1 when it has none); first holds 1 + the index of the
// first response to each criterion.
func (c *collector) response(cat *criteria.Catalog, i int, k int32, first []int32) {
	r := &c.a.Responses[i]
	if c.full() {
		c.more += responseProblems(cat, c.a, r, i, k, first, nil)
		return
	}
	start := len(c.ps)
	found := responseProblems(cat, c.a, r, i, k, first, c)
	c.more += found - (len(c.ps) - start) // found but not built: past the cap already
	if len(c.ps)-start > 1 {
		sortProblems(c.ps[start:])
	}
	if len(c.ps) > dendai.MaxProblems {
		c.more += len(c.ps) - dendai.MaxProblems
		c.ps = c.ps[:dendai.MaxProblems]
	}
}

// responseProblems finds the problems of the i-th response, r, and returns
// how many there are; it builds them into c, unless c is nil.
func responseProblems(cat *criteria.Catalog, a *Assessment, r *Response, i int, k int32, first []int32, c *collector) int {
	found := 0
	at := ""
	add := func(field string, code dendai.Code, args ...any) {
		found++
		if c == nil {
			return
		}
		if at == "" {
			at = "/responses/" + strconv.Itoa(i)
		}
		c.add(at+field, code, args...)
	}
	plain := plainResponse(r)
	if !plain {
		// The validator checks each response that plainResponse cannot
		// vouch for; most responses of a real assessment need no reflection.
		// Past the cap, fieldProblems counts without the validator, which
		// would build a FieldError, namespace and all, for each problem.
		if c == nil {
			found += fieldProblems(r)
		} else {
			before := len(c.ps)
			if at == "" {
				at = "/responses/" + strconv.Itoa(i)
			}
			// The derivations' one field rule, a well-formed criterion ID,
			// is checked below with the rest of each derivation: a
			// response may hold any number of them, and the validator
			// would build an error for every one.
			c.fields(fieldRules().StructExcept(r, "DerivedFrom"), at)
			found += len(c.ps) - before
		}
		badResponseTexts(r, false, func(path string) { add(path, CodeValidationUTF8) })
	}
	// The derivations' IDs are all valid in a plain response, and were
	// counted by fieldProblems when nothing is built.
	idsChecked := plain || c == nil
	switch {
	case k < 0 && r.Criterion.IsValid():
		add("/criterion", CodeUnknownCriterion, string(cat.ID()), string(r.Criterion))
	case k >= 0 && int(first[k]) != i+1:
		add("/criterion", CodeDuplicateResponse, string(r.Criterion), "/responses/"+strconv.Itoa(int(first[k]-1)))
	}
	switch r.Status {
	case NotApplicable:
		if strings.TrimSpace(r.Justification) == "" {
			add("/justification", CodeJustificationRequired)
		}
	case PartiallyCompliant, NonCompliant:
		if r.Remediation == nil {
			add("/remediation", CodeRemediationRequired)
		}
	case NotAssessed:
		if a.State == Submitted {
			add("/status", CodeNotAssessed)
		}
	case Compliant:
	default:
		add("/status", CodeStatusInvalid, r.Status.String())
	}
	if r.NeedsReview && a.State == Submitted {
		add("/needsReview", CodeNeedsReview)
	}
	if rem := r.Remediation; rem != nil && rem.Due.IsValid() && rem.Due.Before(a.AssessedOn) {
		add("/remediation/due", CodeDueBeforeAssessment, rem.Due.String(), a.AssessedOn.String())
	}
	// A derivation's criterion belongs to a catalog validation does not
	// know: its field rule (a well-formed ID) is all that is checked.
	//
	// Their problems come in the order they sort in, derivation by
	// derivation, so the first dendai.MaxProblems of them are all a list
	// capped at dendai.MaxProblems can hold: the rest are counted, not built.
	built := 0
	// derived counts a problem of the j-th derivation and returns its path
	// when the problem is to be built.
	derived := func(j int, field string) (string, bool) {
		found++
		if c == nil || built >= dendai.MaxProblems {
			return "", false
		}
		built++
		return "/responses/" + strconv.Itoa(i) + "/derivedFrom/" + strconv.Itoa(j) + field, true
	}
	for j, x := range r.DerivedFrom {
		if !idsChecked && !x.Criterion.IsValid() {
			if path, ok := derived(j, "/criterion"); ok {
				code, args := derivationIDProblem(x.Criterion)
				c.add(path, code, args...)
			}
		}
		if !x.Relationship.IsValid() {
			if path, ok := derived(j, "/relationship"); ok {
				c.ps = append(c.ps, relationshipProblem(path, r.Criterion, x.Relationship))
			}
		}
		if !x.Status.IsValid() {
			if path, ok := derived(j, "/status"); ok {
				c.add(path, CodeStatusInvalid, x.Status.String())
			}
		}
	}
	return found
}

// derivationIDProblem is the problem of a derivation's criterion ID that is
// not valid, as the validator reports its rules, required and dendai_id.
func derivationIDProblem(id criteria.ID) (dendai.Code, []any) {
	if id == "" {
		return CodeValidationRequired, nil
	}
	if r, ok := textrule.FormatChar(string(id)); ok {
		return CodeFormatChar, []any{id, textrule.CodePoint(r)}
	}
	return CodeValidationID, []any{id}
}

// Check decodes a dendai.assessment/v1 document and validates it against cat, in
// one call, and returns every problem, each located by JSON Pointer, line and
// column. The assessment is nil when the document is not well-formed JSON or is
// over the size limit; otherwise it holds every value that could be read, even
// when there are problems.
func Check(cat *criteria.Catalog, data []byte, opts *Options) (*Assessment, dendai.Problems) {
	return Parse(data, opts).Check(cat)
}

// covers reports whether a problem at path p makes one at q redundant: q is p or
// lies under it.
func covers(p, q string) bool {
	return p != "" && (q == p || strings.HasPrefix(q, p+"/"))
}

// criterionAt returns the criterion of the response a path lies in, if any.
func criterionAt(a *Assessment, path string) criteria.ID {
	rest, ok := strings.CutPrefix(path, "/responses/")
	if !ok {
		return ""
	}
	n, _, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(n)
	if err != nil || i < 0 || i >= len(a.Responses) {
		return ""
	}
	return a.Responses[i].Criterion
}

// namespacePointer turns a validator namespace such as
// "Assessment.responses[3].remediation.due" into "/responses/3/remediation/due".
func namespacePointer(ns string) string {
	_, ns, _ = strings.Cut(ns, ".") // the root type's name
	var b strings.Builder
	for seg := range strings.SplitSeq(ns, ".") {
		name, index, hasIndex := strings.Cut(seg, "[")
		b.WriteString("/" + jsonx.EscapePointer(name))
		if hasIndex {
			b.WriteString("/" + strings.TrimSuffix(index, "]"))
		}
	}
	return b.String()
}

// fieldMessage returns the code and the message arguments of a failed field
// rule. Every tag the assessment types use has its own message in both
// languages; TestFieldRuleMessages checks that none is missing.
func fieldMessage(fe validator.FieldError) (dendai.Code, []any) {
	switch fe.Tag() {
	case "required":
		return CodeValidationRequired, nil
	case "nonblank":
		return CodeValidationNonBlank, nil
	case "max":
		if fe.Kind() == reflect.Slice {
			return CodeValidationMaxItems, []any{fe.Param()}
		}
		return CodeValidationMaxLength, []any{fe.Param()}
	case "email":
		if r, ok := textrule.FormatChar(fieldString(fe)); ok {
			return CodeFormatChar, []any{fe.Value(), textrule.CodePoint(r)}
		}
		return CodeValidationEmail, nil
	case "oneof":
		return CodeValidationOneOf, []any{strings.ReplaceAll(fe.Param(), " ", ", ")}
	case "dendai_id":
		if r, ok := textrule.FormatChar(fieldString(fe)); ok {
			return CodeFormatChar, []any{fe.Value(), textrule.CodePoint(r)}
		}
		return CodeValidationID, []any{fe.Value()}
	case "evidence_ref":
		_, _, scheme := evidenceRef(fieldString(fe))
		return CodeValidationEvidenceRef, []any{scheme}
	case "name_text":
		return CodeValidationNameText, nil
	}
	return CodeValidationFailed, []any{fe.Tag()}
}

// fieldString returns the value of a failed rule on a text field, of any
// string type.
func fieldString(fe validator.FieldError) string {
	if v := reflect.ValueOf(fe.Value()); v.Kind() == reflect.String {
		return v.String()
	}
	return ""
}

// sortProblems orders problems as their places appear in a document: fields in
// the format's order, array elements by index. Problems at one place keep their
// order.
func sortProblems(ps dendai.Problems) {
	slices.SortStableFunc(ps, func(a, b dendai.Problem) int { return comparePointers(a.Path, b.Path) })
}

func comparePointers(a, b string) int {
	for a != "" && b != "" {
		var sa, sb string
		_, a, _ = strings.Cut(a, "/")
		_, b, _ = strings.Cut(b, "/")
		sa, a, _ = strings.Cut(a, "/")
		sb, b, _ = strings.Cut(b, "/")
		if a != "" {
			a = "/" + a
		}
		if b != "" {
			b = "/" + b
		}
		if c := compareSegments(sa, sb); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

func compareSegments(a, b string) int {
	ia, errA := strconv.Atoi(a)
	ib, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return cmp.Compare(ia, ib)
	}
	if c := cmp.Compare(fieldRank(a), fieldRank(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// fieldRank is the position of a field in the format, as Encode writes it.
// Only the ranks of fields of one object are ever compared.
func fieldRank(name string) int {
	switch name {
	case "$schema":
		return -1
	case "format":
		return 0
	case "catalog", "name", "criterion", "title", "action":
		return 1
	case "relationship": // in a derivation, between criterion and status
		return 2
	case "catalogVersion", "corporateNumber", "organization", "status", "ref", "owner":
		return 3
	case "state", "registrationNumber", "email", "evidence", "due":
		return 4
	case "assessedOn", "justification":
		return 5
	case "subject", "comment":
		return 6
	case "assessor", "remediation":
		return 7
	case "responses", "derivedFrom":
		return 8
	case "needsReview":
		return 9
	}
	return 10
}
