# str and repr of big ints, and conversions through strings.
n = 3 ** 300
print(n)
print(repr(n) == str(n), len(str(n)))
print(str(-(10 ** 30)), repr(-(2 ** 64)))
print([2 ** 64, -(2 ** 64)], (2 ** 70,), {2 ** 65: -(2 ** 65)})
print(int(str(7 ** 200)) == 7 ** 200)
print(str(10 ** 18), str(10 ** 19), str(10 ** 19 - 1), str(-(10 ** 19)))
print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 64))
print(hex(-(2 ** 70)), bin(-(2 ** 65 + 1)), oct(-(8 ** 22)))
print(f"{2 ** 70}", f"{2 ** 70:,}", f"{-(2 ** 70):_}", f"{2 ** 70:x}")
big = int("9" * 100)
print(big + 1)
print(str(big)[::-1][:10])
