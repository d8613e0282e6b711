# Keyword sub-patterns read attributes with getattr: instance and class
# attributes, properties, __getattr__; a missing attribute means no match,
# other exceptions propagate.
class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @property
    def fahrenheit(self):
        return self.degrees * 9 / 5 + 32


class Sensor:
    def __init__(self, **readings):
        self.readings = readings

    def __getattr__(self, name):
        if name in self.readings:
            return self.readings[name]
        raise AttributeError(name)


class Broken:
    @property
    def value(self):
        raise ValueError("sensor offline")


def describe(obj):
    match obj:
        case Temperature(degrees=d, unit="F"):
            return f"{d}F"
        case Temperature(degrees=0):
            return "freezing"
        case Temperature(fahrenheit=f) if f > 90:
            return f"hot ({f}F)"
        case Temperature(degrees=d, unit=u):
            return f"{d}{u}"
        case Sensor(humidity=h, temp=t):
            return f"humid {h}% at {t}"
        case Sensor(temp=t):
            return f"sensor at {t}"
        case Sensor():
            return "silent sensor"
        case Broken(value=v):
            return f"broken? {v}"
        case object(__class__=cls):
            return f"some {cls.__name__}"


for o in [Temperature(0), Temperature(40), Temperature(21), Sensor(temp=18, humidity=40),
          Sensor(temp=25), Sensor(), 3]:
    print(describe(o))
try:
    describe(Broken())
except ValueError as e:
    print("ValueError:", e)

t = Temperature(5)
t.unit = "F"
print(describe(t))
