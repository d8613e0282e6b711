import zlib

data = bytes(range(256)) * 8 + b"tail" * 50
for wbits in [9, 12, 15, -9, -12, -15, 25, 28, 31]:
    z = zlib.compress(data, 6, wbits)
    print(wbits, len(z), z[:10], z[-10:])
    print(zlib.decompress(z, wbits) == data)
# auto-detection of zlib or gzip headers
for wbits in [15, 31]:
    z = zlib.compress(b"auto detect me", wbits=wbits)
    print(zlib.decompress(z, 47), zlib.decompress(z, 32 + 15))
print(zlib.decompress(zlib.compress(b"zero wbits"), 0))
