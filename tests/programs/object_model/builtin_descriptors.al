# Methods and special methods of built-in types taken from the type or an instance.
xs = [3, 1, 2]
list.append(xs, 4)
print(xs, list.__len__(xs), list.__getitem__(xs, 0), list.__contains__(xs, 3))
print(list.append, list.__add__, list.__init__, list.__hash__, list.__new__(list))
print(type(list.append).__name__, type(xs.append).__name__, type(xs.__len__).__name__)
print(xs.append.__name__, xs.append.__qualname__, xs.append.__self__ is xs, list.append.__objclass__)
print(str.join(", ", ["a", "b"]), str.upper("abc"), str.__len__("abcd"), "x".__mul__(3), "a".__rmul__(2))
print("ab".__getitem__(1), "ab".__contains__("b"), "%d-%s".__mod__((1, "x")), "b".__rmod__("a%s"))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None, 98: "BB"}))
print(str.maketrans({"a": 1, "b": "x", 99: None}))
for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({1.5: 2}),
          lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}),
          lambda: str.maketrans("a", 1), lambda: str.upper(5), lambda: list.append()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1}
print(dict.__getitem__(d, "a"), dict.get(d, "b", 0), dict.__len__(d), d.__contains__("a"), dict.keys(d))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys.__self__, {}.fromkeys("x"))
class D(dict):
    def __missing__(self, k):
        return k * 2
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab"), D()["z"], dict.__getitem__(D(), "q"))
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
e = E()
e["a"] = 1
print(e, dict.__repr__(e), e.__len__())
s = {1, 2}
print(set.__len__(s), s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({1, 5}), s.__or__([1]))
print(frozenset.__hash__(frozenset()) == hash(frozenset()), s.__reduce__(), frozenset([1]).__reduce__())
print(set.__hash__, frozenset.copy, s.__iand__({1}), s)
print(tuple.__add__((1,), (2,)), (1, 2).__getnewargs__(), tuple.count((1, 1), 1), (1,).__mul__(2))
print(range(5).__len__(), range(1, 10, 2).__getitem__(2), range(3).__reduce__(), range(0, 5, 2).start, range.start)
print(slice(1, 2).__reduce__(), slice(1, 9, 2).indices(5), slice.stop, slice(3).stop)
print(type(range.start).__name__, type(dict.fromkeys).__name__, type(str.maketrans).__name__)
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
