# Ascii85 (a85encode/a85decode with their options) and Base85.
import base64


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


show(lambda: base64.a85encode(b"hello world"))
show(lambda: base64.a85encode(b"\x00\x00\x00\x00hello    "))
show(lambda: base64.a85encode(b"    hello", foldspaces=True))
show(lambda: base64.a85encode(b"hello world" * 5, wrapcol=20))
show(lambda: base64.a85encode(b"hello world" * 2, wrapcol=1))
show(lambda: base64.a85encode(b"hello world" * 2, wrapcol=3, adobe=True))
show(lambda: base64.a85encode(b"hello world", adobe=True))
show(lambda: base64.a85encode(b"hello world", pad=True))
show(lambda: base64.a85encode(b"", adobe=True))
show(lambda: base64.a85encode(b"", adobe=True, wrapcol=1))
show(lambda: base64.a85encode(b"abc", adobe=True, wrapcol=4))
show(lambda: base64.a85encode(b"abc", wrapcol=-1))
show(lambda: base64.a85encode(b"\x00"))
show(lambda: base64.a85encode(b"\x00\x00\x00\x00", pad=True))
show(lambda: base64.a85encode(b"\x00", pad=True))
show(lambda: base64.a85encode(b"    ", foldspaces=True, adobe=True, wrapcol=2))
show(lambda: base64.a85encode(b"\xff\xff\xff\xff"))
show(lambda: base64.a85encode(bytearray(b"abcde")))
show(lambda: base64.a85encode("abc"))
for text in [b"BOu!rD]j7BEbo7", "BOu!rD]j7BEbo7", b"z!!!!!", b"zz", b"!z", b"y", b"BO u!r\nD]j7\tBEbo7",
             b"BOu!rvD]j7", b's8W-"', b"s8W-#", b"uuuuu", b"uu", b"B", b"BO", b"~>", b"<~zz~>"]:
    show(lambda: base64.a85decode(text))
show(lambda: base64.a85decode(b"y", foldspaces=True))
show(lambda: base64.a85decode(b"yy", foldspaces=True))
show(lambda: base64.a85decode(b"!y", foldspaces=True))
show(lambda: base64.a85decode(b"BO u!r\nD]j7\tBEbo7", ignorechars=b""))
show(lambda: base64.a85decode(b"<~zz~>", ignorechars="<~>"))
for text in [b"<~BOu!rD]j7BEbo7~>", b"BOu!rD]j7BEbo7~>", b"<~BOu!rD]j7BEbo7", b"<~BOu!rD]j7BEbo7~>   ",
             b"<~~>", b"<~", b"<~zz~>", b"zz~>"]:
    show(lambda: base64.a85decode(text, adobe=True))
show(lambda: base64.a85decode(memoryview(b"<~zz~>"), adobe=True))
show(lambda: base64.a85decode(bytearray(b"zz")))
show(lambda: base64.a85decode(1))

show(lambda: base64.b85encode(b"hello world"))
show(lambda: base64.b85encode(b"hello world", pad=True))
show(lambda: base64.b85encode(b"\x00\x00\x00\x00"))
show(lambda: base64.b85encode(b""))
show(lambda: base64.b85encode(b"\xff\xff\xff\xff"))
show(lambda: base64.b85encode(bytearray(b"abc")))
show(lambda: base64.b85encode(memoryview(b"abcdefgh")[::2]))
show(lambda: base64.b85encode("abc"))
for text in [b"Xk~0{Zy<MXa%^M", "Xk~0{Zy<MXa%^M", b'Xk~0{Zy<MX"a%^M', b"Xk~0 {Zy<MX", b"|NsC0",
             b"|NsC1", b"~~~~~", b"X", b"Xk", b"", b"00000", b"Xk~0{Zy<MXa%^M~", b"Xk~0{Zy<MXa%^MX",
             b'Xk"', bytearray(b"Xk~0{")]:
    show(lambda: base64.b85decode(text))
show(lambda: base64.b85decode(2.5))

blob = bytes((i * 97 + 3) & 255 for i in range(5000))
for enc, dec in ((base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)):
    e = enc(blob)
    print(len(e), e[:30], dec(e) == blob)
print(base64.a85decode(base64.a85encode(blob, foldspaces=True, wrapcol=70, adobe=True),
                       foldspaces=True, adobe=True) == blob)
