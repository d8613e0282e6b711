# __reduce_ex__, array._array_reconstructor, copy and deepcopy.
import array
import copy

A = array.array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for code in array.typecodes:
    a = A(code, 'ab' if code == 'u' else [1, 2])
    print(code, a.__reduce_ex__(2), a.__reduce_ex__(3)[1][2], a.__reduce_ex__(4)[1][3])
print(A('i', [1]).__reduce_ex__(3)[0] is array._array_reconstructor)
show(A('i').__reduce_ex__)
show(A('i').__reduce_ex__, 'x')
show(A('i').__reduce_ex__, 1, 2)

r = array._array_reconstructor
print(r(A, 'i', 8, b'\x01\x00\x00\x00'), r(A, 'i', 9, b'\x00\x00\x00\x01'))
print(r(A, 'd', 14, b'\x00\x00\x80\x3f'), r(A, 'f', 17, b'\x3f\xf0' + bytes(6)))
print(r(A, 'l', 8, b'\x01\x00\x00\x00'), r(A, 'h', 8, b'\x00\x00\x01\x00'))
print(r(A, 'b', 6, b'\xff\xff\xff\xff'), r(A, 'i', 10, b'\x01' * 8), r(A, 'i', 13, b'\xff' * 8))
print(r(A, 'u', 18, b'a\x00b\x00'), r(A, 'u', 19, b'\x00a\x00b'), r(A, 'u', 21, b'\x00\x00\x00a' * 2))
print(r(A, 'u', 0, b'a'), r(A, 'B', 1, b'\xff'), r(A, 'H', 3, b'\x01\x02'))
for args in [(A, 'i', 10, b'\x01' * 7), (A, 'u', 21, b'\x00\x00\x00a'), (A, 'u', 18, b'a'),
             (A, 'i', 18, b'a\x00b\x00'), (A, 'i', 17, bytes(8)), (A, 'u', 14, bytes(4)),
             (A, 'i', 99, b''), (A, 'i', -1, b''), (A, 'z', 8, b''), (A, 'ii', 8, b''),
             (A, 5, 8, b''), (list, 'i', 8, b''), (5, 'i', 8, b''), (A, 'i', 8, 'x'),
             (A, 'i', 8, b'\x01'), (A, 'i', 'x', b''), (A, 'i', 2**40, b''), (A, 'i', 8)]:
    show(r, *args)

a = A('d', [1.5, 2.5])
c = copy.copy(a)
d = copy.deepcopy(a)
print(c, d, c is a, d is a, a.__copy__(), a.__deepcopy__({}))
show(a.__copy__, 1)
show(a.__deepcopy__)
