# Many integer keys, negative keys, big keys and string keys; order after resize.
d = {}
for i in range(-50, 50, 7):
    d[i * 1000003] = i
print(d)
d2 = {2 ** 70: "a", -(2 ** 70): "b", 2 ** 61 - 1: "c", 0: "d"}
print(d2, d2[2 ** 70])
names = {}
for i in range(40):
    names["k" + str(i)] = i
for i in range(0, 40, 3):
    del names["k" + str(i)]
print(list(names)[:10], len(names))
print(names.get("k3"), names.get("k4"))
