import cmath
import math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj), cmath.pi == math.pi, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(cmath.e), cmath.log10(100))
print(cmath.polar(1j), cmath.polar(-1), cmath.polar(3 + 4j), cmath.polar(-0.0), cmath.phase(-0.0), cmath.phase(-1 - 0j))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(-1, 0), cmath.rect(0, 1.5), cmath.rect(3, -1))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1.1j), cmath.isclose(1, 1 + 1e-9j, rel_tol=1e-8),
      cmath.isclose(0j, 1e-12, abs_tol=1e-10), cmath.isclose(complex(cmath.inf, 0), complex(cmath.inf, 0)),
      cmath.isclose(complex(cmath.inf, 0), complex(cmath.inf, 1)), cmath.isclose(cmath.nanj, cmath.nanj))
class C:
    def __complex__(self):
        return 4j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 2.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()), cmath.sqrt(True), cmath.sqrt(10 ** 20))
tests = [
    lambda: cmath.sqrt("a"), lambda: cmath.sqrt(None), lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt(1, 2),
    lambda: cmath.sqrt(), lambda: cmath.sqrt(x=1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
    lambda: cmath.log(x=1), lambda: cmath.log(0), lambda: cmath.log(2, 1), lambda: cmath.log(1, 0j),
    lambda: cmath.log(1, "a"), lambda: cmath.rect(1), lambda: cmath.rect(r=1, phi=2), lambda: cmath.rect(2, cmath.inf),
    lambda: cmath.rect(1j, 0), lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j),
    lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.cos(complex(cmath.inf, 1)),
    lambda: cmath.isclose(1j, 2j, 3), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1, rel_tol=-1),
    lambda: cmath.isclose(1, 1, abs_tol=-0.5), lambda: cmath.isclose(1, "a"), lambda: cmath.polar(1, 2),
    lambda: cmath.phase(), lambda: cmath.isnan(1, 2), lambda: cmath.polar(complex(1.7e308, 1.7e308)),
    lambda: cmath.sqrt(10 ** 400), lambda: cmath.nosuch,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
from cmath import sqrt, pi as PI, infj
print(sqrt(-4), PI, infj)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
