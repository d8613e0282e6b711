# __init_subclass__ runs for every subclass; registries built from it.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
        cls.plugin_id = len(Plugin.registry)


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Alpha.plugin_id, Beta.plugin_id, Gamma.plugin_id)
print(hasattr(Plugin, "plugin_id"))


class Shape:
    subclasses = {}

    def __init_subclass__(cls):
        Shape.subclasses[cls.__name__.lower()] = cls

    @classmethod
    def create(cls, kind, *args):
        return cls.subclasses[kind](*args)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(sorted(Shape.subclasses), Shape.create("circle", 2).area(), Shape.create("square", 3).area())
