// Benchrun runs dendai's benchmarks the way BENCHMARKS.md reports them: every
// configuration in a process of its own, repeated over rounds, the order of
// the processes alternating from one round to the next (forward, then
// backward), one process at a time. It prints, as Markdown, the median of
// every benchmark and every ratio of the suite (suite.go) with the lowest and
// highest of its per-process (or per-round) values: the noise.
//
// From the repository root:
//
//	go run ./internal/benchrun                      # the whole suite, 6 rounds
//	go run ./internal/benchrun -only 'scoring|batch' -rounds 4
//	go run ./internal/benchrun -list                # the jobs and ratios
//
// Test binaries and the raw output of every process go to -out (a new
// temporary folder by default); the report goes to standard output.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// job is one benchmark process: the package's test binary, run from the
// package's folder with -test.bench bench.
type job struct {
	name, pkg, bench string
	cpu              string // -test.cpu, or "" for GOMAXPROCS
	benchtime        string // "" for -benchtime
	count            int    // 0 for -count
}

// execJob times whole processes: each run is a binary built from build and
// started with args, from the repository root.
type execJob struct {
	name string
	runs []execRun
}

type execRun struct {
	label, build string
	args         []string
	// static builds without cgo (CGO_ENABLED=0): a static binary, as
	// without a C compiler, which starts without the dynamic loader.
	static bool
}

// key names the binary of r among the built ones.
func (r execRun) key() string {
	if r.static {
		return r.build + " static"
	}
	return r.build
}

// ref names a benchmark (without "Benchmark" and the -GOMAXPROCS suffix) of
// a job, or a run of an exec job.
type ref struct{ job, bench string }

// ratio is num / den of the metric ("" for ns/op), per process when both are
// of one job, else per round; scale divides it (10 for per-criterion
// ratios of sizes ten times apart).
type ratio struct {
	name     string
	num, den ref
	metric   string
	scale    float64
}

// samples holds, by job, benchmark and metric, the values of each process,
// in round order.
type samples map[ref]map[string][][]float64

