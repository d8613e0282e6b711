# frozenset: printing, hashing, use as dict key/set member, ops returning frozenset.
f = frozenset([3, 1, 2])
g = frozenset("abc")
print(f, g, frozenset(), len(f), 2 in f)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {3, 5}, type(f | {4}).__name__)
print({4} | f, type({4} | f).__name__, f == {1, 2, 3}, f == frozenset({1, 2, 3}))
d = {f: "numbers", g: "letters"}
print(d[frozenset([1, 2, 3])], d[frozenset("cab")])
nested = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(nested), frozenset([1]) in nested)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), f.union([7]), f.issubset(range(5)))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset([frozenset(), frozenset([1])]))
