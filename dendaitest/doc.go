// Package dendaitest helps the tests of programs built on dendai, in the spirit
// of testing/fstest and testing/slogtest: conformance checks that a team runs on
// its own catalogs and policies, and fixtures.
//
// A bank that keeps its criteria as a dendai.catalog/v1 file and its scoring
// as a dendai.policy/v1 file checks both in its own repository's tests:
//
//	func TestOurCriteria(t *testing.T) {
//		data, _ := os.ReadFile("criteria/acme-bank.json")
//		cat, err := criteria.Parse(data, nil)
//		if err != nil {
//			t.Fatal(err)
//		}
//		if err := dendaitest.CheckCatalog(cat); err != nil {
//			t.Error(err)
//		}
//	}
//
// CheckCatalog and CheckPolicy return an error listing every property that
// does not hold, joined with errors.Join, or nil. They never change what they
// are given.
//
// Filled builds an assessment with every criterion at one status, valid
// against its catalog, as the fixture of a test that scores, renders or
// stores assessments:
//
//	a := dendaitest.Filled(cat, assessment.Compliant)
//	r := policy.Score(a) // r.Score is 100
//
// The package is for tests: it does no I/O and keeps no state, but it is not
// tuned for speed.
package dendaitest
