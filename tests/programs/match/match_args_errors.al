# Errors class patterns raise at run time, caught, with CPython's messages.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class Two:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class One:
    __match_args__ = ("a",)
    a = 1


class BadNames:
    __match_args__ = (1,)


not_a_class = 3
also_not = "str"


def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def no_args():
    match NoArgs():
        case NoArgs(x):
            return x


def list_args():
    match ListArgs():
        case ListArgs(x):
            return x


def too_many():
    match Two():
        case Two(x, y, z):
            return x


def too_many_one():
    match One():
        case One(x, y):
            return x


def bad_names():
    match BadNames():
        case BadNames(x):
            return x


def repeated():
    match One():
        case One(x, a=y):
            return x


def not_type():
    match 3:
        case not_a_class():
            return "?"


def not_type_str():
    match "s":
        case also_not(x):
            return x


def builtin_too_many():
    match 5:
        case int(x, y):
            return x


def no_instance_no_error():
    match 5:
        case NoArgs(x, y, z):
            return "??"
        case _:
            return "not an instance, so no check of sub-pattern counts"


def keywords_only():
    match NoArgs():
        case NoArgs():
            return "zero positional sub-patterns are always fine"


for name, f in [("no_args", no_args), ("list_args", list_args), ("too_many", too_many),
                ("too_many_one", too_many_one), ("bad_names", bad_names),
                ("repeated", repeated), ("not_type", not_type),
                ("not_type_str", not_type_str), ("builtin_too_many", builtin_too_many),
                ("no_instance_no_error", no_instance_no_error),
                ("keywords_only", keywords_only)]:
    attempt(name, f)
