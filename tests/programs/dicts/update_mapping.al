# dict(m), d.update(m), d |= m and {**m} with a mapping that is not a
# dict: its keys(), then m[k] for each, as CPython's PyDict_Merge.
class M:
    def __init__(self, data):
        self.data = data

    def keys(self):
        print("keys()")
        return list(self.data)

    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]

    def __iter__(self):
        raise AssertionError("not iterated")


m = M({"a": 1, "b": 2})
print(dict(m))
d = {"z": 0}
d.update(m)
print(d)
d |= M({"c": 3})
print(d)
print({**m, "x": 9})
print(dict(M({}), y=1))


class NoKeys:
    def __iter__(self):
        return iter([("p", 1)])


print(dict(NoKeys()))
try:
    {**NoKeys()}
except TypeError as e:
    print(e)


class BadKeys:
    keys = 5


try:
    dict(BadKeys())
except TypeError as e:
    print(e)
