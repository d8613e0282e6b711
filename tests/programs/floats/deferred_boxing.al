class V:
    def __init__(self, x):
        self.x = x
    def __mul__(self, o):
        print("mul", self.x, o)
        return V(self.x * (o.x if isinstance(o, V) else o))
    def __rmul__(self, o):
        print("rmul", o, self.x)
        return V(o * self.x)
    def __add__(self, o):
        print("add", self.x, o)
        return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __repr__(self):
        return "V(%r)" % (self.x,)

def f(a, b, c):
    return 2.0 * a * b + c, a * a - b * b + c, (a + b) * (a - b) / (c + 0.5), a / b - c * 3

for args in [(1.5, 2.5, 0.25), (1, 2, 3), (2**70, 1.5, 2), (1.5, V(2.0), 1), (V(1), 2, 3.5), (1e308, 1e308, -1e308), (True, 2.5, False)]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(f(1.0, 0.0, 1.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(f(1.0, "x", 1.0))
except TypeError as e:
    print("TypeError:", e)
zr = zi = 0.0
cr, ci = -0.5, 0.5
for i in range(50):
    zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
print(zr, zi, zr * zr + zi * zi > 4.0)
x = 1.5
x += 2.0 * x * x
print(x, 3 * 0.1 + 0.2 * 3 - 1 / 3, -x * 2.0 + 1)


def cmp(a, b, c):
    out = []
    out.append(a * a + b * b > 4.0)
    out.append(a + b == c * 2)
    out.append(a - b != c)
    out.append(a * 2 <= b * c)
    out.append(a / b >= 2 ** 60)
    if a * b < c + 1:
        out.append("lt")
    if not (a + 0.5 > c - 0.5):
        out.append("not gt")
    return out


for args in [(1.5, 2.5, 2.0), (2, 2, 2), (2 ** 60, 1, 3), (2 ** 60 + 1, 1.0, 0.5), (float("nan"), 1.0, 2.0), (0.1, 0.2, 0.15000000000000002)]:
    print(args, cmp(*args))
try:
    cmp(1.5, V(2.0), 1)
except TypeError as e:
    print("TypeError:", e)
