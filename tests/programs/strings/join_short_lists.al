# str.join of short and long lists, float lists and wrong items.
parts = []
for n in range(12):
    parts.append(str(n))
    print("-".join(parts), "".join(parts[:n % 3]))
print(", ".join(["only"]), repr("".join([])))

class MyStr(str):
    pass

m = MyStr("sub")
j = "".join([m])
print(j, type(j).__name__, "+".join([m, "x"]))
try:
    "".join([1.5, 2.5])
except TypeError as e:
    print(e)
try:
    " ".join(["a", "b", 3] + ["c"] * 10)
except TypeError as e:
    print(e)
words = ["w%d" % i for i in range(20)]
print(" ".join(words))
