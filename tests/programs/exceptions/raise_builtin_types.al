# Raising built-in exception types with and without messages; args, str and repr.
kinds = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, RuntimeError,
         AttributeError, NameError, AssertionError, OverflowError, StopIteration, Exception,
         ArithmeticError, LookupError, NotImplementedError, RecursionError]
for k in kinds:
    try:
        raise k("message for " + k.__name__)
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
for k in [ValueError, KeyError]:
    try:
        raise k
    except Exception as e:
        print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("a", 2, None)
print(str(e), repr(e), e.args, len(e.args))
print(str(KeyError("k")), str(KeyError()), repr(KeyError("k", 1)), str(KeyError("k", 1)))
print(str(ValueError()), repr(ValueError("")), str(Exception(42)), repr(Exception([1])))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(IndexError(), LookupError), isinstance(KeyError(), IndexError), isinstance(RecursionError(), RuntimeError))
try:
    raise TypeError("with", "two args")
except TypeError as err:
    print(err)
