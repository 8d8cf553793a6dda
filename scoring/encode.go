package scoring

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/internal/jsonw"
)

type policyDoc struct {
	Format        string         `json:"format"`
	Name          string         `json:"name"`
	Version       string         `json:"version"`
	Catalog       criteria.ID    `json:"catalog"`
	Title         i18n.Text      `json:"title"`
	Description   i18n.Text      `json:"description,omitzero"`
	Credit        creditDoc      `json:"credit"`
	Tiers         []tierDoc      `json:"tiers"`
	DefaultWeight Decimal        `json:"defaultWeight"`
	Criteria      []criterionDoc `json:"criteria"`
	Gates         []gateDoc      `json:"gates"`
	Bands         []bandDoc      `json:"bands"`
}

type creditDoc struct {
	Compliant          Decimal `json:"compliant"`
	PartiallyCompliant Decimal `json:"partially_compliant"`
	NonCompliant       Decimal `json:"non_compliant"`
	NotAssessed        Decimal `json:"not_assessed"`
}

type tierDoc struct {
	ID     string    `json:"id"`
	Weight Decimal   `json:"weight"`
	Title  i18n.Text `json:"title"`
}

type criterionDoc struct {
	Criterion criteria.ID `json:"criterion"`
	Tier      string      `json:"tier,omitempty"`
	Weight    *Decimal    `json:"weight,omitempty"`
	Rationale i18n.Text   `json:"rationale,omitzero"`
}

type gateDoc struct {
	Criterion           criteria.ID       `json:"criterion,omitempty"`
	Tier                string            `json:"tier,omitempty"`
	Minimum             assessment.Status `json:"minimum"`
	NotApplicablePasses bool              `json:"notApplicablePasses,omitempty"`
}

type bandDoc struct {
	Rating   string  `json:"rating"`
	MinScore Decimal `json:"minScore"`
}

// AppendJSON appends the policy's dendai.policy/v1 document to b, indented by
// two spaces and ending in a newline: the form of the built-in policy files,
// which ParsePolicy reads back into the same policy.
func (p *Policy) AppendJSON(b []byte) ([]byte, error) {
	s := &p.d.spec
	doc := policyDoc{
		Format: PolicyFormat, Name: s.Name, Version: s.Version, Catalog: s.Catalog,
		Title: s.Title, Description: s.Description,
		Credit: creditDoc{
			Compliant: s.Credit.Compliant, PartiallyCompliant: s.Credit.PartiallyCompliant,
			NonCompliant: s.Credit.NonCompliant, NotAssessed: s.Credit.NotAssessed,
		},
		Tiers: []tierDoc{}, DefaultWeight: s.DefaultWeight, Criteria: []criterionDoc{},
		Gates: []gateDoc{}, Bands: []bandDoc{},
	}
	for _, t := range s.Tiers {
		doc.Tiers = append(doc.Tiers, tierDoc(t))
	}
	for _, c := range s.Criteria {
		doc.Criteria = append(doc.Criteria, criterionDoc(c))
	}
	for _, g := range s.Gates {
		doc.Gates = append(doc.Gates, gateDoc(g))
	}
	for _, band := range s.Bands {
		doc.Bands = append(doc.Bands, bandDoc{band.Rating, Decimal(band.MinScore) * (unit / 10)})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return b, err
	}
	return append(b, buf.Bytes()...), nil
}

