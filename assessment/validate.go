package assessment

import (
	"cmp"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonx"
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

// validRef accepts a plain reference (a document number, a file name) or an
// absolute http or https URL. Anything with another scheme, javascript: or
// file: for instance, is refused: references end up as links in reports.
func validRef(s string) bool {
	s = strings.TrimSpace(s)
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || strings.ContainsAny(scheme, " /\\.#?") || scheme == "" {
		return true // no scheme: a plain reference
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		return strings.HasPrefix(rest, "//") && len(rest) > 2
	}
	// "第3条: 規程" has a colon but no scheme: a scheme is ASCII letters only.
	for i := 0; i < len(scheme); i++ {
		if c := scheme[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-') {
			return true
		}
	}
	return false
}

// plainResponse reports whether a response certainly meets every field rule of
// its struct tags, so that the validator need not look at it. It errs towards
// "no": lengths are counted in bytes, which bound the characters the rules
// count from above, and anything it is unsure of goes to the validator, which
// stays the authority. TestPlainResponse checks that the two never disagree.
func plainResponse(r *Response) bool {
	if !r.Criterion.IsValid() || len(r.Evidence) > 100 || len(r.Justification) > 4000 || len(r.Comment) > 4000 {
		return false
	}
	for _, e := range r.Evidence {
		if strings.TrimSpace(e.Title) == "" || len(e.Title) > 500 || len(e.Ref) > 2000 || !validRef(e.Ref) {
			return false
		}
	}
	if rem := r.Remediation; rem != nil {
		if strings.TrimSpace(rem.Action) == "" || len(rem.Action) > 4000 || len(rem.Owner) > 200 || !rem.Due.IsValid() {
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

// Validate checks an assessment against a catalog and returns every problem, in
// document order; an empty result means the assessment is valid. It checks:
//
//   - the field rules: required fields, lengths, the assessor's email address,
//     evidence references (an http or https URL or a plain reference), IDs;
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
// which decodes and validates in one call, adds them.
func Validate(cat *criteria.Catalog, a *Assessment, opts *Options) dendai.Problems {
	return validate(cat, a, opts).Cap(0)
}

// validate is Validate without the cap, for Check to merge.
func validate(cat *criteria.Catalog, a *Assessment, opts *Options) dendai.Problems {
	if a == nil {
		a = &Assessment{} // reported as an assessment with nothing filled in
	}
	var ps dendai.Problems
	add := func(path string, code dendai.Code, args ...any) {
		ps = append(ps, dendai.Problem{Path: path, Criterion: string(criterionAt(a, path)), Code: code, Message: text(code, args...)})
	}
	fields := func(err error, prefix string) {
		if err == nil {
			return
		}
		var fes validator.ValidationErrors
		if !errors.As(err, &fes) {
			add(prefix, CodeValidationFailed, err.Error())
		}
		for _, fe := range fes {
			code, args := fieldMessage(fe)
			add(prefix+namespacePointer(fe.Namespace()), code, args...)
		}
	}
	// The validator checks the header, and each response that plainResponse
	// cannot vouch for; most responses of a real assessment need no reflection.
	fields(fieldRules().StructExcept(a, "Responses"), "")
	for i := range a.Responses {
		if !plainResponse(&a.Responses[i]) {
			fields(fieldRules().Struct(&a.Responses[i]), "/responses/"+strconv.Itoa(i))
		}
	}

	switch {
	case a.Catalog != "" && a.Catalog != cat.ID():
		add("/catalog", CodeCatalogMismatch, string(a.Catalog), string(cat.ID()))
	case strings.TrimSpace(a.CatalogVersion) != "" && a.CatalogVersion != cat.Version():
		add("/catalogVersion", CodeVersionMismatch, a.CatalogVersion, cat.Version())
	}
	if today := opts.today(); a.AssessedOn.After(today) {
		add("/assessedOn", CodeDateInFuture, a.AssessedOn.String(), today.String())
	}

	first := make([]int32, cat.Len()) // 1 + index of the first response to each criterion
	for i, r := range a.Responses {
		at := "/responses/" + strconv.Itoa(i)
		idx, known := cat.Index(r.Criterion)
		switch {
		case !known && r.Criterion.IsValid():
			add(at+"/criterion", CodeUnknownCriterion, string(cat.ID()), string(r.Criterion))
		case known && first[idx] > 0:
			add(at+"/criterion", CodeDuplicateResponse, string(r.Criterion), "/responses/"+strconv.Itoa(int(first[idx]-1)))
		case known:
			first[idx] = int32(i + 1)
		}
		switch r.Status {
		case NotApplicable:
			if strings.TrimSpace(r.Justification) == "" {
				add(at+"/justification", CodeJustificationRequired)
			}
		case PartiallyCompliant, NonCompliant:
			if r.Remediation == nil {
				add(at+"/remediation", CodeRemediationRequired)
			}
		case NotAssessed:
			if a.State == Submitted {
				add(at+"/status", CodeNotAssessed)
			}
		case Compliant:
		default:
			add(at+"/status", CodeStatusInvalid, r.Status.String())
		}
		if r.NeedsReview && a.State == Submitted {
			add(at+"/needsReview", CodeNeedsReview)
		}
		if rem := r.Remediation; rem != nil && rem.Due.IsValid() && rem.Due.Before(a.AssessedOn) {
			add(at+"/remediation/due", CodeDueBeforeAssessment, rem.Due.String(), a.AssessedOn.String())
		}
		// A derivation's criterion belongs to a catalog validation does not
		// know: its field rule (a well-formed ID) is all that is checked.
		for j, x := range r.DerivedFrom {
			if !x.Relationship.IsValid() {
				ps = append(ps, relationshipProblem(at+"/derivedFrom/"+strconv.Itoa(j)+"/relationship", r.Criterion, x.Relationship))
			}
			if !x.Status.IsValid() {
				add(at+"/derivedFrom/"+strconv.Itoa(j)+"/status", CodeStatusInvalid, x.Status.String())
			}
		}
	}
	if a.State == Submitted {
		for i, cr := range cat.All() {
			if first[i] == 0 {
				ps = append(ps, dendai.Problem{Path: "/responses", Criterion: string(cr.ID()), Code: CodeMissingResponse,
					Message: text(CodeMissingResponse, string(cr.ID()))})
			}
		}
	}
	sortProblems(ps)
	return ps
}

// Check decodes a dendai.assessment/v1 document and validates it against cat, in
// one call, and returns every problem, each located by JSON Pointer, line and
// column. The assessment is nil when the document is not well-formed JSON or is
// over the size limit; otherwise it holds every value that could be read, even
// when there are problems.
func Check(cat *criteria.Catalog, data []byte, opts *Options) (*Assessment, dendai.Problems) {
	r := decode(data, opts)
	if r.a == nil {
		return nil, r.problems
	}
	ps := r.problems
	for _, p := range validate(cat, r.a, opts) {
		r.locate(&p)
		// A value decoding refused reads as its zero value; do not report it again.
		if slices.ContainsFunc(r.problems, func(q dendai.Problem) bool { return covers(q.Path, p.Path) }) {
			continue
		}
		ps = append(ps, p)
	}
	sortProblems(ps)
	return r.a, ps.Cap(r.more)
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
		return CodeValidationEmail, nil
	case "oneof":
		return CodeValidationOneOf, []any{strings.ReplaceAll(fe.Param(), " ", ", ")}
	case "dendai_id":
		return CodeValidationID, []any{fe.Value()}
	case "evidence_ref":
		return CodeValidationEvidenceRef, nil
	case "name_text":
		return CodeValidationNameText, nil
	}
	return CodeValidationFailed, []any{fe.Tag()}
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
