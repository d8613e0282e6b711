# math with user objects: __float__, __index__, __floor__/__ceil__/__trunc__,
# int and float subclasses.
import math

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class R:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class MyInt(int):
    pass

class MyFloat(float):
    pass

class Bad:
    def __float__(self):
        return "no"

print(math.sqrt(F(2.25)), math.exp(F(0.0)), math.hypot(F(3.0), I(4)))
print(math.sqrt(I(81)), math.log(I(8), 2), math.factorial(I(6)), math.gcd(I(12), 18))
print(math.isqrt(I(50)), math.comb(I(6), I(2)), math.perm(I(4), 2))
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
print(math.floor(F(2.5)), math.ceil(F(-2.5)))
print(math.floor(MyInt(7)), type(math.floor(MyInt(7))).__name__, math.trunc(MyFloat(-3.9)))
print(math.sqrt(MyInt(16)), math.sqrt(MyFloat(6.25)), math.log(MyInt(2**2000)))
print(math.fsum([F(0.5), 1, MyFloat(0.25)]), math.prod([MyInt(3), 2.5]), math.dist([F(1.0)], [I(4)]))
for f, arg in [(math.sqrt, Bad()), (math.factorial, F(3.0)), (math.trunc, F(1.0)),
               (math.floor, object()), (math.isqrt, MyFloat(4.0))]:
    try:
        print(f(arg))
    except TypeError as e:
        print("TypeError:", e)
