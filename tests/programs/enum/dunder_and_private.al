from enum import Enum, nonmember, member


class Config(Enum):
    A = 1
    B = 2
    _ignore_ = ["tmp"]
    __doc_note = "private"
    limit = nonmember(10)

    @member
    def helper(x):
        return x * 2

    def method(self):
        return self.value * 10


print([m.name for m in Config], Config.limit, Config._Config__doc_note, Config.A.method())
print(Config.helper.value(4), Config.helper.name)
print(Config.__doc__ is None, Config.__module__)


class Documented(Enum):
    """Some docs."""
    X = 1


print(Documented.__doc__, list(Documented))
print(Documented.X.__class__ is Documented, Documented.X.__objclass__ is Documented)
