# PicklingError and the other errors dumps raises, with CPython's messages.
import pickle


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


def f():
    pass


cases = [5, (1,), (f, 5), (f, (), None, 5), (f, (), None, None, 5), (f, (), None, None, None, 5),
         (5, ()), (f, (), None, None, None, None, None), "missing_name"]
for rv in cases:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(BadReduce(rv), proto)
        except pickle.PicklingError as e:
            print(proto, "PicklingError:", str(e).replace(repr(BadReduce(rv)).split(" at ")[-1], "ADDR").split(" at 0x")[0])
        except Exception as e:
            print(proto, type(e).__name__, e)
for proto in (-1, 6, 10):
    try:
        print(pickle.dumps(1, proto))
    except ValueError as e:
        print("ValueError:", e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print("TypeError:", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__)
print(pickle.PicklingError.__module__, pickle.UnpicklingError.__qualname__)
