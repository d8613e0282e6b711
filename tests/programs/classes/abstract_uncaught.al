# A base class whose methods subclasses must override.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r**2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(2, 3), Blob()]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(sum(s.area() for s in shapes[:2]))
print(sum(s.area() for s in shapes))
