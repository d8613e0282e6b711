# Alternate constructors with @classmethod (which respect subclasses) and
# validation helpers with @staticmethod.
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not self.valid(year, month, day):
            raise ValueError(f"invalid date {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def valid(cls, y, m, d):
        if not 1 <= m <= 12:
            return False
        limit = cls.days_in_month[m - 1] + (1 if m == 2 and cls.is_leap(y) else 0)
        return 1 <= d <= limit

    @classmethod
    def parse(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, year, n):
        m = 1
        while True:
            dim = cls.days_in_month[m - 1] + (1 if m == 2 and cls.is_leap(year) else 0)
            if n <= dim:
                return cls(year, m, n)
            n -= dim
            m += 1

    def ordinal(self):
        total = sum(self.days_in_month[: self.month - 1]) + self.day
        return total + (1 if self.month > 2 and self.is_leap(self.year) else 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d = Date.parse("2024-02-29")
print(d, repr(d), d.ordinal(), Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
e = EuroDate.parse("2023-12-25")
print(e, repr(e), type(e).__name__, e.ordinal())
print(EuroDate.from_ordinal(2024, 60), Date.from_ordinal(2023, 365), Date.from_ordinal(2024, 1))
for text in ["2023-02-29", "2023-13-01", "2023-04-31"]:
    try:
        Date.parse(text)
    except ValueError as err:
        print("ValueError:", err)
try:
    Date.parse("2023-xx-01")
except ValueError as err:
    print("ValueError:", err)
f = Date.parse
print(f("1999-1-2"), f.__self__ is Date, Date.valid(2024, 2, 29), EuroDate.valid.__self__.__name__)
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["parse"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(2024), cm.__func__(EuroDate, "2000-1-1"))
