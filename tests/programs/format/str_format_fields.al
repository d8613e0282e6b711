# str.format: positional, keyword, indexed and attribute fields, auto numbering.
print("{} {} {}".format(1, "two", 3.0))
print("{2} {0} {1} {0}".format("a", "b", "c"))
print("{x} and {y}, {x} again".format(x=1, y=[2]))
print("{0[0]}-{0[2]} {1[key]} {1[key2][1]}".format("abc", {"key": "K", "key2": (5, 6)}))
print("{0.real} {0.imag} {1.real}".format(5, 2.5))
print("{:>8} {:08.3f} {:+} {:x} {:,}".format("r", 3.14159, 5, 255, 10 ** 6))
print("{0:{1}} | {0:>{1}} | {2:{3}.{4}f}".format("w", 6, 2.71828, 9, 2))
print("{!r} {!s} {!r:>6}".format("s", "s", 7))
print("{{}} {{{}}} {}".format("in", "out"))
print("{a[0]} {a[1]:.1f} {b}".format(a=[1, 2.25], b=None))
args = ("A", "B")
kw = {"n": 3}
print("{0}{1} n={n}".format(*args, **kw))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
