// Batch scores many self-assessments at once, with a bounded pool of workers:
// every *.json and *.csv file of a directory, or a JSON Lines stream of
// dendai.assessment/v1 documents, one per line. It is what a bank's risk team
// runs over the assessments its partners sent in, or a governance service over
// its queue.
//
// Usage:
//
//	go run ./examples/batch [flags] DIR
//	go run ./examples/batch [flags] -             (JSON Lines on standard input)
//	go run ./examples/batch [flags] -jsonl FILE   (JSON Lines in FILE; - for standard input)
//
// Flags:
//
//	-workers N       documents checked and scored at once (default runtime.GOMAXPROCS(0))
//	-policy NAME     uniform (the default) or risk-weighted
//	-progress        show progress on standard error, at most every 500 ms
//	-summary-json    end standard output with the summary as a JSON object
//
// A directory is read without descending into subdirectories, its files in
// order of name; the extensions .json and .csv match in any case. In JSON
// Lines, blank lines are skipped and a line may end in CR LF.
//
// # Checking and scoring
//
// Each document is checked as `dendai score` checks it, by spreadsheet.Check:
// JSON or the CSV template, told apart by content (a line of JSON Lines is
// always JSON), against the built-in catalog the document names, by default
// jpbank-checklist. A draft is scored with its gaps even when it has problems;
// a submitted assessment with problems, or a document that cannot be read, is
// not scored. Each worker scores into its own scoring.Result with
// Policy.ScoreTo, so scoring allocates nothing once the Result has grown.
//
// # Output
//
// Standard output carries JSON Lines, one line per document, in input order:
//
//	{"name":"sample.json","score":95.5,"rating":"A","passed":true,"problems":0}
//	{"name":"invalid-incomplete.json","error":"a submitted assessment with 56 problems is not scored; the first: …","problems":56}
//
// name is the file name in a directory, or the line number (a JSON number) in
// JSON Lines. problems counts what validation found; a scored draft may have
// some. score is null, and rating empty, when nothing in the assessment is
// applicable. With -summary-json a last line {"summary":{…}} holds the summary.
//
// Standard error carries the progress line and, at the end, the summary: how
// many documents were read, scored (valid, or drafts with problems) and
// invalid; how many passed, and the pass rate among those scored; the mean,
// lowest and highest score; the count of each rating; and a histogram of the
// scores in ten bands of 10 points ([0,10), [10,20), …, [90,100]).
//
// # Order and memory
//
// Results are written in input order rather than as they complete, so that the
// output of a run is the same whatever the number of workers and can be
// compared with diff or joined line by line with the input. Keeping that order
// costs a reorder window: a document is read only when one of 2×workers job
// slots is free, and a slot is freed when its line is written. So at most
// 2×workers documents are held at once, queued, being scored or waiting for an
// earlier one; one slow document holds the others back by at most the window,
// which keeps every worker busy in the common case where documents take about
// the same time.
//
// The slots, and their read and output buffers, are reused from document to
// document, and nothing else is kept per document but counters and the
// histogram, so memory stays flat however many documents stream through. A
// line is read in pieces with bufio.Reader.ReadSlice, never more than
// assessment.DefaultMaxSize of it; a longer line is reported as an error and
// skipped.
//
// Exit status: 0 when every document was scored; 1 when some were not; 2 for
// wrong usage, an unreadable directory or stream, or output that cannot be
// written; 130 when interrupted, after writing what was done.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/dendai-go/dendai/scoring"
)

// Exit statuses.
const (
	exitOK          = 0
	exitInvalid     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// now is the clock validation reads "today" from; tests fix it.
var now = time.Now

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is what the command line asks for.
type config struct {
	workers     int
	policy      string
	progress    bool
	summaryJSON bool
	// Exactly one of dir and jsonl is set; jsonl "-" is standard input.
	dir   string
	jsonl string
}

// run is the whole program, with its inputs and outputs passed in so that
// tests can drive it. It returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code, ok := parseArgs(args, stderr)
	if !ok {
		return code
	}
	sc := newScorer(cfg.policy)

	var src source
	switch {
	case cfg.dir != "":
		ds, err := openDir(cfg.dir)
		if err != nil {
			fmt.Fprintf(stderr, "batch: %v\n", err)
			return exitUsage
		}
		src = ds
	case cfg.jsonl == "-":
		src = newLineSource(stdin)
	default:
		f, err := os.Open(cfg.jsonl)
		if err != nil {
			fmt.Fprintf(stderr, "batch: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		src = newLineSource(f)
	}

	st := newStats(sc)
	var prog *progress
	if cfg.progress {
		prog = &progress{w: stderr, start: time.Now()}
	}
	err := process(ctx, cfg.workers, src, sc, stdout, st, prog)
	prog.done(st)
	st.writeText(stderr)
	if err == nil && cfg.summaryJSON {
		err = st.writeJSON(stdout)
	}
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		fmt.Fprintf(stderr, "batch: interrupted after %d documents\n", st.Count)
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(stderr, "batch: %v\n", err)
		return exitUsage
	case st.Invalid > 0:
		return exitInvalid
	}
	return exitOK
}

// parseArgs reads the flags and the one argument. When ok is false the
// program ends with code: 0 for -h, 2 for wrong usage.
func parseArgs(args []string, stderr io.Writer) (cfg config, code int, ok bool) {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: batch [-workers N] [-policy uniform|risk-weighted] [-progress] [-summary-json] DIR|-\n"+
			"       batch [flags] -jsonl FILE|-\n\nflags:\n")
		fs.PrintDefaults()
	}
	fs.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "documents checked and scored at once")
	fs.StringVar(&cfg.policy, "policy", scoring.UniformName, "scoring policy: "+strings.Join(scoring.BuiltinNames(), " or "))
	fs.BoolVar(&cfg.progress, "progress", false, "show progress on standard error")
	fs.BoolVar(&cfg.summaryJSON, "summary-json", false, "end standard output with the summary as JSON")
	fs.StringVar(&cfg.jsonl, "jsonl", "", "read JSON Lines from `FILE` (- for standard input)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, exitOK, false
		}
		return cfg, exitUsage, false
	}
	usage := func(format string, a ...any) (config, int, bool) {
		fmt.Fprintf(stderr, "batch: "+format+"\n", a...)
		fs.Usage()
		return cfg, exitUsage, false
	}
	if cfg.workers < 1 {
		return usage("-workers must be at least 1, not %d", cfg.workers)
	}
	known := false
	for _, name := range scoring.BuiltinNames() {
		known = known || name == cfg.policy
	}
	if !known {
		return usage("unknown policy %q", cfg.policy)
	}
	switch n := fs.NArg(); {
	case cfg.jsonl != "" && n > 0:
		return usage("give -jsonl or a directory, not both")
	case cfg.jsonl != "":
	case n != 1:
		return usage("give one directory, or - for JSON Lines on standard input")
	case fs.Arg(0) == "-":
		cfg.jsonl = "-"
	default:
		cfg.dir = fs.Arg(0)
	}
	return cfg, exitOK, true
}
