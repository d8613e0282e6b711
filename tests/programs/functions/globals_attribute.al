# A function's __globals__ is its module's namespace.
import json
import textwrap

LIMIT = 3


def f():
    return LIMIT


print(f.__globals__ is globals(), f.__globals__["LIMIT"])
f.__globals__["LIMIT"] = 7
print(f(), LIMIT)
print(json.dumps.__globals__["__name__"], textwrap.dedent.__globals__["__name__"])
print((lambda: 0).__globals__ is globals())


class C:
    def m(self):
        pass


print(C.m.__globals__ is globals(), "__globals__" in dir(f))
