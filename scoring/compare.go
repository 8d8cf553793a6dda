package scoring

import (
	"errors"

	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// DeltaFormat is the format name of a Delta's JSON document.
const DeltaFormat = "dendai.delta/v1"

// Delta is what changed between two results of the same catalog and policy: an
// earlier assessment and a later one. Its JSON form is the dendai.delta/v1
// document.
type Delta struct {
	Catalog criteria.ID `json:"catalog"`
	Policy  string      `json:"policy"`
	// Old and New say whose the two results are: their subjects, dates and
	// states. Compare does not require the subjects to be the same.
	Old Origin `json:"old"`
	New Origin `json:"new"`
	// OldScore and NewScore are the two scores; Change is NewScore − OldScore,
	// exact (0 when either is NoScore).
	OldScore  Percent `json:"oldScore"`
	NewScore  Percent `json:"newScore"`
	Change    Decimal `json:"change"`
	OldRating string  `json:"oldRating"`
	NewRating string  `json:"newRating"`
	OldPassed bool    `json:"oldPassed"`
	NewPassed bool    `json:"newPassed"`
	// Improved and Regressed list the criteria whose status moved up or down
	// (not_assessed < non_compliant < partially_compliant < compliant);
	// Reclassified those that moved to or from not_applicable; Unchanged the rest.
	Improved     []StatusChange `json:"improved"`
	Regressed    []StatusChange `json:"regressed"`
	Reclassified []StatusChange `json:"reclassified"`
	Unchanged    []criteria.ID  `json:"unchanged"`
	// Gates lists the gates whose outcome changed.
	Gates []GateChange `json:"gates"`
}

// StatusChange is one criterion's move.
type StatusChange struct {
	Criterion criteria.ID       `json:"criterion"`
	From      assessment.Status `json:"from"`
	To        assessment.Status `json:"to"`
}

// GateChange is a gate that passed before and fails now, or the reverse.
type GateChange struct {
	Criterion criteria.ID `json:"criterion,omitempty"`
	Tier      string      `json:"tier,omitempty"`
	OldPassed bool        `json:"oldPassed"`
	NewPassed bool        `json:"newPassed"`
}

// ErrNotComparable is returned by Compare for results of different catalogs or
// policies.
var ErrNotComparable = errors.New("scoring: results of different catalogs or policies cannot be compared")

// Compare returns what changed from old to new. Both must be results of the
// same catalog and policy; they may be of different subjects (see
// Origin.SameSubject), which a caller comparing one company's progress
// should refuse.
func Compare(old, new *Result) (*Delta, error) {
	if old.Catalog != new.Catalog || old.Policy != new.Policy || old.PolicyVersion != new.PolicyVersion ||
		len(old.Criteria) != len(new.Criteria) || len(old.Gates) != len(new.Gates) {
		return nil, ErrNotComparable
	}
	d := &Delta{
		Catalog: new.Catalog, Policy: new.Policy,
		Old: old.Origin, New: new.Origin,
		OldScore: old.Score, NewScore: new.Score,
		OldRating: old.Rating, NewRating: new.Rating,
		OldPassed: old.Passed, NewPassed: new.Passed,
		Improved: []StatusChange{}, Regressed: []StatusChange{}, Reclassified: []StatusChange{},
		Unchanged: []criteria.ID{}, Gates: []GateChange{},
	}
	if old.Score >= 0 && new.Score >= 0 {
		d.Change = Decimal(new.Score-old.Score) * (unit / 10)
	}
	for i, n := range new.Criteria {
		o := old.Criteria[i]
		if o.Criterion != n.Criterion {
			return nil, ErrNotComparable
		}
		ch := StatusChange{Criterion: n.Criterion, From: o.Status, To: n.Status}
		switch {
		case o.Status == n.Status:
			d.Unchanged = append(d.Unchanged, n.Criterion)
		case o.Status == assessment.NotApplicable || n.Status == assessment.NotApplicable:
			d.Reclassified = append(d.Reclassified, ch)
		case rank(n.Status) > rank(o.Status):
			d.Improved = append(d.Improved, ch)
		default:
			d.Regressed = append(d.Regressed, ch)
		}
	}
	for i, n := range new.Gates {
		if o := old.Gates[i]; o.Passed != n.Passed {
			d.Gates = append(d.Gates, GateChange{Criterion: n.Criterion, Tier: n.Tier, OldPassed: o.Passed, NewPassed: n.Passed})
		}
	}
	return d, nil
}

// SameSubject reports whether o and p are of the same company: the same
// corporate number, or no corporate number in either.
func (o Origin) SameSubject(p Origin) bool {
	return o.Subject.CorporateNumber == p.Subject.CorporateNumber
}

// MarshalJSON writes the delta as a dendai.delta/v1 document, as AppendJSON
// does.
func (d *Delta) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil) }
