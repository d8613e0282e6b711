# t[i] on tuples: positive and negative indices, the bounds, non-int and
# big-int indices, bools, and tuple subclasses (which may override
# __getitem__).
t = (10, 20, 30)
print(t[0], t[1], t[2], t[-1], t[-2], t[-3])
for i in (3, -4, 100, -100, 2 ** 70):
    try:
        print(t[i])
    except IndexError as e:
        print("IndexError:", e)
print(t[True], t[False])
print(t[1:], t[::-1])
try:
    t["x"]
except TypeError as e:
    print("TypeError:", e)

class T(tuple):
    def __getitem__(self, i):
        return ("sub", i)

class Plain(tuple):
    pass

s = T((1, 2, 3))
p = Plain((4, 5, 6))
print(s[0], s[-1], p[0], p[-1], len(s))
x = 5
print(x if not isinstance(x, tuple) else x[0])
e = ()
try:
    e[0]
except IndexError as err:
    print("IndexError:", err)
five = 5
nothing = None
try:
    five[0]
except TypeError as err:
    print("TypeError:", err)
try:
    nothing[0]
except TypeError as err:
    print("TypeError:", err)
print([1, 2, 3][-1], "abc"[1], {0: "zero"}[0], range(5)[-2])
