# Class keywords go to the parent's __init_subclass__; object's accepts none.
class Shape:
    registry = {}

    def __init_subclass__(cls, sides, *, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry[name or cls.__name__.lower()] = cls


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4, name="sq"):
    pass


class Cube(Square, sides=6):
    pass


print(sorted(Shape.registry), Triangle.sides, Square.sides, Cube.sides)
print(Shape.registry["sq"] is Square, Cube.__mro__[1] is Square)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Weird(Shape, sides=0, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.registry))


class Plain:
    pass


class Child(Plain, flag=True):
    pass
