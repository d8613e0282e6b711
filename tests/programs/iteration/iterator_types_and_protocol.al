class R:
    def __reversed__(self):
        return iter([3, 2, 1])
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(S())), list(S()))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
it = iter([1, 2, 3])
print(type(it).__next__(it), type(it).__name__, type(it).__iter__(it) is it)
e = enumerate("ab", 1)
print(type(e).__name__, next(e), list(e))
f = filter(lambda x: x % 2, range(7))
print(type(f).__name__, next(f), list(f))
m = map(str, range(3))
print(type(m).__name__, next(m), list(m))
z = zip("ab", [1, 2])
print(type(z).__name__, next(z), list(z))
r = reversed([1, 2])
print(type(r).__name__, r.__next__(), list(r))
g = (x for x in range(2))
print(type(g).__next__(g), g.__iter__() is g)
print(type(iter(range(3))).__name__, type(iter("x")).__name__, type(iter({})).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter((1,))).__name__)
d = iter({"a": 1}.values())
print(type(d).__name__, next(d))
print(list(iter(iter([5, 6]))))
def gen():
    yield 1
print(type(gen()).__name__, type(gen()).__next__(gen()))
print(next(reversed(range(3))), list(reversed(range(0, 10, 3))))
