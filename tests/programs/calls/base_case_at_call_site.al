# Base cases a call answers without calling (`if n < 2: return n` first in
# a function's body) behave as the call would, for every kind of argument.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))

def one(n):
    if 1 == n:
        return 7
    return one(n - 1) + 1

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other)
        return self.v < other
    def __sub__(self, k):
        return Loud(self.v - k)
    def __radd__(self, other):
        return other

class Bad:
    def __lt__(self, other):
        raise ValueError("no order")

print(fib(20), fib(1), fib(0), fib(-3))
print(tak(18, 12, 6), tak(1, 2, 3))
print(one(5), one(1))
print(fib(1.0), fib(7.0), fib(True), fib(False))
print(fib(2 ** 70 - 2 ** 70 + 10))
r = fib(Loud(1))
print(type(r).__name__, r.v)
try:
    fib(Bad())
except ValueError as e:
    print("ValueError", e)
big = 10 ** 20
print(one(big - big + 3))
