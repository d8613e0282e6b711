import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(repr(uuid.NAMESPACE_DNS), uuid.NAMESPACE_DNS.version, uuid.NAMESPACE_DNS.variant)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
print(uuid.bytes_ is bytes, uuid.int_ is int)
