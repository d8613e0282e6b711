# __doc__ of built-in types, their methods (bound or not), their slot
# wrappers and data descriptors, and of the functions of builtins: CPython's.
for t in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, slice, object, type, bool, memoryview, property,
          staticmethod, classmethod, super):
    print(t.__name__, repr(t.__doc__))

print(list.append.__doc__)
print([].append.__doc__)
print(int.__add__.__doc__, (5).__add__.__doc__)
print(int.__new__.__doc__)
print(dict.fromkeys.__doc__)
print(str.maketrans.__doc__)
print(int.real.__doc__, complex.imag.__doc__)
print(range.start.__doc__, slice.stop.__doc__)
print(object.__init__.__doc__)
print(type.mro.__doc__)
print(str.join.__doc__)
print((1.5).hex.__doc__)
print(list.__hash__.__doc__ == type(None).__doc__)

for f in (len, print, abs, sorted, isinstance, getattr, iter, next, max, sum,
          repr, round, divmod, hash, id, input, open, vars, dir, format):
    print(f.__name__, repr(f.__doc__))

for e in (ValueError, TypeError, KeyError, OSError, StopIteration,
          KeyboardInterrupt, ExceptionGroup, UnicodeDecodeError, Warning):
    print(e.__name__, repr(e.__doc__), repr(e().__doc__) if e not in (ExceptionGroup, UnicodeDecodeError) else "")
print(ValueError.__init__.__doc__)

print((5).__doc__ == int.__doc__, "x".__doc__ == str.__doc__, [].__doc__ == list.__doc__)
print(None.__doc__, NotImplemented.__doc__, (...).__doc__)
print(int.__dict__["__doc__"] == int.__doc__)
print(type(str.join).__dict__["__doc__"])
print(type(lambda: 0).__dict__["__doc__"])
print(type.__dict__["__doc__"])


class C:
    """The class's own docstring."""

    def m(self):
        "A method."


class D(int):
    pass


class E(list):
    "E's doc"


print(C.__doc__, C().__doc__, C.m.__doc__, C().m.__doc__)
print(D.__doc__, D(3).__doc__, E.__doc__, E().__doc__)
print(type.__dict__["__doc__"].__get__(C), type.__dict__["__doc__"].__get__(int)[:10])
print(getattr(list, "__doc__") == list.__doc__)
print(str.__dict__["maketrans"].__doc__[:20], bytes.maketrans.__doc__[:20])
