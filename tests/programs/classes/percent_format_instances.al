# %-formatting and str.format/f-strings with user objects: __str__ for %s,
# __repr__ for %r, __getitem__ mappings for %(key)s, __format__ specs.
class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c}°C"

    def __repr__(self):
        return f"Temp({self.c})"

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + "°F"
        return format(self.c, spec) + "°C"

    def __int__(self):
        return int(self.c)

    def __float__(self):
        return float(self.c)

    def __index__(self):
        return int(self.c)


class Env:
    def __init__(self, **values):
        self.values = values

    def __getitem__(self, key):
        return self.values.get(key, f"<{key}?>")


t = Temp(21.5)
print("now %s (%r)" % (t, t))
print("now %s" % t, "%r" % t, "%10s|" % t, "%-12r|" % t)
print("%(user)s works in %(dir)s on %(host)s" % Env(user="ann", dir="/tmp"))
print("%d %x %o %c" % (Temp(65), Temp(255), Temp(8), Temp(65)), "%.2f %e" % (t, t))
print(f"{t}", f"{t!r}", f"{t:.1f}", f"{t:.0fF}", f"{t!s:>8}|", "{} {!r} {:5.1f}".format(t, t, t))
print(format(t, ".3F"), str(t), repr(t), [t], {"t": t}, (t,))
print(hex(Temp(255)), bin(Temp(5)), [10, 20, 30][Temp(1)], "abcdef"[Temp(1):Temp(4)], range(Temp(3)))
try:
    "%d" % Env()
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % Env()
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Env():>5}"
except TypeError as e:
    print("TypeError:", e)
