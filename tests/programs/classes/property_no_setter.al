# Assigning to a read-only property raises AttributeError with CPython's text.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return 3 * self._r**2

    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be non-negative")
        self._r = v


c = Circle(2)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
c.area = 10
