from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: Color(5))
attempt(lambda: Color("RED"))
attempt(lambda: Color["PURPLE"])
attempt(lambda: Color.PURPLE)
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color.RED + 1)


def reassign():
    Color.RED = 3


def delete():
    del Color.GREEN


attempt(reassign)
attempt(delete)


def redefine():
    class Bad(Enum):
        A = 1
        A = 2


def extend():
    class More(Color):
        YELLOW = 3


def reserved():
    class Bad(Enum):
        _foo_ = 1


def method_clash():
    class Bad(Enum):
        A = 1

        def A(self):
            pass


def mixins_order():
    class Bad(Enum, int):
        A = 1


def bad_mro_name():
    class Bad(Enum):
        mro = 1


attempt(redefine)
attempt(extend)
attempt(reserved)
attempt(method_clash)
attempt(mixins_order)
attempt(bad_mro_name)


def not_unique():
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1


attempt(not_unique)
attempt(lambda: IntEnum("X", "A B")("A"))
Color.other = 5
print(Color.other)
