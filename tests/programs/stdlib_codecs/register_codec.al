import codecs

def rot_encode(text, errors="strict"):
    return (bytes(ord(c) + 1 for c in text), len(text))

def rot_decode(data, errors="strict"):
    return ("".join(chr(b - 1) for b in bytes(data)), len(data))

calls = []

def search(name):
    calls.append(name)
    if name == "rot_one":
        return codecs.CodecInfo(rot_encode, rot_decode, name="rot-one")
    return None

codecs.register(search)
print(codecs.lookup("ROT-ONE").name, codecs.lookup("rot one").name)
print("abc".encode("rot-one"), b"bcd".decode("rot_one"), str(b"bcd", "rot-one"))
print(codecs.encode("hi", "rot-one"), codecs.decode(b"ij", "rot-one"))
print(calls)
codecs.unregister(search)
try:
    codecs.lookup("rot-one")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("rot-one")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register(42)
except TypeError as e:
    print("TypeError", e)
