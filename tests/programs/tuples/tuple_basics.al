# Tuple construction, printing, indexing, slicing, count/index, immutability.
t = (1, "two", 3.0, None, True)
e = ()
s = (42,)
print(t, e, s, (1), ((1,),), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t[1], t[-1], t[1:3], t[::-1], t[::2], len(t), len(e))
print(t.count(1), t.index(3.0), (1, 2, 1, 1).count(1), (1, 2, 3).index(3))
x = 1, 2, 3
print(x, type(x), type(()), type((1,)), type((1)))
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    t[10]
except IndexError as ex:
    print("IndexError:", ex)
try:
    (1, 2).index(5)
except ValueError as ex:
    print("ValueError:", ex)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple(x * 2 for x in range(4)), tuple({"k": 1}), tuple(tuple(p) for p in ["ab", "cd"]))
