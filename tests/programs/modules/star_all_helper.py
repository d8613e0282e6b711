__all__ = ["public_one", "max"]


def public_one():
    return "one"


def public_two():
    return "two"


def max(*args):
    return "helper max"
