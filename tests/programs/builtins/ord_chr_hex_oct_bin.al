# ord/chr round trips; hex/oct/bin of positive, negative and big numbers.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(97, 102)])
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64)]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 0))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
