# Instances of an int subclass are accepted wherever an int is: range,
# indexing, slicing, sorted/sum/min/max, format, bin/hex, divmod and more.
class Index(int):
    def __repr__(self):
        return f"Index({int(self)})"


i = Index(3)
j = Index(1)
print(list(range(i)), list(range(j, i)), list(range(0, 10, i)), range(i)[j])
data = ["a", "b", "c", "d", "e"]
print(data[i], data[j:i], data[::Index(2)], "hello"[i], (1, 2, 3, 4)[j])
data[j] = "B"
del data[i]
print(data, data.pop(Index(0)), data)
data.insert(Index(1), "ins")
print(data, data.index("ins"), "abcabc".find("c", Index(3)))
print(sorted([Index(5), 2, Index(1)]), sum([Index(2), Index(3)]), sum([i], Index(10)))
print(min(i, j), max([i, j, 2]), abs(Index(-4)), divmod(Index(17), Index(5)))
print(format(i, "05d"), f"{i:>4}|{j:x}", "%d-%s" % (i, j), "{}".format(i), bin(i), hex(Index(255)), oct(i))
print(str(i), repr(i), int(i), float(i), bool(Index(0)), round(i), pow(i, 2), pow(i, 2, 5))
print(i * "ab", [0] * i, (1,) * j, chr(Index(65)), "x".center(Index(5), "*"))
print(i == 3, i < 4, 3 in [i], i in {3}, {3: "three"}[i], {i: "I"}[3], hash(i) == hash(3))
print(list(zip(range(i), "xyz")), list(enumerate("ab", Index(7))), [k for k in range(Index(2))])
print(i.bit_length(), i.real, i.numerator, (i).conjugate())
print(i + j, type(i + j).__name__, i << j, i & 2, ~i, -i, i ** 2, i / 2, i // 2, i % 2)
s = {1, 2, 3, 4}
s.discard(Index(2))
print(s, Index(4) in s, isinstance(i, int), issubclass(Index, int), type(i) is Index)
print("abcdef"[Index(1):Index(-1)], [1, 2, 3, 4][Index(-2)], "x" * Index(0), int("10", Index(16)))
print(list(reversed(range(Index(3)))), len(range(Index(0), Index(9), Index(2))), round(2.567, Index(2)))
print(isinstance(True, int), sorted({Index(2): 0, Index(1): 0}), [x for x in range(j, 10, i)])


class Flag(int):
    pass


f = Flag(2)
print(f, f + 1, [10, 20, 30][f], "%x" % Flag(31), "{:b}".format(f), round(Flag(7), -1))
