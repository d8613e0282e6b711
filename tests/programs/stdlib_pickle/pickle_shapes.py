"""Classes of a module next to the program, for the pickle tests."""


class Shape:
    def __init__(self, sides):
        self.sides = sides


class Registry:
    class Entry:
        def __init__(self, key):
            self.key = key


def area(shape):
    return shape.sides * 10
