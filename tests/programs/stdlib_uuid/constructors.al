import uuid

forms = [
    "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "urn:uuid:{12345678123456781234567812345678}",
    "ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB",
    "+2345678123456781234567812345678",
    "1_345678123456781234567812345678",
]
for s in forms:
    print(uuid.UUID(s))
print(uuid.UUID(hex="0" * 32))
print(uuid.UUID(bytes=bytes(range(16))))
print(uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(fields=[0xffffffff, 0xffff, 0xffff, 0xff, 0xff, 0xffffffffffff]))
print(uuid.UUID(int=1))
print(uuid.UUID(int=True))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(u.hex) == u)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.UUID("1" * 32, None, None, None, None, None))
