package main

import "github.com/dendai-go/dendai/spreadsheet"

// readsCSV defines --encoding on a command that reads assessments: the
// encoding of a CSV file without a byte order mark, which the file's content
// does not always settle (see spreadsheet.ReadCSV). A command that also
// writes CSV (export) has the flag already, and it says both.
func (c *cli) readsCSV(fs *flagSet) {
	f := fs.lookup("encoding")
	if f == nil {
		f = fs.encoding()
	}
	c.csvEncoding = f
}

// readEncoding returns the encoding --encoding names for the CSV files the
// command reads, or nil when it is not given: told by content.
func (c *cli) readEncoding() *spreadsheet.Encoding {
	if c.csvEncoding == nil || !c.csvEncoding.set {
		return nil
	}
	enc, err := spreadsheet.ParseEncoding(c.csvEncoding.value)
	if err != nil {
		return nil // not reached: the flag accepts only what ParseEncoding does
	}
	return &enc
}
