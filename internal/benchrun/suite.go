package main

// The suite: what a run measures. Each job is one process per round; a ratio
// between two benchmarks of the same job is taken in each process, a ratio
// between two jobs in each round (their processes run one after the other).
// Benchmarks a job's pattern does not find are reported as missing, so the
// suite can name benchmarks that other branches are adding.

var suite = []job{
	{name: "scoring", pkg: "./scoring", bench: "^(BenchmarkNaiveWeightedSum|BenchmarkScore|BenchmarkScoreTo|BenchmarkScoreSize|BenchmarkScoreSizeCold|BenchmarkResultJSON|BenchmarkDeltaJSON)$"},
	{name: "root", pkg: ".", bench: "^(BenchmarkEncodingJSON|BenchmarkEndToEnd|BenchmarkEndToEndSize)$"},
	{name: "assessment", pkg: "./assessment", bench: "Decode|Validate|Check$|V2|WholePath"},
	{name: "jsonx", pkg: "./internal/jsonx", bench: "Parse|Decode|V2"},
	{name: "report", pkg: "./report", bench: "Render"},
	{name: "spreadsheet", pkg: "./spreadsheet", bench: "WriteCSV|ReadCSV|CatalogOf|WriteXLSX|ReadXLSX"},
	{name: "service", pkg: "./examples/httpservice", bench: "^BenchmarkService$"},
	// Batch: one configuration per process, so that run order cannot favour
	// one (the first process of a round often runs on a quieter machine).
	{name: "batch-cpu1-w1", pkg: "./examples/batch", bench: "^BenchmarkBatch$/^workers=1$", cpu: "1", benchtime: "5x", count: 2},
	{name: "batch-cpu1-w2", pkg: "./examples/batch", bench: "^BenchmarkBatch$/^workers=2$", cpu: "1", benchtime: "5x", count: 2},
	{name: "batch-cpu2-w1", pkg: "./examples/batch", bench: "^BenchmarkBatch$/^workers=1$", cpu: "2", benchtime: "5x", count: 2},
	{name: "batch-cpu2-w2", pkg: "./examples/batch", bench: "^BenchmarkBatch$/^workers=2$", cpu: "2", benchtime: "5x", count: 2},
}

// execs are start-up measurements: whole processes, timed from start to
// exit, each binary run in turn, alternating.
var execs = []execJob{{
	name: "cli-start",
	runs: []execRun{
		{label: "hello", build: "./internal/benchrun/hello"},
		{label: "hello+validator", build: "./internal/benchrun/hellovalidator"},
		{label: "hello+validator.New", build: "./internal/benchrun/hellovalidatornew"},
		{label: "hello+validator.New+excelize", build: "./internal/benchrun/hellodeps"},
		{label: "dendai version", build: "./cmd/dendai", args: []string{"version"}},
		{label: "dendai score sample.json", build: "./cmd/dendai", args: []string{"score", "examples/assessments/sample.json"}},
		{label: "dendai score sample.json, static", build: "./cmd/dendai", args: []string{"score", "examples/assessments/sample.json"}, static: true},
	},
}}

