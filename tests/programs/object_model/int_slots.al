# Special methods of int and bool reached as attributes.
print((5).__add__(3), (5).__sub__(3), (5).__mul__(3), (7).__floordiv__(2), (7).__mod__(2))
print((5).__truediv__(2), (2).__pow__(10), (2).__pow__(10, 7), (5).__rsub__(3), (5).__rpow__(2))
print((5).__add__(2.0), (5).__radd__("x"), (5).__lt__(2.5), (5).__eq__(5.0))
print(int.__add__(2, 3), int.__add__(True, True), int.__neg__(4), int.__invert__(0))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(70), (1 << 70).__rshift__(68))
print((7).__divmod__(2), (7).__rdivmod__(30), (-7).__abs__(), (0).__bool__(), (3).__bool__())
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__hash__(), (-1).__hash__())
print((10**20).__hash__(), (10**20).__add__(1), (10**20).bit_length(), (10**20).bit_count())
print((5).__round__(), (15).__round__(-1), (25).__round__(-1), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((5).__format__("08b"), (5).__format__(""), (5).__getnewargs__(), True.__getnewargs__())
print(True.__and__(False), True.__or__(0), True.__xor__(True), False.__rxor__(1), True.__repr__())
print(True.real, True.imag, True.numerator, True.denominator, type(True.real).__name__)
print((5).as_integer_ratio(), (5).conjugate(), (-5).bit_length(), (255).bit_count())
print(int.__new__(int, "42"), int.__new__(int), bool.__new__(bool, []), type(int.__new__(bool, 1)).__name__ if False else "")
for f in [lambda: int.__add__("a", 1), lambda: int.__add__(), lambda: int.__new__(str),
          lambda: int.__new__(bool, 1), lambda: int.bit_length(), lambda: (5).bit_length(1),
          lambda: (5).__add__(1, 2), lambda: int.__new__(5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(int.__add__, int.bit_length, int.real, int.from_bytes if False else "")
print(type(int.__add__).__name__, type((5).__add__).__name__, type(int.real).__name__, type(int.__new__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (5).__add__.__self__)
print(int.bit_length.__qualname__, (5).bit_length.__self__, int.__add__ is int.__add__)
class I(int):
    def __add__(self, o):
        return "I+" + str(int.__add__(self, o))
print(I(3) + 4, I(3).__sub__(1), super(I, I(3)).__add__(4), I.__mul__(I(2), 5))
print(sorted(n for n in dir(int) if not n.startswith("_") and not n.endswith("bytes")))
print(sorted(n for n in dir(bool) if not n.startswith("_") and not n.endswith("bytes")))
