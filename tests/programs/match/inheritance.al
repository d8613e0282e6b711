# Class patterns and inheritance: isinstance decides, __match_args__ is
# inherited and can be overridden, and subclasses match base patterns.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks


class Cat(Animal):
    __match_args__ = ("name", "lives")

    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives


class Robot:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def greet(a):
    match a:
        case Cat(n, 9):
            return f"{n} the cat has all lives"
        case Cat(n, lives):
            return f"{n} the cat has {lives} lives"
        case Dog(n, tricks=[]):
            return f"{n} the dog knows no tricks"
        case Dog(n, tricks=[first, *_]):
            return f"{n} the dog can {first}"
        case Animal(n):
            return f"{n} is some animal"
        case Robot(n) | Animal(name=n):
            return f"{n} is a robot"


zoo = [Cat("Tom"), Cat("Felix", 3), Dog("Rex", []), Dog("Fido", ["sit", "roll"]),
       Animal("Generic"), Robot("R2")]
for a in zoo:
    print(greet(a))

match Dog("Spot", ["beg"]):
    case Animal(name):
        print("a Dog is an Animal:", name)

match (Cat("A"), Dog("B", [])):
    case (Animal(x), Animal(y)):
        print("two animals", x, y)


class Matcher:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b = "A", "B"


class Narrow(Matcher):
    __match_args__ = ("b",)


match Narrow():
    case Narrow(only):
        print("override picks", only)

try:
    match Narrow():
        case Narrow(x, y):
            print("no")
except TypeError as e:
    print("TypeError:", e)

match Narrow():
    case Matcher(x, y):
        print("but the base class pattern uses its own __match_args__:", x, y)
