import uuid

for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    for name in ["python.org", "", "caf\u00e9", "https://example.com/a?b=c"]:
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(u3, u3.version, u5, u5.version)
print(uuid.uuid5(uuid.uuid4() if False else uuid.NAMESPACE_DNS, "x") == uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
custom = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(uuid.uuid3(custom, "name"), uuid.uuid5(custom, "name"))
for args in [(uuid.NAMESPACE_URL, b"bytes"), ("x", "y"), (uuid.NAMESPACE_DNS, 5)]:
    for f in [uuid.uuid3, uuid.uuid5]:
        try:
            f(*args)
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
