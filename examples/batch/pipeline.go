package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
	"github.com/dendai-go/dendai/i18n"
	"github.com/dendai-go/dendai/scoring"
	"github.com/dendai-go/dendai/spreadsheet"
)

// maxKeep is the largest buffer a job slot keeps for the next document: a
// rare huge document does not pin its memory for the rest of the run.
const maxKeep = 1 << 20

// job is one document on its way through the pipeline. The reader fills in
// its input, a worker its outcome and output line, and the writer hands the
// slot back to the reader. Slots are reused, with their buffers.
type job struct {
	seq  int    // position in the input, from 0
	name string // file name, in a directory
	line int    // line number, in JSON Lines
	data []byte // the document

	// err, when set, is why the document is not scored.
	err      string
	problems int
	scored   bool
	score    scoring.Percent
	rating   string
	passed   bool

	out []byte // the output line
}

func (j *job) reset() {
	data, out := j.data[:0], j.out[:0]
	if cap(data) > maxKeep {
		data = nil
	}
	*j = job{data: data, out: out}
}

// A source reads documents one after another.
type source interface {
	// next fills j with the next document and reports false at the end. An
	// error ends the run; a document that cannot be read is instead reported
	// through j.err.
	next(j *job) (bool, error)
}

// dirSource reads the *.json and *.csv files of a directory.
type dirSource struct {
	dir   string
	names []string
}

// openDir lists the files of dir to read, in order of name. Only the names
// are kept, not the files.
func openDir(dir string) (*dirSource, error) {
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return nil, err
	}
	ds := &dirSource{dir: dir}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".json" || ext == ".csv") {
			ds.names = append(ds.names, e.Name())
		}
	}
	return ds, nil
}

func (s *dirSource) next(j *job) (bool, error) {
	if len(s.names) == 0 {
		return false, nil
	}
	j.name, s.names = s.names[0], s.names[1:]
	var err error
	j.data, err = readFile(j.data, filepath.Join(s.dir, j.name), assessment.DefaultMaxSize)
	switch {
	case err != nil:
		j.err = "cannot read the file: " + err.Error()
	case len(j.data) > assessment.DefaultMaxSize:
		j.err = tooLarge("file")
	}
	return true, nil
}

// readFile reads the file at path into dst, reading at most max+1 bytes: one
// more than max says the file is too large.
func readFile(dst []byte, path string, max int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return dst, err
	}
	defer f.Close()
	r := io.LimitReader(f, int64(max)+1)
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)]
		}
		n, err := r.Read(dst[len(dst):cap(dst)])
		dst = dst[:len(dst)+n]
		if err == io.EOF {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
}

func tooLarge(what string) string {
	return fmt.Sprintf("the %s is larger than %d bytes, the size limit of an assessment", what, assessment.DefaultMaxSize)
}

// lineSource reads JSON Lines. It holds one 64 KiB read buffer and copies each
// line into the job's buffer, up to the size limit of an assessment.
type lineSource struct {
	r    *bufio.Reader
	line int
}

func newLineSource(r io.Reader) *lineSource {
	return &lineSource{r: bufio.NewReaderSize(r, 64<<10)}
}

func (s *lineSource) next(j *job) (bool, error) {
	const max = assessment.DefaultMaxSize
	for {
		j.data = j.data[:0]
		long, seen := false, false
		for done := false; !done; {
			frag, err := s.r.ReadSlice('\n')
			seen = seen || len(frag) > 0
			switch {
			case long:
			case len(j.data)+len(frag) > max+2: // room for CR LF
				long = true
				j.data = j.data[:0]
			default:
				j.data = append(j.data, frag...)
			}
			switch {
			case err == nil:
				done = true
			case errors.Is(err, bufio.ErrBufferFull):
			case errors.Is(err, io.EOF):
				if !seen {
					return false, nil
				}
				done = true
			default:
				return false, fmt.Errorf("reading line %d: %w", s.line+1, err)
			}
		}
		s.line++
		j.data = bytes.TrimSuffix(j.data, []byte("\n"))
		j.data = bytes.TrimSuffix(j.data, []byte("\r"))
		if long || len(j.data) > max {
			j.line, j.err = s.line, tooLarge("line")
			j.data = j.data[:0]
			return true, nil
		}
		if len(bytes.TrimSpace(j.data)) > 0 {
			j.line = s.line
			return true, nil
		}
	}
}

// process runs the pipeline: one reader, workers scoring, and the caller's
// goroutine writing the lines in input order and counting. The reader takes a
// slot from free for each document, so at most 2×workers documents are in
// flight and the writer's reorder buffer never holds more than that.
func process(ctx context.Context, workers int, src source, sc *scorer, stdout io.Writer, st *stats, prog *progress) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	window := 2 * workers
	free := make(chan *job, window)
	for range window {
		free <- new(job)
	}
	jobs := make(chan *job, workers)
	results := make(chan *job, window)

	var readErr error
	go func() {
		defer close(jobs)
		readErr = read(ctx, src, free, jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() { work(sc, jobs, results) })
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	out := bufio.NewWriterSize(stdout, 64<<10)
	var writeErr error
	failed := func(err error) {
		if err != nil && writeErr == nil {
			writeErr = err
			cancel() // stop reading; drain what is in flight
		}
	}
	pending := make([]*job, window) // the reorder buffer, by seq mod window
	nextSeq := 0
	tick := prog.ticker()
	for {
		var j *job
		var ok bool
		select {
		case j, ok = <-results:
		case <-tick:
			prog.show(st)
			continue
		default:
			// Nothing is ready: write out what is buffered, then wait.
			if writeErr == nil {
				failed(out.Flush())
			}
			select {
			case j, ok = <-results:
			case <-tick:
				prog.show(st)
				continue
			}
		}
		if !ok {
			break
		}
		pending[j.seq%window] = j
		for {
			p := pending[nextSeq%window]
			if p == nil || p.seq != nextSeq {
				break
			}
			pending[nextSeq%window] = nil
			nextSeq++
			st.add(p)
			if writeErr == nil {
				_, err := out.Write(p.out)
				failed(err)
			}
			p.reset()
			free <- p
		}
	}
	if writeErr == nil {
		failed(out.Flush())
	}
	switch {
	case writeErr != nil:
		return fmt.Errorf("writing the results: %w", writeErr)
	case readErr != nil:
		return readErr
	}
	return context.Cause(ctx)
}

