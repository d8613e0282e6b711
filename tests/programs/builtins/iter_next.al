# iter() and next() with and without defaults over many iterables.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
r = iter(range(10, 13))
print(next(r), list(r), next(r, "done"))
t = iter((None,))
print(next(t), next(t, "empty"))
it2 = iter([5, 6, 7])
for x in it2:
    print("loop", x)
    if x == 5:
        print("skip", next(it2))
z = zip([1, 2], "ab")
print(next(z), next(z), next(z, "zip done"))
e = enumerate("xy")
print(next(e), next(e))
m = map(str.upper, ["p", "q"])
print(next(m), list(m))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
same = iter([1])
print(iter(same) is same)
