# int() of decimal text: plain digits (the fast case) and every other form.
for s in ["0", "7", "000123", "42", "999999999999999999", "1000000000000000000",
          "123456789012345678901234567890", " 12 ", "-5", "+8", "1_000", "\u0663\u0664",
          "12a", "", " ", "1__0", "_1", "0x10", "\t9\n"]:
    try:
        v = int(s)
        print(repr(s), v, type(v).__name__)
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int("0777", 10), int("10", 2), int("077", 8))
print(sum(int(str(i * 7919)) for i in range(1000)))
