package report

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/dendai-go/dendai/scoring"
)

// axis is one spoke of the radar chart: a group and its score.
type axis struct {
	Label string
	Score scoring.Percent
}

// chart is a radar chart laid out in SVG user units; templates only place what
// is computed here.
type chart struct {
	// ViewBox is the SVG viewBox, which holds the rings and every label.
	ViewBox       string
	Width, Height int
	Rings         []string // polygon points of the 25, 50, 75 and 100 rings
	Spokes        []line
	Shape         string // polygon points of the scored axes; empty when fewer than three
	Dots          []point
	Labels        []label
	Bars          bool // fewer than three groups: bars instead of a radar
	BarRows       []bar
}

type line struct {
	X1, Y1, X2, Y2 string
	NoScore        bool
}

type point struct{ X, Y, Title string }

// label is an axis's label: its lines, one <text> each, and its score line.
type label struct {
	Anchor  string
	Lines   []labelLine
	NoScore bool
}

type labelLine struct {
	X, Y, Text string
	Score      bool // the score line, set in bold
}

type bar struct {
	Y, Width, Label, Score string
	NoScore                bool
}

const (
	chartRadius = 150
	// chartFont and chartLine are the label font size and line height in
	// user units; the stylesheet sets the same size.
	chartFont = 14
	chartLine = 17
	// chartWrap is the widest label line, in display columns (two for a kanji).
	chartWrap = 24
	// chartPrintWidth is the printed width of the chart in points (150 mm), set
	// in the stylesheet: a viewBox no wider than chartFont*chartPrintWidth/8
	// prints labels at 8 pt or more.
	chartPrintWidth = 425.2
)

func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// wrapLabel cuts s into lines of at most w display columns (a longer word
// keeps a line of its own), balanced, at spaces when it has any and between
// characters otherwise; it never drops a character.
func wrapLabel(s string, w int) []string {
	total := displayWidth(s)
	if total <= w {
		return []string{s}
	}
	n := (total + w - 1) / w
	target := (total + n - 1) / n
	var lines []string
	if strings.ContainsFunc(s, unicode.IsSpace) {
		cur := ""
		for _, word := range strings.Fields(s) {
			switch {
			case cur == "":
				cur = word
			case displayWidth(cur)+1+displayWidth(word) <= w && displayWidth(cur) < target:
				cur += " " + word
			default:
				lines = append(lines, cur)
				cur = word
			}
		}
		return append(lines, cur)
	}
	var b strings.Builder
	cw := 0
	for _, r := range s {
		rw := displayWidth(string(r))
		if cw > 0 && (cw+rw > w || cw >= target) {
			lines = append(lines, b.String())
			b.Reset()
			cw = 0
		}
		b.WriteRune(r)
		cw += rw
	}
	return append(lines, b.String())
}

// textWidth estimates the width of s at chartFont in user units, generously:
// a column is taken as 0.56 em.
func textWidth(s string) float64 { return float64(displayWidth(s)) * chartFont * 0.56 }

// radar lays out a radar chart of the axes' scores. An axis with no score
// (scoring.NoScore) is labelled noScore and left out of the shape: it is not
// drawn as 0.
func radar(axes []axis, noScore string) chart {
	n := len(axes)
	if n < 3 {
		c := chart{Bars: true, Width: 520, Height: 40 + 32*n}
		c.ViewBox = "0 0 520 " + strconv.Itoa(c.Height)
		for i, a := range axes {
			row := bar{Y: strconv.Itoa(20 + 32*i), Width: "0", Label: a.Label, Score: a.Score.String()}
			if a.Score < 0 {
				row.NoScore, row.Score = true, noScore
			} else {
				row.Width = num(300 * a.Score.Float64() / 100)
			}
			c.BarRows = append(c.BarRows, row)
		}
		return c
	}
	var c chart
	at := func(i int, r float64) (float64, float64) {
		angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		return r * math.Cos(angle), r * math.Sin(angle)
	}
	for _, frac := range []float64{0.25, 0.5, 0.75, 1} {
		pts := make([]string, n)
		for i := range n {
			x, y := at(i, chartRadius*frac)
			pts[i] = num(x) + "," + num(y)
		}
		c.Rings = append(c.Rings, strings.Join(pts, " "))
	}
	minX, maxX, minY, maxY := -float64(chartRadius), float64(chartRadius), -float64(chartRadius), float64(chartRadius)
	var shape []string
	for i, a := range axes {
		x, y := at(i, chartRadius)
		scored := a.Score >= 0
		c.Spokes = append(c.Spokes, line{"0", "0", num(x), num(y), !scored})
		score := a.Score.String()
		if scored {
			px, py := at(i, chartRadius*a.Score.Float64()/100)
			shape = append(shape, num(px)+","+num(py))
			c.Dots = append(c.Dots, point{num(px), num(py), a.Label + ": " + score})
		} else {
			score = noScore
		}
		texts := append(wrapLabel(a.Label, chartWrap), score)
		h := float64(len(texts) * chartLine)
		wmax := 0.0
		for _, t := range texts {
			wmax = max(wmax, textWidth(t))
		}
		cos, sin := at(i, 1)
		lx, ly := at(i, chartRadius+14)
		lb := label{Anchor: "middle", NoScore: !scored}
		left, right := lx-wmax/2, lx+wmax/2
		switch {
		case cos < -0.1:
			lb.Anchor, left, right = "end", lx-wmax, lx
		case cos > 0.1:
			lb.Anchor, left, right = "start", lx, lx+wmax
		}
		// The block of lines sits above the point at the top, below it at the
		// bottom, and centred on it at the sides.
		top := ly - h/2 + h/2*sin
		for j, t := range texts {
			lb.Lines = append(lb.Lines, labelLine{X: num(lx), Y: num(top + float64(j+1)*chartLine - 4), Text: t, Score: j == len(texts)-1})
		}
		c.Labels = append(c.Labels, lb)
		minX, maxX, minY, maxY = min(minX, left), max(maxX, right), min(minY, top), max(maxY, top+h)
	}
	if len(shape) >= 3 {
		c.Shape = strings.Join(shape, " ")
	}
	const pad = 8
	minX, minY, maxX, maxY = math.Floor(minX-pad), math.Floor(minY-pad), math.Ceil(maxX+pad), math.Ceil(maxY+pad)
	c.Width, c.Height = int(maxX-minX), int(maxY-minY)
	c.ViewBox = num(minX) + " " + num(minY) + " " + strconv.Itoa(c.Width) + " " + strconv.Itoa(c.Height)
	return c
}
