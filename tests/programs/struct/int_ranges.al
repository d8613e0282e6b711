# Integer range checks: the native and standard tables have different
# messages, and the little-endian standard table reuses the native packers
# where the sizes agree.
import struct


def attempt(fmt, v):
    try:
        return struct.pack(fmt, v).hex()
    except struct.error as e:
        return 'error: ' + str(e)
    except OverflowError as e:
        return 'OverflowError: ' + str(e)


for prefix in ['', '=', '<', '>', '!']:
    for c in 'bBhHiIlLqQnNP':
        try:
            bits = struct.calcsize(prefix + c) * 8
        except struct.error:
            continue
        vals = [-2**(bits - 1) - 1, -2**(bits - 1), -1, 0, 2**(bits - 1) - 1,
                2**(bits - 1), 2**bits - 1, 2**bits, 2**64, -2**63 - 1, 2**70]
        print(prefix or '@', c)
        for v in vals:
            print('   ', v, attempt(prefix + c, v))
