import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID("00000000-0000-0000-0000-000000000001")
print(a == c, a != b, a < b, a <= c, b > a, b >= b, a == 1, a != 1)
print(hash(a) == hash(c), hash(a) == hash(1), int(b), bool(a))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(len({a, b, c}), {a: "x"}[c])
print(a.__eq__(5), a.__lt__("x"))
for f in [lambda: a < 5, lambda: a <= 5, lambda: 5 > a, lambda: a >= "s"]:
    try:
        f()
    except TypeError as e:
        print(e)
print(max([uuid.UUID(int=7), uuid.UUID(int=9)]), min(uuid.UUID(int=7), uuid.UUID(int=9)))
