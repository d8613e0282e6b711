# type(C), C.__class__ and friends for classes with and without a
# metaclass; instances see their class, not the metaclass.
class Meta(type):
    pass


class C(metaclass=Meta):
    pass


class D:
    pass


c = C()
print(type(C), C.__class__, type(c), c.__class__, type(type(c)))
print(type(D), D.__class__, isinstance(D, Meta), isinstance(C, Meta), isinstance(c, Meta))
print(type(C) is Meta, type(Meta) is type, C.__class__.__class__)
print(C.__name__, C.__qualname__, C.__module__, C.__bases__, C.__mro__)
print(Meta.__name__, Meta.__bases__, Meta.__base__, C.__base__)
print(issubclass(Meta, type), issubclass(C, Meta), isinstance(Meta, type))
print(vars(C)["__module__"], "__dict__" in dir(C) if False else True)
print(callable(C), callable(Meta), callable(c))
print(type.__call__(C).__class__.__name__, type.__repr__(C))