func main() {
	rounds := flag.Int("rounds", 6, "number of `rounds`; each runs every job once")
	benchtime := flag.String("benchtime", "1s", "-test.benchtime of jobs that set none")
	count := flag.Int("count", 3, "-test.count of jobs that set none")
	execN := flag.Int("exec", 20, "runs of each binary per round, for start-up jobs")
	only := flag.String("only", "", "run only the jobs whose name matches this `regexp`")
	out := flag.String("out", "", "`folder` for test binaries and raw output (default: a new temporary one)")
	list := flag.Bool("list", false, "list the jobs and ratios, run nothing")
	flag.Parse()

	match := regexp.MustCompile(*only)
	var jobs []job
	for _, j := range suite {
		if match.MatchString(j.name) {
			jobs = append(jobs, j)
		}
	}
	var xjobs []execJob
	for _, x := range execs {
		if match.MatchString(x.name) {
			xjobs = append(xjobs, x)
		}
	}
	if *list {
		for _, j := range jobs {
			fmt.Printf("job %-16s %s -test.bench %q\n", j.name, j.pkg, j.bench)
		}
		for _, x := range xjobs {
			fmt.Printf("exec %-15s %d binaries\n", x.name, len(x.runs))
		}
		for _, r := range ratios {
			fmt.Printf("ratio %s\n", r.name)
		}
		return
	}
	dir := *out
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "benchrun-"); err != nil {
			fail(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	root, err := os.Getwd()
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "benchrun: binaries and raw output in %s\n", dir)

	// Build every test binary and start-up binary once.
	bins := map[string]string{}
	for _, j := range jobs {
		if _, ok := bins[j.pkg]; !ok {
			bins[j.pkg] = filepath.Join(dir, binName(j.pkg)+".test")
			run(root, "go", "test", "-c", "-o", bins[j.pkg], j.pkg)
		}
	}
	for _, x := range xjobs {
		for _, r := range x.runs {
			if _, ok := bins[r.key()]; !ok {
				bins[r.key()] = filepath.Join(dir, binName(r.key()))
				cmd := []string{"go", "build", "-o", bins[r.key()], r.build}
				if r.static {
					cmd = slices.Insert(cmd, 0, "env", "CGO_ENABLED=0")
				}
				run(root, cmd[0], cmd[1:]...)
			}
		}
	}

	s := samples{}
	var loads, failed []string
	for round := range *rounds {
		order := slices.Clone(jobs)
		if round%2 == 1 {
			slices.Reverse(order)
		}
		loads = append(loads, loadavg())
		for _, j := range order {
			bt, n := *benchtime, *count
			if j.benchtime != "" {
				bt = j.benchtime
			}
			if j.count > 0 {
				n = j.count
			}
			args := []string{"-test.run", "^$", "-test.bench", j.bench, "-test.benchtime", bt, "-test.count", strconv.Itoa(n), "-test.benchmem"}
			if j.cpu != "" {
				args = append(args, "-test.cpu", j.cpu)
			}
			fmt.Fprintf(os.Stderr, "benchrun: round %d/%d: %s\n", round+1, *rounds, j.name)
			cmd := exec.Command(bins[j.pkg], args...)
			cmd.Dir = filepath.Join(root, j.pkg)
			var stdout bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
			if err := cmd.Run(); err != nil {
				// A failing benchmark is reported, and the others of the
				// process still count.
				fmt.Fprintf(os.Stderr, "benchrun: %s: %v\n%s", j.name, err, stdout.Bytes())
				failed = append(failed, fmt.Sprintf("round %d: %s", round+1, j.name))
			}
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("round%d-%s.txt", round+1, j.name)), stdout.Bytes(), 0o644)
			s.add(j.name, round, parse(stdout.String()))
		}
		for _, x := range xjobs {
			fmt.Fprintf(os.Stderr, "benchrun: round %d/%d: %s\n", round+1, *rounds, x.name)
			runs := slices.Clone(x.runs)
			if round%2 == 1 {
				slices.Reverse(runs)
			}
			times := map[string][]float64{}
			for range *execN {
				for _, r := range runs {
					cmd := exec.Command(bins[r.key()], r.args...)
					cmd.Dir = root
					cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
					start := time.Now()
					if err := cmd.Run(); err != nil {
						fail(fmt.Errorf("%s: %v", r.label, err))
					}
					times[r.label] = append(times[r.label], float64(time.Since(start).Nanoseconds()))
				}
			}
			for label, ts := range times {
				s.addOne(ref{x.name, label}, "ns/op", round, ts)
			}
		}
	}
	report(os.Stdout, s, jobs, xjobs, *rounds, loads)
	if len(failed) > 0 {
		fmt.Printf("\nProcesses that failed (their other benchmarks count): %s.\n", strings.Join(failed, "; "))
		os.Exit(1)
	}
}

// binName turns a package or build path into a file name.
func binName(pkg string) string {
	name := strings.Trim(strings.NewReplacer("/", "_", " ", "-").Replace(strings.TrimPrefix(pkg, "./")), "._")
	if name == "" {
		return "root"
	}
	return name
}

var suffix = regexp.MustCompile(`-\d+$`)

