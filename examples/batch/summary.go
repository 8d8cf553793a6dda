package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/scoring"
)

// bins is the number of bands of the score histogram: [0,10), [10,20), …,
// [90,100], 100 falling in the last.
const bins = 10

// stats counts the documents as their lines are written. It keeps nothing per
// document.
type stats struct {
	Count        int // documents read
	Valid        int // scored, without problems
	WithProblems int // drafts scored with problems
	Invalid      int // not scored
	Passed       int // scored, every gate holding
	NoScore      int // scored, but nothing applicable

	sum      int64 // of the scores, in tenths
	min, max scoring.Percent

	ratings []string // in the order of the policies' bands
	counts  []int    // per rating
	hist    [bins]int
}

func newStats(sc *scorer) *stats {
	st := &stats{min: scoring.NoScore, max: scoring.NoScore}
	for _, id := range criteria.BuiltinIDs() {
		if p := sc.policies[id]; p != nil {
			for b := range p.Bands() {
				st.rating(b.Rating)
			}
		}
	}
	return st
}

// rating returns the index of r in st.ratings, adding it if needed.
func (st *stats) rating(r string) int {
	for i, s := range st.ratings {
		if s == r {
			return i
		}
	}
	st.ratings = append(st.ratings, r)
	st.counts = append(st.counts, 0)
	return len(st.ratings) - 1
}

func (st *stats) scored() int { return st.Valid + st.WithProblems }

// add counts a done job.
func (st *stats) add(j *job) {
	st.Count++
	switch {
	case !j.scored:
		st.Invalid++
		return
	case j.problems > 0:
		st.WithProblems++
	default:
		st.Valid++
	}
	if j.passed {
		st.Passed++
	}
	if j.score == scoring.NoScore {
		st.NoScore++
		return
	}
	st.counts[st.rating(j.rating)]++
	st.sum += int64(j.score)
	if st.min == scoring.NoScore || j.score < st.min {
		st.min = j.score
	}
	if j.score > st.max {
		st.max = j.score
	}
	st.hist[min(int(j.score)/100, bins-1)]++
}

// ratio returns num/den as a Percent, rounded half up; NoScore if den is 0.
func ratio(num, den int64) scoring.Percent {
	if den == 0 {
		return scoring.NoScore
	}
	return scoring.Percent((2*num + den) / (2 * den))
}

func (st *stats) passRate() scoring.Percent {
	return ratio(int64(st.Passed)*1000, int64(st.scored()))
}

func (st *stats) mean() scoring.Percent {
	return ratio(st.sum, int64(st.scored()-st.NoScore))
}

// writeText writes the summary for people.
func (st *stats) writeText(w io.Writer) {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents: %d scored (%d valid, %d drafts with problems), %d invalid\n",
		st.Count, st.scored(), st.Valid, st.WithProblems, st.Invalid)
	if st.scored() > 0 {
		fmt.Fprintf(&b, "passed: %d of %d scored (%s%%)\n", st.Passed, st.scored(), st.passRate())
	}
	if st.mean() != scoring.NoScore {
		fmt.Fprintf(&b, "score: mean %s, min %s, max %s\n", st.mean(), st.min, st.max)
	}
	if st.NoScore > 0 {
		fmt.Fprintf(&b, "no score (nothing applicable): %d\n", st.NoScore)
	}
	b.WriteString("ratings:")
	for i, r := range st.ratings {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(&b, "%s %s %d", sep, r, st.counts[i])
	}
	b.WriteString("\nhistogram:\n")
	most := 0
	for _, n := range st.hist {
		most = max(most, n)
	}
	const width = 40
	for i, n := range st.hist {
		bar := 0
		if n > 0 {
			bar = max(1, n*width/most)
		}
		fmt.Fprintf(&b, "  %3d–%-3d %-*s %d\n", i*10, (i+1)*10, width, strings.Repeat("█", bar), n)
	}
	io.WriteString(w, b.String())
}

// summary is the JSON form of the summary.
type summary struct {
	Count        int             `json:"count"`
	Scored       int             `json:"scored"`
	Valid        int             `json:"valid"`
	WithProblems int             `json:"withProblems"`
	Invalid      int             `json:"invalid"`
	Passed       int             `json:"passed"`
	PassRate     scoring.Percent `json:"passRate"`
	Mean         scoring.Percent `json:"mean"`
	Min          scoring.Percent `json:"min"`
	Max          scoring.Percent `json:"max"`
	NoScore      int             `json:"noScore"`
	Ratings      map[string]int  `json:"ratings"`
	Histogram    [bins]int       `json:"histogram"`
}

func (st *stats) summary() summary {
	s := summary{
		Count: st.Count, Scored: st.scored(), Valid: st.Valid, WithProblems: st.WithProblems,
		Invalid: st.Invalid, Passed: st.Passed, PassRate: st.passRate(),
		Mean: st.mean(), Min: st.min, Max: st.max, NoScore: st.NoScore,
		Ratings: map[string]int{}, Histogram: st.hist,
	}
	for i, r := range st.ratings {
		s.Ratings[r] = st.counts[i]
	}
	return s
}

// writeJSON writes the summary as the last line of the JSON Lines output:
// {"summary":{…}}.
func (st *stats) writeJSON(w io.Writer) error {
	b, err := json.Marshal(struct {
		Summary summary `json:"summary"`
	}{st.summary()})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// progress shows a progress line on standard error, rewritten in place. A nil
// *progress shows nothing.
type progress struct {
	w     io.Writer
	start time.Time
	t     *time.Ticker
	width int // of the last line, to blank out what a shorter one leaves
}

// ticker returns the channel that says when to show progress: every 500 ms, or
// never for a nil *progress.
func (p *progress) ticker() <-chan time.Time {
	if p == nil {
		return nil
	}
	p.t = time.NewTicker(500 * time.Millisecond)
	return p.t.C
}

func (p *progress) show(st *stats) {
	if p == nil {
		return
	}
	rate := float64(st.Count) / max(time.Since(p.start).Seconds(), 1e-9)
	line := fmt.Sprintf("scored %d (%.0f/s), %d invalid", st.scored(), rate, st.Invalid)
	n := len(line)
	if n < p.width {
		line += strings.Repeat(" ", p.width-n)
	}
	p.width = n
	io.WriteString(p.w, "\r"+line)
}

// done shows the last progress line and ends it.
func (p *progress) done(st *stats) {
	if p == nil {
		return
	}
	if p.t != nil {
		p.t.Stop()
	}
	p.show(st)
	io.WriteString(p.w, "\n")
}
