# % formatting driven by a dict of records, with computed widths via '*'.
stock = {"apples": (12, 0.5), "kiwis": (7, 0.25), "melons": (2, 3.75)}
width = max(len(k) for k in stock)
for name, (qty, price) in stock.items():
    print("%-*s x%3d @ %6.2f = %7.2f" % (width, name, qty, price, qty * price))
rec = {"user": "zoe", "n": 3, "ratio": 0.8125}
print("%(user)s: %(n)03d items, %(ratio).1f%% done" % rec)
print("%(user)10s|%(user)-10s|%(n)+d" % rec)
print("[%5s] [%-5s] [%.2s] [%5.1s]" % ("abc", "abc", "abc", "abc"))
print("[%6.2f] [%-8.3e] [%+.0f] [% .3f]" % (-1.005, 12345.6789, 2.5, 3.14159))
print("%o %x %X" % (-8, -255, 3054), "%#o" % 0, "%#x" % 0)
print("%s and %r" % ("s", "s"), "%r" % 1.5, "%s" % 1e16, "%r" % [1.0, "x"])
print("%.3s|%-6.2f|%06.1f|%+06d" % ("truncate", 1.0, -2.25, 42))
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
