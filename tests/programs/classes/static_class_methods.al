# @staticmethod and @classmethod through instances and classes.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("2023-1-2"))
print(Date.is_leap(2024), Date.is_leap(1900), MyDate(1, 1, 1).is_leap(2000))
print(Date.kind(), MyDate.kind(), MyDate(2, 2, 2).kind())
print(Date.count)
f = Date.is_leap
print(f(2001))
k = MyDate.kind
print(k(), k.__self__ is MyDate)


class Util:
    def plain(x):
        return x + 1

    plain_static = staticmethod(plain)
    tripled = classmethod(lambda cls, x: (cls.__name__, x * 3))


print(Util.plain(1), Util.plain_static(2), Util().plain_static(3))
print(Util.tripled(4), Util().tripled(5))
sm = staticmethod(len)
print(sm("abcd"), type(sm).__name__, type(Util.__dict__["tripled"]).__name__)
