# array.array as a class: its attributes, unbound methods, descriptors.
import array

A = array.array
# alc has no __sizeof__ (a size of CPython's own layout) nor object.__reduce__.
names = [n for n in dir(A) if n not in ('__sizeof__', '__reduce__')]
print(names)
print(A, A.__name__, A.__qualname__, A.__module__, type(A))
print(A.append, A.typecode, A.itemsize, A.__add__, A.__hash__)
a = A('i', [1, 2, 3])
print(A.append(a, 4), A.__len__(a), A.__getitem__(a, 0), A.__contains__(a, 2), a)
print(A.__add__(a, a), A.__mul__(a, 2), A.__eq__(a, a), A.tolist(a))
print(type(a.append).__name__, type(A.typecode).__name__, type(A.append).__name__)


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(A.append, [], 5)
show(A.__add__, a, [1])
show(A.__mul__, a, 'x')
show(A.__iadd__, a, [1])
show(setattr, a, 'typecode', 'd')
show(setattr, a, 'itemsize', 2)
show(delattr, a, 'typecode')
show(setattr, a, 'foo', 1)
show(getattr, a, 'foo')
show(format, a, 'x')
print(format(a), a.__format__(''), isinstance(a, A), issubclass(A, object))
print(type(iter(a)), type(iter(a)).__name__, type(reversed(a)).__name__)
