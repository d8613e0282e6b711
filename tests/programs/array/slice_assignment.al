# Slice assignment takes only arrays of the same type code; an empty array
# assigned to an extended slice deletes it.
import array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


A = array.array
a = A('i', [1, 2, 3, 4, 5])
a[1:3] = A('i', [20, 30, 40])
print(a)
a[:2] = A('i')
print(a)
a[3:1] = A('i', [9])
print(a)
a[::2] = A('i', [0, 0, 0])
print(a)
a[::-1] = A('i', [1, 2, 3, 4, 5])
print(a)
a[::2] = A('i')
print(a)
b = A('i', [1, 2, 3, 4, 5])
b[1:4:2] = A('i')
print(b)
b[:] = b
print(b)
b[1:] = b
print(b)
b[::-1] = b
print(b)
show(b.__setitem__, slice(0, 1), [5])
show(b.__setitem__, slice(0, 1), 'x')
show(b.__setitem__, slice(0, 1), A('d', [5]))
show(b.__setitem__, slice(0, 4, 2), A('i', [9]))
show(b.__setitem__, slice(0, 4, 2), A('i', [9, 9, 9]))
show(b.__setitem__, slice(None, None, 0), A('i'))
print(b)
u = A('u', 'hello')
u[1:4] = A('u', 'EY')
print(u)
