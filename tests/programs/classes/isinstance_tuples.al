# isinstance/issubclass with classes, tuples of classes (nested), built-in
# types, bool/int, exception hierarchies, and the errors for bad arguments.
class Animal:
    pass


class Dog(Animal):
    pass


class Robot:
    pass


class RoboDog(Dog, Robot):
    pass


things = [Dog(), Robot(), RoboDog(), 3, True, 2.5, "s", None, [1], (1,), {1: 2}, Animal]
kinds = (Animal, (Robot, (int, float)))
for t in things:
    print(type(t).__name__, isinstance(t, kinds), isinstance(t, (str, list)), isinstance(t, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)), issubclass(RoboDog, (Robot,)))
print(issubclass(RoboDog, RoboDog), issubclass(Dog, ()), isinstance(3, ()), issubclass(int, object))
print(isinstance(Animal, type), isinstance(int, type), issubclass(type, object), isinstance(type, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), isinstance(KeyError("k"), Exception))
print([c.__name__ for c in RoboDog.__mro__], RoboDog.__bases__[1].__name__)
for args in [(3, 3), (3, (int, 3)), (Dog, "Animal")]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(3, int), (Dog, 3), (Dog, (Animal, 3))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)


def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (list, tuple, set)):
        return f"collection of {len(x)}"
    if isinstance(x, Animal):
        return "animal " + type(x).__name__
    return "other"


print([describe(x) for x in [False, 7, 1.5, [1, 2], (1,), {3}, Dog(), RoboDog(), "x"]])
print(type(RoboDog()) is RoboDog, type(RoboDog()) == Dog, type(3) in (int, float))
