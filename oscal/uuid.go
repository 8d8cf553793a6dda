package oscal

import (
	"crypto/sha1"
	"encoding/hex"
)

// uuid is a UUID (RFC 9562, formerly RFC 4122), as its 16 bytes.
type uuid [16]byte

// namespaceURL is the name space ID RFC 9562 assigns to names that are URLs,
// 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
var namespaceURL = uuid{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// space is the name space of every UUID the package makes:
// 902e1921-d519-5f8a-95e2-6c4b14d21698, the version 5 UUID of the URL
// [Namespace] in namespaceURL. It is written out rather than computed so that
// loading the package does no work; a test checks it.
var space = uuid{0x90, 0x2e, 0x19, 0x21, 0xd5, 0x19, 0x5f, 0x8a, 0x95, 0xe2, 0x6c, 0x4b, 0x14, 0xd2, 0x16, 0x98}

// uuid5 returns the version 5 UUID of name in the name space ns: the first 16
// bytes of SHA-1(ns ‖ name), with the version and variant bits set. SHA-1 is
// what the version 5 algorithm specifies; it names things here, it does not
// protect anything.
func uuid5(ns uuid, name string) uuid {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u uuid
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // variant 10x, RFC 9562
	return u
}

// id returns the UUID the package gives the thing called name.
func id(name string) string { return uuid5(space, name).String() }

// String returns the UUID in its usual form, in lower case:
// 2ed6657d-e927-568b-95e1-2665a8aea6a2.
func (u uuid) String() string {
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:36], u[10:16])
	return string(b[:])
}
