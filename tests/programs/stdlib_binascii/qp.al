# Quoted-printable: b2a_qp's flags and line rules, a2b_qp's lenient decoding,
# and generated inputs checked against CPython through their CRCs.
import binascii
import random


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for data in [b"hello world", b"hello = world\t\n", b"a " * 50, b"a" * 80, b"a" * 75 + b"=",
             b"caf\xe9\r\nline  \r\nx\ty\n.", b"From here\n.\n", b"\n\r\n\r", b"x\r", b".\x00",
             b".\r", b".x", b"x\n.\rz", b"a\r\n" + b"b" * 100, b"\x00\x7f\x80 ", b" \n", b"\t\r\n",
             b"a" * 74 + b" \n", b"a" * 75 + b" \n", b"a" * 76 + b"\n", b"a" * 73 + b"\xffx",
             b"a" * 72 + b"\xffx", b"a  ", b"_ _", b"\r\n\r\n", b"x\r\ry\n", b""]:
    print(repr(data[:24]), len(data))
    print(" ", binascii.b2a_qp(data))
    print(" ", binascii.b2a_qp(data, istext=False))
    print(" ", binascii.b2a_qp(data, quotetabs=True))
    print(" ", binascii.b2a_qp(data, header=True))
    print(" ", binascii.b2a_qp(data, True, True, True))
show(lambda: binascii.b2a_qp(bytearray(b"x = y")))
show(lambda: binascii.b2a_qp(memoryview(b"x = y")))
show(lambda: binascii.b2a_qp(data=b" _", header=1))
show(lambda: binascii.b2a_qp("x"))
show(lambda: binascii.b2a_qp(1))
show(lambda: binascii.b2a_qp(b"x", header=None))
show(lambda: binascii.b2a_qp(b"x y", header=2, quotetabs=[], istext=0))
show(lambda: binascii.b2a_qp())
show(lambda: binascii.b2a_qp(b"a", 1, 2, 3, 4))

for text in [b"hello=20world=\nnext=3D=3d=ZZ=4", b"==41", b"=\r", b"=\rabc\ndef", b"=\r\r\nx",
             b"a=\n", b"_=5F", b"=4", b"=4g", b"=g4", b"a=\r\nb", b"a= \nb", b"a=\tb", b"=a",
             b"=A0=a0=g0=0", b"abc=", b"abc==", b""]:
    print(repr(text), binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))
show(lambda: binascii.a2b_qp("a=41"))
show(lambda: binascii.a2b_qp(bytearray(b"a=42")))
show(lambda: binascii.a2b_qp(memoryview(b"=43")))
show(lambda: binascii.a2b_qp(data=b"_", header=1))
show(lambda: binascii.a2b_qp(1))
show(lambda: binascii.a2b_qp("\xe9"))
show(lambda: binascii.a2b_qp())
show(lambda: binascii.a2b_qp(b"a", 1, 2))
show(lambda: binascii.a2b_qp(b"", foo=1))
show(lambda: binascii.a2b_qp(b"", header=2**65))

rng = random.Random(5)
pieces = [b" ", b"\t", b"\r", b"\n", b"\r\n", b".", b"=", b"_", b"a", b"bc", b"\xff", b"\x00", b"=4", b"=A"]
crc_enc = 0
crc_dec = 0
for i in range(1500):
    data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60)))
    flags = (rng.random() < 0.3, rng.random() < 0.7, rng.random() < 0.3)
    enc = binascii.b2a_qp(data, *flags)
    crc_enc = binascii.crc32(enc, crc_enc)
    dec = binascii.a2b_qp(data, header=flags[2])
    crc_dec = binascii.crc32(dec, crc_dec)
    if not flags[2] and binascii.a2b_qp(enc) != data.replace(b"\r\n", b"\n") and flags[1] is False:
        print("round trip", data, flags)
    if i % 150 == 0:
        print(data, flags, enc, dec)
print(crc_enc, crc_dec)
