# b2a_base64 and a2b_base64 (lenient and strict), with their messages.
import binascii


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for n in range(0, 10):
    show(lambda: binascii.b2a_base64(bytes(range(250, 250 - n, -1))))
show(lambda: binascii.b2a_base64(b"hello", newline=False))
show(lambda: binascii.b2a_base64(b"hello", newline=0))
show(lambda: binascii.b2a_base64(b"hello", newline=-1))
show(lambda: binascii.b2a_base64(bytearray(b"hello")))
show(lambda: binascii.b2a_base64(memoryview(b"hello")))
show(lambda: binascii.b2a_base64(b"hello", newline=[]))
show(lambda: binascii.b2a_base64(b"hello", newline=None))
show(lambda: binascii.b2a_base64(b"hello", newline=2**40))
show(lambda: binascii.b2a_base64(b"hello", False))
show(lambda: binascii.b2a_base64("hello"))
show(lambda: binascii.b2a_base64(data=b"x"))
show(lambda: binascii.b2a_base64())

cases = ["aGVsbG8=\n", "aGVsbG8=", "aGVsbG8", "aGVsbG", "aGVsb", "a", "", "aGV sbG8=",
         "aGV*sbG8=", "aGVsbG8=extra", "aGVsbG8===", "aG=VsbG8", "=aGVsbG8", "aG==VsbG8",
         "aGVsbG8==", "aGVsbA", "aGVsbB==", "aGVsbA=", "=====", "ab=c=", "abc=d", "abcde",
         "abcdef", "abcdefg", "abcdefg==", "ab==cd", "ab=!=cd", "ab=\n=", "YWJj=", "YW=Jj",
         "YW=", "Y=", "YWJ\n", "YQ==YQ==", "Y\nW\nJ\nj", "!!!!YWJj", "YWJj\x00", "YW Jj ==",
         "YWJjZA==", "YWJjZA=", "YWJjZA", "YWJjZ", "YWJjZGU=", "YWJjZGU", "+/+/", "-_-_"]
for text in cases:
    print(repr(text))
    show(lambda: binascii.a2b_base64(text))
    show(lambda: binascii.a2b_base64(text.encode(), strict_mode=True))
show(lambda: binascii.a2b_base64(bytearray(b"YWJj")))
show(lambda: binascii.a2b_base64(memoryview(b"xYWJj")[1:]))
show(lambda: binascii.a2b_base64(b"YQ==", strict_mode=1))
show(lambda: binascii.a2b_base64(b"YQ==", strict_mode=None))
show(lambda: binascii.a2b_base64(b"YQ==", strict_mode=2**40))
show(lambda: binascii.a2b_base64("\xe9"))
show(lambda: binascii.a2b_base64(1))
show(lambda: binascii.a2b_base64(b"ab", True))
show(lambda: binascii.a2b_base64(data=b"YQ=="))
show(lambda: binascii.a2b_base64(b"YQ==", foo=1))

blob = bytes((i * 31 + 7) & 255 for i in range(100000))
enc = binascii.b2a_base64(blob)
print(len(enc), enc[:20], enc[-10:])
print(binascii.a2b_base64(enc) == blob, binascii.a2b_base64(enc[:-1], strict_mode=True) == blob)
