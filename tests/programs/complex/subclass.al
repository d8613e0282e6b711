class Z(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2

z = Z(3, 4)
print(z, repr(z), type(z).__name__, isinstance(z, complex), z.norm2(), z.real, z.imag)
print(z + 1, 1 + z, z * 1j, z / 2, -z, abs(z), z.conjugate(), type(z + 1).__name__, type(z.conjugate()).__name__)
print(z == 3 + 4j, hash(z) == hash(3 + 4j), bool(Z()), complex(z), type(complex(z)).__name__)
print(f"{z:.1f}", format(z, ">12"), Z("1+2j"), Z(1j), {z: 1}[3 + 4j])

class R(complex):
    def __repr__(self):
        return "R!"
    def __add__(self, o):
        return "added"

r = R(2)
print(r, str(r), r + 1, 1 + r, r * 2, [r])
import cmath
print(cmath.sqrt(Z(-4)), cmath.phase(Z(0, 1)))

class W(complex):
    def __init__(self, *args):
        self.tag = "w"
    def __complex__(self):
        return 7j

w = W(1, 2)
print(w, w.tag, complex(w), w == 1 + 2j, w != 7j, sorted([W(3), W(1)], key=abs))
print(isinstance(w, W), issubclass(W, complex), type(w * 1).__name__, W.__mro__)
try:
    W(1) < W(2)
except TypeError as e:
    print(e)
