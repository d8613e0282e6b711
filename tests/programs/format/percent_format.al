# printf-style % formatting with tuples, dicts and all common conversions.
print("%d items at %.2f each = %8.3f" % (3, 1.5, 4.5))
print("%5.2f|%-10s|%10s|%x|%X|%o|%r|%%|%s" % (3.14159, "left", "right", 255, 255, 8, "r", [1]))
print("%(name)s is %(age)d years; %(name)r" % {"name": "Bo", "age": 7})
print("%s" % "single", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%i %u %5d %-5d| %05d %+d %+d % d" % (1, 2, 3, 4, 5, 6, -6, 7))
print("%e %E %g %G %.3g %10.2e" % (12345.678, 0.00012, 1e-5, 1e20, 3.14159, 123456))
print("%c%c %c" % (72, "i", 0x263A))
print("%#x %#o %#X %08.3f %-8.2f| %.0f %.1f" % (255, 8, 255, 3.14159, 2.5, 2.5, 0.25))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s %s" % (None, True), "%d" % 3.99, "%d" % True, "%.2f" % 2, "%x" % -255)
print("%s" % 2 ** 70, "%d" % -(2 ** 70), "%x" % 2 ** 70, "%10.4s|" % "abcdefgh")
print("100%% sure" % (), "%s|%5s|%-5s|" % ("é", "日本", "ü"))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", 5)]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
