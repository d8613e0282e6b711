# Large inputs through every binascii conversion, and agreement with base64.
import base64
import binascii

blob = bytes((i * 7919 + (i >> 7)) & 255 for i in range(90000))
h = binascii.hexlify(blob)
print(len(h), h[:32], binascii.unhexlify(h) == blob)
print(binascii.hexlify(blob, "-", 4)[:40])
print(binascii.unhexlify(h.upper()) == blob)
b64 = binascii.b2a_base64(blob, newline=False)
print(len(b64), b64[-12:], binascii.a2b_base64(b64) == blob)
print(binascii.a2b_base64(b64, strict_mode=True) == blob)
print(base64.b64encode(blob) == b64, base64.b64decode(b64, validate=True) == blob)
lines = base64.encodebytes(blob)
print(len(lines), lines.count(b"\n"), binascii.a2b_base64(lines) == blob)
uu = b"".join(binascii.b2a_uu(blob[i : i + 45]) for i in range(0, len(blob), 45))
print(len(uu), uu[:20])
print(b"".join(binascii.a2b_uu(l) for l in uu.splitlines(True)) == blob)
print(binascii.crc32(blob), binascii.crc_hqx(blob, 0))
print(binascii.crc32(blob[45000:], binascii.crc32(blob[:45000])) == binascii.crc32(blob))
