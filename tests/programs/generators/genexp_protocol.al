# send, throw and close on generator expressions; repr and attributes.
g = (x * 2 for x in range(5))
print(repr(g).startswith("<generator object <genexpr> at 0x"))
print(g.__name__, g.__qualname__)


def f():
    return (y for y in "ab")


print(f().__qualname__)


class C:
    gen = (z for z in range(2))


print(C.gen.__qualname__, list(C.gen))
print(next(g))
print(g.send(None))
try:
    g.send(1) if False else None
    g2 = (x for x in range(3))
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))
g3 = (x for x in range(3))
print(next(g3))
g3.close()
print(list(g3))
g4 = (x for x in range(3))
g4.close()
print(next(g4, "closed"))
