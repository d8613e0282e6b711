"""The program's module attributes: __name__, __file__ and __doc__."""


def main():
    print("main runs as", __name__)
    return __doc__


if __name__ == "__main__":
    print(main())
print(__file__.endswith("module_dunders.al"), __file__.startswith("/"))


class C:
    where = __name__
    doc = __doc__


print(C.where, C.doc, C.__doc__)
__name__ = "renamed"
print(__name__)


def later():
    global __doc__
    __doc__ = None


later()
print(__doc__)
