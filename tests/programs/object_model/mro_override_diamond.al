# super() and attribute lookup follow the __mro__ a metaclass's mro() gave.


class Tracing(type):
    calls = []

    def mro(cls):
        order = super().mro()
        Tracing.calls.append(cls.__name__)
        # Move the class named "Mixin" (if any) right after the class.
        mixins = [c for c in order if c.__name__ == "Mixin"]
        rest = [c for c in order if c.__name__ != "Mixin"]
        return rest[:1] + mixins + rest[1:]


class Root(metaclass=Tracing):
    def who(self):
        return ["Root"]


class Left(Root):
    def who(self):
        return ["Left"] + super().who()


class Right(Root):
    def who(self):
        return ["Right"] + super().who()


class Mixin(Root):
    def who(self):
        return ["Mixin"] + super().who()


class Diamond(Left, Right, Mixin):
    def who(self):
        return ["Diamond"] + super().who()


print([c.__name__ for c in Diamond.__mro__])
print(Diamond().who())
print([c.__name__ for c in type.mro(Diamond)])
print(Tracing.calls)
print(issubclass(Diamond, Mixin), isinstance(Diamond(), Right))


class Dedup(type):
    def mro(cls):
        # CPython keeps whatever mro() returns, duplicates included.
        return super().mro() + [object]


class Twice(metaclass=Dedup):
    pass


print(Twice.__mro__)


class Lazy(type):
    def mro(cls):
        return [cls] + list(cls.__bases__[0].__mro__) if cls.__bases__ != (object,) else [cls, object]


class A(metaclass=Lazy):
    x = "A"


class B(A):
    pass


print(B.__mro__, B.x)
