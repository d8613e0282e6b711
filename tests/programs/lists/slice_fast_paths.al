# a[i:j:k] on exact lists, tuples and strs is sliced without a slice
# object; every other shape must still see a real slice object.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

l = list(range(10))
t = tuple(range(10))
s = "abcdefghij"
u = "añb😀cdé"
for seq in (l, t, s, u):
    print(seq[2:5], seq[:3], seq[7:], seq[::2], seq[::-1], seq[8:2:-2])
    print(seq[-3:], seq[:-3], seq[-100:100], seq[100:], seq[5:2], seq[::-3])
    print(seq[None:None], seq[None:4:None], seq[1:None:3])
    show("zero step", lambda: seq[::0])
    show("float bound", lambda: seq[1.5:])
    show("str bound", lambda: seq[:"x"])
    print(seq[True:], seq[:False], seq[2**70:], seq[-2**70:2], seq[::2**70])

print(t[:] is t, t[0:10] is t, t[0:100] is t, t[::1] is t, t[::-1] is t)
print(s[:] is s)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("index", self.n)
        return self.n

print(l[Idx(2):Idx(6):Idx(2)])
l2 = list(range(6))
l2[Idx(1):Idx(3)] = "xyz"
print(l2)

class Spy:
    def __getitem__(self, k):
        return ("get", k, type(k).__name__, k.indices(10))
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)

sp = Spy()
print(sp[1:2], sp[::], sp[::-1], sp[1:2:3])
sp[1:2] = "v"
sp[::] = 5
del sp[3:]

class L(list):
    def __getitem__(self, k):
        print("L.get", k)
        return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("L.set", k, v)
        list.__setitem__(self, k, v)

ll = L([1, 2, 3, 4])
print(ll[1:3], type(ll[1:3]).__name__)
ll[:2] = [9]
print(ll)

class S(str):
    pass

ss = S("hello")
print(ss[1:4], type(ss[1:4]).__name__)

class T(tuple):
    pass

tt = T((1, 2, 3))
print(tt[:], type(tt[:]).__name__, tt[:] is tt)

def order(tag, v):
    print("eval", tag)
    return v

print(order("seq", l)[order("lo", 1):order("hi", 5):order("st", 2)])
order("tgt", l2)[order("lo", 0):order("hi", 2)] = order("val", [7, 7, 7])
print(l2)

five, nothing, one_set, a_dict = 5, None, {1}, {1: 2}
show("int", lambda: five[1:2])
show("none", lambda: nothing[1:])
show("set", lambda: one_set[:1])
show("dict", lambda: a_dict[1:2])
print(b"abcdef"[1:4], bytearray(b"abcdef")[::-2], range(10)[2:8:3], memoryview(b"xyz")[1:].tobytes())

a = list(range(10))
a[2:5] = []
print(a)
a[::2] = "abcd"
print(a)
a[:0] = (1, 2)
print(a)
a[len(a):] = iter([8, 9])
print(a)
show("ext size", lambda: a.__setitem__(slice(None, None, 3), [1]))
def bad_assign():
    a[::3] = [1]
show("ext size stmt", bad_assign)
def zero_assign():
    a[::0] = []
show("zero step assign", zero_assign)
def not_iter():
    a[1:2] = 5
show("not iterable", not_iter)
def tuple_assign():
    t[1:2] = (1,)
show("tuple assign", tuple_assign)
def str_assign():
    s[1:2] = "x"
show("str assign", str_assign)
a[1:3] = a
print(a)
a[:] = a[::-1]
print(a)
a[-2:] += ["end"]
print(a)
b = [0] * 5
b[1:4] = b[3:0:-1]
print(b)
perm = [3, 0, 2, 1, 5, 4]
k = perm[0]
while k != 0:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
