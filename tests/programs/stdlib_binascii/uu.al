# b2a_uu and a2b_uu, with CPython's results on odd input.
import binascii


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for n in (0, 1, 2, 3, 4, 5, 44, 45):
    line = binascii.b2a_uu(bytes(range(100, 100 + n)))
    print(n, line)
    print(binascii.a2b_uu(line) == bytes(range(100, 100 + n)))
show(lambda: binascii.b2a_uu(b"\x00\x00\x00", backtick=True))
show(lambda: binascii.b2a_uu(b"", backtick=True))
show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.b2a_uu(b"a", backtick=None))
show(lambda: binascii.b2a_uu("a"))
show(lambda: binascii.b2a_uu())
show(lambda: binascii.b2a_uu(b"", True))
for text in [b"%:&5L;&\\\n", b"", b" \n", b"%:&5L", b"%:&5L;&\\   \n", b"%:&5L;&\\ x \n",
             b"%:&5L;&\\\x7f\n", b"%:&5\x7f;&\\\n", b"\x7f", b"!", b"a", b"%:&5L;&\\``\r\n",
             "%:&5L;&\\\n", b"#````\n", b"#   \n"]:
    show(lambda: binascii.a2b_uu(text))
show(lambda: binascii.a2b_uu(1))
show(lambda: binascii.a2b_uu())
show(lambda: binascii.a2b_uu(data=b""))
