import uuid

seen = set()
for i in range(200):
    u = uuid.uuid4()
    assert u.version == 4 and u.variant == uuid.RFC_4122
    assert len(str(u)) == 36 and str(u)[14] == "4" and str(u)[19] in "89ab"
    assert uuid.UUID(str(u)) == u and uuid.UUID(bytes=u.bytes) == u
    assert u.is_safe is uuid.SafeUUID.unknown
    seen.add(u)
print(len(seen), type(uuid.uuid4()).__name__)
