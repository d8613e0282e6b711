# __enter__/__exit__ found on the type are bound like any method: static
# and class methods, callables stored on the class, inherited methods.
class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return "static"

    @staticmethod
    def __exit__(t, e, tb):
        print("static exit", t)


with Static() as v:
    print("got", v)


class ClassLevel:
    count = 0

    @classmethod
    def __enter__(cls):
        cls.count += 1
        print("class enter", cls.__name__, cls.count)
        return cls

    @classmethod
    def __exit__(cls, *a):
        print("class exit", cls.__name__)


class SubLevel(ClassLevel):
    pass


with ClassLevel() as c:
    print(c.__name__)
with SubLevel() as c:
    print(c.__name__, SubLevel.count, ClassLevel.count)


class CallableExit:
    def __init__(self, label):
        self.label = label

    def __call__(self, t, e, tb):
        print("callable object as exit:", self.label, t)
        return True


class UsesCallable:
    __exit__ = CallableExit("shared")

    def __enter__(self):
        return self


with UsesCallable():
    raise ValueError("x")
print("suppressed by callable")


class NoneExit:
    __exit__ = None

    def __enter__(self):
        print("entered NoneExit")
        return self


try:
    with NoneExit():
        print("body runs")
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def __exit__(self, t, e, tb):
        print("mixin exit for", type(self).__name__)
        return False


class Resource:
    def __enter__(self):
        print("resource enter")
        return self


class Managed(Resource, Mixin):
    pass


with Managed():
    print("managed body")


class WithProperty:
    @property
    def __enter__(self):
        print("property getter runs at lookup")
        return lambda: "from property"

    def __exit__(self, *a):
        print("exit after property enter")


with WithProperty() as p:
    print(p)
