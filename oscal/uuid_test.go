package oscal

import (
	"regexp"
	"testing"
)

// namespaceDNS is the name space ID RFC 9562 assigns to domain names.
var namespaceDNS = uuid{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

func TestUUID5(t *testing.T) {
	tests := []struct {
		ns   uuid
		name string
		want string
	}{
		// Published vectors: the first is the usual RFC 4122 example, the
		// second is in the documentation of Python's uuid module.
		{namespaceDNS, "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"},
		{namespaceDNS, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"},
		{namespaceURL, "http://www.ietf.org/rfc/rfc4122.txt", "d0690b3c-b29d-52e7-81b0-d573b503f2d4"},
		// The package's own name space.
		{namespaceURL, Namespace, "902e1921-d519-5f8a-95e2-6c4b14d21698"},
	}
	for _, tt := range tests {
		if got := uuid5(tt.ns, tt.name).String(); got != tt.want {
			t.Errorf("uuid5(%v, %q) = %s, want %s", tt.ns, tt.name, got, tt.want)
		}
	}
}

func TestSpace(t *testing.T) {
	if want := uuid5(namespaceURL, Namespace); space != want {
		t.Errorf("space = %v, want the version 5 UUID of %q in the URL name space, %v", space, Namespace, want)
	}
}

func TestUUIDForm(t *testing.T) {
	// The pattern of OSCAL's UUIDDatatype, which admits versions 4 and 5 only.
	oscalUUID := regexp.MustCompile(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$`)
	for _, name := range []string{"", "catalog/jpbank-checklist/1.0.0", "ゆうちょ", "\x00\xff"} {
		u := id(name)
		if !oscalUUID.MatchString(u) {
			t.Errorf("id(%q) = %s, which OSCAL refuses", name, u)
		}
		if u != id(name) {
			t.Errorf("id(%q) is not stable", name)
		}
	}
	if id("a") == id("b") {
		t.Error(`id("a") == id("b")`)
	}
}