// read numbers the documents of src and sends them to the workers, each in a
// slot taken from free. It stops at the end of src, on an error or when ctx
// is done.
func read(ctx context.Context, src source, free <-chan *job, jobs chan<- *job) error {
	for seq := 0; ; seq++ {
		var j *job
		select {
		case j = <-free:
		case <-ctx.Done():
			return nil // process reports the cause
		}
		if ctx.Err() != nil {
			return nil
		}
		more, err := src.next(j)
		if err != nil || !more {
			return err
		}
		j.seq = seq
		jobs <- j
	}
}

// work checks and scores the documents it receives, each worker into its own
// Result, and formats their output lines.
func work(sc *scorer, jobs <-chan *job, results chan<- *job) {
	var res scoring.Result
	for j := range jobs {
		if j.err == "" {
			sc.score(j, &res)
		}
		j.out = appendLine(j.out[:0], j)
		results <- j
	}
}

// scorer holds what every worker shares: the policy chosen for each built-in
// catalog, and the clock of validation. It is read-only.
type scorer struct {
	policyName string
	policies   map[criteria.ID]*scoring.Policy // nil where the policy is not available
	now        func() time.Time
}

func newScorer(policy string) *scorer {
	sc := &scorer{
		policyName: policy,
		policies:   map[criteria.ID]*scoring.Policy{},
		now:        now,
	}
	for _, id := range criteria.BuiltinIDs() {
		cat, _ := criteria.Builtin(id)
		sc.policies[id], _ = scoring.Builtin(policy, cat)
	}
	return sc
}

// score checks the document of j against the built-in catalog it names and,
// unless it is refused, scores it into res.
func (sc *scorer) score(j *job, res *scoring.Result) {
	opts := &spreadsheet.Options{Now: sc.now}
	if j.name == "" {
		// A line of JSON Lines is JSON, whatever it looks like; only a file
		// may be the CSV template.
		opts.Format = spreadsheet.JSON
	}
	doc := spreadsheet.Check(j.data, opts)
	cat, a, problems := doc.Catalog, doc.Assessment, doc.Problems
	j.problems = len(problems)
	switch {
	case a == nil:
		j.err = describe(problems)
		return
	case len(problems) > 0 && a.State == assessment.Submitted:
		j.err = fmt.Sprintf("a submitted assessment with %d %s is not scored; the first: %s",
			len(problems), problemsWord(len(problems)), problems[0].Describe(i18n.English))
		return
	case len(problems) > 0 && a.State != assessment.Draft:
		j.err = describe(problems) // no valid state: neither draft nor submitted
		return
	}
	pol := sc.policies[cat.ID()]
	if pol == nil {
		j.err = fmt.Sprintf("the policy %s is not available for the catalog %s", sc.policyName, cat.ID())
		return
	}
	pol.ScoreTo(res, a)
	j.scored = true
	j.score, j.rating, j.passed = res.Score, res.Rating, res.Passed
}

// describe sums up the problems of a document that could not be read.
func describe(problems dendai.Problems) string {
	switch len(problems) {
	case 0:
		return "the document cannot be read"
	case 1:
		return problems[0].Describe(i18n.English)
	}
	more := len(problems) - 1
	return fmt.Sprintf("%s (and %d more %s)", problems[0].Describe(i18n.English), more, problemsWord(more))
}

// problemsWord is the English noun for a count of n problems.
func problemsWord(n int) string {
	if n == 1 {
		return "problem"
	}
	return "problems"
}

// appendLine appends the JSON line of a done job to b.
func appendLine(b []byte, j *job) []byte {
	b = append(b, `{"name":`...)
	if j.name != "" {
		b = appendString(b, j.name)
	} else {
		b = strconv.AppendInt(b, int64(j.line), 10)
	}
	if j.err != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, j.err)
		if j.problems > 0 {
			b = append(b, `,"problems":`...)
			b = strconv.AppendInt(b, int64(j.problems), 10)
		}
		return append(b, "}\n"...)
	}
	b = append(b, `,"score":`...)
	if j.score == scoring.NoScore {
		b = append(b, "null"...)
	} else {
		b, _ = j.score.AppendText(b) // never fails
	}
	b = append(b, `,"rating":`...)
	b = appendString(b, j.rating)
	b = append(b, `,"passed":`...)
	b = strconv.AppendBool(b, j.passed)
	b = append(b, `,"problems":`...)
	b = strconv.AppendInt(b, int64(j.problems), 10)
	return append(b, "}\n"...)
}

// appendString appends s to b as a JSON string. Invalid UTF-8, which a file
// name may hold, becomes U+FFFD; unlike encoding/json, <, > and & are left
// as they are.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, `\n`...)
			case c == '\r':
				b = append(b, `\r`...)
			case c == '\t':
				b = append(b, `\t`...)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
