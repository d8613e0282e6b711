# Building exception groups: the type chosen, args, message, exceptions, str and repr.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, repr(eg), str(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, BaseException))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one), one.args)
b = BaseExceptionGroup("b", [ValueError(), ValueError()])
print(type(b).__name__, type(b) is ExceptionGroup)
b2 = BaseExceptionGroup("b2", [ValueError(), KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception), repr(b2))
nested = ExceptionGroup("outer", [eg, one, OSError(2, "x")])
print(repr(nested))
print(len(nested.exceptions), nested.exceptions[0] is eg)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__base__, BaseExceptionGroup.__base__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, ValueError))
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
r = range(3)
print(repr(ExceptionGroup("from a tuple", tuple(ValueError(i) for i in r))))
s = ExceptionGroup("", [ValueError()])
print(repr(str(s)))
try:
    raise eg
except Exception as e:
    print("caught as Exception:", e)
try:
    raise b2
except Exception:
    print("no")
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup:", e)
