"""Helpers whose attributes the program inspects."""

_internal = 1


def greet(name):
    """Say hello."""
    return "hello " + name


def configured():
    return CONFIG["level"] * 2


def own_doc():
    return __doc__


VERSION = (1, 0)
