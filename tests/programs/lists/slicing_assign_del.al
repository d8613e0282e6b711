# Slice assignment (growing, shrinking, extended) and slice deletion.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = "ABCD"[: len(a[::-3])]
print(a)
del a[0]
del a[-1]
print(a)
del a[1:4]
print(a)
del a[::2]
print(a)
b = list(range(20))
del b[::-4]
print(b)
b[3:3] = [7, 7, 7]
print(b, b[-3:], b[:-100], b[100:])
c = [1, 2, 3]
c[1:2] = c
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del c[10]
except IndexError as e:
    print("IndexError:", e)
d = [1, 2, 3, 4, 5]
d[1:4] = (9,)
d[-1:] = range(3)
print(d)
