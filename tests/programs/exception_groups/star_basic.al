# except* runs each clause on the matching part of the group, in order.
import sys

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as e:
    print("ValueError:", repr(e), sys.exc_info()[1] is e)
except* TypeError as e:
    print("TypeError:", repr(e))
except* (KeyError, IndexError) as e:
    print("Lookup:", repr(e), type(e).__name__)
except* OSError as e:
    print("never")
print("after")
print(sys.exc_info())
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* Exception as e:
    print("Exception matches the group itself:", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print("no name")
except* TypeError:
    print("no name either")
try:
    raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    print("KI:", repr(e), type(e).__name__)
except* ValueError as e:
    print("VE:", repr(e), type(e).__name__)
try:
    print("e is unbound after the clause:", e)
except NameError as err:
    print(err)
