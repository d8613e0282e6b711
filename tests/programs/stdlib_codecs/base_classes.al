import codecs

class Upper(codecs.Codec):
    def encode(self, input, errors="strict"):
        return (input.upper().encode("ascii", errors), len(input))

    def decode(self, input, errors="strict"):
        return (bytes(input).decode("ascii", errors).lower(), len(input))

class Enc(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.upper().encode()

class Dec(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) - len(input) % 2
        return (bytes(input[:n]).decode("ascii")[::-1], n)

def search(name):
    if name == "upper":
        c = Upper()
        return codecs.CodecInfo(c.encode, c.decode, incrementalencoder=Enc, incrementaldecoder=Dec, name="upper")

codecs.register(search)
print("hello".encode("upper"), b"HELLO".decode("upper"))
print(list(codecs.iterencode(["ab", "cd"], "upper")))
print(list(codecs.iterdecode([b"abc", b"de", b"f"], "upper")))
d = Dec()
print(repr(d.decode(b"abc")), d.getstate())
d.setstate((b"zz", 0))
print(repr(d.decode(b"y", True)))
try:
    codecs.Codec().encode("x")
except NotImplementedError:
    print("NotImplementedError")
try:
    codecs.IncrementalDecoder().decode(b"x")
except NotImplementedError:
    print("NotImplementedError")
print(codecs.IncrementalEncoder().getstate(), codecs.IncrementalDecoder().getstate())
e = codecs.BufferedIncrementalEncoder()
print(e.getstate(), e.errors)
