import zlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: zlib.compress())
attempt(lambda: zlib.compress(b"", 1, 2, 3))
attempt(lambda: zlib.compress(data=b""))
attempt(lambda: zlib.compress(b"abc", wbits=15, level=1))
attempt(lambda: zlib.decompress(b"", foo=1))
attempt(lambda: zlib.decompress(data=b""))
attempt(lambda: zlib.decompress(zlib.compress(b"kw"), bufsize=5, wbits=15))
attempt(lambda: zlib.compressobj(1, 8, 15, 8, 0, b"", 1))
attempt(lambda: zlib.decompressobj(15, b"", 1))
attempt(lambda: zlib.compressobj(bogus=1))
attempt(lambda: zlib.compressobj().compress())
attempt(lambda: zlib.compressobj().compress(data=b"x"))
attempt(lambda: zlib.compressobj().flush(1, 2))
attempt(lambda: zlib.compressobj().flush(mode=1))
attempt(lambda: zlib.decompressobj().decompress(b"", max_length=1))
attempt(lambda: zlib.decompressobj().decompress(data=b""))
attempt(lambda: zlib.decompressobj().flush(length=1))
attempt(lambda: zlib.decompressobj().decompress(b"", 2**70))
attempt(lambda: zlib.decompressobj().flush(2**70))
attempt(lambda: zlib.compressobj().copy(1))
attempt(lambda: zlib.compressobj().__deepcopy__())
attempt(lambda: zlib.decompressobj().__copy__(1))
