# Arithmetic, bitwise and unary operators through special methods.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __matmul__(self, o): return N(self.v * 100 + o.v)
    def __lshift__(self, o): return N(self.v << o.v)
    def __rshift__(self, o): return N(self.v >> o.v)
    def __and__(self, o): return N(self.v & o.v)
    def __or__(self, o): return N(self.v | o.v)
    def __xor__(self, o): return N(self.v ^ o.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v))


a, b = N(7), N(3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a @ b, a << b, a >> N(1), a & b, a | b, a ^ b)
print(-a, +a, ~a, abs(N(-4)), abs(-a))
print(pow(a, b))
x = a
x += b
print(x, a)
x -= N(1)
x *= N(2)
print(x)
x //= N(4)
x **= N(2)
x %= N(7)
print(x)
x <<= N(3)
x >>= N(1)
x |= N(1)
x &= N(13)
x ^= N(4)
x @= N(1)
print(x)
print(N(2) + N(3) * N(4) - N(1))
