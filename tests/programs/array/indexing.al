# Indexing, slicing and deletion.
import array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Index:
    def __index__(self):
        return 1


a = array.array('i', range(10))
print(a[0], a[-1], a[3], a[-10], a[True], a[Index()])
show(a.__getitem__, 10)
show(a.__getitem__, -11)
show(a.__getitem__, 'x')
show(a.__getitem__, 1.0)
show(a.__getitem__, 2**70)
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[20:], a[5:2])
show(a.__getitem__, slice(None, None, 0))
s = a[1:3]
s[0] = 100
print(s, a[1], type(s))

a[0] = -5
a[-1] = 99
a[Index()] = 11
print(a)
show(a.__setitem__, 10, 1)
show(a.__setitem__, 10, 'x')
show(a.__setitem__, 0, 'x')
show(a.__setitem__, 'x', 1)

del a[0]
del a[-1]
print(a)
show(a.__delitem__, 20)
show(a.__delitem__, 'x')
del a[1:3]
print(a)
del a[::2]
print(a)
b = array.array('d', [float(i) for i in range(8)])
del b[::-3]
print(b)
del b[5:1]
del b[:]
print(b, len(b))
