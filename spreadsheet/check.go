package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/assessment"
	"github.com/dendai-go/dendai/criteria"
)

// Format is a form in which an assessment travels.
type Format int

// The forms of an assessment. The zero Format is none of them; in Options it
// means "tell by content".
const (
	// JSON is the dendai.assessment/v1 document, read by assessment.Check.
	JSON Format = iota + 1
	// CSV is the CSV template, read by CheckCSV; WriteCSV describes it.
	CSV
	// XLSX is the Excel workbook, read by CheckXLSX; WriteXLSX describes it.
	XLSX
)

// String returns the name of the format as the command line spells it:
// "json", "csv" or "xlsx".
func (f Format) String() string {
	switch f {
	case XLSX:
		return "xlsx"
	case JSON:
		return "json"
	case CSV:
		return "csv"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// Detect tells the format of a document by its content, whatever its name or
// media type says: JSON when its first byte other than a byte order mark and
// white space is '{', or when it has none (an empty document, which reads as
// an empty JSON document); XLSX for a zip archive with an xl/ folder (a
// workbook) or an encrypted Office file (a workbook with a password, which
// CheckXLSX refuses with a problem that says so); CSV otherwise. It looks at
// no more than it needs.
func Detect(data []byte) Format {
	if encrypted(data) || bytes.HasPrefix(data, zipMagic) && foreignType(data) == typeXLSX {
		return XLSX
	}
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return JSON
		}
		return CSV
	}
	return JSON
}

// Options tune Check. A nil *Options means the defaults.
type Options struct {
	// Catalog is the catalog to check the document against. Nil means the
	// built-in catalog the document names (see CatalogOf), at the version it
	// names when that version is built in, else the newest; or
	// jpbank-checklist when it names none or one that is not built in.
	Catalog *criteria.Catalog
	// Format is the form of the document. The zero value means Detect's
	// answer; a program that knows the form, such as a reader of JSON Lines,
	// says so. A Format this package does not know counts as zero.
	Format Format
	// Encoding, when not nil, is the encoding of a CSV document without a
	// byte order mark, as the person who sent it says: UTF8BOM for UTF-8,
	// ShiftJIS for Shift_JIS. Nil tells the encoding by content, as ReadCSV
	// does, and refuses a document that reads as both UTF-8 and Shift_JIS
	// with different texts (CodeAmbiguousEncoding). A byte order mark
	// always decides.
	Encoding *Encoding
	// MaxSize is the largest document accepted, in bytes; 0 means
	// assessment.DefaultMaxSize.
	MaxSize int
	// Now returns the current time; nil means time.Now. Validation refuses an
	// assessment dated after today in Japan (see assessment.Options).
	Now func() time.Time
}

// Document is an assessment read from bytes by Check, with what Check found
// out about it.
type Document struct {
	// Format is the form the document was read in.
	Format Format
	// Catalog is the catalog the document was checked against:
	// Options.Catalog, or else the built-in catalog the document names (at
	// the version it names, when that one is built in), or else
	// jpbank-checklist: for a document that names none, names one that is
	// not built in, or could not be read at all. It is never nil. When it is
	// an earlier built-in version, Newer returns the newest.
	Catalog *criteria.Catalog
	// Assessment is nil when the document could not be read at all: an
	// archive, an old or encrypted workbook or a PDF (CodeFileType,
	// CodeEncrypted), over the size limit or a workbook's limits, empty, not
	// well-formed JSON, CSV or workbook, or not a dendai template. Otherwise it holds every value that could be read, even when
	// there are problems; its Catalog and CatalogVersion are the catalog the
	// document names.
	Assessment *assessment.Assessment
	// Problems lists every problem found reading and validating the document,
	// as assessment.Check, CheckCSV and CheckXLSX list them: each with its
	// JSON Pointer, and its line and column (a CSV file's row and cell, or a
	// workbook's row and column in the sheet its message names), capped as
	// dendai.Problems.Cap says. It is empty when the assessment is valid.
	Problems dendai.Problems
}

