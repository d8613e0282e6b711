# Polynomials with +, -, *, ** and calls; ints on either side, equality,
# iteration over coefficients and a derivative.
class Poly:
    def __init__(self, *coeffs):
        cs = list(coeffs)
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.cs = cs or [0]

    @classmethod
    def lift(cls, x):
        return x if isinstance(x, Poly) else cls(x)

    def __iter__(self):
        return iter(self.cs)

    def __len__(self):
        return len(self.cs)

    def __getitem__(self, i):
        return self.cs[i] if i < len(self.cs) else 0

    def __add__(self, o):
        if not isinstance(o, (Poly, int)):
            return NotImplemented
        o = Poly.lift(o)
        n = max(len(self), len(o))
        return Poly(*[self[i] + o[i] for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly(*[-c for c in self])

    def __sub__(self, o):
        return self + -Poly.lift(o)

    def __rsub__(self, o):
        return Poly.lift(o) - self

    def __mul__(self, o):
        if not isinstance(o, (Poly, int)):
            return NotImplemented
        o = Poly.lift(o)
        out = [0] * (len(self) + len(o) - 1)
        for i, a in enumerate(self):
            for j, b in enumerate(o):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x):
        acc = 0
        for c in reversed(self.cs):
            acc = acc * x + c
        return acc

    def __eq__(self, o):
        if isinstance(o, int):
            o = Poly(o)
        return isinstance(o, Poly) and self.cs == o.cs

    def __hash__(self):
        return hash(tuple(self.cs))

    def derivative(self):
        return Poly(*[i * c for i, c in enumerate(self.cs)][1:])

    def __repr__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.cs))):
            if c == 0 and len(self.cs) > 1:
                continue
            x = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            coef = str(c) if (c != 1 or i == 0) else ""
            terms.append(coef + x)
        return " + ".join(terms).replace("+ -", "- ")


x = Poly(0, 1)
p = 3 * x**2 - 2 * x + 1
q = (x + 1) ** 3
print(p, "|", q, "|", p + q, "|", p * q)
print(p(0), p(2), q(-1), [p(i) for i in range(4)], list(map(q, [0, 1])))
print(p.derivative(), q.derivative(), q.derivative()(1), len(q), list(q), q[10])
print(p - p == 0, 1 - x, x - 1, p == 3 * x * x - 2 * x + 1, {p: "p"}[Poly(1, -2, 3)])
print(sum([x, x, 1]), sorted([q(2), p(2)]), Poly(), Poly(0, 0, 0) == 0, (x + 1) * (x - 1))
try:
    p + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * p
except TypeError as e:
    print("TypeError:", e)
