import uuid

for version in [1, 2, 3, 4, 5]:
    for i in [0, 2**128 - 1, 0x12345678123456781234567812345678]:
        u = uuid.UUID(int=i, version=version)
        print(version, u, u.version, u.variant)
for bits in [0x0, 0x4, 0x8, 0xa, 0xc, 0xd, 0xe, 0xf]:
    u = uuid.UUID(int=(bits << 60) | (0x4 << 76))
    print(hex(bits), u.variant, u.version)
try:
    uuid.UUID(int=0, version=6)
except ValueError as e:
    print(e)
try:
    uuid.UUID(int=0, version=0)
except ValueError as e:
    print(e)
