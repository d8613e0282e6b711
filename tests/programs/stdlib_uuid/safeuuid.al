import uuid

print(uuid.SafeUUID, list(uuid.SafeUUID))
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(uuid.SafeUUID(0), uuid.SafeUUID(None), repr(uuid.SafeUUID.unsafe))
print(uuid.UUID(int=1).is_safe, uuid.UUID(int=1, is_safe=uuid.SafeUUID.unsafe).is_safe)
print(isinstance(uuid.SafeUUID.safe, uuid.Enum))
