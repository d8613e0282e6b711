# hash of small ints and strings (equal values hash equal) and identity via id.
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(True) == hash(1))
print(hash(7), hash(-7), hash(0), hash(10 ** 6), hash(-1) == hash(-2))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), hash(("a", 1)) == hash(("a", 1.0)))
print(hash(1.5), hash(0.5), hash(-2.25), hash(float("inf")), hash(2 ** 61 - 1), hash(2 ** 61 + 5))
print(hash("hello"), hash("a"), hash(""), hash("日本"))
print(hash(frozenset()) == hash(frozenset()), hash((1, 2)) == hash((1, 2)))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = "interned?"
y = x
print(id(x) == id(y), id(None) == id(None))
