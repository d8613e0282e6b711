# Base32, Base32hex and Base16: padding, casefold, map01 and errors.
import base64


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(255, 0, -7))):
    e1 = base64.b32encode(data)
    e2 = base64.b32hexencode(data)
    e3 = base64.b16encode(data)
    print(e1, e2, e3)
    print(base64.b32decode(e1) == data, base64.b32hexdecode(e2) == data, base64.b16decode(e3) == data)
show(lambda: base64.b32encode(bytearray(b"hello")))
show(lambda: base64.b32encode(memoryview(b"hello")))
show(lambda: base64.b32encode("hello"))
show(lambda: base64.b32hexencode("hello"))
for text in ["NBSWY3DP", "nbswy3dp", "NBSWY3D", "NBSWY3D=", "NBSWY3DP======", "NBSWY3DPNBSWY===",
             "NBSWY3DPNBSWY3==", "NBSWY3D1", "========", "ME======", "M=======", "MFR=====",
             "MFRGG===", "MFRGGZA=", "MFRGGZDF", "MFRG====", "MF=RGGZA", "", "MFRGGZDF========",
             "========MFRGGZDF", "MFRGGZD=", "MFRGGZ==", "M=RGGZDF", "MFRGGZD\n", "M1R=====",
             "MFRGGZDFM1R=====", "O0======"]:
    show(lambda: base64.b32decode(text))
show(lambda: base64.b32decode("nbswy3dp", True))
show(lambda: base64.b32decode(b"mfrggzdf", casefold=1))
show(lambda: base64.b32decode("NBSWY3D0", map01="L"))
show(lambda: base64.b32decode("NBSWY3D1", map01="L"))
show(lambda: base64.b32decode("NBSWY3D1", map01="I"))
show(lambda: base64.b32decode("NBSWY3D1", map01=b"L"))
show(lambda: base64.b32decode("NBSWY3D1", map01="LL"))
show(lambda: base64.b32decode(b"MFRGGZDF", map01=None))
show(lambda: base64.b32decode(b"MFRGGZDF", map01=1))
show(lambda: base64.b32decode(b"MFRGGZDF", map01="\xe9"))
show(lambda: base64.b32decode(1))
show(lambda: base64.b32hexdecode("D1IMOR3F"))
show(lambda: base64.b32hexdecode("d1imor3f"))
show(lambda: base64.b32hexdecode("d1imor3f", True))
show(lambda: base64.b32hexdecode("D1IMOR3W"))
show(lambda: base64.b32hexdecode("D1IMOR3="))
show(lambda: base64.b16encode(b"\x01\xab"))
show(lambda: base64.b16encode("ab"))
show(lambda: base64.b16decode("01AB"))
show(lambda: base64.b16decode("01ab"))
show(lambda: base64.b16decode("01ab", True))
show(lambda: base64.b16decode("01A"))
show(lambda: base64.b16decode("01G"))
show(lambda: base64.b16decode("01AG"))
show(lambda: base64.b16decode(b"0g", True))
show(lambda: base64.b16decode(bytearray(b"FF00")))
show(lambda: base64.b16decode(2))
