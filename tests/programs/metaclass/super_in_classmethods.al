# classmethods and staticmethods of classes whose metaclass is a user
# class, super() inside them, and __init_subclass__ keywords.
class Meta(type):
    def create(cls, *args):
        return cls(*args)


class Shape(metaclass=Meta):
    sides = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def kind(cls):
        return cls.__name__ + " with " + str(cls.sides) + " sides"

    @staticmethod
    def unit():
        return "cm"

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides


class Triangle(Shape, sides=3):
    @classmethod
    def kind(cls):
        return "triangle: " + super().kind()


t = Triangle.create("t1")
print(t.name, Triangle.kind(), Shape.kind(), Triangle.unit(), t.unit(), t.kind())
try:
    class Bad(Shape, nope=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Triangle.__dict__["sides"], type(Triangle).__name__)
