# Objects pickle refuses, with CPython's exception and message.
import pickle
import sys


def gen():
    yield 1


def make():
    class C:
        pass
    return C()


objs = [gen(), sys, make(), (x for x in []), memoryview(b"ab"), property(), staticmethod(len),
        classmethod(len), {}.keys(), {}.items(), lambda: 1]
for o in objs:
    for p in (0, 2, 4):
        try:
            pickle.dumps(o, p)
        except Exception as e:
            print(p, type(o).__name__, type(e).__name__, str(e).split(" at 0x")[0])
print(pickle.loads(pickle.dumps([type, super, range(3), slice(1, None)], 4)))
