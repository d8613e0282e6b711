# b64encode/b64decode with altchars and validate; standard and urlsafe forms.
import base64
import binascii


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\xfb\xff\xfe", bytes(range(40))):
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data),
          base64.standard_b64encode(data) == enc)
show(lambda: base64.b64encode(b"\xfb\xff", b"-_"))
show(lambda: base64.b64encode(b"\xfb\xff", bytearray(b"-_")))
show(lambda: base64.b64encode(bytearray(b"abc")))
show(lambda: base64.b64encode(memoryview(b"abc")))
show(lambda: base64.b64encode(b"\xfb\xff", b"-"))
show(lambda: base64.b64encode(b"\xfb\xff", "-_"))
show(lambda: base64.b64encode(b"\xfb\xff", 12))
show(lambda: base64.b64encode("a"))
show(lambda: base64.b64decode("YWJj"))
show(lambda: base64.b64decode(bytearray(b"YWJj")))
show(lambda: base64.b64decode(memoryview(b"YWJj")))
show(lambda: base64.b64decode(b"-_8=", b"-_"))
show(lambda: base64.b64decode(b"-_8=", "-_"))
show(lambda: base64.b64decode(b"YQ==", b"-"))
show(lambda: base64.b64decode(b"YQ==", 1))
show(lambda: base64.b64decode(1))
show(lambda: base64.b64decode("\xe9"))
show(lambda: base64.b64decode("YQ==YQ==", validate=True))
show(lambda: base64.b64decode("YQ==YQ==", validate=False))
show(lambda: base64.b64decode("YQ=", validate=True))
show(lambda: base64.b64decode("Y Q==", validate=True))
show(lambda: base64.b64decode("Y Q==\n"))
show(lambda: base64.b64decode("=YQ", validate=True))
show(lambda: base64.b64decode("YQ", validate=True))
show(lambda: base64.b64decode("YQ"))
show(lambda: base64.urlsafe_b64decode("-_-_"))
show(lambda: base64.urlsafe_b64decode(b"+/+/"))
show(lambda: base64.urlsafe_b64decode(bytearray(b"-_8=")))
show(lambda: base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
show(lambda: base64.standard_b64decode("-_-_"))
show(lambda: base64.standard_b64decode("YWJj"))
try:
    base64.b64decode("a")
except binascii.Error as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
