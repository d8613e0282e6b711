# A class's __module__ is the name of the module that defines it, also in
# its repr and in the repr of its instances.
import class_module_helper as h


class Here:
    pass


print(h.Thing.__module__, h.Thing.Inner.__module__, h.make().__module__, Here.__module__)
print(h.Thing, h.Thing.Inner, h.make(), Here)
print(repr(h.Thing()).split(' at ')[0], repr(Here()).split(' at ')[0])
