# dir() of built-in types that have attribute tables.
import io
import types


def f():
    pass


def public(names):
    return [n for n in names if not n.startswith("__")]


print("__call__" in dir(f), "__get__" in dir(f), "__dict__" in dir(types.FunctionType))
print(public(dir(types.MappingProxyType)))
print(public(dir(list.append)), "__objclass__" in dir(list.append), "__get__" in dir(int.real))
print("__set__" in dir(int.real), "__set__" in dir(list.append), "__call__" in dir(int.__add__))
print(public(dir(io.StringIO())) == public(dir(io.StringIO)))
# (alc's streams have no instance __dict__ yet)
print(sorted(set(dir(io.StringIO)) - set(dir(object)) - set(io.StringIO.__dict__) - {"__dict__"})[:6])
print(public(dir(int.__dict__)))


async def c():
    pass


co = c()
# (alc's coroutines have no frame, code or origin attributes)
print([n for n in public(dir(co)) if n in ("close", "send", "throw", "cr_running")], "__await__" in dir(co))
w = co.__await__()
print(public(dir(w)), "__next__" in dir(w))
w.close()
