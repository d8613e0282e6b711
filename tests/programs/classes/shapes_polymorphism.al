# Polymorphism through a base class with an abstract-style method.
import_free = True


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Circle(0.5)]
for s in shapes:
    print(s)
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name, Shape.count)
print(sum(s.area() for s in shapes) > 10)
try:
    print(Blob("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob("b").perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 3))
print(by_type)
