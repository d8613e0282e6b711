# Nested format specs, !r/!s conversions and = debug specifiers.
x = 3.14159
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{x:{w}}] [{x:>{w}.{p}}] [{'s':{'^'}{w}}] [{x:{'+'}.{p + 1}e}]")
for width in range(4, 8):
    print(f"|{'ab':>{width}}|{42:0{width}d}|")
name = "Ada"
items = [1, 'two', 3.0]
q = "it's"
print(f"{name!r} {name!s} {items!r} {q!r} {q!s:>6}")
print(f"{name=} {x=:.2f} {w * p=} {items[1]=} {name = }")
print(f"{name!r:>8} {name!s:*<6} {x!r:>12}")
d = {"k": [10, 20]}
print(f"{d['k'][1]} {d} {len(d)} {q}")
print(f"{{braces}} {{{x}}} {'}'} {{}}")
print(f"{'a' + 'b'} {1 + 2} {[i * i for i in range(4)]} {(lambda v: v * 2)(21)}")