// AppendJSON appends r's dendai.result/v1 document to b, compact, as
// MarshalJSON writes it: json.Marshal's bytes, with '<', '>' and '&' in
// strings escaped. It writes the document in one pass, without reflection,
// and allocates nothing but b's growth. The error, for a status that is not
// valid, is the one Status.AppendText returns; b is then returned as it was.
func (r *Result) AppendJSON(b []byte) ([]byte, error) {
	start := len(b)
	b = append(b, `{"format":"`+ResultFormat+`","catalog":`...)
	b = appendString(b, r.Catalog)
	b = append(b, `,"catalogVersion":`...)
	b = appendString(b, r.CatalogVersion)
	b = append(b, `,"policy":`...)
	b = appendString(b, r.Policy)
	b = append(b, `,"policyVersion":`...)
	b = appendString(b, r.PolicyVersion)
	b = append(b, ',')
	b = r.Origin.appendMembers(b)
	b = append(b, `,"score":`...)
	b = r.Score.appendJSON(b)
	b = append(b, `,"earned":`...)
	b = r.Earned.appendText(b)
	b = append(b, `,"possible":`...)
	b = r.Possible.appendText(b)
	b = append(b, `,"rating":`...)
	b = appendString(b, r.Rating)
	b = append(b, `,"passed":`...)
	b = strconv.AppendBool(b, r.Passed)
	b = append(b, `,"coverage":{"total":`...)
	b = strconv.AppendInt(b, int64(r.Coverage.Total), 10)
	b = append(b, `,"answered":`...)
	b = strconv.AppendInt(b, int64(r.Coverage.Answered), 10)
	b = append(b, `,"notApplicable":`...)
	b = strconv.AppendInt(b, int64(r.Coverage.NotApplicable), 10)
	b = append(b, `,"notAssessed":`...)
	b = strconv.AppendInt(b, int64(r.Coverage.NotAssessed), 10)
	b = append(b, `},"gates":`...)
	var err error
	if b, err = appendArray(b, r.Gates, GateResult.appendJSON); err != nil {
		return b[:start], err
	}
	b = append(b, `,"groups":`...)
	b, _ = appendArray(b, r.Groups, func(g GroupResult, b []byte) ([]byte, error) {
		b = append(b, `{"id":`...)
		b = appendString(b, g.ID)
		b = append(b, `,"score":`...)
		b = g.Score.appendJSON(b)
		b = append(b, `,"earned":`...)
		b = g.Earned.appendText(b)
		b = append(b, `,"possible":`...)
		b = g.Possible.appendText(b)
		return append(b, '}'), nil
	})
	b = append(b, `,"criteria":`...)
	if b, err = appendArray(b, r.Criteria, CriterionResult.appendJSON); err != nil {
		return b[:start], err
	}
	b = append(b, `,"improvements":`...)
	b, _ = appendArray(b, r.Improvements, func(imp Improvement, b []byte) ([]byte, error) {
		b = append(b, `{"criterion":`...)
		b = appendString(b, imp.Criterion)
		b = append(b, `,"gain":`...)
		b = imp.Gain.appendJSON(b)
		if imp.Gate {
			b = append(b, `,"gate":true`...)
		}
		return append(b, '}'), nil
	})
	b = append(b, `,"improvable":`...)
	b = strconv.AppendInt(b, int64(r.Improvable), 10)
	return append(b, '}'), nil
}

// AppendJSON appends d's dendai.delta/v1 document to b, compact, as
// MarshalJSON writes it, in one pass; see Result.AppendJSON.
func (d *Delta) AppendJSON(b []byte) ([]byte, error) {
	start := len(b)
	b = append(b, `{"format":"`+DeltaFormat+`","catalog":`...)
	b = appendString(b, d.Catalog)
	b = append(b, `,"policy":`...)
	b = appendString(b, d.Policy)
	b = append(b, `,"old":{`...)
	b = d.Old.appendMembers(b)
	b = append(b, `},"new":{`...)
	b = d.New.appendMembers(b)
	b = append(b, `},"oldScore":`...)
	b = d.OldScore.appendJSON(b)
	b = append(b, `,"newScore":`...)
	b = d.NewScore.appendJSON(b)
	b = append(b, `,"change":`...)
	b = d.Change.appendText(b)
	b = append(b, `,"oldRating":`...)
	b = appendString(b, d.OldRating)
	b = append(b, `,"newRating":`...)
	b = appendString(b, d.NewRating)
	b = append(b, `,"oldPassed":`...)
	b = strconv.AppendBool(b, d.OldPassed)
	b = append(b, `,"newPassed":`...)
	b = strconv.AppendBool(b, d.NewPassed)
	var err error
	for _, list := range [...]struct {
		name    string
		changes []StatusChange
	}{{`,"improved":`, d.Improved}, {`,"regressed":`, d.Regressed}, {`,"reclassified":`, d.Reclassified}} {
		b = append(b, list.name...)
		if b, err = appendArray(b, list.changes, StatusChange.appendJSON); err != nil {
			return b[:start], err
		}
	}
	b = append(b, `,"unchanged":`...)
	b, _ = appendArray(b, d.Unchanged, func(id criteria.ID, b []byte) ([]byte, error) {
		return appendString(b, id), nil
	})
	b = append(b, `,"gates":`...)
	b, _ = appendArray(b, d.Gates, func(g GateChange, b []byte) ([]byte, error) {
		b = append(b, '{')
		if g.Criterion != "" {
			b = append(b, `"criterion":`...)
			b = appendString(b, g.Criterion)
			b = append(b, ',')
		}
		if g.Tier != "" {
			b = append(b, `"tier":`...)
			b = appendString(b, g.Tier)
			b = append(b, ',')
		}
		b = append(b, `"oldPassed":`...)
		b = strconv.AppendBool(b, g.OldPassed)
		b = append(b, `,"newPassed":`...)
		b = strconv.AppendBool(b, g.NewPassed)
		return append(b, '}'), nil
	})
	return append(b, '}'), nil
}

