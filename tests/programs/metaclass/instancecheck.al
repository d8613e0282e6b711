# __instancecheck__ and __subclasscheck__ on a metaclass drive isinstance
# and issubclass (also with tuples and in match class patterns).
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "Quack"


class Dog:
    def bark(self):
        return "Woof"


print(isinstance(Duck(), Quacker), isinstance(Dog(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Dog, Quacker))
print(isinstance(Dog(), (int, Quacker)), isinstance(3, (str, Quacker)))

match Duck():
    case Quacker():
        print("matched a quacker")
    case _:
        print("no")


class Always(type):
    def __instancecheck__(cls, obj):
        print("check", type(obj).__name__)
        return True


class Any_(metaclass=Always):
    pass


# The exact type is accepted without calling the hook.
print(isinstance(Any_(), Any_))
print(isinstance(5, Any_))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]

    def __subclasscheck__(cls, sub):
        return 0


class T(metaclass=Truthy):
    pass


print(isinstance(1, T), issubclass(int, T))


class Raiser(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("no subclass checks for " + sub.__name__)


class R(metaclass=Raiser):
    pass


try:
    issubclass(int, R)
except ValueError as e:
    print(type(e).__name__, e)