// parse reads the benchmark lines of go test's output: by benchmark (its name
// without "Benchmark" and the -GOMAXPROCS suffix) and metric, every value.
func parse(out string) map[string]map[string][]float64 {
	m := map[string]map[string][]float64{}
	for line := range strings.Lines(out) {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		name := suffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		if m[name] == nil {
			m[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			m[name][f[i+1]] = append(m[name][f[i+1]], v)
		}
	}
	return m
}

func (s samples) add(jobName string, round int, m map[string]map[string][]float64) {
	for bench, metrics := range m {
		for metric, vs := range metrics {
			s.addOne(ref{jobName, bench}, metric, round, vs)
		}
	}
}

func (s samples) addOne(r ref, metric string, round int, vs []float64) {
	if s[r] == nil {
		s[r] = map[string][][]float64{}
	}
	for len(s[r][metric]) <= round {
		s[r][metric] = append(s[r][metric], nil)
	}
	s[r][metric][round] = append(s[r][metric][round], vs...)
}

func median(vs []float64) float64 {
	if len(vs) == 0 {
		return math.NaN()
	}
	vs = slices.Clone(vs)
	slices.Sort(vs)
	if n := len(vs); n%2 == 1 {
		return vs[n/2]
	} else {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
}

func report(w io.Writer, s samples, jobs []job, xjobs []execJob, rounds int, loads []string) {
	fmt.Fprintf(w, "# benchrun: %d rounds\n\n", rounds)
	fmt.Fprintf(w, "Load average at the start of each round: %s.\n\n", strings.Join(loads, "; "))
	fmt.Fprintf(w, "## Ratios\n\nMedian of the per-process (same job) or per-round (two jobs) ratios, [lowest–highest], and how many.\n\n")
	fmt.Fprintf(w, "| ratio | median | range | n |\n|---|---:|---:|---:|\n")
	for _, r := range ratios {
		metric := r.metric
		if metric == "" {
			metric = "ns/op"
		}
		num, den := s[r.num][metric], s[r.den][metric]
		if num == nil || den == nil {
			if selected(r.num.job, jobs, xjobs) && selected(r.den.job, jobs, xjobs) {
				fmt.Fprintf(w, "| %s | missing | | |\n", r.name)
			}
			continue
		}
		var per []float64
		for k := range min(len(num), len(den)) {
			a, b := median(num[k]), median(den[k])
			if math.IsNaN(a) || math.IsNaN(b) || b == 0 {
				continue
			}
			v := a / b
			if r.scale != 0 {
				v /= r.scale
			}
			per = append(per, v)
		}
		if len(per) == 0 {
			fmt.Fprintf(w, "| %s | missing | | |\n", r.name)
			continue
		}
		fmt.Fprintf(w, "| %s | %.2f× | %.2f–%.2f | %d |\n", r.name, median(per), slices.Min(per), slices.Max(per), len(per))
	}
	fmt.Fprintf(w, "\n## Benchmarks\n\nMedian over every sample of every round.\n\n")
	fmt.Fprintf(w, "| job | benchmark | time/op | B/op | allocs/op | other | samples |\n|---|---|---:|---:|---:|---|---:|\n")
	var refs []ref
	for r := range s {
		refs = append(refs, r)
	}
	slices.SortFunc(refs, func(a, b ref) int {
		return cmpRef(a, b, jobs, xjobs)
	})
	for _, r := range refs {
		ms := s[r]
		all := func(metric string) []float64 { return slices.Concat(ms[metric]...) }
		var other []string
		for metric := range ms {
			switch metric {
			case "ns/op", "B/op", "allocs/op", "MB/s":
				continue
			}
			other = append(other, fmt.Sprintf("%s %s", num(median(all(metric))), metric))
		}
		slices.Sort(other)
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %d |\n", r.job, r.bench, duration(median(all("ns/op"))),
			num(median(all("B/op"))), num(median(all("allocs/op"))), strings.Join(other, ", "), len(all("ns/op")))
	}
}

func selected(name string, jobs []job, xjobs []execJob) bool {
	return slices.ContainsFunc(jobs, func(j job) bool { return j.name == name }) ||
		slices.ContainsFunc(xjobs, func(x execJob) bool { return x.name == name })
}

// cmpRef orders refs by job, in suite order, then by benchmark.
func cmpRef(a, b ref, jobs []job, xjobs []execJob) int {
	pos := func(name string) int {
		if i := slices.IndexFunc(jobs, func(j job) bool { return j.name == name }); i >= 0 {
			return i
		}
		return len(jobs) + slices.IndexFunc(xjobs, func(x execJob) bool { return x.name == name })
	}
	if d := pos(a.job) - pos(b.job); d != 0 {
		return d
	}
	return strings.Compare(a.bench, b.bench)
}

func duration(ns float64) string {
	switch {
	case math.IsNaN(ns):
		return ""
	case ns >= 1e6:
		return fmt.Sprintf("%.3g ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.4g µs", ns/1e3)
	}
	return fmt.Sprintf("%.4g ns", ns)
}

func num(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	if v >= 100 {
		return strconv.FormatFloat(math.Round(v), 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

// loadavg returns the 1-minute load average, where the system tells it.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

func run(dir, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("%s %s: %v", name, strings.Join(args, " "), err))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchrun:", err)
	os.Exit(1)
}
