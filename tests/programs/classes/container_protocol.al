# __getitem__, __setitem__, __delitem__ and __contains__.
class Sparse:
    def __init__(self, default=0):
        self.data = {}
        self.default = default

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(key.start or 0, key.stop, key.step or 1)]
        return self.data.get(key, self.default)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)


s = Sparse()
s[3] = "three"
s[10] = "ten"
s["k", 1] = "tuple key"
print(s[3], s[4], s[10], s["k", 1])
print(s[2:5], s[0:12:5])
print(3 in s, 4 in s, 4 not in s, len(s))
del s[3]
print(3 in s, len(s))
try:
    del s[99]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("end")
        return i * 10


print(20 in Seq(), 25 in Seq(), list(Seq()))


class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])


print(2 in IterOnly(), 5 in IterOnly())


class Table:
    def __init__(self):
        self.rows = [[0] * 3 for _ in range(3)]

    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]

    def __setitem__(self, rc, v):
        r, c = rc
        self.rows[r][c] = v


t = Table()
for i in range(3):
    t[i, i] = i + 1
t[0, 2] = 9
print(t.rows, t[0, 2], t[1, 1])


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = ["a", "b", "c", "d"]
print(data[Idx(1)], "xyz"[Idx(2)], (5, 6, 7)[Idx(-1)])
data[Idx(0)] = "A"
del data[Idx(3)]
print(data)
