# Attribute lookup on classes whose metaclass defines attributes: the
# class's own MRO first, then the metaclass, with the metaclass's data
# descriptors winning.
class Meta(type):
    shared = "from meta"
    both = "meta both"

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcls):
        return mcls.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2

    @property
    def prop(cls):
        return "meta property wins"


class C(metaclass=Meta):
    both = "class both"
    prop = "class value"

    def describe(self):
        return "instance method"


print(C.shared, C.both, C.prop)
print(C.describe(C()), C.upper_name, C.meta_cm(), C.meta_sm(4))
print(Meta.describe(C))
c = C()
print(c.both, c.prop)
for name in ["shared", "upper_name", "meta_cm"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)


class D(C):
    pass


print(D.shared, D.upper_name, D.both, D.describe(D()))
print(hasattr(C, "shared"), hasattr(C, "nothing"))
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(C.__class__.__name__, D.__class__.__name__, C.mro() == list(C.__mro__))
