# Classes and exceptions defined in modules: the same class object whichever
# import path reaches it, isinstance and subclassing across modules, and
# exceptions raised in one module caught by their module-qualified names in
# another.
import shapes_pkg
import shapes_pkg.base
from shapes_pkg.base import Shape, ShapeError
from shapes_pkg import circle
from shapes_pkg.square import Square

print(shapes_pkg.base.Shape is Shape, circle.Shape is Shape, Square.__mro__[1] is Shape)


class Triangle(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


shapes = [circle.Circle(1), Square(2), Triangle(3, 4)]
for s in shapes:
    print(s, isinstance(s, shapes_pkg.base.Shape), round(s.area(), 3))
print(shapes_pkg.base.total_area(shapes) > 10, shapes_pkg.base.count)
for args in [(-1,), ("r",)]:
    try:
        circle.Circle(*args)
    except shapes_pkg.base.NegativeSize as e:
        print("NegativeSize:", e, isinstance(e, ShapeError), type(e).__module__)
    except ShapeError as e:
        print("ShapeError:", e, type(e).__qualname__)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sorted(Shape.registry))
