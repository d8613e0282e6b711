# +, *, +=, *=, in and comparisons.
import array

A = array.array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = A('i', [1, 2])
print(a + A('i', [3]), a * 2, 2 * a, a * 0, a * -1, True * a)
print(1 in a, 5 in a, 'x' in a, 1.0 in a, 2.5 in A('d', [2.5]), 'b' in A('u', 'abc'))
show(lambda: a + A('d', [1]))
show(lambda: a + [1])
show(lambda: [1] + a)
show(lambda: a * 'x')
show(lambda: a * 2.0)
show(lambda: a * 2**70)
show(lambda: A('i', [1]) * 2**62)
show(lambda: A('i') * 2**62)
b = a
b += A('i', [5])
print(a, b is a)
b *= 2
print(a)
b *= 0
print(a, len(a))
show(lambda: a.__iadd__([1]))
show(lambda: a.__iadd__(A('d')))
show(lambda: a.__imul__(2**62))
c = A('i', [1, 2, 3])
c += c
print(c)


def aug():
    global c
    c += [1]


show(aug)

print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]))
print(A('i', [1]) < A('i', [1, 0]), A('i') == A('i'), A('i') <= A('u'))
print(A('u', 'ab') == A('u', 'ab'), A('u', 'ab') < A('u', 'b'), A('i', [1]) == A('u', 'a'))
print(A('b', [1, 2]) < A('B', [1, 3]), A('f', [0.5]) == A('d', [0.5]), A('f', [0.1]) == A('d', [0.1]))
print(A('i', [2]) > A('d', [1.5, 9.0]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1]) >= A('i', [1]))
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), A('d', [nan]) != A('d', [nan]))
print(A('i') == [], A('i', [1]) == (1,), A('b', [1, 2]) == b'\x01\x02')
show(lambda: A('i') < [1])
show(lambda: A('i') < 5)
show(hash, A('i'))
print(A('i', [1]).__eq__([1]), A('i').__lt__(5), bool(A('i')), bool(A('i', [0])))
