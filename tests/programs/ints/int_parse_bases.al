# int() parsing: bases, prefixes, underscores, whitespace and signs.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("ZZ", 36), int("10", 7))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1010", 0))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int("ffffffffffffffffffff", 16), int("1" * 70, 2))
print(int(True), int(False), int(-0.0), int(1e20), int(-2.5e18))
print(int("0"), int("-0"), int("000123"), int("0", 0))
for s in ["12a", "", " ", "1.5", "0x", "1__0", "_1"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("012", 0)
except ValueError as e:
    print(e)
