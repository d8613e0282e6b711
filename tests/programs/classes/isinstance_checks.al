# isinstance / issubclass with user classes, built-ins and (nested) tuples.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass
class RoboDog(Robot, Dog): pass

things = [Animal(), Dog(), Cat(), Robot(), RoboDog(), 3, "s", [1]]
for t in things:
    print(type(t).__name__,
          isinstance(t, Animal),
          isinstance(t, (Cat, Robot)),
          isinstance(t, (int, (str, Dog))),
          isinstance(t, object))

print(issubclass(RoboDog, Animal), issubclass(RoboDog, (Cat, Robot)), issubclass(Cat, Dog))
print(issubclass(Dog, (int, str)), issubclass(bool, (Animal, int)))
print(issubclass(RoboDog, RoboDog), issubclass(object, Animal))
try:
    isinstance(Dog(), "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print("TypeError:", e)


class MyError(ValueError): pass


print(isinstance(MyError(), Exception), issubclass(MyError, (KeyError, ValueError)))
print(type(Dog()) is Dog, type(Dog()) == Animal, type(Dog) is type, type(Dog).__name__)
print(isinstance(Dog, type), isinstance(Dog(), type), isinstance(int, type))
