import copy
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
c = copy.copy(u)
d = copy.deepcopy(u)
print(c, d, c == u, d == u, c is u)
print(u.__getstate__())
s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(s.__getstate__(), copy.copy(s).is_safe)
n = uuid.UUID.__new__(uuid.UUID)
n.__setstate__({"int": 7, "is_safe": -1})
print(n, n.is_safe)
n.__setstate__({"int": 8})
print(n, n.is_safe)
