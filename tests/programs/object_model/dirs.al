# dir() of the built-in types and their instances equals CPython's
# (less the pickling and size methods alc does not have yet).
NOT_YET = {"__reduce__", "__reduce_ex__", "__sizeof__", "encode", "from_bytes", "to_bytes",
           "__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__", "__flags__", "__text_signature__"}


def show(x):
    print([n for n in dir(x) if n not in NOT_YET])


for t in [object, type, int, bool, float, complex, str, list, tuple, dict, set, frozenset, range, slice]:
    show(t)
for v in [5, True, 1.5, 2j, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(2), object()]:
    show(v)
for e in [BaseException, Exception, ValueError, OSError, FileNotFoundError, KeyError, StopIteration,
          SyntaxError, ImportError, UnicodeDecodeError, AttributeError, NameError, SystemExit]:
    show(e)
show(ValueError("x"))


class C:
    a = 1

    def m(self):
        pass


show(C)
show(C())


class L(list):
    pass


show(L)
print(type.__name__, type.__mro__, int.__base__, bool.__bases__, int.__module__, C.__module__)
print(int.mro(), C.mro(), type.mro(C), C.__qualname__, int.__qualname__, type.__call__(int, "7"))
print(type.__repr__(int), type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), int | None)
print(C.__annotations__, type.__prepare__("X", ()), type(int.__dict__).__name__ if False else "")
print(ValueError.__init__, OSError.errno, StopIteration.value, BaseException.args, BaseException.with_traceback)
print(KeyError.__str__, SystemExit.code, AttributeError.name, OSError.characters_written)
e = OSError(2, "nope", "f.txt")
print(e.errno, e.strerror, e.filename, e.__reduce__(), ValueError(1, 2).__reduce__())
v = ValueError("m")
v.extra = 5
print(v.__reduce__(), v.__dict__)
v.__setstate__({"y": 2})
print(v.y, BaseException.__new__(ValueError, 1, 2).args, ValueError.__new__ is BaseException.__new__)
print(object.__new__ is object.__new__, C.__new__ is object.__new__, int.__new__ is object.__new__)
try:
    undefined_name
except NameError as ne:
    print(ne.name)
try:
    (5).nope
except AttributeError as ae:
    print(ae.name, ae.obj)
print(AttributeError("x").name, NameError("y").name)