// Check reads an assessment in any of its forms and validates it, in one call:
// the one function a program that takes assessments from people needs.
//
// It tells the form by content (see Detect) unless opts.Format says it, and
// reads the document as assessment.Check reads JSON or as CheckCSV reads the
// CSV template. The catalog it checks against is opts.Catalog or, when that is
// nil, the built-in catalog the document names: a jpbank-standard assessment
// is checked against jpbank-standard without the caller looking into it. The
// built-in catalogs keep their earlier versions, so an assessment of an
// earlier version is checked against that version, and Document.Newer says
// that a newer one exists; an assessment of a version that is not built in is
// checked against the newest, and gets a problem saying which version it
// names. A document that names no built-in catalog is checked against
// jpbank-checklist, and so gets a problem saying which catalog it names.
// Document.Catalog says which catalog it was, for choosing a policy.
//
// An Excel workbook (.xlsx, told by the xl/ folder of its zip archive) is
// read as one, as CheckXLSX reads it, whatever form was expected; one with a
// password is one problem, coded CodeEncrypted, saying to remove it. A file
// of another type is one problem coded CodeFileType that names it and says
// what to give instead: an OpenDocument spreadsheet (.ods, by its mimetype or
// content.xml member), another zip archive, an OLE2 file (.xls and other old
// Office files) or a PDF, told apart by content.
//
// Check never returns nil.
func Check(data []byte, opts *Options) *Document {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Format != JSON && o.Format != CSV && o.Format != XLSX || Detect(data) == XLSX {
		o.Format = Detect(data) // a workbook is read as one, whatever was expected
	}
	max := assessment.DefaultMaxSize
	if o.MaxSize > 0 {
		max = o.MaxSize
	}
	doc := &Document{Format: o.Format, Catalog: o.Catalog}
	if t := foreignType(data); t != notForeign && o.Format != XLSX {
		// A workbook, an archive or a PDF: one problem naming it, whichever
		// form was expected.
		if doc.Catalog == nil {
			doc.Catalog = criteria.Checklist()
		}
		doc.Problems = dendai.Problems{foreignProblem(t)}
		return doc
	}
	aopts := &assessment.Options{MaxSize: max, Now: o.Now}
	switch o.Format {
	case CSV:
		if doc.Catalog == nil {
			doc.Catalog = builtinNamed("", "")
			if len(data) <= max {
				// The header block only, not the whole file.
				doc.Catalog = builtinNamed(csvCatalog(data))
			}
		}
		doc.Assessment, doc.Problems = checkCSV(doc.Catalog, data, aopts, o.Encoding)
	case XLSX:
		if doc.Catalog == nil {
			doc.Catalog = builtinNamed("", "")
			if len(data) <= max {
				// The cover sheet only, not the whole workbook.
				doc.Catalog = builtinNamed(catalogOf(data, XLSX))
			}
		}
		doc.Assessment, doc.Problems = CheckXLSX(doc.Catalog, data, aopts)
	default:
		// JSON is read once: decoded first, since decoding needs no
		// catalog, then checked against the catalog the assessment names.
		parsed := assessment.Parse(data, aopts)
		if doc.Catalog == nil {
			var id criteria.ID
			var version string
			if a := parsed.Assessment(); a != nil {
				id, version = a.Catalog, a.CatalogVersion
			}
			doc.Catalog = builtinNamed(id, version)
		}
		doc.Assessment, doc.Problems = parsed.Check(doc.Catalog)
	}
	if doc.Assessment == nil && o.Catalog == nil {
		// A document that cannot be read names no catalog, whatever its
		// first bytes say; its problems do not depend on one.
		doc.Catalog = criteria.Checklist()
	}
	return doc
}

// builtinNamed returns the built-in catalog id at version when that version is
// built in, else its newest version, else jpbank-checklist: the catalog Check
// checks a document against when the caller gives none.
func builtinNamed(id criteria.ID, version string) *criteria.Catalog {
	if id != "" {
		if cat, ok := criteria.BuiltinVersion(id, version); ok {
			return cat
		} else if cat, ok := criteria.Builtin(id); ok {
			return cat
		}
	}
	return criteria.Checklist()
}

// Newer returns the newest built-in version of the catalog the document was
// checked against when that catalog is an earlier built-in version, and true:
// the assessment can be migrated to it. It returns nil and false when
// Document.Catalog is the newest version of a built-in catalog, or not a
// built-in catalog at all (a custom catalog, even one with a built-in ID).
func (d *Document) Newer() (*criteria.Catalog, bool) {
	return newer(d.Catalog, criteria.BuiltinVersion, criteria.Builtin)
}

