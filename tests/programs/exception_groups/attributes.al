# The group attributes are read-only; the types' attribute listings.
eg = ExceptionGroup("x", [ValueError()])
for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, "y")
    except AttributeError as e:
        print(name, "set:", e)
    try:
        delattr(eg, name)
    except AttributeError as e:
        print(name, "del:", e)
try:
    eg.__weakref__ = 1
except AttributeError as e:
    print(e)
print(eg.__weakref__)
eg.extra = 5
print(eg.extra, eg.message)
print(BaseExceptionGroup.split, BaseExceptionGroup.derive)
print(BaseExceptionGroup.__init__, ExceptionGroup.__init__, ExceptionGroup.__str__)
print(BaseExceptionGroup.message, ExceptionGroup.exceptions)
print(BaseExceptionGroup.__class_getitem__(int))
print(dir(ExceptionGroup) == dir(eg))
print([n for n in dir(ExceptionGroup) if not n.startswith("__")])
print("__module__" in dir(ExceptionGroup), "__module__" in dir(BaseExceptionGroup))
print(eg.split.__name__, eg.derive.__name__, BaseExceptionGroup.derive.__qualname__)
print(ExceptionGroup.split is BaseExceptionGroup.split)
NOT_YET = {"__reduce_ex__", "__sizeof__"}
for x in [BaseExceptionGroup, ExceptionGroup, eg, BaseExceptionGroup("b", [KeyboardInterrupt()])]:
    print([n for n in dir(x) if n not in NOT_YET])
