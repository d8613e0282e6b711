# A user sequence whose __getitem__/__setitem__/__delitem__ handle ints and
# slice objects (slice.indices), with negative indexes and IndexError.
class Ring:
    """A fixed-size buffer indexed like a list."""

    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def _index(self, i):
        n = len(self.items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"ring index {i} out of range")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return Ring([self.items[i] for i in range(start, stop, step)])
        if not isinstance(key, int):
            raise TypeError(f"ring indices must be integers or slices, not {type(key).__name__}")
        return self.items[self._index(key)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            idx = range(*key.indices(len(self)))
            values = list(value)
            if len(values) != len(idx):
                raise ValueError(f"need {len(idx)} values, got {len(values)}")
            for i, v in zip(idx, values):
                self.items[i] = v
        else:
            self.items[self._index(key)] = value

    def __delitem__(self, key):
        if isinstance(key, slice):
            keep = set(range(*key.indices(len(self))))
            self.items = [x for i, x in enumerate(self.items) if i not in keep]
        else:
            del self.items[self._index(key)]

    def __repr__(self):
        return f"Ring({self.items})"

    def __eq__(self, other):
        return isinstance(other, Ring) and self.items == other.items


r = Ring("abcdefg")
print(r[0], r[-1], r[2:5], r[::2], r[::-1], r[-3:], r[5:1:-2], len(r[10:]))
print(slice(1, 5, 2).indices(3), slice(None, None, -1).indices(4), slice(-10, 10).indices(5))
r[1] = "B"
r[-1] = "G"
r[2:4] = "CD"
r[::3] = [0, 1, 2]
print(r, r == Ring([0, "B", "C", 1, "e", "f", 2]))
del r[0]
del r[::2]
print(r, len(r), list(r), "f" in r, r[0:1] == Ring(["B"]))
for op in [lambda: r[10], lambda: r.__setitem__(-9, 0), lambda: r["x"], lambda: r.__setitem__(slice(0, 2), [1])]:
    try:
        op()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
s = slice(1, None, 2)
print(s.start, s.stop, s.step, s, Ring(range(10))[s])
total = 0
for x in Ring([1, 2, 3]):
    total += x
print(total, sorted(Ring([3, 1, 2])), list(reversed(Ring("xyz"))))
