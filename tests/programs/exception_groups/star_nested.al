# except* statements inside clauses, loops and functions.
import sys

def inner(tag):
    try:
        raise ExceptionGroup(tag, [ValueError(tag), TypeError(tag)])
    except* ValueError as v:
        try:
            raise ExceptionGroup("in handler", [KeyError(tag)])
        except* KeyError as k:
            print("inner handled", repr(k), "while handling", repr(v))
        print("exc_info:", repr(sys.exc_info()[1]))


for tag in ["a", "b"]:
    try:
        inner(tag)
    except* TypeError as t:
        print("outer handled", repr(t))
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        raise TypeError(i)
    except* ValueError as e:
        for j in range(10):
            if j == 2:
                break
        print(i, "value", j)
    except* TypeError as e:
        print(i, "type", repr(e))
deep = ExceptionGroup("l1", [ExceptionGroup("l2", [ExceptionGroup("l3", [ValueError("deep"), OSError()])]), ValueError("top")])
try:
    raise deep
except* ValueError as e:
    print(repr(e))
except* OSError as e:
    print(repr(e))


def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError()])
    except* ValueError as e:
        yield repr(e)
    yield 3


print(list(gen()))
