z = 1 + 2j
for spec in ["", ">20", "<20", "^20", "*^20", ".3f", "g", "n", "+.2e", "E", ".0f", "10.2f", "-^30.4g",
             " ", "+", "#g", ".1", ".2", "F", "G", ".3", "12"]:
    print(repr(spec), repr(format(z, spec)))
print(f"{z}", f"{z!r}", f"{z:.2f}", f"{z:>12}", f"{-z:g}", f"{1j:}", f"{1j:10}", f"{0j:.2}")
print("{:.1f} and {}".format(1.25 - 3.75j, 2j))
print("%s %r" % (1j, 2 + 3j))
