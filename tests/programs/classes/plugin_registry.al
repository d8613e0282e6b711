# A plugin registry filled by class decorators, with decorator factories,
# __init_subclass__ hooks and lookup by name.
REGISTRY = {}


def register(name=None, *, priority=0):
    def deco(cls):
        key = name or cls.__name__.lower()
        if key in REGISTRY:
            raise KeyError(f"duplicate plugin {key!r}")
        cls.plugin_name = key
        cls.priority = priority
        REGISTRY[key] = cls
        return cls

    return deco


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    cls.__repr__ = __repr__
    return cls


class Plugin:
    hooks = []

    def __init_subclass__(cls, hook=None, **kw):
        super().__init_subclass__(**kw)
        if hook:
            Plugin.hooks.append((hook, cls.__name__))

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")


@register(priority=5)
@add_repr
class Upper(Plugin, hook="pre"):
    def __init__(self, exclaim=False):
        self.exclaim = exclaim

    def run(self, text):
        return text.upper() + ("!" if self.exclaim else "")


@register("rev")
@add_repr
class Reverse(Plugin):
    def __init__(self):
        self.count = 0

    def run(self, text):
        self.count += 1
        return text[::-1]


@register(priority=9)
class Strip(Plugin, hook="post"):
    def run(self, text):
        return text.strip()


@register()
class Broken(Plugin):
    pass


print(sorted(REGISTRY), Plugin.hooks)
pipeline = [REGISTRY[k]() for k in sorted(REGISTRY, key=lambda k: -REGISTRY[k].priority) if k != "broken"]
print([p.plugin_name for p in pipeline])
text = "  hello plugins  "
for p in pipeline:
    text = p.run(text)
    print(repr(text))
print(Upper(True), Reverse(), Upper.priority, Reverse.priority, Strip().plugin_name)
try:
    Broken().run("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    @register("rev")
    class Again(Plugin):
        pass
except KeyError as e:
    print("KeyError:", e)
print(type(Upper.__repr__).__name__, Upper.__name__, Upper.__qualname__, Upper.__module__)
