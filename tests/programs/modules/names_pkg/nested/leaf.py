print("names_pkg.nested.leaf:", __name__, __package__)


class Thing:
    class Inner:
        pass

    def method(self):
        return __name__

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} object>"


def make_thing():
    return Thing()


def closure_name():
    def inner():
        def innermost():
            pass
        return innermost
    return inner().__qualname__, inner.__module__


if __name__ == "__main__":
    print("never printed")