// appendMembers appends the members of o's JSON object, without braces.
func (o *Origin) appendMembers(b []byte) []byte {
	var buf [64]byte
	b = append(b, `"subject":{"name":{"ja":`...)
	b = appendString(b, o.Subject.Name.JA)
	b = append(b, `,"en":`...)
	b = appendString(b, o.Subject.Name.EN)
	b = append(b, `},"corporateNumber":`...)
	text, _ := o.Subject.CorporateNumber.AppendText(buf[:0])
	b = appendString(b, text)
	b = append(b, `,"registrationNumber":`...)
	text, _ = o.Subject.RegistrationNumber.AppendText(buf[:0])
	b = appendString(b, text)
	b = append(b, `},"assessedOn":`...)
	text, _ = o.AssessedOn.AppendText(buf[:0])
	b = appendString(b, text)
	b = append(b, `,"state":`...)
	return appendString(b, o.State)
}

func (g GateResult) appendJSON(b []byte) ([]byte, error) {
	var err error
	if g.Tier != "" {
		b = append(b, `{"tier":`...)
		b = appendString(b, g.Tier)
		b = append(b, `,"required":`...)
		if b, err = appendStatus(b, g.Required); err != nil {
			return b, err
		}
		b = append(b, `,"passed":`...)
		b = strconv.AppendBool(b, g.Passed)
		if len(g.Failing) > 0 {
			b = append(b, `,"failing":`...)
			b, _ = appendArray(b, g.Failing, func(id criteria.ID, b []byte) ([]byte, error) {
				return appendString(b, id), nil
			})
		}
		return append(b, '}'), nil
	}
	b = append(b, `{"criterion":`...)
	b = appendString(b, g.Criterion)
	b = append(b, `,"required":`...)
	if b, err = appendStatus(b, g.Required); err != nil {
		return b, err
	}
	b = append(b, `,"status":`...)
	if b, err = appendStatus(b, g.Status); err != nil {
		return b, err
	}
	b = append(b, `,"passed":`...)
	b = strconv.AppendBool(b, g.Passed)
	return append(b, '}'), nil
}

func (c CriterionResult) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"criterion":`...)
	b = appendString(b, c.Criterion)
	b = append(b, `,"status":`...)
	b, err := appendStatus(b, c.Status)
	if err != nil {
		return b, err
	}
	b = append(b, `,"weight":`...)
	b = c.Weight.appendText(b)
	b = append(b, `,"credit":`...)
	b = c.Credit.appendText(b)
	b = append(b, `,"earned":`...)
	b = c.Earned.appendText(b)
	b = append(b, `,"possible":`...)
	b = c.Possible.appendText(b)
	return append(b, '}'), nil
}

func (c StatusChange) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"criterion":`...)
	b = appendString(b, c.Criterion)
	b = append(b, `,"from":`...)
	b, err := appendStatus(b, c.From)
	if err != nil {
		return b, err
	}
	b = append(b, `,"to":`...)
	if b, err = appendStatus(b, c.To); err != nil {
		return b, err
	}
	return append(b, '}'), nil
}

// appendJSON appends the score as a JSON number, or null for NoScore.
func (p Percent) appendJSON(b []byte) []byte {
	if p < 0 {
		return append(b, "null"...)
	}
	return p.appendText(b)
}

// appendStatus appends s as a JSON string; its names need no escaping.
func appendStatus(b []byte, s assessment.Status) ([]byte, error) {
	if !s.IsValid() {
		_, err := s.AppendText(nil)
		return b, err
	}
	b = append(b, '"')
	b = append(b, s.String()...)
	return append(b, '"'), nil
}

// appendArray appends s as a JSON array of the values each appends, or null
// for a nil slice, as encoding/json writes them.
func appendArray[T any](b []byte, s []T, each func(T, []byte) ([]byte, error)) ([]byte, error) {
	if s == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = each(v, b); err != nil {
			return b, err
		}
	}
	return append(b, ']'), nil
}

// appendString appends s as a JSON string, escaped as json.Marshal escapes
// it.
func appendString[S ~string | ~[]byte](b []byte, s S) []byte { return jsonw.String(b, s, true) }
