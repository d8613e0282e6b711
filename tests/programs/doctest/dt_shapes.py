"""Shapes, a module whose examples a program runs with testmod(m).

>>> Square(2).area()
4
"""
import math
from math import floor


class Square:
    """
    >>> Square(3).side
    3
    """

    def __init__(self, side):
        self.side = side

    def area(self):
        """
        >>> Square(1.5).area()
        2.25
        >>> Square(2).area()
        5
        """
        return self.side ** 2


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        """
        >>> round(Circle(1).area(), 3)
        3.142
        >>> Circle(0).area()
        1
        """
        return math.pi * self.r ** 2
