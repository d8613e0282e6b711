# `a[i:j] = b[k:l:m]`: the right side's items are lent to the assignment.
# Every case must print what CPython prints, whatever runs in between.

def flips(p):
    n = 0
    k = p[0]
    while k != 0:
        p[:k + 1] = p[k::-1]
        n += 1
        k = p[0]
    return n, p

print(flips([3, 1, 0, 2]))
print(flips([4, 2, 0, 1, 3]))

a = list(range(10))
b = ["x", "y", "z"]
a[2:5] = b[::-1]
print(a)
a[:] = a[::2]
print(a)
a[1:1] = b[1:]
print(a)
a[::2] = a[1::2] + a[:1]
print(a)
a[-2:] = a[:0]
print(a)
a[0:0] = a[:]
print(a)

# The bounds of the target run Al code after the right side was sliced:
# mutating the source there must not change what is assigned.
class Index:
    def __init__(self, lst, i):
        self.lst = lst
        self.i = i
    def __index__(self):
        self.lst.append(99)
        self.lst[0] = -1
        return self.i

src = [1, 2, 3, 4]
dst = [0] * 6
dst[Index(src, 1):Index(src, 3)] = src[::-1]
print(dst, src)
src2 = [5, 6, 7]
src2[:Index(src2, 2)] = src2[1:]
print(src2)

# A target whose __setitem__ keeps the value it gets.
class Keeper:
    def __init__(self):
        self.kept = []
    def __setitem__(self, k, v):
        self.kept.append((k, v))

kp = Keeper()
items = [1, 2, 3]
for i in range(3):
    kp[i:] = items[i:]
for i in range(3):
    items[:] = items[::-1]
print(kp.kept, items)

# A list subclass on either side, tuples, strings and ranges as sources.
class L(list):
    pass

sub = L([1, 2, 3, 4])
plain = [0, 0, 0]
plain[:2] = sub[2:]
sub[1:3] = plain[::-1]
print(plain, sub, type(sub[1:]).__name__)
plain[1:] = (7, 8, 9)[1:]
print(plain)
chars = list("abc")
chars[1:2] = "xyz"[::-1]
print(chars)
rng = [0, 0]
rng[:] = range(5)[1:4]
print(rng)

# Float lists keep their items.
fl = [1.5, 2.5, 3.5]
fl[:2] = fl[1::-1]
print(fl)
mixed = [1, 2.5, "s"]
mixed[1:] = fl[:1]
print(mixed)

# Errors: from the right side first, then from the target.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def bad_step():
    x = [1, 2, 3]
    x[:1] = x[::0]

def bad_target_bound():
    x = [1, 2, 3]
    x["a":] = x[::-1]

def extended_size():
    x = [1, 2, 3, 4]
    x[::2] = x[:3]

def not_subscriptable():
    x = [1]
    n = 5
    x[:] = n[1:]

def bad_target():
    x = [1, 2]
    t = (1, 2)
    t[:1] = x[:1]

for f in [bad_step, bad_target_bound, extended_size, not_subscriptable, bad_target]:
    show(f)

# An exception between the two halves, caught: later statements still work.
def raiser():
    raise KeyError("k")

vals = [1, 2, 3]
for i in range(40):
    try:
        vals[raiser():] = vals[::-1]
    except KeyError:
        pass
    vals[:1] = vals[-1:]
print(vals)

# Big slices do not keep their memory in the lent list.
big = list(range(5000))
big[:] = big[::-1]
print(big[:3], len(big))
big[:10] = big[10:20]
print(big[:12])
