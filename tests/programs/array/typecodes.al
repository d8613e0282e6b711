# Every type code: item size, repr, str, round trip through tolist and bytes.
import array

print(array.typecodes, array.ArrayType is array.array)
samples = {
    'b': [-128, 0, 127], 'B': [0, 255], 'u': 'aé😀', 'h': [-32768, 32767],
    'H': [0, 65535], 'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1],
    'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1], 'q': [-2**63, 2**63 - 1],
    'Q': [0, 2**64 - 1], 'f': [0.1, -2.5, 1e38], 'd': [0.1, -0.0, 1e308],
}
for code in array.typecodes:
    empty = array.array(code)
    a = array.array(code, samples[code])
    print(code, empty, str(empty), empty.itemsize, empty.typecode, len(a))
    print('   ', a)
    print('   ', a.tolist(), a.tobytes().hex())
    b = array.array(code)
    b.frombytes(a.tobytes())
    print('   ', b == a, array.array(code, a) == a)
