# float() parsing of many spellings, and its errors.
for s in ["3.14", "  -2.5  ", "+1e3", "1E-3", ".5", "5.", "1_000.5", "16",
          "1e500", "-0", "00012.5000", "6.02214076e23", "nan", "-inf", "infinity"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "--1", "1 2", "_1.0"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(True), float(False), float(-5), float(2 ** 70))
print(str(float("0.1")), float("123456789012345678901234567890"))
