# @property getters, setters and deleters, and their error messages.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __init__(self):
        self.calls = 0

    def _get(self):
        self.calls += 1
        return self.calls * 10

    value = property(_get, doc="a lazy value")
    nothing = property()


z = Lazy()
print(z.value, z.value, z.calls)
print(Lazy.value.__doc__, type(Lazy.value).__name__)
try:
    z.nothing
except AttributeError as e:
    print("AttributeError:", e)
z.__dict__["value"] = "shadow?"
print(z.value)


class Child(Temperature):
    @property
    def celsius(self):
        return "child sees " + str(self._c)


c = Child(5)
print(c.celsius)
try:
    c.celsius = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.fget(c))
