# A set display of three or more constants iterates in the order CPython
# gives it, which depends on how often CPython builds its frozenset constant
# (compiler/src/lower/set_display.rs). Each display below orders differently
# with two builds and with three.

# Strings CPython has interned before compiling the program: three builds.
print({'self', 12, -59, 28, 42, -22})
print({'a', 3, -48, 20})
print({'count', 51, 29, 21})
# A one-character string it has not: two builds.
print({'z', -2, 54})
# Fresh names, and strings that are not identifier-like: two builds.
print({'zqxj', 47, 31, -26})
print({'q r', 31, -64, 25})
print({'', -41, 25, -64})
# A name of this program is interned by the parser: three builds.
apple = 1
print({'apple', 23, 28, -27})
# A name that appears only inside an f-string's replacement field.
print(f"{banana_count}" if False else {'banana_count', 3, -48, 20})
width = 3
print(f"{'x':>{width}}", {'width', -37, -16, -61, 45, 59})
# Only ints and floats: two builds.
print({-2, -256, 15, 7, 8})
print({-1.5, 2.25, 0.0, 8, -9})
# Not all constants: built element by element.
x = 'self'
print({x, 12, -59, 28, 42, -22})
for v in {'count', 51, 29, 21}:
    print(v)
# When a name becomes a constant before the first literal of it (here the
# keyword names of a call), the display holds that interned object: two
# builds, though 'value' is interned.
print(dict(value=1))
print({'value', 58, -49, 26, -8})
