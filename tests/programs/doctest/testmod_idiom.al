"""Temperature conversions, tested by their docstrings.

>>> round(c_to_f(37.0), 1)
98.6
"""


def c_to_f(c):
    """Celsius to Fahrenheit.

    >>> c_to_f(0)
    32.0
    >>> c_to_f(100)
    212.0
    >>> [c_to_f(t) for t in (-40, 10)]
    [-40.0, 50.0]
    """
    return c * 9 / 5 + 32


def f_to_c(f):
    '''Fahrenheit to Celsius.

    >>> f_to_c(212)
    100.0
    >>> f_to_c(32) == 0
    True
    '''
    return (f - 32) * 5 / 9


class Thermometer:
    """A thermometer that remembers its readings.

    >>> t = Thermometer()
    >>> t.record(20)
    >>> t.record(22.5)
    >>> t.readings
    [20, 22.5]
    >>> print(t)
    Thermometer(2 readings, mean 21.25)
    """

    def __init__(self):
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def mean(self):
        """
        >>> Thermometer().mean()
        Traceback (most recent call last):
          ...
        ValueError: no readings
        """
        if not self.readings:
            raise ValueError("no readings")
        return sum(self.readings) / len(self.readings)

    def __str__(self):
        return "Thermometer(%d readings, mean %s)" % (len(self.readings),
                                                      self.mean())


if __name__ == "__main__":
    import doctest
    doctest.testmod()
    print(doctest.testmod())
    print(doctest.testmod(verbose=False, report=False))
