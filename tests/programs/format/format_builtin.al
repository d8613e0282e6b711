# The format() builtin and str()/repr() inside formats.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".2f"), format(255, "#x"))
print(format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(-7, "+"))
print(format(True), format(None), format([1, 2]), format(2.5), format(1e16), format(12, ""))
print(format(1e-5, ""), format(3.0, ""), format(3.0, "g"), format(3.0, ".2"))
print(repr(format(12, "b")), repr(format(-12, "o")), repr(format(12, "08b")))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ",x")
except ValueError as e:
    print("ValueError:", e)
