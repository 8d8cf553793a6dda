package spreadsheet

import (
	"archive/zip"
	"bytes"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/dendai-go/dendai"
	"github.com/dendai-go/dendai/i18n"
)

// fileType is a kind of file people give where the CSV template or a JSON
// document is expected: a workbook, an archive or a printed form.
type fileType int

const (
	notForeign fileType = iota
	typeXLSX            // an Excel workbook (.xlsx, .xlsm): a zip with xl/
	typeODS             // an OpenDocument spreadsheet (.ods): a zip with mimetype or content.xml
	typeZip             // any other zip: a Word document, a compressed folder
	typeOLE2            // an OLE2 compound file: .xls, .doc and the like
	typePDF             // a PDF
)

// The magic numbers of the file types.
var (
	zipMagic      = []byte("PK\x03\x04")
	zipEmptyMagic = []byte("PK\x05\x06")
	ole2Magic     = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	pdfMagic      = []byte("%PDF-")
)

// foreignType tells by content whether data is a file of a type dendai does
// not read, and which: by its magic number, and for a zip by the names of its
// members (read from the central directory, or found among the local headers
// when the archive is cut short).
func foreignType(data []byte) fileType {
	switch {
	case bytes.HasPrefix(data, ole2Magic):
		return typeOLE2
	case bytes.HasPrefix(data, pdfMagic):
		return typePDF
	case bytes.HasPrefix(data, zipEmptyMagic):
		return typeZip
	case !bytes.HasPrefix(data, zipMagic):
		return notForeign
	}
	var names []string
	if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
	} else {
		names = localNames(data)
	}
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "xl/"):
			return typeXLSX
		case n == "mimetype" || n == "content.xml":
			if n == "content.xml" || bytes.Contains(data, []byte("application/vnd.oasis.opendocument.spreadsheet")) {
				return typeODS
			}
		}
	}
	return typeZip
}

// localNames returns the names of the members of a zip archive as its local
// headers give them: those of every local header signature found, since a
// member whose sizes follow its data (in a data descriptor) cannot be
// skipped.
func localNames(data []byte) []string {
	var names []string
	for off := 0; ; off += 4 {
		i := bytes.Index(data[off:], zipMagic)
		if i < 0 {
			return names
		}
		off += i
		if off+30 > len(data) {
			return names
		}
		n := int(data[off+26]) | int(data[off+27])<<8
		if off+30+n > len(data) {
			return names
		}
		names = append(names, string(data[off+30:off+30+n]))
	}
}

// foreignProblem returns the one problem of a file of type t: what it is and
// what to give instead.
func foreignProblem(t fileType) dendai.Problem {
	key := map[fileType]i18n.Key{
		typeXLSX: keyFileXLSX,
		typeODS:  keyFileODS,
		typeZip:  keyFileZip,
		typeOLE2: keyFileOLE2,
		typePDF:  keyFilePDF,
	}[t]
	return dendai.Problem{Code: CodeFileType, Message: messages.Text(key)}
}

// utf16Encoding returns the UTF-16 encoding whose byte order mark data starts
// with, its decoder dropping the mark, or nil.
func utf16Encoding(data []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	return nil
}

// utf16Name names the UTF-16 encoding of data, which starts with a byte order
// mark.
func utf16Name(data []byte) string {
	if data[0] == 0xFF {
		return "UTF-16LE"
	}
	return "UTF-16BE"
}

// separator returns the cell separator of a UTF-16 text: a tab when its first
// line has one before any comma, as in what Excel saves as Unicode text, and
// a comma otherwise.
func separator(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	if tab := strings.IndexByte(line, '\t'); tab >= 0 && !strings.Contains(line[:tab], ",") {
		return '\t'
	}
	return ','
}
