# A tuple display of constants is one constant object, as CPython's
# compiler folds it: every evaluation (and every equal display in the
# module) is the same tuple. Displays with any other item are built anew.


def leaf():
    return (None, None)


def mixed():
    return (1, -2, +3, ~4, 2.5, -0.0, "a", b"x", (1, (2, 3)), None, True, False, ..., 99999999999999999999, 3j)


def built(x):
    return (x, None)


def tree(depth):
    if depth == 0:
        return (None, None)
    return (tree(depth - 1), tree(depth - 1))


n = (None, None)
print(leaf() is leaf(), leaf() == n, leaf() is n)
print(mixed() is mixed(), mixed())
print(built(1) is built(1), built(1) == built(1))
a = (1, 2)
b = (1, 2)
c = (1, 2.0)
z = (0.0,)
m = (-0.0,)
print(a is b, a is c, a == c, z is m, z == m)
t = tree(3)
print(t[0][0][0] is t[1][1][1], t)
seen = set()
for i in range(5):
    seen.add(id(("k", 9)))
print(len(seen))
print([(1, 2)] * 2, (1,) + (2,), hash((1, "a")) == hash((1, "a")))
x, y = (3, 4)
print(x, y)
for k in ("p", "q"):
    print(k, end=" ")
print()
print(2 in (1, 2, 3), (-1,) < (0,), ((),) == ((),))
