package oscal

import (
	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/criteria"
)

// ControlID returns the OSCAL control ID of a criterion: its dendai ID if that
// is already an OSCAL token (S1-1 stays S1-1), or the ID with "c" in front if it
// starts with a digit, which a token may not (1-30 becomes c1-30). Findings
// name their control by this ID; the control keeps the dendai ID in its label
// prop and its namespaced id prop.
func ControlID(id criteria.ID) string { return tokenID(id, "c") }

// groupID returns the OSCAL group ID of a dendai group, by the rule of
// ControlID with "g" as the prefix.
func groupID(id criteria.ID) string { return tokenID(id, "g") }

// tokenID returns id, or prefix+id if id is not an OSCAL token. A valid dendai
// ID is ASCII letters, digits, "-", "_" and "."; of these an OSCAL token
// (^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$) only refuses a digit, "-" or "." first.
func tokenID(id criteria.ID, prefix string) string {
	if s := string(id); s != "" && (isLetter(s[0]) || s[0] == '_') {
		return s
	}
	return prefix + string(id)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// statementID is the ID of a control's statement part, after NIST's convention.
func statementID(controlID string) string { return controlID + "_smt" }

// ids holds the OSCAL IDs of a catalog's groups and criteria.
type ids struct {
	controls []string // by catalog index
	groups   map[criteria.Group]string
}

// mapIDs derives the OSCAL IDs of cat's groups, controls and statement parts,
// and checks that they are unique, as OSCAL requires of every group, control
// and part ID in a catalog. Only a custom catalog with IDs such as "1-1" and
// "c1-1" side by side can fail: each group or criterion whose ID maps to one
// already taken is a problem coded CodeIDCollision.
func mapIDs(cat *criteria.Catalog) (ids, dendai.Problems) {
	m := ids{controls: make([]string, cat.Len()), groups: make(map[criteria.Group]string, cat.NumGroups())}
	owner := make(map[string]criteria.ID, cat.Len()*2+cat.NumGroups())
	var ps dendai.Problems
	more := 0 // problems past the cap, counted, not built
	claim := func(oscalID string, id criteria.ID, group bool) bool {
		other, dup := owner[oscalID]
		if !dup {
			owner[oscalID] = id
			return true
		}
		if len(ps) >= dendai.MaxProblems {
			more++
			return false
		}
		p := dendai.Problem{Code: CodeIDCollision, Message: messages.Text(keyIDCollision, other, id, oscalID)}
		if group {
			p.Group = string(id)
		} else {
			p.Criterion = string(id)
		}
		ps = append(ps, p)
		return false
	}
	for g := range cat.AllGroups() {
		gid := groupID(g.ID())
		claim(gid, g.ID(), true)
		m.groups[g] = gid
	}
	for i, cr := range cat.All() {
		cid := ControlID(cr.ID())
		// The statement's ID derives from the control's: a control that
		// collides would collide twice.
		if claim(cid, cr.ID(), false) {
			claim(statementID(cid), cr.ID(), false)
		}
		m.controls[i] = cid
	}
	return m, ps.Cap(more)
}
