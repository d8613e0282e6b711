# __setattr__, __getattr__, __getattribute__ and __delattr__ on a
# metaclass intercept attribute access on its classes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, "_frozen", False):
            raise AttributeError("class " + cls.__name__ + " is frozen")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError("cannot delete " + name)


class Settings(metaclass=Frozen):
    debug = False


Settings.debug = True
Settings._frozen = True
try:
    Settings.debug = False
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Settings.debug
except AttributeError as e:
    print(type(e).__name__, e)
print(Settings.debug)


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)


class L(metaclass=Lazy):
    real = 1


print(L.real, L.get_thing(), getattr(L, "get_x")())
try:
    L.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Tracing(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)


class T(metaclass=Tracing):
    a = 1

    @classmethod
    def cm(cls):
        return cls.a + 1


print(T.a, T.cm())
