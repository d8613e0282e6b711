# Module objects: their type, dir(), __doc__, __file__ (only its base name is
# printed), hasattr/getattr with defaults, attributes added from outside and
# read by the module's own functions, and the start of their repr.
import os
import sys
import attrs_helper

print(type(attrs_helper).__name__, isinstance(attrs_helper, type(sys)), type(attrs_helper) is type(os))
print([n for n in dir(attrs_helper) if not n.startswith("__")])
print(sorted(n for n in dir(attrs_helper) if n.startswith("__") and n in ("__doc__", "__file__", "__name__", "__package__")))
print(repr(attrs_helper.__doc__))
print(os.path.basename(attrs_helper.__file__), os.path.isabs(attrs_helper.__file__))
print(repr(attrs_helper).startswith("<module 'attrs_helper' from "), repr(attrs_helper).endswith("attrs_helper.py'>"))
print(hasattr(attrs_helper, "greet"), hasattr(attrs_helper, "CONFIG"), getattr(attrs_helper, "CONFIG", None))
try:
    attrs_helper.configured()
except NameError as e:
    print("NameError:", e)
attrs_helper.CONFIG = {"level": 3}
print(attrs_helper.configured(), "CONFIG" in dir(attrs_helper))
try:
    attrs_helper.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del attrs_helper.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(attrs_helper.greet("you"), attrs_helper.greet.__doc__)
attrs_helper.__doc__ = "new doc"
print(attrs_helper.__doc__, attrs_helper.own_doc())
print(str(attrs_helper) == repr(attrs_helper), attrs_helper == attrs_helper, bool(attrs_helper))
print(len({attrs_helper, sys.modules["attrs_helper"]}))
