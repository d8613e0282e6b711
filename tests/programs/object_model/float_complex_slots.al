# float and complex: special methods as attributes, fromhex, __getformat__.
print((1.5).__add__(2), (1.5).__radd__(2), (1.5).__add__("x"), (2.0).__pow__(0.5), (7.5).__divmod__(2))
print((1.5).__round__(), (2.5).__round__(), (2.567).__round__(2), (3.7).__trunc__(), (-3.5).__floor__(), (-3.5).__ceil__())
print((1.5).__format__(".3f"), (1.5).__format__(""), (1.5).__getnewargs__(), (1.5).__int__(), (0.0).__bool__())
print((1.5).real, (1.5).imag, (1.5).conjugate(), (0.5).hex(), (0.75).as_integer_ratio(), (2.0).is_integer())
for s in ['0x1.8p1', '  -0X1P-1074 ', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', 'inf',
          '-Infinity', 'nan', '0x1p1024', '0x.8', '1', '1.', '.1p1', '0x', '0xg', '0x1p', '0x1_0',
          '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p+4', '+0x.1P4', '0x123456789abcdef123p-10']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for x in [0.1, 1e300, 5e-324, -2.5, 123.456]:
    print(float.fromhex(x.hex()) == x, x.hex())
class F(float):
    pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'), type(F(2.5).real).__name__)
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 1]:
    try:
        float.__getformat__(a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
z = 3 + 4j
print(z.__abs__(), z.__add__(1), z.__radd__(1.5), z.__mul__(2j), z.__truediv__(2), z.__rsub__(1))
print(z.__pow__(2), z.__neg__(), z.__pos__(), z.__bool__(), z.__eq__(3 + 4j), z.__ne__(1), z.__lt__(1))
print(z.real, z.imag, z.conjugate(), z.__complex__(), z.__getnewargs__(), z.__format__(".2f"), z.__hash__() == hash(z))
print(complex.real, complex.imag, type(complex.real).__name__, float.real, type(float.real).__name__)
print(sorted(n for n in dir(float) if not n.startswith("__")), sorted(n for n in dir(complex) if not n.startswith("__")))
