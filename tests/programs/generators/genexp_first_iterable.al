# The first iterable is evaluated (and iter() called) when the generator
# expression is created; the rest is evaluated lazily.
def src(name, n):
    print("evaluating", name)
    return range(n)


g = (x for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    g2 = (x for x in [1] for y in 5)
    print("created lazily")
    list(g2)
except TypeError as e:
    print("TypeError:", e)
items = [1, 2, 3]
g3 = (x for x in items)
items = [10, 20]
print(list(g3))
items = [1, 2, 3]
g4 = (x for x in items)
items.append(4)
print(list(g4))
n = 1
g5 = (x + n for x in range(3))
n = 100
print(list(g5))
