# __init_subclass__ and __set_name__ with super(), keywords and metaclasses.


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Json(Plugin, name="json"):
    pass


class Yaml(Plugin):
    pass


print(Plugin.registry, Json.plugin_name, Yaml.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Tag:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        print("tag", owner.__name__, name, getattr(owner, "plugin_name", None))


class Tagged(Plugin, name="tagged"):
    first = Tag()
    second = Tag()


print(Tagged.first.name, Tagged.second.owner)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns, **kw)


class Hooked(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("Hooked.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


class Leaf(Hooked, level=2):
    t = Tag()


class Second:
    def __init_subclass__(cls):
        print("Second", cls.__name__)


class Multi(Plugin, Second):
    pass


print(Plugin.registry)
