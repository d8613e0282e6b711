# raise ... from None suppresses the context in the report; __suppress_context__
# follows from, assignment of __cause__, and direct assignment.
def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
try:
    f()
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise TypeError("t") from z
except TypeError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("plain")
except TypeError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
    e.__suppress_context__ = True
    print(e.__suppress_context__)
    e.__cause__ = None
    print(e.__suppress_context__)
e2 = RuntimeError("x")
e2.__cause__ = KeyError("c")
print(e2.__suppress_context__)
f()
