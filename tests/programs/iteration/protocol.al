# The iterator protocol of the builtins: reversed with __reversed__ and
# sequences, filter(None), enumerate start, map/zip, shared iterators.
class R:
    def __init__(self, n): self.n = n
    def __reversed__(self):
        return iter(range(self.n, 0, -1))
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
print(list(reversed(R(3))), list(R(3)))
print(list(filter(None, [0, 1, "", "a", None, [], [2]])))
print(list(filter(lambda x: x % 2, range(7))))
e = enumerate("abc", start=5)
print(next(e), list(e))
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(3))).__name__)
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(m))
z = zip("ab", range(5), strict=False)
print(list(z))
try:
    list(zip("ab", "c", strict=True))
except ValueError as err:
    print(err)
print(list(iter(R(2))))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]
print(list(reversed(Seq())))
it = iter([1, 2, 3])
print(list(zip(it, it)))
print(type(iter(R(2))).__name__, type(map(abs, [])).__name__)
