# A pickle naming a class finds it in the modules the program imported;
# a missing module or attribute is CPython's error.
import pickle
import collections


class Here:
    pass


print(pickle.loads(b"c__main__\nHere\n.") is Here)
print(pickle.loads(b"ccollections\nOrderedDict\n.") is collections.OrderedDict)
print(pickle.loads(b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x8c\x03int\x93.") is int)
print(pickle.loads(b"c__builtin__\nlen\n.") is len)
try:
    pickle.loads(b"cno_such_module_xyz\nThing\n.")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    pickle.loads(b"ccollections\nNoSuchThing\n.")
except AttributeError as e:
    print("AttributeError:", str(e).split(" on ")[0])


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ("builtins", "__builtin__") and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


import io
print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Here, 2))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
