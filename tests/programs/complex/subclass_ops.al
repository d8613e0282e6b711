class V:
    def __init__(self, z):
        self.z = z
    def __add__(self, o):
        return V(self.z + o)
    def __radd__(self, o):
        return V(o + self.z)
    def __mul__(self, o):
        return V(self.z * o)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, complex) and o == self.z
    def __repr__(self):
        return f"V({self.z!r})"
v = V(1 + 1j)
print(v + 1j, 1j + v, 2j * v, v * 2j, 1j == v, v == 1j, 2j == v)
class R:
    def __rtruediv__(self, o):
        return ("rtruediv", o)
    def __rfloordiv__(self, o):
        return ("rfloordiv", o)
print(1j / R(), 1j // R())