// newer is Newer with the look-ups of built-in catalogs given: version finds
// a built-in catalog at a version, newest the newest version of a built-in
// catalog.
func newer(cat *criteria.Catalog, version func(criteria.ID, string) (*criteria.Catalog, bool), newest func(criteria.ID) (*criteria.Catalog, bool)) (*criteria.Catalog, bool) {
	if cat == nil {
		return nil, false
	}
	last, ok := newest(cat.ID())
	if !ok || last.Version() == cat.Version() {
		return nil, false
	}
	if b, ok := version(cat.ID(), cat.Version()); !ok || !b.Equal(cat) {
		return nil, false
	}
	return last, true
}

// CatalogOf returns the ID and version of the catalog a document names, told
// by content as Check tells it, without reading or checking the rest: the
// catalog and catalogVersion members of a JSON document, the catalog and
// catalogVersion rows of the CSV template's header. It reads no further than
// those, so it is cheap, and it does not check that the document is
// well-formed: use it to choose a catalog (or a policy) before calling Check.
// Either result is empty when the document does not give it as text.
func CatalogOf(data []byte) (id criteria.ID, version string) {
	return catalogOf(data, Detect(data))
}

func catalogOf(data []byte, f Format) (criteria.ID, string) {
	switch f {
	case CSV:
		return csvCatalog(data)
	case XLSX:
		return xlsxCatalog(data)
	}
	return jsonCatalog(data)
}

// jsonCatalog reads the top-level members of a JSON object up to catalog and
// catalogVersion; the first of each counts.
func jsonCatalog(data []byte) (criteria.ID, string) {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte(byteOrderMark))))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", ""
	}
	var h header
	for dec.More() && !h.done() {
		key, err := dec.Token()
		if err != nil {
			break
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			break
		}
		if k, ok := key.(string); ok && (k == "catalog" || k == "catalogVersion") {
			var s string
			if json.Unmarshal(v, &s) != nil {
				s = "" // not text
			}
			h.set(k, s)
		}
	}
	return criteria.ID(h.id), h.version
}

// csvCatalog reads the header block of the CSV template up to its catalog and
// catalogVersion rows, as ReadCSV reads them: the file must start with the
// format cell, keys match without regard to case, and the first row of each
// counts.
func csvCatalog(data []byte) (criteria.ID, string) {
	var text io.Reader
	comma := ','
	utf8BOM := bytes.HasPrefix(data, []byte(byteOrderMark))
	switch {
	case utf8BOM:
		text = bytes.NewReader(data[len(byteOrderMark):])
	case utf16Encoding(data) != nil:
		text = utf16Encoding(data).NewDecoder().Reader(bytes.NewReader(data))
		if sample, err := utf16Encoding(data).NewDecoder().Bytes(data[:min(len(data), 4096)&^1]); err == nil {
			comma = separator(string(sample))
		}
	case utf8.Valid(data):
		text = bytes.NewReader(data)
	default:
		// Decoded as it is read, so that the rows after the header cost
		// nothing.
		text = japanese.ShiftJIS.NewDecoder().Reader(bytes.NewReader(data))
	}
	cr := csv.NewReader(text)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.Comma = comma
	var h header
	for first := true; !h.done(); {
		cells, err := cr.Read()
		if err != nil {
			break
		}
		for j, c := range cells {
			if utf8BOM {
				c = strings.ToValidUTF8(c, "\uFFFD")
			}
			cells[j] = restoreFormula(normaliseLineBreaks(c))
		}
		if blankRow(cells) {
			continue
		}
		key := strings.TrimSpace(cellAt(cells, 1))
		switch {
		case first:
			if strings.TrimSpace(cells[0]) != assessment.Format {
				return "", ""
			}
			first = false
		case isTableHeading(cells):
			return criteria.ID(h.id), h.version // the table: the header block is over
		case strings.EqualFold(key, "catalog"):
			h.set("catalog", strings.TrimSpace(cellAt(cells, 2)))
		case strings.EqualFold(key, "catalogVersion"):
			h.set("catalogVersion", strings.TrimSpace(cellAt(cells, 2)))
		}
	}
	return criteria.ID(h.id), h.version
}

// header collects the catalog a document names, keeping the first value of
// each field.
type header struct {
	id, version         string
	haveID, haveVersion bool
}

func (h *header) set(key, value string) {
	switch {
	case key == "catalog" && !h.haveID:
		h.id, h.haveID = value, true
	case key == "catalogVersion" && !h.haveVersion:
		h.version, h.haveVersion = value, true
	}
}

func (h *header) done() bool { return h.haveID && h.haveVersion }
