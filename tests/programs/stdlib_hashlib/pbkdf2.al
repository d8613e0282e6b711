# hashlib.pbkdf2_hmac: RFC 6070's vectors, every algorithm, key lengths, errors.
import hashlib

p = hashlib.pbkdf2_hmac
print(p("sha1", b"password", b"salt", 1).hex())
print(p("sha1", b"password", b"salt", 2).hex())
print(p("sha1", b"password", b"salt", 4096).hex())
print(p("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(p("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "SHA256"):
    print(name, p(name, b"pw", b"salt", 10).hex())
    print(name, p(name, b"k" * 200, b"", 3, 100).hex())
print(p("sha256", bytearray(b"pw"), memoryview(b"salt"), 5, None).hex())
print(p(hash_name="sha1", password=b"pw", salt=b"salt", iterations=1, dklen=4).hex())
print(len(p("sha512", b"", b"", 1, 1)), len(p("md5", b"", b"", 1, 1000)))


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
    else:
        print("ok", r)


show(lambda: p("foo", b"pw", b"salt", 1))
show(lambda: p("foo", b"pw", b"salt", 0))
show(lambda: p(1, b"pw", b"salt", 1))
show(lambda: p(None, b"pw", b"salt", 1))
show(lambda: p("sha1", "pw", b"salt", 1))
show(lambda: p("sha1", b"pw", "salt", 1))
show(lambda: p("sha1", b"pw", b"salt", 0))
show(lambda: p("sha1", b"pw", b"salt", -1))
show(lambda: p("sha1", b"pw", b"salt", 1.0))
show(lambda: p("sha1", b"pw", b"salt", 2**40))
show(lambda: p("sha1", b"pw", b"salt", 2**70))
show(lambda: p("sha1", b"pw", b"salt", 1, 0))
show(lambda: p("sha1", b"pw", b"salt", 1, -1))
show(lambda: p("sha1", b"pw", b"salt", 1, 2**40))
show(lambda: p("sha1", b"pw", b"salt", 1, 2**70))
show(lambda: p("sha1", b"pw", b"salt", 1, 1.5))
show(lambda: p("sha1", b"pw", b"salt"))
show(lambda: p("sha1", b"pw", b"salt", 1, 2, 3))
show(lambda: p("sha1", b"pw", b"salt", 1, foo=3))
