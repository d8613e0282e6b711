# Single inheritance: overriding, extending with super(), attribute lookup.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area()}"

    def area(self):
        return 0


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2

    def describe(self):
        return "A " + super().describe()


for s in [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())

sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, object))
print(Square.__bases__, Square.__base__, Rect.__mro__)
print(Square.sides, sq.sides, Square.area is Rect.area)