var ratios = []ratio{
	// Scoring (issue 4): within 3× of the naive loop.
	{name: "ScoreTo / NaiveWeightedSum", num: ref{"scoring", "ScoreTo"}, den: ref{"scoring", "NaiveWeightedSum"}},
	{name: "Score / NaiveWeightedSum", num: ref{"scoring", "Score"}, den: ref{"scoring", "NaiveWeightedSum"}},
	// Linear growth (issue 10): per criterion, at most 1.3× that of 5,700.
	{name: "ScoreTo per criterion, 57,000 / 5,700", num: ref{"scoring", "ScoreSize/57000"}, den: ref{"scoring", "ScoreSize/5700"}, scale: 10},
	{name: "ScoreTo per criterion, caches out, 57,000 / 5,700", num: ref{"scoring", "ScoreSizeCold/57000"}, den: ref{"scoring", "ScoreSizeCold/5700"}, scale: 10},
	{name: "ScoreTo per criterion, 5,700 / 570", num: ref{"scoring", "ScoreSize/5700"}, den: ref{"scoring", "ScoreSize/570"}, scale: 10},
	// Encoding (issue 10): AppendJSON at most 0.5× json.Marshal as it was.
	{name: "Result AppendJSON / reflective json.Marshal", num: ref{"scoring", "ResultJSON/AppendJSON"}, den: ref{"scoring", "ResultJSON/reflective"}},
	{name: "Result json.Marshal now / reflective json.Marshal", num: ref{"scoring", "ResultJSON/json.Marshal"}, den: ref{"scoring", "ResultJSON/reflective"}},
	{name: "Delta AppendJSON / reflective json.Marshal", num: ref{"scoring", "DeltaJSON/AppendJSON"}, den: ref{"scoring", "DeltaJSON/reflective"}},
	// Reading (issues 4 and 10).
	{name: "EndToEnd / EncodingJSON", num: ref{"root", "EndToEnd"}, den: ref{"root", "EncodingJSON"}},
	{name: "EndToEndSize 5,700: dendai / encoding-json", num: ref{"root", "EndToEndSize/n=5700/dendai"}, den: ref{"root", "EndToEndSize/n=5700/encoding-json"}},
	{name: "Decode / DecodeEncodingJSON", num: ref{"assessment", "Decode"}, den: ref{"assessment", "DecodeEncodingJSON"}},
	// Decoding (issue 10): the strict decode at most 1.0× JSON v2's strict
	// decode into plain structs, and the whole path (decode, validate,
	// score) at most 1.5× of it.
	{name: "StrictDecode: dendai / JSON v2", num: ref{"assessment", "StrictDecode/dendai"}, den: ref{"assessment", "StrictDecode/json-v2"}},
	{name: "WholePath: dendai Check+ScoreTo / JSON v2 decode", num: ref{"assessment", "WholePath/dendai-check-score"}, den: ref{"assessment", "WholePath/json-v2-decode"}},
	// Linear growth (issue 10): per criterion at 57,000 at most 1.3× that of 5,700.
	{name: "Decode per criterion, 57,000 / 5,700", num: ref{"assessment", "DecodeSize/n=57000/dendai"}, den: ref{"assessment", "DecodeSize/n=5700/dendai"}, scale: 10},
	{name: "JSON v2 decode per criterion, 57,000 / 5,700", num: ref{"assessment", "DecodeSize/n=57000/json-v2"}, den: ref{"assessment", "DecodeSize/n=5700/json-v2"}, scale: 10},
	{name: "Validate per criterion, 57,000 / 5,700", num: ref{"assessment", "ValidateSize/invalid=false/n=57000"}, den: ref{"assessment", "ValidateSize/invalid=false/n=5700"}, scale: 10},
	{name: "Validate all-invalid per criterion, 57,000 / 5,700", num: ref{"assessment", "ValidateSize/invalid=true/n=57000"}, den: ref{"assessment", "ValidateSize/invalid=true/n=5700"}, scale: 10},
	{name: "ReadCSV per criterion, 57,000 / 5,700", num: ref{"spreadsheet", "ReadCSVSize/read/57000"}, den: ref{"spreadsheet", "ReadCSVSize/read/5700"}, scale: 10},
	{name: "CheckCSV per criterion, 57,000 / 5,700", num: ref{"spreadsheet", "ReadCSVSize/checkcsv/57000"}, den: ref{"spreadsheet", "ReadCSVSize/checkcsv/5700"}, scale: 10},
	// Workbooks (issue 12): at most 1.3× bare excelize writing and reading
	// the same cells, and linear to 5,700 rows.
	{name: "WriteXLSX 57: dendai / bare excelize", num: ref{"spreadsheet", "WriteXLSX/n=57/dendai"}, den: ref{"spreadsheet", "WriteXLSX/n=57/excelize"}},
	{name: "WriteXLSX 5,700: dendai / bare excelize", num: ref{"spreadsheet", "WriteXLSX/n=5700/dendai"}, den: ref{"spreadsheet", "WriteXLSX/n=5700/excelize"}},
	{name: "ReadXLSX 57: dendai / bare excelize", num: ref{"spreadsheet", "ReadXLSX/n=57/read"}, den: ref{"spreadsheet", "ReadXLSX/n=57/excelize"}},
	{name: "ReadXLSX 5,700: dendai / bare excelize", num: ref{"spreadsheet", "ReadXLSX/n=5700/read"}, den: ref{"spreadsheet", "ReadXLSX/n=5700/excelize"}},
	{name: "WriteXLSX per row, 5,700 / 570", num: ref{"spreadsheet", "WriteXLSX/n=5700/dendai"}, den: ref{"spreadsheet", "WriteXLSX/n=570/dendai"}, scale: 10},
	{name: "ReadXLSX per row, 5,700 / 570", num: ref{"spreadsheet", "ReadXLSX/n=5700/read"}, den: ref{"spreadsheet", "ReadXLSX/n=570/read"}, scale: 10},
	// The service (issue 10): dendai's throughput at least 1.5× the plain
	// handler's. Throughput is req/s: the ratio reads dendai / plain.
	{name: "Service throughput, dendai / plain v2+validator", num: ref{"service", "Service/dendai"}, den: ref{"service", "Service/plain-v2-validator"}, metric: "req/s"},
	// Batch: two workers against one, on one core and on two.
	{name: "Batch on 2 cores, 2 workers / 1 worker (docs/s)", num: ref{"batch-cpu2-w2", "Batch/workers=2"}, den: ref{"batch-cpu2-w1", "Batch/workers=1"}, metric: "docs/s"},
	{name: "Batch on 1 core, 2 workers / 1 worker (docs/s)", num: ref{"batch-cpu1-w2", "Batch/workers=2"}, den: ref{"batch-cpu1-w1", "Batch/workers=1"}, metric: "docs/s"},
	// Start-up (issue 10): at most 2× hello world.
	{name: "dendai score sample.json / hello", num: ref{"cli-start", "dendai score sample.json"}, den: ref{"cli-start", "hello"}},
	{name: "dendai score sample.json / hello+validator", num: ref{"cli-start", "dendai score sample.json"}, den: ref{"cli-start", "hello+validator"}},
	{name: "dendai score sample.json / hello+validator.New", num: ref{"cli-start", "dendai score sample.json"}, den: ref{"cli-start", "hello+validator.New"}},
	{name: "hello+validator.New / hello", num: ref{"cli-start", "hello+validator.New"}, den: ref{"cli-start", "hello"}},
	{name: "dendai score sample.json, static / hello", num: ref{"cli-start", "dendai score sample.json, static"}, den: ref{"cli-start", "hello"}},
	{name: "dendai version / hello", num: ref{"cli-start", "dendai version"}, den: ref{"cli-start", "hello"}},
	{name: "hello+validator / hello", num: ref{"cli-start", "hello+validator"}, den: ref{"cli-start", "hello"}},
	{name: "hello+validator.New+excelize / hello", num: ref{"cli-start", "hello+validator.New+excelize"}, den: ref{"cli-start", "hello"}},
	{name: "dendai score sample.json / hello+validator.New+excelize", num: ref{"cli-start", "dendai score sample.json"}, den: ref{"cli-start", "hello+validator.New+excelize"}},
}
