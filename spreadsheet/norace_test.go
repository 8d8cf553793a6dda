//go:build !race

package spreadsheet

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = false
