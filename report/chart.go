package report

import (
	"math"
	"strconv"
	"strings"

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
	Width, Height int
	Rings         []string // polygon points of the 25, 50, 75 and 100 rings
	Spokes        []line
	Shape         string // polygon points of the scores
	Dots          []point
	Labels        []label
	Bars          bool // fewer than three groups: bars instead of a radar
	BarRows       []bar
}

type line struct{ X1, Y1, X2, Y2 string }

type point struct{ X, Y, Title string }

type label struct {
	X, Y   string
	Anchor string
	Text   string
	Score  string
}

type bar struct {
	Y, Width, Label, Score string
}

const (
	chartSize   = 520
	chartRadius = 170
)

func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// radar lays out a radar chart of the axes' scores; a NoScore counts as 0.
func radar(axes []axis) chart {
	c := chart{Width: chartSize, Height: chartSize}
	n := len(axes)
	if n < 3 {
		c.Bars = true
		c.Height = 40 + 32*n
		for i, a := range axes {
			w := 0.0
			if a.Score >= 0 {
				w = 300 * a.Score.Float64() / 100
			}
			c.BarRows = append(c.BarRows, bar{Y: strconv.Itoa(20 + 32*i), Width: num(w), Label: a.Label, Score: a.Score.String()})
		}
		return c
	}
	cx, cy := float64(chartSize)/2, float64(chartSize)/2
	at := func(i int, r float64) (float64, float64) {
		angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		return cx + r*math.Cos(angle), cy + r*math.Sin(angle)
	}
	for _, frac := range []float64{0.25, 0.5, 0.75, 1} {
		pts := make([]string, n)
		for i := range n {
			x, y := at(i, chartRadius*frac)
			pts[i] = num(x) + "," + num(y)
		}
		c.Rings = append(c.Rings, strings.Join(pts, " "))
	}
	shape := make([]string, n)
	for i, a := range axes {
		x, y := at(i, chartRadius)
		c.Spokes = append(c.Spokes, line{num(cx), num(cy), num(x), num(y)})
		s := 0.0
		if a.Score >= 0 {
			s = a.Score.Float64() / 100
		}
		px, py := at(i, chartRadius*s)
		shape[i] = num(px) + "," + num(py)
		c.Dots = append(c.Dots, point{num(px), num(py), a.Label + ": " + a.Score.String()})
		lx, ly := at(i, chartRadius+22)
		anchor := "middle"
		switch {
		case lx < cx-10:
			anchor = "end"
		case lx > cx+10:
			anchor = "start"
		}
		c.Labels = append(c.Labels, label{X: num(lx), Y: num(ly + 4), Anchor: anchor, Text: a.Label, Score: a.Score.String()})
	}
	c.Shape = strings.Join(shape, " ")
	return c
}
