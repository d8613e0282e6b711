import uuid

u = uuid.UUID("a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90")
print(f"{u}", "%s" % u, "{}".format(u), format(u, ""), str(u).upper())
print(f"{u!r}", [u], (u,), {"k": u})
try:
    format(u, "x")
except TypeError as e:
    print(e)
class Sub(uuid.UUID):
    pass
s = Sub(int=5)
print(repr(s), s == uuid.UUID(int=5), isinstance(s, uuid.UUID), s.hex)
