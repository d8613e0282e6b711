# A metaclass __call__ controls instance creation: singletons, counting,
# and bypassing __init__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.count = getattr(cls, "count", 0) + 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = cls.count
        return obj


class Item(metaclass=Counting):
    def __init__(self, name):
        self.name = name


items = [Item("x"), Item("y"), Item(name="z")]
print([(i.name, i.serial) for i in items], Item.count)


class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        print("never printed")


r = Raw(1, 2)
print(type(r).__name__, r.args)


class ReturnsOther(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)


class Odd(metaclass=ReturnsOther):
    pass


print(Odd(1, 2))
