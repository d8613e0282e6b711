# import, import as, from-import, module attributes read and written from
# outside, rebinding a module's function, module objects in sys.modules.
import mod_basic_helper
import mod_basic_helper as h
from mod_basic_helper import double, X as renamed_x, Point
import sys

print(mod_basic_helper.X, renamed_x, double(3), h.double(4), h.read_x())
print(mod_basic_helper.__name__, mod_basic_helper.__doc__, __name__, __doc__)
print(h is mod_basic_helper, sys.modules["mod_basic_helper"] is h)
print(type(h).__name__, repr(h).startswith("<module 'mod_basic_helper' from "))
print(h.__file__.endswith("mod_basic_helper.py"), __file__.endswith("basic.al"))

# Writes from outside are seen by the module's own code.
h.X = 42
print(h.read_x(), renamed_x)
h.new_attr = "set from outside"
print(h.new_attr, hasattr(h, "new_attr"), getattr(h, "X"))
setattr(h, "X", 7)
print(h.read_x())

# Rebinding a function: callers inside and outside the module see it.
print(h.call_double(5))
h.double = lambda a: a + 1000
print(h.double(1), h.call_double(1), double(1))
setattr(h, "double", lambda a: -a)
print(h.call_double(9))


def use_module():
    return h.add_item("a"), mod_basic_helper.add_item("b"), h.items


print(use_module())
print(h.Point(1, 2), Point(3, 4), isinstance(h.Point(0, 0), Point))

del h.new_attr
print(hasattr(h, "new_attr"))
try:
    h.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del h.missing
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(h) if not n.startswith("__")])
print(h.describe(), h.Point.__module__, h.double.__module__, repr(h.Point(1, 1).__class__))


class Local:
    pass


print(Local.__module__, use_module.__module__, Local)
