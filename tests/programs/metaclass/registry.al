# A plugin registry built by a metaclass: subclasses register themselves,
# abstract bases are skipped, names are checked.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("abstract", False):
            key = ns.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError("duplicate plugin " + key)
            mcls.registry[key] = cls
        return cls

    def create(cls, key, *args):
        return cls.registry[key](*args)


class Plugin(metaclass=PluginMeta):
    abstract = True

    def __init__(self, arg=None):
        self.arg = arg

    def run(self):
        return type(self).__name__ + " ran with " + repr(self.arg)


class Csv(Plugin):
    key = "csv"


class Json(Plugin):
    pass


class Fancy(Json):
    key = "fancy"


print(sorted(PluginMeta.registry))
print(Plugin.create("json", 1).run(), Plugin.create("fancy").run())
try:
    class Csv2(Plugin):
        key = "csv"
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(PluginMeta.registry))
print(all(isinstance(c, PluginMeta) for c in PluginMeta.registry.values()))
