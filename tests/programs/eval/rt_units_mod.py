"""Unit conversions, imported only at run time."""
FACTORS = {"km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001}


def convert(value, src, dst):
    return value * FACTORS[src] / FACTORS[dst]


class Quantity:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit

    def to(self, unit):
        return Quantity(convert(self.value, self.unit, unit), unit)

    def __repr__(self):
        return f"{self.value:g} {self.unit}"
