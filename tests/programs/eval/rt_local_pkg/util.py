from .core import square


def quad(x):
    return square(square(x))
