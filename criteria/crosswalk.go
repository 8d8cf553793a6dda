package criteria

// ImplementedBy returns the checklist items that implement the requirement with
// the given ID, in checklist order: the crosswalk read backwards.
func ImplementedBy(checklist *Catalog, requirement ID) []Criterion {
	var out []Criterion
	for _, cr := range checklist.data().criteria {
		if containsID(cr.standard, requirement) {
			out = append(out, Criterion{cr})
		}
	}
	return out
}

// Gaps returns the requirements of standard that no item of checklist implements,
// in the standard's order. For the built-in catalogs these are S1-8 and
// requirements of section (10): the checklist does not cover them (see the
// package documentation).
func Gaps(checklist, standard *Catalog) []Criterion {
	covered := make(map[ID]bool)
	for _, cr := range checklist.data().criteria {
		for _, id := range cr.standard {
			covered[id] = true
		}
	}
	var out []Criterion
	for _, req := range standard.data().criteria {
		if !covered[req.id] {
			out = append(out, Criterion{req})
		}
	}
	return out
}
