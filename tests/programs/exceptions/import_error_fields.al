# ImportError's own fields: msg (the only argument, else None), name and
# path (keywords), str() from msg, writable and deletable attributes, the
# keywords accepted through subclasses and super().__init__, the errors for
# other keywords, and the fields the import statement fills in.
e = ImportError("x", name="m", path="p")
print(repr(e), str(e), e.msg, e.name, e.path, e.args, vars(e))
e = ImportError()
print(repr(e), repr(str(e)), e.msg, e.name, e.path)
e = ImportError("a", "b")
print(repr(e), str(e), e.msg)
e = ImportError(5)
print(str(e), e.msg)
e.msg = "new"
print(str(e), e.args)
e.msg = 7
print(str(e))
e.name = 3
print(e.name)
del e.name
print(e.name)
for kw in [{"foo": 1}, {"name": 1, "path": 2, "msg": 3}]:
    for cls in [ImportError, ModuleNotFoundError]:
        try:
            cls("x", **kw)
        except TypeError as t:
            print(cls.__name__, "TypeError:", t)


class PluginMissing(ImportError):
    pass


class NeedsPath(ModuleNotFoundError):
    def __init__(self, what):
        super().__init__(f"need {what}", name=what, path="/opt/" + what)


print(PluginMissing("q", name="n").name, PluginMissing("q").name)
try:
    PluginMissing("x", bad=1)
except TypeError as t:
    print("TypeError:", t)
n = NeedsPath("zlib")
print(n, n.msg, n.name, n.path, isinstance(n, ImportError), repr(n))
e = ImportError(name="only")
print(repr(e), repr(str(e)), e.msg, e.name)
try:
    import no_module_called_this
except ImportError as e:
    print(type(e).__name__, repr(e), e.name, e.path, e.msg)
try:
    from sys import no_name_called_this
except ImportError as e:
    print(e, e.name, e.path)
try:
    raise ModuleNotFoundError("custom", name="here")
except ImportError as e:
    print(e.name, e.msg, type(e).__name__)
try:
    KeyError("k").name
except AttributeError as x:
    print("AttributeError:", x)
