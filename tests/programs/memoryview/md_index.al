# Indexing multi-dimensional views: tuples of indexes, slices of the first
# dimension, and CPython's errors for what it does not implement.
data = bytearray(range(24))
x = memoryview(data).cast("B", [2, 3, 4])


def t(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.shape, r.strides, r.tolist())
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


t("x[0, 0, 0]", lambda: x[0, 0, 0])
t("x[1, 2, 3]", lambda: x[1, 2, 3])
t("x[-1, -1, -1]", lambda: x[-1, -1, -1])
t("x[-2, -3, -4]", lambda: x[-2, -3, -4])
t("x[True, False, 1]", lambda: x[True, False, 1])
t("x[2, 0, 0]", lambda: x[2, 0, 0])
t("x[0, 3, 0]", lambda: x[0, 3, 0])
t("x[0, 0, 4]", lambda: x[0, 0, 4])
t("x[0, 0, -5]", lambda: x[0, 0, -5])
t("x[-3, 0, 0]", lambda: x[-3, 0, 0])
t("x[0, 0, 2**70]", lambda: x[0, 0, 2**70])
t("x[1]", lambda: x[1])
t("x[1, 2]", lambda: x[1, 2])
t("x[()]", lambda: x[()])
t("x[1, 2, 3, 4]", lambda: x[1, 2, 3, 4])
t("x[:, :]", lambda: x[:, :])
t("x[:, 1]", lambda: x[:, 1])
t("x[1, :]", lambda: x[1, :])
t("x[...]", lambda: x[...])
t("x[1.0, 2, 3]", lambda: x[1.0, 2, 3])
t("x['a']", lambda: x["a"])
t("x[None]", lambda: x[None])
t("x[0:1]", lambda: x[0:1])
t("x[1:]", lambda: x[1:])
t("x[::-1]", lambda: x[::-1])
t("x[::2]", lambda: x[::2])
t("x[5:]", lambda: x[5:])
t("x[::-1][0, 1, 2]", lambda: x[::-1][0, 1, 2])
t("x[1:][0, 0, 0]", lambda: x[1:][0, 0, 0])

m = memoryview(data)
t("m[1,]", lambda: m[1,])
t("m[-1,]", lambda: m[-1,])
t("m[1, 2]", lambda: m[1, 2])
t("m[:,]", lambda: m[:,])
t("m[()]", lambda: m[()])
t("m[...]", lambda: m[...])

s = memoryview(data).cast("h", [3, 4])
t("s[2, 3]", lambda: s[2, 3])
t("s[::-1].tolist()", lambda: s[::-1].tolist())
t("s[::2][1, 0]", lambda: s[::2][1, 0])
t("len", lambda: (len(x), len(x[1:]), len(s), len(s[::2]), len(x[5:])))

# Iterating and `in` need one dimension.
t("iter(x)", lambda: iter(x))
t("list(x)", lambda: list(x))
t("3 in x", lambda: 3 in x)
t("list(x.cast('B'))[:5]", lambda: list(x.cast("B"))[:5])


class Idx:
    def __index__(self):
        return 2


t("x[Idx(), 0, 0]", lambda: x[Idx() if False else 1, Idx(), Idx()])
