# Inline list indexing, item assignment, len() and for loops, next to every
# case that must leave the inline path: negative and out-of-range indices,
# bools and big ints as indices, slices, list subclasses, mutation during
# iteration, and non-lists at the same sites.


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


def bump(seq, i):
    seq[i] += 10


l = [10, 20, 30]
for i in [0, 1, 2, -1, -2, -3, True, False]:
    print(i, get(l, i))
for i in [3, -4, 2 ** 70, -(2 ** 70)]:
    try:
        get(l, i)
    except IndexError as e:
        print("IndexError:", e)
for i in ["0", 1.0, None]:
    try:
        get(l, i)
    except TypeError as e:
        print("TypeError:", e)
print(get(l, slice(1, None)), get("abc", 1), get((7, 8), -1), get({1: "one"}, 1))
put(l, -1, "last")
put(l, 0, "first")
bump(l, 1)
print(l)
for i in [3, -4]:
    try:
        put(l, i, 0)
    except IndexError as e:
        print("IndexError:", e)
    try:
        bump(l, i)
    except IndexError as e:
        print("IndexError:", e)
d = {}
put(d, "k", 1)
bump(d, "k")
print(d, len(l), len(d), len("héllo"), len(range(5)), len([]))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __len__(self):
        return 99

    def __iter__(self):
        print("iter")
        return iter([1, 2])


s = Loud([1, 2, 3])
print(get(s, 0), len(s))
put(s, 1, "x")
bump(s, 0)
print(list.__len__(s), [x for x in s])
for x in s:
    print("loop", x)


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
        if len(out) < 4 and isinstance(seq, list):
            seq.append(len(out) * 100)
    return out


print(walk([1, 2]), walk((1, 2)), walk("ab"), walk(range(3)), walk({5: 6}))
m = [1, 2, 3, 4, 5, 6]
for x in m:
    if x % 2 == 0:
        m.remove(x)
print(m)
n = [1, 2, 3]
for x in n:
    n.clear()
    print("once", x)
e = [4, 5]
for x in e:
    pass
else:
    print("else ran", x)
for x in []:
    print("never")
else:
    print("empty else")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("broke at", x)
big = list(range(100000))
total = 0
for v in big:
    total += v
for i in range(len(big)):
    big[i] = big[-1 - i]
print(total, big[:3], big[-3:])
nested = [[1, 2], [3, 4]]
for a, b in nested:
    print(a + b)
nested[1][0] += 100
print(nested)
grow = [1, 2, 3]
print([x * 2 for x in grow], {x: x * x for x in grow}, {x % 2 for x in grow})
print(sum(x for x in grow), any(x > 2 for x in grow), all(x > 2 for x in grow), max(x for x in grow))
print([(a, b) for a in [1, 2] for b in [a, a * 10] if b != 2])
print([x for x in grow if len(grow) < 8 and grow.append(x) is None])
print(grow, [c for c in "ab"], [t for t in (1, 2)], [y for y in Loud([5])])
