from .base import Shape, ShapeError, NegativeSize


class Circle(Shape):
    def __init__(self, r):
        if not isinstance(r, (int, float)):
            raise ShapeError(f"radius must be a number, not {type(r).__name__}")
        if r < 0:
            raise NegativeSize(f"radius {r} < 0")
        super().__init__()
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2
