# bytes in the rest of the language: match, isinstance, containers, functions.
def kind(x):
    match x:
        case b'GET':
            return 'get'
        case b'POST' | b'PUT':
            return 'write'
        case bytes():
            return 'other bytes'
        case bytearray():
            return 'bytearray'
        case _:
            return 'not bytes'

for x in [b'GET', b'PUT', b'X', bytearray(b'GET'), 'GET']:
    print(kind(x))
match {b'k': 1}:
    case {b'k': v}:
        print('key', v)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), issubclass(bytearray, object))
print(type(b'') is bytes, type(bytearray()) is bytearray, bytes is not bytearray)
def checksum(data):
    total = 0
    for byte in data:
        total = (total * 31 + byte) % 65521
    return total
print(checksum(b'The quick brown fox'), checksum(bytearray(range(256))))
frames = [b'\x01\x02', b'\x03']
print(b''.join(frames), sum(len(f) for f in frames), [f.hex() for f in frames])
print(len({b'a': 1, bytes([97]): 2}), b'x' in [b'x'], (b'a', 1) < (b'b', 0))
print(str(b'bytes'), '%s' % b'pct', '{}'.format(b'fmt'), f'{b"fs"!s}')
for subject in [b'ab', bytearray(b'ab'), memoryview(b'ab'), [97, 98]]:
    match subject:
        case [a, b]:
            print('sequence', a, b)
        case bytes(whole):
            print('bytes', whole)
        case bytearray(whole):
            print('bytearray', whole)
