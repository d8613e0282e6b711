z = 3.5 - 2j
print(z.real, z.imag, z.conjugate(), type(z.real), (1j).imag, (5j).real)
print((2+0j).conjugate(), z.conjugate().conjugate() == z)
try:
    z.real = 1
except AttributeError as e:
    print("AttributeError")
try:
    z.foo
except AttributeError as e:
    print(e)
try:
    z.conjugate(1)
except TypeError as e:
    print(e)
f = z.conjugate
print(f())
print((1).conjugate(), (1.5).conjugate(), (2).imag, (2.5).imag)
